using Kabuto.Live.Ticks;
using Kabuto.Live.Universe;

namespace Kabuto.Live.Feeds;

/// <summary>The binary tick format's pieces for carrying a session over a message log instead of a file: the
/// self-describing header (session, instruments, indices) as one blob, and batches of the same 24-byte records
/// (times relative to the session open). One encoding, so a message log and a file cannot drift apart.</summary>
public static class TickWire
{
    public const int RecordSize = TickFile.RecordSize;

    public static byte[] EncodeUniverse(LiveUniverse universe)
    {
        ArgumentNullException.ThrowIfNull(universe);
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            TickFile.WriteHeader(writer, universe);
        }

        return stream.ToArray();
    }

    /// <summary>Reads a universe written by <see cref="EncodeUniverse"/>; <paramref name="source"/> names it in errors.</summary>
    public static LiveUniverse DecodeUniverse(byte[] bytes, string source)
    {
        using var reader = new BinaryReader(new MemoryStream(bytes), System.Text.Encoding.UTF8);
        return TickFile.ReadHeader(reader, source).Universe;
    }

    /// <summary>Writes ticks as records into <paramref name="destination"/> (RecordSize bytes each).</summary>
    public static void EncodeTicks(ReadOnlySpan<Tick> ticks, long baseUtc, Span<byte> destination)
    {
        for (var i = 0; i < ticks.Length; i++)
        {
            TickFile.WriteRecord(destination.Slice(i * RecordSize, RecordSize), ticks[i], baseUtc);
        }
    }

    /// <summary>Reads records back into ticks; returns how many.</summary>
    public static int DecodeTicks(ReadOnlySpan<byte> source, long baseUtc, Span<Tick> destination)
    {
        var count = source.Length / RecordSize;
        for (var i = 0; i < count; i++)
        {
            destination[i] = TickFile.ReadRecord(source.Slice(i * RecordSize, RecordSize), baseUtc);
        }

        return count;
    }
}
