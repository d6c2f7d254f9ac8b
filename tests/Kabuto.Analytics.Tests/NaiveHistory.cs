using Kabuto.Analytics.History;
using Kabuto.Core.Market;

namespace Kabuto.Analytics.Tests;

/// <summary>The naive twin of <see cref="HistoryAccumulator"/>: every field of every day recomputed by scanning all
/// earlier rows, the way the definition reads. Quadratic and obviously correct; the accumulator must equal it. A scope
/// with catalogue extremes before the first row counts them as earlier values (<see cref="RecordState.Known"/>).</summary>
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

    /// <summary>The day is a record close as the definition reads: above every earlier close held and the catalogue's
    /// peak before them, when the scope can judge highs.</summary>
    public static bool IsRecordClose(IReadOnlyList<DailyBar> b, int t, HistoryScope scope) =>
        scope.KnowsHighs && IsNewHigh(b, t, scope);

    /// <summary>Above every earlier close held, in a scope that cannot judge highs.</summary>
    public static bool IsHighestInHeldHistory(IReadOnlyList<DailyBar> b, int t, HistoryScope scope) =>
        !scope.KnowsHighs && IsNewHigh(b, t, scope);

    private static decimal Print(DailyBar bar) => Math.Max(bar.High ?? bar.Close, bar.Close);

    private static decimal Change(IReadOnlyList<DailyBar> b, int i) => i == 0 ? 0m : b[i].Close - b[i - 1].Close;

    private static decimal Percent(IReadOnlyList<DailyBar> b, int i) => i == 0 ? 0m : Change(b, i) / b[i - 1].Close * 100m;

    private static RecordState Records(IReadOnlyList<DailyBar> b, int t, HistoryScope scope)
    {
        const int known = RecordState.Known;
        var best = scope.PriorHighestClose is null ? -1 : known;
        var high = scope.PriorHighestPrint is null ? -1 : known;
        var low = scope.PriorLowestClose is null ? -1 : known;
        decimal Best(int i) => i == known ? scope.PriorHighestClose!.Value : b[i].Close;
        decimal High(int i) => i == known ? scope.PriorHighestPrint!.Value : Print(b[i]);
        decimal Low(int i) => i == known ? scope.PriorLowestClose!.Value : b[i].Close;
        int higher = -1, lower = -1;
        for (var j = 0; j < t; j++)
        {
            if (best == -1 || b[j].Close > Best(best)) best = j;
            if (low == -1 || b[j].Close < Low(low)) low = j;
            if (high == -1 || Print(b[j]) > High(high)) high = j;
            if (b[j].Close > b[t].Close) higher = j;
            if (b[j].Close < b[t].Close) lower = j;
        }

        var streak = 0;
        for (var k = t; k >= 0 && IsNewHigh(b, k, scope); k--)
        {
            streak++;
        }

        return new RecordState(best, high, low, higher, lower, streak);
    }

    /// <summary>Above every earlier close held and the catalogue's peak (the first row only when a peak is known).</summary>
    private static bool IsNewHigh(IReadOnlyList<DailyBar> b, int k, HistoryScope scope)
    {
        var earlier = b.Take(k).Select(x => x.Close).ToList();
        if (scope.PriorHighestClose is { } peak)
        {
            earlier.Add(peak.Value);
        }

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
