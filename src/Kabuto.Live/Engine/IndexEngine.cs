using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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
/// State lives in arrays indexed by ordinal; sums are exact Int128 of (integer weight × scaled price); decimals appear
/// only when a snapshot is taken. The same engine serves replay (called directly) and live (behind a channel).
/// Layout (ADR "changed-only snapshots and packed state"): what every tick touches is packed in one 64-byte record per
/// instrument and per index, what only a rare path reads (base prices, halts, base sums) lives in separate arrays; an
/// index whose sum changes joins a dirty list without a branch, and a cadence boundary snapshots only that list.</summary>
public sealed class IndexEngine
{
    private readonly LiveUniverse _universe;
    private readonly ISnapshotSink _sink;
    private readonly CacheLineArray<InstrumentState> _instruments;
    private readonly InstrumentCold[] _instrumentsCold;
    private readonly Slot[] _slots;
    private readonly CacheLineArray<IndexState> _indices;
    private readonly Int128[] _baseSums;
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
        for (var i = 0; i < _indices.Length; i++)
        {
            var sum = BaseSum(_definitions[i], universe);
            _baseSums[i] = sum;

            // Clean = 0 until the group's first boundary, which snapshots every index anyway; every-tick indices
            // stay 0 for good, so they never join the dirty list.
            _indices[i] = new IndexState { Sum = sum, High = Int128.MinValue, Low = Int128.MaxValue };
        }

        _dirty = new int[_indices.Length + 1];
        _batch = new IndexSnapshot[_indices.Length];
        _schedule = new SnapshotSchedule(universe);
        _groupOf = _schedule.GroupOf;
        _hasEveryTickIndices = _schedule.HasEveryTickIndices;
    }

    public LiveUniverse Universe => _universe;

    public int IndexCount => _indices.Length;

    /// <summary>Applies one tick: snapshots due before it first, then the stated policy, then the O(1)-per-slot update.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Apply(in Tick tick)
    {
        var time = tick.TimeUtc;
        if (time > _schedule.NextDue)
        {
            _schedule.EmitDue(time, final: false, this);
        }

        if (tick.Kind == TickKind.Clock)
        {
            return;
        }

        _received++;

        if ((time < _windowStart || time > _windowEnd) && !EnterWindow(time))
        {
            _outsideSession++;
            return;
        }

        if ((tick.Flags & TickFlags.Suspicious) != 0)
        {
            _suspicious++;
            return;
        }

        ref var state = ref _instruments[tick.Instrument];
        var key = (int)tick.Kind | ((int)tick.Flags << 8);
        if (time < state.LastTime)
        {
            _outOfOrder++;
            return;
        }

        if (time == state.LastTime && tick.Price == state.LastPrice && tick.Size == state.LastSize && key == state.LastKey)
        {
            _duplicate++;
            return;
        }

        if (time < _clock - _staleAfter)
        {
            _stale++;
            return;
        }

        if (time > _clock)
        {
            _clock = time;
        }

        state.LastTime = time;
        state.LastPrice = tick.Price;
        state.LastSize = tick.Size;
        state.LastKey = key;
        switch (tick.Kind)
        {
            case TickKind.Trade:
                _trades++;
                state.Trade = tick.Price;
                state.Special = 0;
                break;
            case TickKind.Quote when (tick.Flags & TickFlags.Special) != 0:
                _specialQuotes++;
                state.Special = tick.Price;
                break;
            case TickKind.Quote:
                _quotesIgnored++;
                return;
            default:
                _statusTicks++;
                ref var cold = ref _instrumentsCold[tick.Instrument];
                cold.Halted = (tick.Flags & TickFlags.Halt) != 0 || (cold.Halted && (tick.Flags & TickFlags.Resume) == 0);
                return;
        }

        // Price priority (methodology 1.6): special quote, then last trade, then base price.
        var effective = state.Special != 0 ? state.Special : state.Trade != 0 ? state.Trade : _instrumentsCold[tick.Instrument].Base;
        var delta = effective - state.Effective;
        if (delta != 0)
        {
            state.Effective = effective;
            _priceChanges++;
            UpdateIndices(state.SlotStart, state.SlotEnd, delta);
        }

        if (_hasEveryTickIndices)
        {
            _schedule.EmitEveryTick(time, this);
        }
    }

    // Slot and index ordinals were built by the constructor from the universe, so they are in range: no bounds checks.
    // Exact either way: when |delta| × the largest weight fits in 64 bits (every realistic tick) the product is one
    // 64-bit multiply, sign-extended into the 128-bit sum; otherwise the full 64 × 64 → 128-bit product.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void UpdateIndices(int slotStart, int slotEnd, long delta)
    {
        ref var indices = ref _indices.First;
        ref var dirty = ref MemoryMarshal.GetArrayDataReference(_dirty);
        ref var slot = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_slots), slotStart);
        ref var end = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_slots), slotEnd);
        var dirtyCount = _dirtyCount;
        if ((ulong)(delta + _maxNarrowDelta) <= (ulong)(2 * _maxNarrowDelta))
        {
            for (; Unsafe.IsAddressLessThan(ref slot, ref end); slot = ref Unsafe.Add(ref slot, 1))
            {
                Touch(ref Unsafe.Add(ref indices, slot.Index), slot.Weight * delta, slot.Index, ref dirty, ref dirtyCount);
            }
        }
        else
        {
            for (; Unsafe.IsAddressLessThan(ref slot, ref end); slot = ref Unsafe.Add(ref slot, 1))
            {
                Touch(ref Unsafe.Add(ref indices, slot.Index), Math.BigMul(slot.Weight, delta), slot.Index, ref dirty, ref dirtyCount);
            }
        }

        _dirtyCount = dirtyCount;
    }

    // One slot: the exact sum, the tick high and low, and the dirty list, appended to without a branch: the ordinal is
    // always written, the count grows by the index's Clean flag (1 only for its first change since its boundary).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Touch(ref IndexState index, Int128 move, int ordinal, ref int dirty, ref int dirtyCount)
    {
        var sum = index.Sum + move;
        index.Sum = sum;
        if (sum > index.High)
        {
            index.High = sum;
        }

        if (sum < index.Low)
        {
            index.Low = sum;
        }

        Unsafe.Add(ref dirty, dirtyCount) = ordinal;
        dirtyCount += index.Clean;
        index.Clean = 0;
    }

    /// <summary>Applies a batch of ticks in order.</summary>
    public void Apply(ReadOnlySpan<Tick> ticks)
    {
        foreach (ref readonly var tick in ticks)
        {
            Apply(in tick);
        }
    }

    /// <summary>End of input: emits the pending cadence snapshot and the remaining marks (the close).</summary>
    public void Complete() => _schedule.EmitDue(long.MaxValue, final: true, this);

    public TickCounts Counts => new(
        _received, _trades, _specialQuotes, _quotesIgnored, _statusTicks, _outsideSession, _suspicious, _outOfOrder,
        _duplicate, _stale, _priceChanges, _snapshots);

    /// <summary>The latest applied exchange time (UTC ticks), 0 before the first tick.</summary>
    public long Clock => _clock;

    public Int128 WeightedSum(int index) => _indices[index].Sum;

    public decimal Level(int index) => _definitions[index].LevelOf(_indices[index].Sum);

    /// <summary>The level at base prices: the previous close when base prices are previous closes.</summary>
    public decimal BaseLevel(int index) => _definitions[index].LevelOf(_baseSums[index]);

    /// <summary>Tick-by-tick intraday high (every applied tick, not only disseminated values); the base level if the
    /// index has not moved.</summary>
    public decimal TickHigh(int index) =>
        _definitions[index].LevelOf(_indices[index].High == Int128.MinValue ? _indices[index].Sum : _indices[index].High);

    public decimal TickLow(int index) =>
        _definitions[index].LevelOf(_indices[index].Low == Int128.MaxValue ? _indices[index].Sum : _indices[index].Low);

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
        var sum = _indices[index].Sum;
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
                _batch[count++] = new IndexSnapshot(i, time, _indices[i].Sum, kind, _definitions[i]);
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
                _batch[count++] = new IndexSnapshot(i, time, _indices[i].Sum, kind, _definitions[i]);
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

    // What a slot update touches, 52 bytes padded to 64; the base sum lives in _baseSums.
    private struct IndexState
    {
        public Int128 Sum;
        public Int128 High;
        public Int128 Low;
        public int Clean;
    }
}
