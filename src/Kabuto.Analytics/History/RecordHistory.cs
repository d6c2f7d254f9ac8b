using Kabuto.Analytics.Facts;

namespace Kabuto.Analytics.History;

/// <summary>An index's record and milestone history: every record close (with the record it beat, so the day a
/// decades-old record fell is one fact), record intraday highs and closing lows, the first close and first print
/// above each round level, the largest daily gains and falls by points and by percent over the whole history
/// (session "history"), the longest streaks, and month-end/year-end records. Records follow the history's scope: a
/// history that knows no peak (trough) before its first row lists highest (lowest) closes in the held history instead.</summary>
public static class RecordHistory
{
    public const int StreaksTop = 5;

    public static IReadOnlyList<Fact> Build(HistoryAccumulator history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var facts = new List<Fact>();
        var series = history.Series;
        for (var i = 0; i < series.Count; i++)
        {
            var sink = new FactSink(facts, history.SeriesId, series.Dates[i], Sessions.Close);
            if (HistoryFacts.IsRecordClose(history, i))
            {
                HistoryFacts.AppendRecordClose(history, i, sink);
                HistoryFacts.AppendFirstClosesAbove(history, i, sink);
            }
            else if (HistoryFacts.IsHighestInHeldHistory(history, i))
            {
                HistoryFacts.AppendHighestInHeldHistory(history, i, sink);
            }

            if (HistoryFacts.IsRecordHigh(history, i))
            {
                HistoryFacts.AppendRecordHigh(history, i, sink);
                HistoryFacts.AppendFirstPrintsAbove(history, i, sink);
            }

            if (HistoryFacts.IsRecordLow(history, i))
            {
                HistoryFacts.AppendRecordLow(history, i, sink);
            }
            else if (HistoryFacts.IsLowestInHeldHistory(history, i))
            {
                HistoryFacts.AppendLowestInHeldHistory(history, i, sink);
            }
        }

        AppendMonthEndRecords(history, facts);
        AppendRanking(history, history.GainsByPoints, FactKinds.RankGainPoints, percent: false, facts);
        AppendRanking(history, history.GainsByPercent, FactKinds.RankGainPercent, percent: true, facts);
        AppendRanking(history, history.FallsByPoints, FactKinds.RankFallPoints, percent: false, facts);
        AppendRanking(history, history.FallsByPercent, FactKinds.RankFallPercent, percent: true, facts);
        AppendLongestStreaks(history, FactKinds.GainStreak, d => d.Streaks.Gains, facts);
        AppendLongestStreaks(history, FactKinds.LossStreak, d => d.Streaks.Losses, facts);
        AppendLongestStreaks(history, FactKinds.RecordCloseStreak, d => d.Records.RecordCloseStreak, facts);
        return facts;
    }

    private static void AppendMonthEndRecords(HistoryAccumulator h, List<Fact> facts)
    {
        foreach (var m in h.MonthEnds)
        {
            var sink = new FactSink(facts, h.SeriesId, h.Series.Dates[m.Index], Sessions.Close);
            var close = h.Series.Closes[m.Index];
            var input = Inputs.Row(h.SeriesId, h.Series, m.Index);
            if (m.IsRecordYearEndClose)
            {
                sink.Add(FactKinds.RecordYearEndClose, close, FactUnits.Level, [input], provenance: FactSink.HistoryFrom(h.Scope));
            }

            if ((m.IsRecordMonthlyGain || m.IsRecordMonthlyFall) && m.PreviousMonthEnd >= 0)
            {
                var prior = h.Series.Closes[m.PreviousMonthEnd];
                sink.Add(m.IsRecordMonthlyGain ? FactKinds.RecordMonthlyGainPoints : FactKinds.RecordMonthlyFallPoints,
                    close - prior, FactUnits.Points, [input, Inputs.Row(h.SeriesId, h.Series, m.PreviousMonthEnd)],
                    referenceDate: h.Series.Dates[m.PreviousMonthEnd], referenceValue: prior, provenance: FactSink.HistoryFrom(h.Scope));
            }
        }
    }

    private static void AppendRanking(HistoryAccumulator h, IReadOnlyList<RankedMove> moves, string kind, bool percent, List<Fact> facts)
    {
        for (var rank = 1; rank <= Math.Min(HistoryRules.RecordsTop, moves.Count); rank++)
        {
            var i = moves[rank - 1].Index;
            var points = h.Series.ChangePoints(i);
            var move = percent ? FactMath.Percent(points, h.Series.Closes[i - 1]) : points;
            new FactSink(facts, h.SeriesId, h.Series.Dates[i], Sessions.History).Add(kind, rank, FactUnits.Rank,
                [Inputs.Row(h.SeriesId, h.Series, i), Inputs.Row(h.SeriesId, h.Series, i - 1)],
                referenceValue: move, provenance: FactSink.HistoryFrom(h.Scope));
        }
    }

    private static void AppendLongestStreaks(HistoryAccumulator h, string kind, Func<HistoryDay, int> length, List<Fact> facts)
    {
        var ends = new List<(int Length, int End)>();
        var days = h.Days;
        for (var i = 0; i < days.Count; i++)
        {
            var n = length(days[i]);
            if (n >= HistoryRules.StreakMinimumDays && (i + 1 == days.Count || length(days[i + 1]) == 0))
            {
                ends.Add((n, i));
            }
        }

        foreach (var (n, end) in ends.OrderByDescending(e => e.Length).ThenBy(e => e.End).Take(StreaksTop))
        {
            new FactSink(facts, h.SeriesId, h.Series.Dates[end], Sessions.History).Add(kind, n, FactUnits.Days,
                [Inputs.Row(h.SeriesId, h.Series, Math.Max(0, end - n)), Inputs.Row(h.SeriesId, h.Series, end)],
                referenceDate: h.Series.Dates[end - n + 1], provenance: FactSink.HistoryFrom(h.Scope));
        }
    }
}
