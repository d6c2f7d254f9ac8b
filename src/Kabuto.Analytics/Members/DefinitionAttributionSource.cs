using Kabuto.Core.Indexing;
using Kabuto.Core.Market;

namespace Kabuto.Analytics.Members;

/// <summary>Member attributions from index definitions and the member prices in the store: the move into a date is
/// taken from the previous date that has member prices (the previous session for daily prices, the previous week for
/// weekly ones such as the 2011 Dow). The engine does the arithmetic (<see cref="Attribution"/>); a definition's
/// events dated inside the interval are replayed so a split is not a member move.</summary>
public sealed class DefinitionAttributionSource : IAttributionSource
{
    private readonly IMarketDataReader _reader;
    private readonly IReadOnlyList<IndexDefinition> _definitions;
    private readonly Dictionary<string, SortedList<DateOnly, Dictionary<string, decimal>>> _prices = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public DefinitionAttributionSource(IMarketDataReader reader, IEnumerable<IndexDefinition> definitions)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(definitions);
        _reader = reader;
        _definitions = definitions.ToList();
    }

    public MemberMove? MoveInto(string index, DateOnly date)
    {
        foreach (var definition in _definitions.Where(d => string.Equals(d.OfficialSeries ?? d.Id, index, StringComparison.OrdinalIgnoreCase)))
        {
            if (Move(definition, index, date) is { } move)
            {
                return move;
            }
        }

        return null;
    }

    private MemberMove? Move(IndexDefinition definition, string index, DateOnly date)
    {
        var prices = Prices(definition);
        var at = prices.IndexOfKey(date);
        if (at <= 0)
        {
            return null;
        }

        var from = prices.Keys[at - 1];
        var (fromPrices, toPrices) = (prices.Values[at - 1], prices.Values[at]);
        decimal? Reference(string code, DateOnly effective)
        {
            var row = LastBefore(prices, effective);
            return row >= 0 && prices.Values[row].TryGetValue(code, out var close) ? close : null;
        }

        var adjustments = EventReplay.Replay(definition, date, Reference).Where(a => a.Date > from).ToList();
        var state = EventReplay.StateAsOf(definition, date, Reference);
        if (state.MissingFrom(toPrices).Count > 0)
        {
            return null;
        }

        if (adjustments.Count == 0)
        {
            return state.MissingFrom(fromPrices).Count > 0
                ? null
                : new MemberMove(index, from, date, Attribution.Between(state, fromPrices, toPrices));
        }

        return adjustments.Count == 1
            ? new MemberMove(index, from, date, Attribution.Across(adjustments[0], toPrices))
            : null;
    }

    private static int LastBefore(SortedList<DateOnly, Dictionary<string, decimal>> prices, DateOnly date)
    {
        int lo = 0, hi = prices.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (prices.Keys[mid] < date)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo - 1;
    }

    private SortedList<DateOnly, Dictionary<string, decimal>> Prices(IndexDefinition definition)
    {
        lock (_lock)
        {
            if (_prices.TryGetValue(definition.Id, out var cached))
            {
                return cached;
            }

            var codes = definition.Members.Select(m => m.Code)
                .Concat(definition.Events.OfType<AdditionEvent>().Select(e => e.Member.Code))
                .Concat(definition.Events.OfType<ReplacementEvent>().Select(e => e.Incoming.Code))
                .ToHashSet(StringComparer.Ordinal);
            var byDate = new SortedList<DateOnly, Dictionary<string, decimal>>();
            foreach (var bar in _reader.GetMemberBars(codes))
            {
                if (!byDate.TryGetValue(bar.Date, out var day))
                {
                    day = new Dictionary<string, decimal>(StringComparer.Ordinal);
                    byDate[bar.Date] = day;
                }

                day[bar.Code] = bar.Close;
            }

            _prices[definition.Id] = byDate;
            return byDate;
        }
    }
}
