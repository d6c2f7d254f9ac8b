using Kabuto.Core.Market;
using Kabuto.Live.Ticks;
using Kabuto.Live.Universe;

namespace Kabuto.Live.Engine;

/// <summary>The obviously-correct twin of <see cref="IndexEngine"/>: the same tick policy written plainly, prices as
/// decimals in currency, and every level a full recompute over all members. Slow on purpose; tests compare it with
/// the engine at every snapshot.</summary>
public sealed class NaiveTwin
{
    private readonly LiveUniverse _universe;
    private readonly TimeSpan _staleAfter;
    private readonly decimal?[] _trade;
    private readonly decimal?[] _special;
    private readonly Tick?[] _last;
    private long _clock;

    public NaiveTwin(LiveUniverse universe, EngineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(universe);
        _universe = universe;
        _staleAfter = (options ?? new EngineOptions()).StaleAfter;
        _trade = new decimal?[universe.Instruments.Count];
        _special = new decimal?[universe.Instruments.Count];
        _last = new Tick?[universe.Instruments.Count];
    }

    /// <summary>Applies a tick by the policy; true when it was applied (not rejected).</summary>
    public bool Apply(Tick tick)
    {
        var inSession = _universe.Session.Windows.Any(w => w.Contains(tick.TimeUtc));
        var last = _last[tick.Instrument];
        var outOfOrder = last is not null && tick.TimeUtc < last.Value.TimeUtc;
        var duplicate = last is not null && tick == last.Value;
        var stale = tick.TimeUtc < _clock - _staleAfter.Ticks;
        if (!inSession || tick.Flags.HasFlag(TickFlags.Suspicious) || outOfOrder || duplicate || stale)
        {
            return false;
        }

        _clock = Math.Max(_clock, tick.TimeUtc);
        _last[tick.Instrument] = tick;
        var price = _universe.ToCurrency(tick.Price);
        if (tick.Kind == TickKind.Trade)
        {
            _trade[tick.Instrument] = price;
            _special[tick.Instrument] = null;
        }
        else if (tick.Kind == TickKind.Quote && tick.Flags.HasFlag(TickFlags.Special))
        {
            _special[tick.Instrument] = tick.Price == 0 ? null : price;
        }

        return true;
    }

    public decimal Price(int instrument) =>
        _special[instrument] ?? _trade[instrument] ?? _universe.ToCurrency(_universe.Instruments[instrument].BasePrice);

    public decimal Level(int index)
    {
        var definition = _universe.Indices[index];
        var total = 0m;
        foreach (var member in definition.Members)
        {
            total += Price(member.Instrument) * definition.WeightOf(member);
        }

        return definition.Method == WeightingMethod.PriceWeighted
            ? total / definition.Divisor
            : total / definition.Divisor * definition.BaseLevel;
    }
}

/// <summary>One value of the full snapshot series, as the naive twin computes it.</summary>
public readonly record struct NaiveSnapshot(int Index, long TimeUtc, decimal Level, SnapshotKind Kind);

/// <summary>The full snapshot series (a value per index at every boundary of its cadence, every named mark, and every
/// priced tick for every-tick indices) computed plainly: each index walks its own grid and marks, and every level is
/// the twin's full recompute. The engine's changed-only series, rebuilt by <see cref="DenseSeries"/>, must equal it.</summary>
public sealed class NaiveSnapshotSeries
{
    private readonly LiveUniverse _universe;
    private readonly NaiveTwin _twin;
    private readonly long[] _nextCadence;
    private readonly int[] _nextMark;
    private readonly bool[] _opened;
    private readonly List<(long Time, SnapshotKind Kind)> _marks = [];

    public NaiveSnapshotSeries(LiveUniverse universe, NaiveTwin twin)
    {
        ArgumentNullException.ThrowIfNull(universe);
        ArgumentNullException.ThrowIfNull(twin);
        _universe = universe;
        _twin = twin;
        var session = universe.Session;
        if (session.MorningCloseUtc != 0)
        {
            _marks.Add((session.MorningCloseUtc, SnapshotKind.MorningClose));
        }

        _marks.Add((session.CloseUtc, SnapshotKind.Close));
        _nextCadence = new long[universe.Indices.Count];
        _nextMark = new int[universe.Indices.Count];
        _opened = new bool[universe.Indices.Count];
        for (var i = 0; i < _nextCadence.Length; i++)
        {
            _nextCadence[i] = universe.Indices[i].CadenceTicks > 0 ? FirstGridPointFrom(i, session.OpenUtc + 1) : long.MaxValue;
        }
    }

    public List<NaiveSnapshot> Snapshots { get; } = [];

    /// <summary>Emits what is due before the tick, applies it, then snapshots every-tick indices if it set a price.</summary>
    public void Apply(Tick tick)
    {
        EmitBefore(tick.TimeUtc, final: false);
        var applied = _twin.Apply(tick);
        var priced = tick.Kind == TickKind.Trade || (tick.Kind == TickKind.Quote && tick.Flags.HasFlag(TickFlags.Special));
        if (!applied || !priced)
        {
            return;
        }

        for (var i = 0; i < _universe.Indices.Count; i++)
        {
            if (_universe.Indices[i].CadenceTicks <= 0)
            {
                var kind = SnapshotKind.Cadence;
                if (!_opened[i] && tick.TimeUtc >= _universe.Session.OpenUtc)
                {
                    kind |= SnapshotKind.Open;
                    _opened[i] = true;
                }

                Snapshots.Add(new NaiveSnapshot(i, tick.TimeUtc, _twin.Level(i), kind));
            }
        }
    }

    public void Complete() => EmitBefore(long.MaxValue, final: true);

    private void EmitBefore(long time, bool final)
    {
        for (var i = 0; i < _nextCadence.Length; i++)
        {
            while (true)
            {
                var mark = _nextMark[i] < _marks.Count ? _marks[_nextMark[i]].Time : long.MaxValue;
                var due = Math.Min(mark, _nextCadence[i]);
                if (due == long.MaxValue || (!final && time <= due))
                {
                    break;
                }

                var kind = SnapshotKind.None;
                if (due == _nextCadence[i])
                {
                    kind |= SnapshotKind.Cadence;
                    if (!_opened[i])
                    {
                        kind |= SnapshotKind.Open;
                        _opened[i] = true;
                    }

                    // A quiet gap gives one snapshot: the next one is the first grid point at or after this tick.
                    _nextCadence[i] = final ? long.MaxValue : FirstGridPointFrom(i, time);
                }

                if (due == mark)
                {
                    kind |= _marks[_nextMark[i]].Kind;
                    _nextMark[i]++;
                }

                Snapshots.Add(new NaiveSnapshot(i, due, _twin.Level(i), kind));
            }
        }
    }

    // Grid points are open + k × cadence (k ≥ 1); only those inside a session window count.
    private long FirstGridPointFrom(int index, long time)
    {
        var step = _universe.Indices[index].CadenceTicks;
        var open = _universe.Session.OpenUtc;
        var k = Math.Max(1, (time - open + step - 1) / step);
        for (var point = open + (k * step); point <= _universe.Session.CloseUtc; point += step)
        {
            if (_universe.Session.Windows.Any(w => w.Contains(point)))
            {
                return point;
            }
        }

        return long.MaxValue;
    }
}
