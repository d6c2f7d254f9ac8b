using Kabuto.Analytics.History;
using Kabuto.Core.Market;

namespace Kabuto.Analytics.Tests;

/// <summary>The naive twin of <see cref="HistoryAccumulator"/>: every field of every day recomputed by scanning all
/// earlier rows, the way the definition reads. Quadratic and obviously correct; the accumulator must equal it. A scope's
/// catalogue extremes count as earlier values from the day after their date (<see cref="RecordState.Catalogue"/>).</summary>
internal static class NaiveHistory
{
    public static HistoryDay[] Compute(IReadOnlyList<DailyBar> bars, HistoryScope? scope = null)
    {
        scope ??= HistoryScope.Whole("TEST", bars.Count > 0 ? bars[0].Date : default);
        var days = new HistoryDay[bars.Count];
        for (var t = 0; t < bars.Count; t++)
        {
            days[t] = new HistoryDay(Records(bars, t, scope), Streaks(bars, t), Periods(bars, t), Moves(bars, t));
        }

        return days;
    }

    /// <summary>The day is a record close as the definition reads: above every earlier value (rows held and catalogue
    /// extremes dated before it), once an earlier peak of the index is known.</summary>
    public static bool IsRecordClose(IReadOnlyList<DailyBar> b, int t, HistoryScope scope) =>
        HighsKnown(b, t, scope) && IsNewHigh(b, t, scope);

    /// <summary>Above every earlier close held, on a day whose history cannot call it a record.</summary>
    public static bool IsHighestInHeldHistory(IReadOnlyList<DailyBar> b, int t, HistoryScope scope) =>
        !HighsKnown(b, t, scope) && IsNewHigh(b, t, scope);

    private static decimal Print(DailyBar bar) => Math.Max(bar.High ?? bar.Close, bar.Close);

    private static decimal Change(IReadOnlyList<DailyBar> b, int i) => i == 0 ? 0m : b[i].Close - b[i - 1].Close;

    private static decimal Percent(IReadOnlyList<DailyBar> b, int i) => i == 0 ? 0m : Change(b, i) / b[i - 1].Close * 100m;

    /// <summary>Everything known before day t, in the order it became known: rows held and catalogue extremes by date,
    /// a row before a catalogue extreme of the same date. Code = row index, or RecordState.Catalogue(k).</summary>
    private static List<(int Code, decimal Close, decimal Print, ExtremeKind? Kind)> Earlier(IReadOnlyList<DailyBar> b, int t, HistoryScope scope)
    {
        var events = new List<(DateOnly Date, int Order, int Code, decimal Close, decimal Print, ExtremeKind? Kind)>();
        for (var j = 0; j < t; j++)
        {
            events.Add((b[j].Date, 0, j, b[j].Close, Print(b[j]), null));
        }

        for (var k = 0; k < scope.Catalogue.Count; k++)
        {
            var e = scope.Catalogue[k];
            if (e.Date < b[t].Date)
            {
                events.Add((e.Date, 1, RecordState.Catalogue(k), e.Value, e.Value, e.Kind));
            }
        }

        return events.OrderBy(e => e.Date).ThenBy(e => e.Order).ThenBy(e => -e.Code)
            .Select(e => (e.Code, e.Close, e.Print, e.Kind)).ToList();
    }

    private static bool HighsKnown(IReadOnlyList<DailyBar> b, int t, HistoryScope scope) =>
        scope.IsComplete || scope.Catalogue.Any(e => e.Kind == ExtremeKind.HighestClose && e.Date < b[t].Date);

    private static bool LowsKnown(IReadOnlyList<DailyBar> b, int t, HistoryScope scope) =>
        scope.IsComplete || scope.Catalogue.Any(e => e.Kind == ExtremeKind.LowestClose && e.Date < b[t].Date);

    private static RecordState Records(IReadOnlyList<DailyBar> b, int t, HistoryScope scope)
    {
        int best = -1, high = -1, low = -1, higher = -1, lower = -1;
        decimal bestValue = 0m, highValue = 0m, lowValue = 0m;
        foreach (var (code, close, print, kind) in Earlier(b, t, scope))
        {
            var isRow = kind is null;
            if ((isRow || kind == ExtremeKind.HighestClose) && (best == -1 || close > bestValue)) (best, bestValue) = (code, close);
            if ((isRow || kind == ExtremeKind.LowestClose) && (low == -1 || close < lowValue)) (low, lowValue) = (code, close);
            if (kind != ExtremeKind.LowestClose && (high == -1 || print > highValue)) (high, highValue) = (code, print);
        }

        for (var j = 0; j < t; j++)
        {
            if (b[j].Close > b[t].Close) higher = j;
            if (b[j].Close < b[t].Close) lower = j;
        }

        var streak = 0;
        for (var k = t; k >= 0 && IsRecordClose(b, k, scope); k--)
        {
            streak++;
        }

        return new RecordState(best, high, low, higher, lower, streak, HighsKnown(b, t, scope), LowsKnown(b, t, scope));
    }

    /// <summary>Above every earlier close held and every catalogue peak dated before the day.</summary>
    private static bool IsNewHigh(IReadOnlyList<DailyBar> b, int k, HistoryScope scope)
    {
        var earlier = Earlier(b, k, scope).Where(e => e.Kind is null or ExtremeKind.HighestClose).Select(e => e.Close).ToList();
        return earlier.Count > 0 && b[k].Close > earlier.Max();
    }

    private static StreakState Streaks(IReadOnlyList<DailyBar> b, int t)
    {
        int gains = 0, losses = 0;
        for (var k = t; k > 0 && Change(b, k) > 0m; k--) gains++;
        for (var k = t; k > 0 && Change(b, k) < 0m; k--) losses++;
        return new StreakState(gains, losses);
    }

    private static PeriodState Periods(IReadOnlyList<DailyBar> b, int t)
    {
        var date = b[t].Date;
        int week = -1, month = -1, year = -1, hi = -1, lo = -1;
        for (var j = 0; j <= t; j++)
        {
            var d = b[j].Date;
            if (Monday(d) < Monday(date)) week = j;
            if (d.Year * 12 + d.Month < date.Year * 12 + date.Month) month = j;
            if (d.Year < date.Year) year = j;
            if (d > date.AddYears(-1))
            {
                if (hi < 0 || b[j].Close >= b[hi].Close) hi = j;
                if (lo < 0 || b[j].Close <= b[lo].Close) lo = j;
            }
        }

        return new PeriodState(week, month, year, hi, lo);
    }

    private static DateOnly Monday(DateOnly d)
    {
        while (d.DayOfWeek != DayOfWeek.Monday) d = d.AddDays(-1);
        return d;
    }

    private static MoveRanks Moves(IReadOnlyList<DailyBar> b, int t)
    {
        var points = Change(b, t);
        if (t == 0 || points == 0m)
        {
            return new MoveRanks(0, 0, 0, 0, -1, -1);
        }

        var sign = Math.Sign(points);
        int byPoints = 1, byPercent = 1, bigger = -1;
        for (var j = 1; j < t; j++)
        {
            if (Math.Sign(Change(b, j)) != sign) continue;
            if (Math.Abs(Change(b, j)) >= Math.Abs(points)) byPoints++;
            if (Math.Abs(Percent(b, j)) >= Math.Abs(Percent(b, t))) byPercent++;
            if (Math.Abs(Change(b, j)) > Math.Abs(points)) bigger = j;
        }

        byPoints = byPoints <= 20 ? byPoints : 0;
        byPercent = byPercent <= 20 ? byPercent : 0;
        return sign > 0
            ? new MoveRanks(byPoints, byPercent, 0, 0, bigger, -1)
            : new MoveRanks(0, 0, byPoints, byPercent, -1, bigger);
    }
}
