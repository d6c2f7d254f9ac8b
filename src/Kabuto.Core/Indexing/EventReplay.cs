using Kabuto.Core.Errors;

namespace Kabuto.Core.Indexing;

/// <summary>The close a member had on the last trading day before <paramref name="effective"/>, or null if unknown.
/// Adjustments happen between that close and the first calculation of the effective date.</summary>
public delegate decimal? ReferencePrices(string code, DateOnly effective);

/// <summary>One replayed adjustment: the basket before and after, valued at the reference prices.
/// Continuity: <see cref="LevelBefore"/> == <see cref="LevelAfter"/> up to the provider's divisor rounding.</summary>
public sealed record Adjustment(
    DateOnly Date,
    IndexState Before,
    IndexState After,
    IReadOnlyDictionary<string, decimal> ClosePrices,
    IReadOnlyDictionary<string, decimal> BasePrices,
    IReadOnlyList<IndexEvent> Events)
{
    public decimal LevelBefore => Before.Level(ClosePrices);

    public decimal LevelAfter => After.Level(BasePrices);
}

/// <summary>Replays a definition's dated events, deterministically: the same definition and prices always give the
/// same baskets and divisors.</summary>
public static class EventReplay
{
    /// <summary>The basket and divisor used on <paramref name="date"/> (every event dated on or before it applied).</summary>
    public static IndexState StateAsOf(IndexDefinition definition, DateOnly date, ReferencePrices prices)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var state = IndexState.Initial(definition);
        foreach (var day in EventDays(definition).TakeWhile(d => d.Key <= date))
        {
            state = Apply(state, day.Key, day.ToList(), prices).After;
        }

        return state;
    }

    /// <summary>Every adjustment up to and including <paramref name="until"/> (null = all), in date order.</summary>
    public static IReadOnlyList<Adjustment> Replay(IndexDefinition definition, DateOnly? until, ReferencePrices prices)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var state = IndexState.Initial(definition);
        var adjustments = new List<Adjustment>();
        foreach (var day in EventDays(definition).TakeWhile(d => until is null || d.Key <= until))
        {
            var adjustment = Apply(state, day.Key, day.ToList(), prices);
            adjustments.Add(adjustment);
            state = adjustment.After;
        }

        return adjustments;
    }

    /// <summary>Applies all events of one effective date at once and re-solves the divisor a single time:
    /// D_new = D_old × Σ(base price × new multiplier) / Σ(close × old multiplier), then the provider's rounding.</summary>
    public static Adjustment Apply(IndexState state, DateOnly date, IReadOnlyList<IndexEvent> events, ReferencePrices prices)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(prices);
        var closes = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var member in state.Members)
        {
            closes[member.Code] = Override(events, member.Code) ?? Require(prices, member.Code, date);
        }

        var basket = new Basket(state, closes);
        var rebalance = false;
        foreach (var e in events)
        {
            rebalance |= e is RebalanceEvent;
            basket.Apply(e, prices);
        }

        if (rebalance && IRebalancer.For(state.Methodology) is { } rebalancer)
        {
            basket.Rebalance(rebalancer);
        }

        var provisional = new IndexState(state.Methodology, date, basket.Specs, state.Divisor);
        var basePrices = basket.BasePrices();
        var divisor = state.Divisor * provisional.WeightedSum(basePrices) / state.WeightedSum(closes);
        var after = new IndexState(state.Methodology, date, basket.Specs, state.Methodology.DivisorRounding.Apply(divisor, date));
        return new Adjustment(date, state, after, closes, basePrices, events);
    }

    // Dividends change no basket: they feed the total-return index, not the divisor.
    private static IEnumerable<IGrouping<DateOnly, IndexEvent>> EventDays(IndexDefinition definition) =>
        definition.Events.Where(e => e is not DividendEvent).GroupBy(e => e.Date).OrderBy(g => g.Key);

    private static decimal? Override(IReadOnlyList<IndexEvent> events, string code) =>
        events.FirstOrDefault(e => e.ReferencePrice is not null && e is not AdditionEvent and not ReplacementEvent && CodeOf(e) == code)
            ?.ReferencePrice;

    private static string? CodeOf(IndexEvent e) => e switch
    {
        SplitEvent s => s.Code,
        RightsIssueEvent r => r.Code,
        FactorChangeEvent f => f.Code,
        CappingChangeEvent c => c.Code,
        FreeFloatChangeEvent f => f.Code,
        ShareChangeEvent s => s.Code,
        DeletionEvent d => d.Code,
        DividendEvent d => d.Code,
        _ => null,
    };

    internal static decimal Require(ReferencePrices prices, string code, DateOnly date) =>
        prices(code, date) ?? throw Fail.User(
            $"the index adjustment effective {date:yyyy-MM-dd} needs {code}'s close before that date; import {code}'s prices or set \"reference_price\" on the event");

    /// <summary>The mutable working copy of one adjustment: members in ordinal order with their base prices.</summary>
    private sealed class Basket(IndexState state, Dictionary<string, decimal> closes)
    {
        private readonly IMemberWeighting _weighting = IMemberWeighting.For(state.Methodology);
        private readonly List<MemberSpec> _specs = state.Members.Select(m => m.Spec).ToList();
        private readonly List<decimal> _prices = state.Members.Select(m => closes[m.Code]).ToList();

        public IReadOnlyList<MemberSpec> Specs => _specs;

        public Dictionary<string, decimal> BasePrices()
        {
            var result = new Dictionary<string, decimal>(StringComparer.Ordinal);
            for (var i = 0; i < _specs.Count; i++)
            {
                result[_specs[i].Code] = _prices[i];
            }

            return result;
        }

        public void Apply(IndexEvent e, ReferencePrices prices)
        {
            switch (e)
            {
                case SplitEvent s:
                    Update(s.Code, m => _weighting.AfterSplit(m, s.Ratio), p => p * s.OldShares / s.NewShares);
                    break;
                case RightsIssueEvent r:
                    Update(r.Code, m => _weighting.AfterRightsIssue(m, r.NewSharesPerOld + r.SplitRatio), r.TheoreticalExRightsPrice);
                    break;
                case FactorChangeEvent f:
                    Update(f.Code, m => m with { Factor = f.Factor }, p => p);
                    break;
                case CappingChangeEvent c:
                    Update(c.Code, m => m with { CappingRatio = c.CappingRatio }, p => p);
                    break;
                case FreeFloatChangeEvent f:
                    Update(f.Code, m => m with { FreeFloat = f.FreeFloat }, p => p);
                    break;
                case ShareChangeEvent s:
                    Update(s.Code, m => m with { Shares = s.Shares }, p => p);
                    break;
                case AdditionEvent a:
                    if (_specs.Any(m => m.Code == a.Member.Code))
                    {
                        throw Fail.User($"the addition of {a.Member.Code} on {a.Date:yyyy-MM-dd} adds a code already in the index; remove the event or delete the member first");
                    }

                    _specs.Add(a.Member);
                    _prices.Add(a.ReferencePrice ?? Require(prices, a.Member.Code, a.Date));
                    break;
                case DeletionEvent d:
                    var gone = OrdinalOf(d.Code, d.Date);
                    _specs.RemoveAt(gone);
                    _prices.RemoveAt(gone);
                    break;
                case ReplacementEvent r:
                    var slot = OrdinalOf(r.Code, r.Date);
                    _specs[slot] = r.Incoming;
                    _prices[slot] = r.ReferencePrice ?? Require(prices, r.Incoming.Code, r.Date);
                    break;
                default:
                    break;
            }
        }

        public void Rebalance(IRebalancer rebalancer)
        {
            var rebalanced = Indexing.Rebalance.Apply(rebalancer, _specs, _prices);
            _specs.Clear();
            _specs.AddRange(rebalanced);
        }

        private void Update(string code, Func<MemberSpec, MemberSpec> member, Func<decimal, decimal> price)
        {
            var ordinal = OrdinalOf(code, date: null);
            _specs[ordinal] = member(_specs[ordinal]);
            _prices[ordinal] = price(_prices[ordinal]);
        }

        private int OrdinalOf(string code, DateOnly? date)
        {
            var ordinal = _specs.FindIndex(m => m.Code == code);
            return ordinal >= 0 ? ordinal : throw Fail.User(
                $"an index event{(date is null ? string.Empty : $" on {date:yyyy-MM-dd}")} names {code}, which is not a member at that date; fix the event's code or add the member first");
        }
    }
}
