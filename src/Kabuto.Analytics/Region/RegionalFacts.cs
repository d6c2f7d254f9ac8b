using Kabuto.Analytics.Facts;
using Kabuto.Analytics.History;
using Kabuto.Core.Calendars;
using Kabuto.Core.Market;

namespace Kabuto.Analytics.Region;

/// <summary>The cross-market facts of a Tokyo date: each Asian market's own latest session on or before it (with that
/// market's LOCAL date), the New York session that ended before Tokyo opened ("overnight": the latest US row dated
/// before the Tokyo date), the yen, and the Nikkei/TOPIX ratio and divergence.</summary>
public static class RegionalFacts
{
    /// <summary>A market's row older than this many calendar days before the Tokyo date is stale (a holiday week is
    /// at most this long); the market is left out rather than reported with an old session.</summary>
    public const int StaleAfterDays = 7;

    public static IReadOnlyList<string> AsianSeries { get; } =
    [
        IndexIds.Kospi, IndexIds.Kosdaq, IndexIds.Hsi, IndexIds.HsTech, IndexIds.Ssec, IndexIds.Csi300,
        IndexIds.Asx200, IndexIds.Sti, IndexIds.Nifty50,
    ];

    public static IReadOnlyList<string> OvernightSeries { get; } = [IndexIds.Djia, IndexIds.Spx, IndexIds.Nasdaq];

    public static void Append(Func<string, HistoryAccumulator?> history, DateOnly tokyoDate, List<Fact> into)
    {
        ArgumentNullException.ThrowIfNull(history);
        foreach (var id in AsianSeries)
        {
            if (history(id) is { } h)
            {
                AppendSession(h, h.Series.OnOrBefore(tokyoDate), tokyoDate, Sessions.Close, into);
            }
        }

        foreach (var id in OvernightSeries)
        {
            if (history(id) is { } h)
            {
                AppendSession(h, h.Series.OnOrBefore(tokyoDate.AddDays(-1)), tokyoDate, Sessions.Overnight, into);
            }
        }

        if (history(IndexIds.UsdJpy) is { } yen)
        {
            AppendYen(yen, yen.Series.OnOrBefore(tokyoDate), tokyoDate, into);
        }

        if (history(IndexIds.N225) is { } nikkei && history(IndexIds.Topix) is { } topix)
        {
            AppendNikkeiTopix(nikkei, topix, tokyoDate, into);
        }
    }

    /// <summary>The row is the market's session for the Tokyo date only when the held data proves it: the row is on the
    /// Tokyo date itself, or the series goes on past the cutoff (so no later session on or before it is missing). A
    /// series that simply ends earlier says nothing about the sessions after its last row (NIFTY50 held to 2026-03-12
    /// must not stand for Mumbai on 2026-03-18). New York's calendar is computed, so its session is known exactly.</summary>
    private static bool IsFresh(HistoryAccumulator h, int row, DateOnly tokyoDate)
    {
        if (row < 0 || h.Series.Dates[row].AddDays(StaleAfterDays) < tokyoDate)
        {
            return false;
        }

        var date = h.Series.Dates[row];
        if (Markets.ForSeries(h.SeriesId) is { Id: Markets.NewYork })
        {
            return date == NewYorkCalendar.Instance.PreviousTradingDay(tokyoDate);
        }

        return date == tokyoDate || row + 1 < h.Series.Count;
    }

    private static void AppendSession(HistoryAccumulator h, int row, DateOnly tokyoDate, string session, List<Fact> into)
    {
        if (!IsFresh(h, row, tokyoDate))
        {
            return;
        }

        var market = Markets.ForSeries(h.SeriesId);
        var localDate = h.Series.Dates[row];
        var sink = new FactSink(into, h.SeriesId, localDate, session);
        var close = Inputs.Row(h.SeriesId, h.Series, row);
        sink.Add(FactKinds.RegionalClose, h.Series.Closes[row], FactUnits.Level, [close],
            subject: market?.Id, subjectName: market?.Name, referenceDate: localDate);
        // A session after missing trading days has no daily change to report (the change would span them).
        if (row == 0 || h.MissingBefore(row).Count > 0)
        {
            return;
        }

        var prior = h.Series.Closes[row - 1];
        var previous = Inputs.Row(h.SeriesId, h.Series, row - 1);
        var points = h.Series.Closes[row] - prior;
        var priorDate = h.Series.Dates[row - 1];
        sink.Add(FactKinds.RegionalChangePoints, points, FactUnits.Points, [close, previous],
            subject: market?.Id, subjectName: market?.Name, referenceDate: priorDate, referenceValue: prior);
        sink.Add(FactKinds.RegionalChangePercent, FactMath.Percent(points, prior), FactUnits.Percent, [close, previous],
            subject: market?.Id, subjectName: market?.Name, referenceDate: priorDate, referenceValue: prior);
    }

    private static void AppendYen(HistoryAccumulator yen, int row, DateOnly tokyoDate, List<Fact> into)
    {
        if (!IsFresh(yen, row, tokyoDate))
        {
            return;
        }

        var date = yen.Series.Dates[row];
        var sink = new FactSink(into, IndexIds.UsdJpy, date, Sessions.Close);
        var level = Inputs.Row(IndexIds.UsdJpy, yen.Series, row);
        sink.Add(FactKinds.YenLevel, yen.Series.Closes[row], FactUnits.Yen, [level], referenceDate: date);
        if (row == 0)
        {
            return;
        }

        var prior = yen.Series.Closes[row - 1];
        var priorDate = yen.Series.Dates[row - 1];
        var previous = Inputs.Row(IndexIds.UsdJpy, yen.Series, row - 1);
        var change = yen.Series.Closes[row] - prior;
        sink.Add(FactKinds.YenChange, change, FactUnits.Yen, [level, previous], referenceDate: priorDate, referenceValue: prior);
        sink.Add(FactKinds.YenChangePercent, FactMath.Percent(change, prior), FactUnits.Percent, [level, previous],
            referenceDate: priorDate, referenceValue: prior);
        if (change != 0m)
        {
            // More yen per dollar means a weaker yen.
            sink.Add(FactKinds.YenWeaker, change > 0m ? 1m : 0m, FactUnits.Flag, [level, previous], referenceDate: priorDate, referenceValue: prior);
        }
    }

    private static void AppendNikkeiTopix(HistoryAccumulator nikkei, HistoryAccumulator topix, DateOnly date, List<Fact> into)
    {
        var (n, t) = (nikkei.Series.Find(date), topix.Series.Find(date));
        if (n < 0 || t < 0)
        {
            return;
        }

        var sink = new FactSink(into, IndexIds.N225, date, Sessions.Close);
        var nClose = Inputs.Row(IndexIds.N225, nikkei.Series, n);
        var tClose = Inputs.Row(IndexIds.Topix, topix.Series, t);
        sink.Add(FactKinds.NikkeiTopixRatio, FactMath.Round2(nikkei.Series.Closes[n] / topix.Series.Closes[t]), FactUnits.Ratio,
            [nClose, tClose], subject: IndexIds.Topix);
        if (n == 0 || t == 0 || nikkei.MissingBefore(n).Count > 0 || topix.MissingBefore(t).Count > 0)
        {
            // No divergence of daily moves when either change spans missing trading days.
            return;
        }

        // The divergence is taken between the two PUBLISHED percentages so an article quoting both stays consistent.
        var nPct = FactMath.Percent(nikkei.Series.ChangePoints(n), nikkei.Series.Closes[n - 1]);
        var tPct = FactMath.Percent(topix.Series.ChangePoints(t), topix.Series.Closes[t - 1]);
        sink.Add(FactKinds.NikkeiTopixDivergencePoints, nPct - tPct, FactUnits.PercentagePoints,
            [nClose, Inputs.Row(IndexIds.N225, nikkei.Series, n - 1), tClose, Inputs.Row(IndexIds.Topix, topix.Series, t - 1)],
            subject: IndexIds.Topix, referenceValue: tPct);
    }
}
