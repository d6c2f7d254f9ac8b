using System.Buffers.Binary;
using Kabuto.Live.Universe;

namespace Kabuto.Live.Engine;

/// <summary>The engine's exact state as bytes (ADR 0019): an engine restored from another's checkpoint and fed the same
/// remaining ticks emits the same snapshots and ends with the same levels, highs, lows and counts. Only state is
/// written (what the ticks changed); what the universe determines (slots, base prices, weights) is rebuilt by the
/// constructor and checked through a fingerprint. Nothing here runs per tick.</summary>
public sealed partial class IndexEngine
{
    private const uint CheckpointMagic = 0x5043_424B; // "KBCP" little-endian
    private const ushort CheckpointVersion = 1;
    private const int CheckpointHeaderSize = 4 + 2 + 8 + (4 * 4) + 8;
    private const int InstrumentStateSize = (6 * 8) + 4 + 1;
    private const int IndexStateSize = (3 * 8) + 4 + (3 * 16);
    private const int CounterCount = 12;
    private ulong? _fingerprint;

    /// <summary>A hash of everything in the universe and options the state depends on: instruments and their base
    /// prices, indices (method, members, weights, divisor, base level, cadence), the session's windows and marks, the
    /// stale threshold. Two engines with the same fingerprint can exchange checkpoints.</summary>
    public ulong UniverseFingerprint => _fingerprint ??= ComputeFingerprint();

    /// <summary>Writes the engine's whole state: every instrument's last tick, prices and halt; every index's move, high,
    /// low and clean flag with its origin and folded high and low; the dirty list; the clock, the current window and
    /// every counter; the snapshot schedule's position.</summary>
    public byte[] WriteCheckpoint()
    {
        var size = CheckpointHeaderSize + ((3 + CounterCount) * 8) + _schedule.StateSize
            + (_instruments.Length * InstrumentStateSize) + (_indices.Length * IndexStateSize) + 4 + (_dirtyCount * 4);
        var bytes = new byte[size];
        using var writer = new BinaryWriter(new MemoryStream(bytes));
        writer.Write(CheckpointMagic);
        writer.Write(CheckpointVersion);
        writer.Write(UniverseFingerprint);
        writer.Write(_instruments.Length);
        writer.Write(_indices.Length);
        writer.Write(_schedule.GroupCount);
        writer.Write(_schedule.MarkCount);
        writer.Write(_staleAfter);
        writer.Write(_windowStart);
        writer.Write(_windowEnd);
        writer.Write(_clock);
        foreach (var counter in (ReadOnlySpan<long>)[_received, _trades, _specialQuotes, _quotesIgnored, _statusTicks, _outsideSession, _suspicious, _outOfOrder, _duplicate, _stale, _priceChanges, _snapshots])
        {
            writer.Write(counter);
        }

        _schedule.WriteState(writer);
        for (var i = 0; i < _instruments.Length; i++)
        {
            ref var hot = ref _instruments[i];
            writer.Write(hot.LastTime);
            writer.Write(hot.LastPrice);
            writer.Write(hot.LastSize);
            writer.Write(hot.Trade);
            writer.Write(hot.Special);
            writer.Write(hot.Effective);
            writer.Write(hot.LastKey);
            writer.Write(_instrumentsCold[i].Halted);
        }

        for (var i = 0; i < _indices.Length; i++)
        {
            ref var hot = ref _indices[i];
            ref var cold = ref _indicesCold[i];
            writer.Write(hot.Move);
            writer.Write(hot.MoveHigh);
            writer.Write(hot.MoveLow);
            writer.Write(hot.Clean);
            Write(writer, cold.Origin);
            Write(writer, cold.FoldedHigh);
            Write(writer, cold.FoldedLow);
        }

        writer.Write(_dirtyCount);
        for (var n = 0; n < _dirtyCount; n++)
        {
            writer.Write(_dirty[n]);
        }

        if (writer.BaseStream.Position != size)
        {
            throw new InvalidOperationException($"checkpoint size {writer.BaseStream.Position} differs from the computed {size}");
        }

        return bytes;
    }

    /// <summary>Replaces the engine's state with a checkpoint's (from <see cref="WriteCheckpoint"/> of an engine over the
    /// same universe and options). A checkpoint of another universe, another version or of the wrong length is refused
    /// with <see cref="InvalidDataException"/> before anything changes.</summary>
    public void RestoreCheckpoint(byte[] checkpoint)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        CheckHeader(checkpoint);
        using var reader = new BinaryReader(new MemoryStream(checkpoint, writable: false));
        reader.BaseStream.Position = CheckpointHeaderSize - 8;
        var staleAfter = reader.ReadInt64();
        if (staleAfter != _staleAfter)
        {
            throw new InvalidDataException($"the checkpoint was written with a stale threshold of {staleAfter / (double)TimeSpan.TicksPerSecond} s, this engine has {_staleAfter / (double)TimeSpan.TicksPerSecond} s");
        }

        var fixedSize = CheckpointHeaderSize + ((3 + CounterCount) * 8) + _schedule.StateSize
            + (_instruments.Length * InstrumentStateSize) + (_indices.Length * IndexStateSize) + 4;
        var dirtyCount = checkpoint.Length >= fixedSize ? BinaryPrimitives.ReadInt32LittleEndian(checkpoint.AsSpan(fixedSize - 4)) : -1;
        if (dirtyCount < 0 || dirtyCount > _indices.Length || checkpoint.Length != fixedSize + (dirtyCount * 4))
        {
            throw new InvalidDataException($"the checkpoint is {checkpoint.Length:N0} bytes, not what this universe's state takes (truncated or corrupt)");
        }

        var nextMark = BinaryPrimitives.ReadInt32LittleEndian(checkpoint.AsSpan(CheckpointHeaderSize + ((3 + CounterCount) * 8)));
        if ((uint)nextMark > (uint)_schedule.MarkCount)
        {
            throw new InvalidDataException($"the checkpoint's next session mark {nextMark} is outside the schedule's {_schedule.MarkCount}");
        }

        for (var n = 0; n < dirtyCount; n++)
        {
            var ordinal = BinaryPrimitives.ReadInt32LittleEndian(checkpoint.AsSpan(fixedSize + (n * 4)));
            if ((uint)ordinal >= (uint)_indices.Length)
            {
                throw new InvalidDataException($"the checkpoint's dirty list names index {ordinal}, outside the universe's {_indices.Length}");
            }
        }

        // Checked: from here on every read is in range and the state is replaced as a whole.
        _windowStart = reader.ReadInt64();
        _windowEnd = reader.ReadInt64();
        _clock = reader.ReadInt64();
        _received = reader.ReadInt64();
        _trades = reader.ReadInt64();
        _specialQuotes = reader.ReadInt64();
        _quotesIgnored = reader.ReadInt64();
        _statusTicks = reader.ReadInt64();
        _outsideSession = reader.ReadInt64();
        _suspicious = reader.ReadInt64();
        _outOfOrder = reader.ReadInt64();
        _duplicate = reader.ReadInt64();
        _stale = reader.ReadInt64();
        _priceChanges = reader.ReadInt64();
        _snapshots = reader.ReadInt64();
        _schedule.ReadState(reader);
        for (var i = 0; i < _instruments.Length; i++)
        {
            ref var hot = ref _instruments[i];
            hot.LastTime = reader.ReadInt64();
            hot.LastPrice = reader.ReadInt64();
            hot.LastSize = reader.ReadInt64();
            hot.Trade = reader.ReadInt64();
            hot.Special = reader.ReadInt64();
            hot.Effective = reader.ReadInt64();
            hot.LastKey = reader.ReadInt32();
            _instrumentsCold[i].Halted = reader.ReadBoolean();
        }

        for (var i = 0; i < _indices.Length; i++)
        {
            ref var hot = ref _indices[i];
            ref var cold = ref _indicesCold[i];
            hot.Move = reader.ReadInt64();
            hot.MoveHigh = reader.ReadInt64();
            hot.MoveLow = reader.ReadInt64();
            hot.Clean = reader.ReadInt32();
            cold.Origin = ReadInt128(reader);
            cold.FoldedHigh = ReadInt128(reader);
            cold.FoldedLow = ReadInt128(reader);
        }

        _dirtyCount = reader.ReadInt32();
        for (var n = 0; n < _dirtyCount; n++)
        {
            _dirty[n] = reader.ReadInt32();
        }
    }

    private void CheckHeader(byte[] checkpoint)
    {
        var span = checkpoint.AsSpan();
        if (span.Length < CheckpointHeaderSize || BinaryPrimitives.ReadUInt32LittleEndian(span) != CheckpointMagic)
        {
            throw new InvalidDataException("not an engine checkpoint");
        }

        var version = BinaryPrimitives.ReadUInt16LittleEndian(span[4..]);
        if (version != CheckpointVersion)
        {
            throw new InvalidDataException($"engine checkpoint version {version}; this engine reads version {CheckpointVersion}");
        }

        var fingerprint = BinaryPrimitives.ReadUInt64LittleEndian(span[6..]);
        var instruments = BinaryPrimitives.ReadInt32LittleEndian(span[14..]);
        var indices = BinaryPrimitives.ReadInt32LittleEndian(span[18..]);
        var groups = BinaryPrimitives.ReadInt32LittleEndian(span[22..]);
        var marks = BinaryPrimitives.ReadInt32LittleEndian(span[26..]);
        if (instruments != _instruments.Length || indices != _indices.Length || groups != _schedule.GroupCount || marks != _schedule.MarkCount || fingerprint != UniverseFingerprint)
        {
            throw new InvalidDataException(
                $"the checkpoint is of another universe ({instruments:N0} instruments, {indices:N0} indices, fingerprint {fingerprint:x16}); " +
                $"this engine has {_instruments.Length:N0} instruments, {_indices.Length:N0} indices, fingerprint {UniverseFingerprint:x16}");
        }
    }

    private static void Write(BinaryWriter writer, Int128 value)
    {
        writer.Write((ulong)value);
        writer.Write((ulong)(value >> 64));
    }

    private static Int128 ReadInt128(BinaryReader reader)
    {
        var lower = reader.ReadUInt64();
        var upper = reader.ReadUInt64();
        return new Int128(upper, lower);
    }

    // FNV-1a over the universe's numbers and names: cheap, stable across processes (string.GetHashCode is not).
    private ulong ComputeFingerprint()
    {
        var hash = new Fnv();
        hash.Add(_staleAfter);
        hash.Add(_universe.PriceScale);
        hash.Add(_universe.Instruments.Count);
        foreach (var instrument in _universe.Instruments)
        {
            hash.Add(instrument.Code);
            hash.Add(instrument.BasePrice);
        }

        var session = _universe.Session;
        hash.Add(session.OpenUtc);
        hash.Add(session.MorningCloseUtc);
        hash.Add(session.CloseUtc);
        foreach (var window in session.Windows)
        {
            hash.Add(window.StartUtc);
            hash.Add(window.EndUtc);
        }

        hash.Add(_definitions.Length);
        foreach (var index in _definitions)
        {
            hash.Add(index.Id);
            hash.Add((long)index.Method);
            hash.Add(index.CadenceTicks);
            hash.Add(index.PriceScale);
            hash.Add(index.Divisor.ToString(System.Globalization.CultureInfo.InvariantCulture));
            hash.Add(index.BaseLevel.ToString(System.Globalization.CultureInfo.InvariantCulture));
            hash.Add(index.Members.Count);
            foreach (var member in index.Members)
            {
                hash.Add(member.Instrument);
                hash.Add(member.Weight);
            }
        }

        return hash.Value;
    }

    private sealed class Fnv
    {
        public ulong Value { get; private set; } = 14695981039346656037UL;

        public void Add(long number)
        {
            for (var b = 0; b < 8; b++)
            {
                Value = (Value ^ (byte)(number >> (8 * b))) * 1099511628211UL;
            }
        }

        public void Add(string text)
        {
            Add(text.Length);
            foreach (var c in text)
            {
                Add(c);
            }
        }
    }
}
