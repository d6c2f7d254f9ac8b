using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Kabuto.Core.Market;
using Kabuto.Live.Ticks;
using Kabuto.Live.Universe;

namespace Kabuto.Live.Engine;

/// <summary>Policy knobs of the engine (docs/live.md).</summary>
public sealed record EngineOptions
{
    /// <summary>A tick older than the engine clock (latest applied exchange time) by more than this is stale.</summary>
    public TimeSpan StaleAfter { get; init; } = TimeSpan.FromSeconds(2);
}

/// <summary>The incremental index engine: one tick updates every index holding the instrument in O(1) per slot.
/// State lives in arrays indexed by ordinal; sums are exact (a 128-bit origin plus a 64-bit move per index); decimals
/// appear only when a snapshot is taken. The same engine serves replay (called directly) and live (behind a channel).
/// Layout (ADR 0011): what every tick touches is packed (64 bytes per instrument, 32 per index), what only a rare path
/// reads (base prices, halts, origins) lives in separate arrays; an index whose sum changes joins a dirty list without
/// a branch, and a cadence boundary snapshots only that list. A batch keeps its hot scalars in locals and calls the
/// rare paths out of line, so the tick loop and the slot loop keep their registers (docs/bench.md). Its whole state can be
/// exported and restored exactly (<see cref="WriteCheckpoint"/>, IndexEngine.Checkpoint.cs).</summary>
public sealed partial class IndexEngine
{
    private readonly LiveUniverse _universe;
    private readonly ISnapshotSink _sink;
    private readonly CacheLineArray<InstrumentState> _instruments;
    private readonly InstrumentCold[] _instrumentsCold;
    private readonly Slot[] _slots;
    private readonly CacheLineArray<IndexState> _indices;
    private readonly Int128[] _baseSums;
    private readonly IndexCold[] _indicesCold;
    private readonly int[] _groupOf;

    // Indices changed since their cadence group's last boundary; one spare entry so the slot loop can always write.
    private readonly int[] _dirty;

    // One boundary's snapshots, handed to the sink in one call.
    private readonly IndexSnapshot[] _batch;
    private int _dirtyCount;
    private readonly LiveIndex[] _definitions;
    private readonly SessionWindow[] _windows;
    private readonly SnapshotSchedule _schedule;
    private readonly long _staleAfter;

    // The largest |price delta| whose product with every slot weight fits in a long.
    private readonly long _maxNarrowDelta;
    private readonly bool _hasEveryTickIndices;
    private long _windowStart;
    private long _windowEnd;
    private long _clock;
    private long _received;
    private long _trades;
    private long _specialQuotes;
    private long _quotesIgnored;
    private long _statusTicks;
    private long _outsideSession;
    private long _suspicious;
    private long _outOfOrder;
    private long _duplicate;
    private long _stale;
    private long _priceChanges;
    private long _snapshots;

    public IndexEngine(LiveUniverse universe, ISnapshotSink sink, EngineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(universe);
        ArgumentNullException.ThrowIfNull(sink);
        _universe = universe;
        _sink = sink;
        _staleAfter = (options ?? new EngineOptions()).StaleAfter.Ticks;
        _definitions = [.. universe.Indices];
        _windows = [.. universe.Session.Windows];
        _windowStart = _windows.Length > 0 ? _windows[0].StartUtc : long.MaxValue;
        _windowEnd = _windows.Length > 0 ? _windows[0].EndUtc : long.MinValue;
        _instruments = new CacheLineArray<InstrumentState>(universe.Instruments.Count);
        _instrumentsCold = new InstrumentCold[universe.Instruments.Count];
        _slots = BuildSlots(universe, _instruments, _instrumentsCold);
        var maxWeight = 1L;
        foreach (var slot in _slots)
        {
            maxWeight = Math.Max(maxWeight, Math.Abs(slot.Weight));
        }

        _maxNarrowDelta = long.MaxValue / 2 / maxWeight;
        _indices = new CacheLineArray<IndexState>(_definitions.Length);
        _baseSums = new Int128[_definitions.Length];
        _indicesCold = new IndexCold[_definitions.Length];
        for (var i = 0; i < _indices.Length; i++)
        {
            var sum = BaseSum(_definitions[i], universe);
            _baseSums[i] = sum;

            // Clean = 0 until the group's first boundary, which snapshots every index anyway; every-tick indices
            // stay 0 for good, so they never join the dirty list.
            _indices[i] = new IndexState { MoveHigh = long.MinValue, MoveLow = long.MaxValue };
            _indicesCold[i] = new IndexCold { Origin = sum, FoldedHigh = Int128.MinValue, FoldedLow = Int128.MaxValue };
        }

        _dirty = new int[_indices.Length + 1];
        _batch = new IndexSnapshot[_indices.Length];
        _schedule = new SnapshotSchedule(universe);
        _groupOf = _schedule.GroupOf;
        _hasEveryTickIndices = _schedule.HasEveryTickIndices;
    }

    public LiveUniverse Universe => _universe;

    public int IndexCount => _indices.Length;

    /// <summary>Applies one tick (a batch of one).</summary>
    public void Apply(in Tick tick) => Apply(new ReadOnlySpan<Tick>(in tick));

    /// <summary>Applies a batch of ticks in order; per tick: the snapshots due before it, then the stated policy, then
    /// the O(1)-per-slot update. What every tick reads or counts (the arrays' starts, the dirty count, the clock, the
    /// common counters) lives in locals for the whole batch and is written back before the rare paths that read the
    /// fields (a boundary, every-tick emission) and at the end, so the slot loop keeps its registers.</summary>
    public void Apply(ReadOnlySpan<Tick> ticks)
    {
        ref var instruments = ref _instruments.First;
        ref var slots = ref MemoryMarshal.GetArrayDataReference(_slots);
        ref var indices = ref _indices.First;
        ref var dirty = ref MemoryMarshal.GetArrayDataReference(_dirty);
        var instrumentCount = (uint)_instruments.Length;
        var maxNarrowDelta = _maxNarrowDelta;
        var staleAfter = _staleAfter;
        var nextDue = _schedule.NextDue;
        var dirtyCount = _dirtyCount;
        var clock = _clock;
        var received = _received;
        var trades = _trades;
        var priceChanges = _priceChanges;
        foreach (ref readonly var tick in ticks)
        {
            var time = tick.TimeUtc;
            if (time > nextDue)
            {
                (_dirtyCount, _clock, _received, _trades, _priceChanges) = (dirtyCount, clock, received, trades, priceChanges);
                nextDue = EmitDue(time);
                dirtyCount = _dirtyCount;
            }

            // A clock tick only says that time has passed (a feed silent in the lunch break): its snapshots are out.
            if (tick.Kind == TickKind.Clock)
            {
                continue;
            }

            received++;

            if ((time < _windowStart || time > _windowEnd) && !EnterWindow(time))
            {
                _outsideSession++;
                continue;
            }

            if ((tick.Flags & TickFlags.Suspicious) != 0)
            {
                _suspicious++;
                continue;
            }

            if ((uint)tick.Instrument >= instrumentCount)
            {
                ThrowUnknownInstrument(tick.Instrument);
            }

            ref var state = ref Unsafe.Add(ref instruments, tick.Instrument);
            var key = (int)tick.Kind | ((int)tick.Flags << 8);
            if (time < state.LastTime)
            {
                _outOfOrder++;
                continue;
            }

            if (time == state.LastTime && tick.Price == state.LastPrice && tick.Size == state.LastSize && key == state.LastKey)
            {
                _duplicate++;
                continue;
            }

            if (time < clock - staleAfter)
            {
                _stale++;
                continue;
            }

            clock = Math.Max(clock, time);
            state.LastTime = time;
            state.LastPrice = tick.Price;
            state.LastSize = tick.Size;
            state.LastKey = key;
            switch (tick.Kind)
            {
                case TickKind.Trade:
                    trades++;
                    state.Trade = tick.Price;
                    state.Special = 0;
                    break;
                case TickKind.Quote when (tick.Flags & TickFlags.Special) != 0:
                    _specialQuotes++;
                    state.Special = tick.Price;
                    break;
                case TickKind.Quote:
                    _quotesIgnored++;
                    continue;
                default:
                    _statusTicks++;
                    SetHalt(tick.Instrument, tick.Flags);
                    continue;
            }

            // Price priority (methodology 1.6): special quote, then last trade, then base price.
            var effective = state.Special != 0 ? state.Special : state.Trade != 0 ? state.Trade : _instrumentsCold[tick.Instrument].Base;
            var delta = effective - state.Effective;
            if (delta != 0)
            {
                state.Effective = effective;
                priceChanges++;

                dirtyCount = UpdateIndices(
                    ref Unsafe.Add(ref slots, state.SlotStart), ref Unsafe.Add(ref slots, state.SlotEnd), delta, maxNarrowDelta, ref indices, _indicesCold, ref dirty, dirtyCount);
            }

            if (_hasEveryTickIndices)
            {
                (_dirtyCount, _clock, _received, _trades, _priceChanges) = (dirtyCount, clock, received, trades, priceChanges);
                EmitEveryTick(time);
            }
        }

        (_dirtyCount, _clock, _received, _trades, _priceChanges) = (dirtyCount, clock, received, trades, priceChanges);
    }

    // Slot and index ordinals were built by the constructor from the universe, so they are in range. Exact: an index's
    // sum is its origin (Int128) plus a 64-bit move; when |delta| × the largest weight fits in 64 bits (every realistic
    // tick) a slot adds one 64-bit product to the move, and a move past ±2^62 (never in a session of real prices) folds
    // into the origin; a larger product folds directly. Out of line: the loop gets its own registers.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int UpdateIndices(ref Slot slot, ref Slot end, long delta, long maxNarrowDelta, ref IndexState indices, IndexCold[] cold, ref int dirty, int dirtyCount)
    {
        if ((ulong)(delta + maxNarrowDelta) > (ulong)(2 * maxNarrowDelta))
        {
            return UpdateIndicesWide(ref slot, ref end, delta, ref indices, cold, ref dirty, dirtyCount);
        }

        for (; Unsafe.IsAddressLessThan(ref slot, ref end); slot = ref Unsafe.Add(ref slot, 1))
        {
            var ordinal = slot.Index;
            ref var index = ref Unsafe.Add(ref indices, ordinal);
            var move = index.Move + (slot.Weight * delta);
            index.Move = move;
            index.MoveHigh = Math.Max(index.MoveHigh, move);
            index.MoveLow = Math.Min(index.MoveLow, move);
            Unsafe.Add(ref dirty, dirtyCount) = ordinal;
            dirtyCount += index.Clean;
            index.Clean = 0;
            if ((ulong)(move + FoldLimit) > (ulong)FoldLimit * 2)
            {
                Fold(ref index, ref cold[ordinal], 0);
            }
        }

        return dirtyCount;
    }

    // |move| stays below 2^62 between folds, and one narrow product is below 2^62, so their sum never overflows a long.
    private const long FoldLimit = 1L << 62;

    // A move too large for one 64-bit product (never on a real tick): the full product folded into the origin.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int UpdateIndicesWide(ref Slot slot, ref Slot end, long delta, ref IndexState indices, IndexCold[] cold, ref int dirty, int dirtyCount)
    {
        for (; Unsafe.IsAddressLessThan(ref slot, ref end); slot = ref Unsafe.Add(ref slot, 1))
        {
            ref var index = ref Unsafe.Add(ref indices, slot.Index);
            Fold(ref index, ref cold[slot.Index], Math.BigMul(slot.Weight, delta));
            Unsafe.Add(ref dirty, dirtyCount) = slot.Index;
            dirtyCount += index.Clean;
            index.Clean = 0;
        }

        return dirtyCount;
    }

    // Moves an index's 64-bit move (plus an extra 128-bit one) into its origin; the high and low seen so far are kept
    // in 128 bits, and the value after the fold is the new move's only sample (0).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Fold(ref IndexState index, ref IndexCold cold, Int128 extra)
    {
        if (index.MoveHigh != long.MinValue)
        {
            cold.FoldedHigh = Int128.Max(cold.FoldedHigh, cold.Origin + index.MoveHigh);
            cold.FoldedLow = Int128.Min(cold.FoldedLow, cold.Origin + index.MoveLow);
        }

        cold.Origin += index.Move + extra;
        index.Move = 0;
        index.MoveHigh = 0;
        index.MoveLow = 0;
    }

    private Int128 SumOf(int index) => _indicesCold[index].Origin + _indices[index].Move;

    private Int128 HighOf(int index) => _indices[index].MoveHigh == long.MinValue && _indicesCold[index].FoldedHigh == Int128.MinValue
        ? SumOf(index)
        : Int128.Max(_indicesCold[index].FoldedHigh, _indices[index].MoveHigh == long.MinValue ? Int128.MinValue : _indicesCold[index].Origin + _indices[index].MoveHigh);

    private Int128 LowOf(int index) => _indices[index].MoveLow == long.MaxValue && _indicesCold[index].FoldedLow == Int128.MaxValue
        ? SumOf(index)
        : Int128.Min(_indicesCold[index].FoldedLow, _indices[index].MoveLow == long.MaxValue ? Int128.MaxValue : _indicesCold[index].Origin + _indices[index].MoveLow);

    /// <summary>End of input: emits the pending cadence snapshot and the remaining marks (the close).</summary>
    public void Complete() => _schedule.EmitDue(long.MaxValue, final: true, this);

    public TickCounts Counts => new(
        _received, _trades, _specialQuotes, _quotesIgnored, _statusTicks, _outsideSession, _suspicious, _outOfOrder,
        _duplicate, _stale, _priceChanges, _snapshots);

    /// <summary>The latest applied exchange time (UTC ticks), 0 before the first tick.</summary>
    public long Clock => _clock;

    public Int128 WeightedSum(int index) => SumOf(index);

    public decimal Level(int index) => _definitions[index].LevelOf(SumOf(index));

    /// <summary>The level at base prices: the previous close when base prices are previous closes.</summary>
    public decimal BaseLevel(int index) => _definitions[index].LevelOf(_baseSums[index]);

    /// <summary>Tick-by-tick intraday high (every applied tick, not only disseminated values); the base level if the
    /// index has not moved.</summary>
    public decimal TickHigh(int index) =>
        _definitions[index].LevelOf(HighOf(index));

    public decimal TickLow(int index) =>
        _definitions[index].LevelOf(LowOf(index));

    /// <summary>The price the index uses for an instrument now (special quote, last trade, base).</summary>
    public long EffectivePrice(int instrument) => _instruments[instrument].Effective;

    /// <summary>The exchange time of the instrument's last applied tick; long.MinValue before its first.</summary>
    public long LastTickTime(int instrument) => _instruments[instrument].LastTime;

    public long LastTradePrice(int instrument) => _instruments[instrument].Trade;

    public bool IsHalted(int instrument) => _instrumentsCold[instrument].Halted;

    public bool HasSpecialQuote(int instrument) => _instruments[instrument].Special != 0;

    /// <summary>Points a member adds to its index since base: weight × (price − base price) / divisor.</summary>
    public decimal Contribution(int index, IndexMember member)
    {
        var weighted = (Int128)member.Weight * (_instruments[member.Instrument].Effective - _instrumentsCold[member.Instrument].Base);
        return _definitions[index].LevelOf(weighted);
    }

    internal void Emit(int index, long time, SnapshotKind kind)
    {
        var sum = SumOf(index);
        _snapshots++;
        _sink.OnSnapshot(new IndexSnapshot(index, time, sum, kind, _definitions[index]));
    }

    /// <summary>A cadence group's boundary: a plain cadence point snapshots the group's changed indices (leaving the
    /// other groups' on the dirty list); the open and the session marks snapshot every member. Then the sink learns
    /// that the rest of the group holds its value.</summary>
    internal void EmitBoundary(int group, int[] members, long step, long time, SnapshotKind kind)
    {
        var every = kind != SnapshotKind.Cadence;
        var count = 0;
        if (every)
        {
            foreach (var i in members)
            {
                _batch[count++] = new IndexSnapshot(i, time, SumOf(i), kind, _definitions[i]);
                _indices[i].Clean = 1;
            }
        }

        var kept = 0;
        for (var n = 0; n < _dirtyCount; n++)
        {
            var i = _dirty[n];
            if (_groupOf[i] != group)
            {
                _dirty[kept++] = i;
                continue;
            }

            if (!every)
            {
                _batch[count++] = new IndexSnapshot(i, time, SumOf(i), kind, _definitions[i]);
            }

            _indices[i].Clean = 1;
        }

        _dirtyCount = kept;
        _snapshots += count;
        if (count > 0)
        {
            _sink.OnSnapshots(_batch.AsSpan(0, count));
        }

        _sink.OnBoundary(new CadenceBoundary(time, step));
    }

    // The rare paths stay out of line so the tick loop keeps its registers.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private long EmitDue(long time)
    {
        _schedule.EmitDue(time, final: false, this);
        return _schedule.NextDue;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void EmitEveryTick(long time) => _schedule.EmitEveryTick(time, this);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void SetHalt(int instrument, TickFlags flags)
    {
        ref var cold = ref _instrumentsCold[instrument];
        cold.Halted = (flags & TickFlags.Halt) != 0 || (cold.Halted && (flags & TickFlags.Resume) == 0);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowUnknownInstrument(int instrument) =>
        throw new ArgumentOutOfRangeException(nameof(instrument), instrument, "a tick for an instrument ordinal outside the universe");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool EnterWindow(long time)
    {
        foreach (var window in _windows)
        {
            if (window.Contains(time))
            {
                _windowStart = window.StartUtc;
                _windowEnd = window.EndUtc;
                return true;
            }
        }

        return false;
    }

    private static Int128 BaseSum(LiveIndex index, LiveUniverse universe)
    {
        Int128 sum = 0;
        foreach (var member in index.Members)
        {
            sum += (Int128)member.Weight * universe.Instruments[member.Instrument].BasePrice;
        }

        return sum;
    }

    // Slots are grouped by instrument so a tick walks one contiguous run.
    private static Slot[] BuildSlots(LiveUniverse universe, CacheLineArray<InstrumentState> instruments, InstrumentCold[] cold)
    {
        var counts = new int[instruments.Length + 1];
        foreach (var index in universe.Indices)
        {
            foreach (var member in index.Members)
            {
                counts[member.Instrument + 1]++;
            }
        }

        for (var i = 1; i < counts.Length; i++)
        {
            counts[i] += counts[i - 1];
        }

        var slots = new Slot[counts[^1]];
        var fill = counts.AsSpan(0, instruments.Length).ToArray();
        for (var x = 0; x < universe.Indices.Count; x++)
        {
            foreach (var member in universe.Indices[x].Members)
            {
                slots[fill[member.Instrument]++] = new Slot { Index = x, Weight = member.Weight };
            }
        }

        for (var i = 0; i < instruments.Length; i++)
        {
            var basePrice = universe.Instruments[i].BasePrice;
            cold[i] = new InstrumentCold { Base = basePrice };
            instruments[i] = new InstrumentState
            {
                Effective = basePrice,
                SlotStart = counts[i],
                SlotEnd = counts[i + 1],
                LastTime = long.MinValue,
            };
        }

        return slots;
    }

    // Everything a tick reads or writes, in one 64-byte record (the tick policy's last-tick fields, the prices, the
    // slot run).
    private struct InstrumentState
    {
        public long LastTime;
        public long LastPrice;
        public long LastSize;
        public long Trade;
        public long Special;
        public long Effective;
        public int LastKey;
        public int SlotStart;
        public int SlotEnd;
    }

    // Read only when neither a special quote nor a trade sets the price, or by status ticks and queries.
    private struct InstrumentCold
    {
        public long Base;
        public bool Halted;
    }

    // 12 bytes: the weight is read unaligned (free on x64) so more slots share a cache line.
    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    private struct Slot
    {
        public long Weight;
        public int Index;
    }

    // What a slot update touches, 32 bytes (two indices a cache line): the move since the origin, its high and low.
    private struct IndexState
    {
        public long Move;
        public long MoveHigh;
        public long MoveLow;
        public int Clean;
    }

    // Read at folds and snapshots: sum = Origin + Move; the high and low of the moves folded so far.
    private struct IndexCold
    {
        public Int128 Origin;
        public Int128 FoldedHigh;
        public Int128 FoldedLow;
    }
}
