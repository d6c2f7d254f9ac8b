using System.Collections.Concurrent;
using Kabuto.Analytics.Day;
using Kabuto.Analytics.Facts;
using Kabuto.Analytics.History;
using Kabuto.Analytics.Members;
using Kabuto.Analytics.Region;
using Kabuto.Core.Calendars;
using Kabuto.Core.Errors;
using Kabuto.Core.Market;

namespace Kabuto.Analytics;

/// <summary>The facts use case behind the CLI, the writer and the web API: a day's facts for a market or an index,
/// and an index's record and milestone history. Each series' history is computed once per FactBook (one forward
/// pass over all its rows) and cached; facts are built on demand.</summary>
public sealed class FactBook
{
    private const int RecentWindowDays = 31;

    private readonly IMarketDataReader _reader;
    private readonly IAttributionSource? _attributions;
    private readonly ConcurrentDictionary<string, Lazy<HistoryAccumulator?>> _histories = new(StringComparer.Ordinal);
    private readonly Lazy<IReadOnlyList<string>> _seriesIds;
    private readonly Lazy<IReadOnlyDictionary<string, Instrument>> _instruments;

    public FactBook(IMarketDataReader reader, IAttributionSource? attributions = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        _reader = reader;
        _attributions = attributions;
        _seriesIds = new(() => reader.ListSeries().Select(s => s.SeriesId).ToList());
        _instruments = new(() => reader.GetInstruments().ToDictionary(i => i.Code, StringComparer.Ordinal));
    }

    /// <summary>The history of a series, computed on first use; null when the store holds no rows for it.</summary>
    public HistoryAccumulator? History(string seriesId) =>
        _histories.GetOrAdd(seriesId, id => new Lazy<HistoryAccumulator?>(() => Load(id))).Value;

    /// <summary>A day's facts. A market id ("tokyo") gives its indices' facts plus, for Tokyo, the regional table, the
    /// overnight US session, the yen and the Nikkei/TOPIX ratio; an index id gives that index's facts.</summary>
    public IReadOnlyList<Fact> Day(string marketOrIndex, DateOnly date)
    {
        ArgumentException.ThrowIfNullOrEmpty(marketOrIndex);
        var facts = new List<Fact>();
        if (Markets.Find(marketOrIndex) is { } market)
        {
            var traded = market.Indices.Where(id => History(id) is { } h && h.Series.Find(date) >= 0).ToList();
            if (traded.Count == 0)
            {
                throw NotTraded(market.Name, market.Indices.FirstOrDefault(id => History(id) is not null), date);
            }

            foreach (var id in traded)
            {
                AppendIndexDay(id, date, facts);
            }

            if (market.Id == Markets.Tokyo)
            {
                if (_seriesIds.Value.Any(s => s.StartsWith(JpxIndices.SeriesPrefix, StringComparison.Ordinal)))
                {
                    MarketIndexFacts.Append(History, date, facts);
                }

                RegionalFacts.Append(id => Recent(id, date), date, facts);
            }

            return facts;
        }

        var index = ResolveSeries(marketOrIndex);
        if (History(index) is not { } history || history.Series.Find(date) < 0)
        {
            throw NotTraded(index, index, date);
        }

        AppendIndexDay(index, date, facts);
        return facts;
    }

    /// <summary>The record and milestone history of an index (see <see cref="RecordHistory"/>).</summary>
    public IReadOnlyList<Fact> Records(string index) => RecordHistory.Build(RequireHistory(index));

    /// <summary>The record history with its scope and a reporter's digest (see <see cref="Analytics.History.RecordSummary"/>).</summary>
    public RecordSummary RecordSummary(string index) => Analytics.History.RecordSummary.Build(RequireHistory(index));

    private HistoryAccumulator RequireHistory(string index)
    {
        ArgumentException.ThrowIfNullOrEmpty(index);
        var id = ResolveSeries(index);
        return History(id) ?? throw Fail.User($"{id}: no rows in the store; import its series first (kabuto import PATH)");
    }

    private void AppendIndexDay(string index, DateOnly date, List<Fact> facts)
    {
        var history = History(index)!;
        var row = history.Series.Find(date);
        DayFacts.Append(index, history.Series, row, facts, history.MissingBefore(row));
        HistoryFacts.Append(history, row, facts);
        if (_attributions?.MoveInto(index, date) is { } move)
        {
            MemberFacts.Append(move, _instruments.Value, facts);
        }

        // The TSE's sector indices are TOPIX's sub-indices, and the Prime market its universe: both belong to TOPIX's day.
        if (index == IndexIds.Topix)
        {
            if (_seriesIds.Value.Any(s => s.StartsWith(SectorIndexFacts.SeriesPrefix, StringComparison.Ordinal)))
            {
                SectorIndexFacts.Append(History, date, facts);
            }

            if (row > 0)
            {
                PrimeBreadthFacts.Append(_reader, date, history.Series.Dates[row - 1], facts);
            }
        }
    }

    /// <summary>The regional table needs each market's last two sessions, not its whole history: a cold book (one CLI
    /// call) reads a month of rows instead of decades; a warm one reuses the cached history.</summary>
    private HistoryAccumulator? Recent(string seriesId, DateOnly date)
    {
        if (_histories.TryGetValue(seriesId, out var cached) && cached.IsValueCreated)
        {
            return cached.Value;
        }

        // A few days past the date too: a later row is what proves the market held no session in between.
        var bars = _reader.GetDailyBars(seriesId, date.AddDays(-RecentWindowDays), date.AddDays(RegionalFacts.StaleAfterDays));
        return bars.Count == 0 ? null : Accumulate(seriesId, bars);
    }

    private HistoryAccumulator? Load(string seriesId)
    {
        var bars = _reader.GetDailyBars(seriesId);
        return bars.Count == 0 ? null : Accumulate(seriesId, bars);
    }

    /// <summary>A history that knows the trading days its rows skip (law calendars), so a move across one is never
    /// taken for a daily move.</summary>
    private HistoryAccumulator Accumulate(string seriesId, IReadOnlyList<DailyBar> bars) =>
        HistoryAccumulator.ForIndex(seriesId, RoundLevels.StepFor(seriesId, bars[^1].Close), SessionGaps.For(seriesId, _reader)).AddRange(bars);

    private string ResolveSeries(string id)
    {
        var known = IndexIds.All.Concat(_seriesIds.Value).FirstOrDefault(s => string.Equals(s, id, StringComparison.OrdinalIgnoreCase));
        return known ?? throw Fail.User(
            $"'{id}' is not a market or index id; use a market ({string.Join(", ", Markets.All.Select(m => m.Id))}) " +
            $"or an index ({string.Join(", ", IndexIds.All)})");
    }

    private UserInputException NotTraded(string what, string? seriesId, DateOnly date)
    {
        var history = seriesId is null ? null : History(seriesId);
        if (history is null)
        {
            return Fail.User($"{what}: no rows in the store for {date:yyyy-MM-dd}; import its series first (kabuto import PATH)");
        }

        return Fail.User(NoSession.Explain(what, seriesId!, date, history.Series.Dates, _reader));
    }
}
