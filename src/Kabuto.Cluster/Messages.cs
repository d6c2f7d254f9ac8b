using System.Buffers.Binary;
using System.Text;
using System.Text.Json;
using Kabuto.Core.Market;
using Kabuto.Live.Engine;

namespace Kabuto.Cluster;

/// <summary>One unit of work on the share queue: which indices (ordinals in the session's universe) a worker computes.</summary>
public sealed record ShareAssignment(string Session, int Share, int Shares, int[] Indices)
{
    public byte[] ToBytes() => JsonSerializer.SerializeToUtf8Bytes(this);

    public static ShareAssignment FromBytes(byte[] bytes) =>
        JsonSerializer.Deserialize<ShareAssignment>(bytes) ?? throw new InvalidDataException("empty share assignment");
}

/// <summary>A message of the tick log: a batch of tick records, or the end of the session with the totals the feed
/// published (a worker checks it received exactly that many).</summary>
public static class TickLogMessage
{
    public const byte TicksKind = 1;
    public const byte EndKind = 2;
    public const int HeaderSize = 1;

    public static byte[] End(long ticks, long batches)
    {
        var bytes = new byte[HeaderSize + 16];
        bytes[0] = EndKind;
        BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(1), ticks);
        BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(9), batches);
        return bytes;
    }

    public static (long Ticks, long Batches) ReadEnd(ReadOnlySpan<byte> bytes) =>
        (BinaryPrimitives.ReadInt64LittleEndian(bytes[1..]), BinaryPrimitives.ReadInt64LittleEndian(bytes[9..]));
}

/// <summary>A snapshot as it travels: the index's ordinal in the session's universe, its instant, the exact weighted
/// sum and why it was taken. Levels are derived from the sum with the index's definition, so nothing is rounded on the way.</summary>
public readonly record struct ClusterSnapshot(int Index, long TimeUtc, Int128 WeightedSum, SnapshotKind Kind);

/// <summary>A message of the levels log: the snapshots one share's engine emitted while applying the tick log up to and
/// including stream sequence <see cref="TickSequence"/>; the last one of a share is <see cref="Final"/> and carries the
/// engine's tick counts. The tick sequence is the idempotency key: a worker that takes a share over publishes only what
/// follows the share's last published sequence.</summary>
public sealed record LevelsBatch(ulong TickSequence, int Shares, bool Final, string Worker, IReadOnlyList<ClusterSnapshot> Snapshots, TickCounts? Counts)
{
    private const int SnapshotSize = 4 + 8 + 16 + 1;
    private const int CountsSize = 12 * 8;

    public byte[] ToBytes()
    {
        var worker = Encoding.UTF8.GetBytes(Worker);
        var size = 8 + 4 + 1 + 2 + worker.Length + 4 + (Snapshots.Count * SnapshotSize) + (Final ? CountsSize : 0);
        var bytes = new byte[size];
        var span = bytes.AsSpan();
        BinaryPrimitives.WriteUInt64LittleEndian(span, TickSequence);
        BinaryPrimitives.WriteInt32LittleEndian(span[8..], Shares);
        span[12] = Final ? (byte)1 : (byte)0;
        BinaryPrimitives.WriteUInt16LittleEndian(span[13..], checked((ushort)worker.Length));
        worker.CopyTo(span[15..]);
        var at = 15 + worker.Length;
        BinaryPrimitives.WriteInt32LittleEndian(span[at..], Snapshots.Count);
        at += 4;
        foreach (var s in Snapshots)
        {
            BinaryPrimitives.WriteInt32LittleEndian(span[at..], s.Index);
            BinaryPrimitives.WriteInt64LittleEndian(span[(at + 4)..], s.TimeUtc);
            BinaryPrimitives.WriteInt128LittleEndian(span[(at + 12)..], s.WeightedSum);
            span[at + 28] = (byte)s.Kind;
            at += SnapshotSize;
        }

        if (Final && Counts is { } c)
        {
            long[] values = [c.Received, c.Trades, c.SpecialQuotes, c.QuotesIgnored, c.StatusTicks, c.OutsideSession, c.Suspicious, c.OutOfOrder, c.Duplicate, c.Stale, c.PriceChanges, c.Snapshots];
            foreach (var v in values)
            {
                BinaryPrimitives.WriteInt64LittleEndian(span[at..], v);
                at += 8;
            }
        }

        return bytes;
    }

    public static LevelsBatch FromBytes(ReadOnlySpan<byte> span)
    {
        var sequence = BinaryPrimitives.ReadUInt64LittleEndian(span);
        var shares = BinaryPrimitives.ReadInt32LittleEndian(span[8..]);
        var final = span[12] == 1;
        var workerLength = BinaryPrimitives.ReadUInt16LittleEndian(span[13..]);
        var worker = Encoding.UTF8.GetString(span.Slice(15, workerLength));
        var at = 15 + workerLength;
        var count = BinaryPrimitives.ReadInt32LittleEndian(span[at..]);
        at += 4;
        var snapshots = new ClusterSnapshot[count];
        for (var i = 0; i < count; i++)
        {
            snapshots[i] = new ClusterSnapshot(
                BinaryPrimitives.ReadInt32LittleEndian(span[at..]),
                BinaryPrimitives.ReadInt64LittleEndian(span[(at + 4)..]),
                BinaryPrimitives.ReadInt128LittleEndian(span[(at + 12)..]),
                (SnapshotKind)span[at + 28]);
            at += SnapshotSize;
        }

        TickCounts? counts = null;
        if (final)
        {
            var v = new long[12];
            for (var i = 0; i < v.Length; i++)
            {
                v[i] = BinaryPrimitives.ReadInt64LittleEndian(span[(at + (i * 8))..]);
            }

            counts = new TickCounts(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11]);
        }

        return new LevelsBatch(sequence, shares, final, worker, snapshots, counts);
    }
}

/// <summary>A share's engine state after applying the session's tick log up to and including stream sequence
/// <see cref="TickSequence"/> (ADR 0019), written only when every snapshot those messages produced is in the share's
/// levels chain. <see cref="LevelsSequence"/> is the levels-log message the chain ended with when it was written (0:
/// none yet); <see cref="Ticks"/> and <see cref="Batches"/> are what the worker had received (the end marker's totals
/// are checked against them); <see cref="UniverseId"/> names the universe object the session was fed with, so a
/// session fed again under the same id never resumes from an old state.</summary>
public sealed record ShareCheckpoint(string Session, int Share, string UniverseId, ulong TickSequence, ulong LevelsSequence, long Ticks, long Batches, string Worker, byte[] Engine)
{
    private const uint Magic = 0x4B43_534B; // "KSCK" little-endian
    private const ushort Version = 1;

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream(Engine.Length + 128);
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(Version);
            writer.Write(Session);
            writer.Write(Share);
            writer.Write(UniverseId);
            writer.Write(TickSequence);
            writer.Write(LevelsSequence);
            writer.Write(Ticks);
            writer.Write(Batches);
            writer.Write(Worker);
            writer.Write(Engine.Length);
            writer.Write(Engine);
        }

        return stream.ToArray();
    }

    public static ShareCheckpoint FromBytes(byte[] bytes)
    {
        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, writable: false), Encoding.UTF8);
            if (reader.ReadUInt32() != Magic)
            {
                throw new InvalidDataException("not a share checkpoint");
            }

            var version = reader.ReadUInt16();
            if (version != Version)
            {
                throw new InvalidDataException($"share checkpoint version {version}; this worker reads version {Version}");
            }

            var checkpoint = new ShareCheckpoint(
                reader.ReadString(), reader.ReadInt32(), reader.ReadString(), reader.ReadUInt64(), reader.ReadUInt64(),
                reader.ReadInt64(), reader.ReadInt64(), reader.ReadString(), []);
            var length = reader.ReadInt32();
            if (length < 0 || length != bytes.Length - reader.BaseStream.Position)
            {
                throw new InvalidDataException($"a truncated share checkpoint (engine state of {length:N0} bytes, {bytes.Length - reader.BaseStream.Position:N0} present)");
            }

            return checkpoint with { Engine = reader.ReadBytes(length) };
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException("a truncated share checkpoint");
        }
    }
}
