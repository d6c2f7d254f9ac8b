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

    public void Apply(Tick tick)
    {
        var inSession = _universe.Session.Windows.Any(w => w.Contains(tick.TimeUtc));
        var last = _last[tick.Instrument];
        var outOfOrder = last is not null && tick.TimeUtc < last.Value.TimeUtc;
        var duplicate = last is not null && tick == last.Value;
        var stale = tick.TimeUtc < _clock - _staleAfter.Ticks;
        if (!inSession || tick.Flags.HasFlag(TickFlags.Suspicious) || outOfOrder || duplicate || stale)
        {
            return;
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
