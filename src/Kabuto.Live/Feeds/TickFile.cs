using System.Buffers.Binary;
using System.Text;
using Kabuto.Core.Errors;
using Kabuto.Live.Ticks;
using Kabuto.Live.Universe;

namespace Kabuto.Live.Feeds;

/// <summary>Kabuto's binary tick format ("KBTK", docs/tick-format.md): a self-describing header (session, price
/// scale, instrument table, index table) then fixed 24-byte little-endian records.</summary>
public static class TickFile
{
    public const uint Magic = 0x4B54424B; // "KBTK" read as a little-endian uint32
    public const ushort Version = 1;
    public const int RecordSize = 24;

    /// <summary>Offset of the tick count in the fixed header, patched when the writer closes.</summary>
    internal const int TickCountOffset = 12;

    public static bool LooksLikeTickFile(string path)
    {
        Span<byte> head = stackalloc byte[4];
        using var stream = File.OpenRead(path);
        return stream.ReadAtLeast(head, 4, throwOnEndOfStream: false) == 4 && BinaryPrimitives.ReadUInt32LittleEndian(head) == Magic;
    }

    internal static void WriteRecord(Span<byte> destination, in Tick tick, long baseUtc)
    {
        BinaryPrimitives.WriteInt64LittleEndian(destination, tick.TimeUtc - baseUtc);
        BinaryPrimitives.WriteInt64LittleEndian(destination[8..], tick.Price);
        BinaryPrimitives.WriteInt32LittleEndian(destination[16..], checked((int)tick.Size));
        BinaryPrimitives.WriteUInt16LittleEndian(destination[20..], checked((ushort)tick.Instrument));
        destination[22] = (byte)tick.Kind;
        destination[23] = (byte)tick.Flags;
    }

    internal static Tick ReadRecord(ReadOnlySpan<byte> source, long baseUtc) => new(
        baseUtc + BinaryPrimitives.ReadInt64LittleEndian(source),
        BinaryPrimitives.ReadInt64LittleEndian(source[8..]),
        BinaryPrimitives.ReadInt32LittleEndian(source[16..]),
        BinaryPrimitives.ReadUInt16LittleEndian(source[20..]),
        (TickKind)source[22],
        (TickFlags)source[23]);

    internal static void WriteHeader(BinaryWriter writer, LiveUniverse universe)
    {
        var session = universe.Session;
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write((ushort)0);
        writer.Write(0); // header length, patched below
        writer.Write(0L); // tick count, patched on close
        writer.Write((session.Date.Year * 10000) + (session.Date.Month * 100) + session.Date.Day);
        writer.Write(session.UtcOffset.Ticks);
        writer.Write(universe.PriceScale);
        WriteString(writer, universe.Market);
        writer.Write(session.OpenUtc);
        writer.Write(session.MorningCloseUtc);
        writer.Write(session.CloseUtc);
        writer.Write(session.Windows.Count);
        foreach (var window in session.Windows)
        {
            writer.Write(window.StartUtc);
            writer.Write(window.EndUtc);
        }

        writer.Write(universe.Instruments.Count);
        foreach (var instrument in universe.Instruments)
        {
            WriteString(writer, instrument.Code);
            WriteString(writer, instrument.Name);
            WriteString(writer, instrument.Sector33Code);
            writer.Write(instrument.BasePrice);
        }

        writer.Write(universe.Indices.Count);
        foreach (var index in universe.Indices)
        {
            WriteString(writer, index.Id);
            WriteString(writer, index.Name);
            writer.Write((byte)index.Method);
            writer.Write(index.Divisor);
            writer.Write(index.BaseLevel);
            writer.Write(index.CadenceTicks);
            writer.Write(index.Members.Count);
            foreach (var member in index.Members)
            {
                writer.Write(member.Instrument);
                writer.Write(member.Weight);
            }
        }

        var length = (int)writer.BaseStream.Position;
        writer.BaseStream.Position = 8;
        writer.Write(length);
        writer.BaseStream.Position = length;
    }

    internal static (LiveUniverse Universe, long TickCount, int HeaderLength) ReadHeader(BinaryReader reader, string path)
    {
        if (reader.BaseStream.Length < 24 || reader.ReadUInt32() != Magic)
        {
            throw Fail.Input(path, null, "file", null, "is not a Kabuto tick file (no KBTK magic)", "pass a file written by 'kabuto simulate' or a LEAN tick zip");
        }

        var version = reader.ReadUInt16();
        if (version != Version)
        {
            throw Fail.Input(path, null, "version", version.ToString(System.Globalization.CultureInfo.InvariantCulture), "is not supported", $"this build reads version {Version}");
        }

        reader.ReadUInt16();
        var headerLength = reader.ReadInt32();
        var tickCount = reader.ReadInt64();
        var ymd = reader.ReadInt32();
        var date = new DateOnly(ymd / 10000, ymd / 100 % 100, ymd % 100);
        var offset = new TimeSpan(reader.ReadInt64());
        var priceScale = reader.ReadInt32();
        var market = ReadString(reader);
        var open = reader.ReadInt64();
        var morningClose = reader.ReadInt64();
        var close = reader.ReadInt64();
        var windows = new SessionWindow[reader.ReadInt32()];
        for (var i = 0; i < windows.Length; i++)
        {
            windows[i] = new SessionWindow(reader.ReadInt64(), reader.ReadInt64());
        }

        var instruments = new LiveInstrument[reader.ReadInt32()];
        for (var i = 0; i < instruments.Length; i++)
        {
            instruments[i] = new LiveInstrument(ReadString(reader), ReadString(reader), ReadString(reader), reader.ReadInt64());
        }

        var indices = new LiveIndex[reader.ReadInt32()];
        for (var i = 0; i < indices.Length; i++)
        {
            var id = ReadString(reader);
            var name = ReadString(reader);
            var method = (WeightingMethod)reader.ReadByte();
            var divisor = reader.ReadDecimal();
            var baseLevel = reader.ReadDecimal();
            var cadence = reader.ReadInt64();
            var members = new IndexMember[reader.ReadInt32()];
            for (var m = 0; m < members.Length; m++)
            {
                members[m] = new IndexMember(reader.ReadInt32(), reader.ReadInt64());
                if ((uint)members[m].Instrument >= (uint)instruments.Length)
                {
                    throw Fail.Input(path, null, $"index {id} member", members[m].Instrument.ToString(System.Globalization.CultureInfo.InvariantCulture), "is not an instrument ordinal", "rewrite the file with 'kabuto simulate'");
                }
            }

            indices[i] = new LiveIndex(id, name, method, members, divisor, baseLevel, priceScale, cadence);
        }

        var session = new TickSession(date, windows, open, morningClose, close, offset);
        return (new LiveUniverse(market, instruments, indices, priceScale, session), tickCount, headerLength);
    }

    private static void WriteString(BinaryWriter writer, string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        writer.Write(checked((ushort)bytes.Length));
        writer.Write(bytes);
    }

    private static string ReadString(BinaryReader reader) => Encoding.UTF8.GetString(reader.ReadBytes(reader.ReadUInt16()));
}
