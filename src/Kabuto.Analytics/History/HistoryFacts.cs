using Kabuto.Analytics.Facts;
using Kabuto.Core.Market;

namespace Kabuto.Analytics.History;

/// <summary>Turns a day's <see cref="HistoryDay"/> into facts (records, milestones, streaks, periods, move ranks,
/// month-end records). Facts are built on demand from the compact history, so a 60-year series costs nothing until
/// a day is asked for.</summary>
public static class HistoryFacts
{
    public static void Append(HistoryAccumulator history, int index, List<Fact> into)
    {
        ArgumentNullException.ThrowIfNull(history);
        var day = history.Days[index];
        var series = history.Series;
        var sink = new FactSink(into, history.SeriesId, series.Dates[index], Sessions.Close);
        AppendRecords(history, index, day.Records, sink);
        AppendMilestones(history, index, sink);
        AppendStreaks(history, index, day, sink);
        AppendPeriods(history, index, day.Periods, sink);
        AppendMoves(history, index, day.Moves, sink);
        if (history.MonthEndAt(index) is { } monthEnd)
        {
            AppendMonthEnd(history, monthEnd, sink);
        }
    }

    private static string From(HistoryAccumulator h, KnownExtreme? catalogue = null) => FactSink.HistoryFrom(h.Scope, catalogue);

    private static FactInput Close(HistoryAccumulator h, int row) => Inputs.Row(h.SeriesId, h.Series, row);

    /// <summary>The row's best known print: its high, or its close (field "close") when the row has no high.</summary>
    private static FactInput High(HistoryAccumulator h, int row) =>
        Inputs.Of(h.SeriesId, h.Series.Dates[row], h.Series.HasHigh(row) ? Fields.High : Fields.Close, h.Series.Print(row));

    /// <summary>A previous extreme: a row held, or a catalogue extreme (<see cref="RecordState.IsCatalogue"/>).</summary>
    private readonly record struct Prior(decimal Value, DateOnly Date, FactInput Input, KnownExtreme? Catalogue);

    private static Prior PriorClose(HistoryAccumulator h, int before)
    {
        if (!RecordState.IsCatalogue(before))
        {
            return new(h.Series.Closes[before], h.Series.Dates[before], Close(h, before), null);
        }

        var known = h.Scope.Catalogue[RecordState.CatalogueIndex(before)];
        return new(known.Value, known.Date, Inputs.Of(h.SeriesId, known.Date, Fields.Close, known.Value), known);
    }

    private static Prior PriorPrint(HistoryAccumulator h, int before)
    {
        if (!RecordState.IsCatalogue(before))
        {
            return new(h.Series.Print(before), h.Series.Dates[before], High(h, before), null);
        }

        var known = h.Scope.Catalogue[RecordState.CatalogueIndex(before)];
        var field = known.Kind == ExtremeKind.HighestIntraday ? Fields.High : Fields.Close;
        return new(known.Value, known.Date, Inputs.Of(h.SeriesId, known.Date, field, known.Value), known);
    }

    private static decimal CloseValue(HistoryAccumulator h, int before) =>
        RecordState.IsCatalogue(before) ? h.Scope.Catalogue[RecordState.CatalogueIndex(before)].Value : h.Series.Closes[before];

    /// <summary>The close is above every earlier known close (rows held, and catalogue peaks before it).</summary>
    private static bool IsNewHigh(HistoryAccumulator h, int index)
    {
        var before = h.Days[index].Records.CloseRecordBefore;
        return before != RecordState.None && h.Series.Closes[index] > CloseValue(h, before);
    }

    private static bool IsNewLow(HistoryAccumulator h, int index)
    {
        var before = h.Days[index].Records.CloseLowBefore;
        return before != RecordState.None && h.Series.Closes[index] < CloseValue(h, before);
    }

    /// <summary>A record close: above every earlier close of the index, as far as the history's scope can tell (until
    /// the index's earlier peak is known, a history makes no record claims).</summary>
    public static bool IsRecordClose(HistoryAccumulator history, int index)
    {
        ArgumentNullException.ThrowIfNull(history);
        return history.Days[index].Records.HighsKnown && IsNewHigh(history, index);
    }

    /// <summary>Above every earlier close held, on a day whose history cannot call it a record.</summary>
    public static bool IsHighestInHeldHistory(HistoryAccumulator history, int index)
    {
        ArgumentNullException.ThrowIfNull(history);
        return !history.Days[index].Records.HighsKnown && IsNewHigh(history, index);
    }

    public static bool IsRecordHigh(HistoryAccumulator history, int index)
    {
        ArgumentNullException.ThrowIfNull(history);
        var r = history.Days[index].Records;
        return r.HighsKnown && r.HighRecordBefore != RecordState.None && history.Series.HasHigh(index)
               && history.Series.Bars[index].High!.Value > PriorPrint(history, r.HighRecordBefore).Value;
    }

    public static bool IsRecordLow(HistoryAccumulator history, int index)
    {
        ArgumentNullException.ThrowIfNull(history);
        return history.Days[index].Records.LowsKnown && IsNewLow(history, index);
    }

    /// <summary>Below every earlier close held, on a day whose history cannot call it a record low.</summary>
    public static bool IsLowestInHeldHistory(HistoryAccumulator history, int index)
    {
        ArgumentNullException.ThrowIfNull(history);
        return !history.Days[index].Records.LowsKnown && IsNewLow(history, index);
    }

    internal static void AppendRecordClose(HistoryAccumulator h, int index, FactSink sink)
    {
        var before = h.Days[index].Records.CloseRecordBefore;
        var prior = PriorClose(h, before);
        var close = h.Series.Closes[index];
        sink.Add(FactKinds.RecordClose, close, FactUnits.Level, [Close(h, index), prior.Input],
            referenceDate: prior.Date, referenceValue: prior.Value, provenance: From(h, prior.Catalogue));
        // A catalogue peak from before the held history is always long ago; one inside it is as far back as its date.
        var beforeRow = RecordState.IsCatalogue(before) ? h.Series.OnOrBefore(prior.Date) : before;
        if ((RecordState.IsCatalogue(before) && prior.Date < h.Series.Dates[0]) || index - beforeRow >= HistoryRules.SinceMinimumRows)
        {
            sink.Add(FactKinds.FirstRecordSince, close, FactUnits.Level, [Close(h, index), prior.Input],
                referenceDate: prior.Date, referenceValue: prior.Value, provenance: From(h, prior.Catalogue));
        }
    }

    internal static void AppendRecordHigh(HistoryAccumulator h, int index, FactSink sink)
    {
        var prior = PriorPrint(h, h.Days[index].Records.HighRecordBefore);
        sink.Add(FactKinds.RecordIntradayHigh, h.Series.Bars[index].High!.Value, FactUnits.Level, [High(h, index), prior.Input],
            referenceDate: prior.Date, referenceValue: prior.Value, provenance: From(h, prior.Catalogue));
    }

    internal static void AppendRecordLow(HistoryAccumulator h, int index, FactSink sink)
    {
        var prior = PriorClose(h, h.Days[index].Records.CloseLowBefore);
        sink.Add(FactKinds.RecordCloseLow, h.Series.Closes[index], FactUnits.Level, [Close(h, index), prior.Input],
            referenceDate: prior.Date, referenceValue: prior.Value, provenance: From(h, prior.Catalogue));
    }

    /// <summary>"Its highest close in data going back to 2001-06-25": value = the close, reference date = the first row
    /// held; the inputs name the previous highest close held.</summary>
    internal static void AppendHighestInHeldHistory(HistoryAccumulator h, int index, FactSink sink) =>
        sink.Add(FactKinds.HighestCloseInHeldHistory, h.Series.Closes[index], FactUnits.Level,
            [Close(h, index), Close(h, h.Days[index].Records.CloseRecordBefore)], referenceDate: h.Series.Dates[0], provenance: From(h));

    internal static void AppendLowestInHeldHistory(HistoryAccumulator h, int index, FactSink sink) =>
        sink.Add(FactKinds.LowestCloseInHeldHistory, h.Series.Closes[index], FactUnits.Level,
            [Close(h, index), Close(h, h.Days[index].Records.CloseLowBefore)], referenceDate: h.Series.Dates[0], provenance: From(h));

    private static void AppendRecords(HistoryAccumulator h, int index, RecordState r, FactSink sink)
    {
        var close = h.Series.Closes[index];
        var isRecord = IsRecordClose(h, index);
        if (isRecord)
        {
            AppendRecordClose(h, index, sink);
        }
        else if (IsHighestInHeldHistory(h, index))
        {
            AppendHighestInHeldHistory(h, index, sink);
        }
        else if (r.HighsKnown && r.CloseRecordBefore != RecordState.None)
        {
            var record = PriorClose(h, r.CloseRecordBefore);
            sink.Add(FactKinds.DistanceToRecordPercent, FactMath.Percent(close - record.Value, record.Value),
                FactUnits.Percent, [Close(h, index), record.Input],
                referenceDate: record.Date, referenceValue: record.Value, provenance: From(h, record.Catalogue));
        }

        if (r.RecordCloseStreak >= HistoryRules.StreakMinimumDays)
        {
            sink.Add(FactKinds.RecordCloseStreak, r.RecordCloseStreak, FactUnits.Days, [Close(h, index)],
                referenceDate: h.Series.Dates[index - r.RecordCloseStreak + 1], provenance: From(h));
        }

        if (IsRecordHigh(h, index))
        {
            AppendRecordHigh(h, index, sink);
        }

        var isLow = IsRecordLow(h, index);
        if (isLow)
        {
            AppendRecordLow(h, index, sink);
        }
        else if (IsLowestInHeldHistory(h, index))
        {
            AppendLowestInHeldHistory(h, index, sink);
        }

        if (!isRecord && r.HigherCloseBefore >= 0 && index - r.HigherCloseBefore >= HistoryRules.SinceMinimumRows)
        {
            var since = r.HigherCloseBefore;
            sink.Add(FactKinds.HighestCloseSince, close, FactUnits.Level, [Close(h, index), Close(h, since)],
                referenceDate: h.Series.Dates[since], referenceValue: h.Series.Closes[since]);
        }

        if (!isLow && r.LowerCloseBefore >= 0 && index - r.LowerCloseBefore >= HistoryRules.SinceMinimumRows)
        {
            var since = r.LowerCloseBefore;
            sink.Add(FactKinds.LowestCloseSince, close, FactUnits.Level, [Close(h, index), Close(h, since)],
                referenceDate: h.Series.Dates[since], referenceValue: h.Series.Closes[since]);
        }
    }

    private static void AppendMilestones(HistoryAccumulator h, int index, FactSink sink)
    {
        var close = h.Series.Closes[index];
        if (IsRecordClose(h, index))
        {
            AppendFirstClosesAbove(h, index, sink);
        }

        if (IsRecordHigh(h, index))
        {
            AppendFirstPrintsAbove(h, index, sink);
        }

        var next = RoundLevels.Next(close, h.LevelStep);
        sink.Add(FactKinds.DistanceToNextLevel, next - close, FactUnits.Points, [Close(h, index)],
            subject: FactSink.LevelSubject(next), referenceValue: next);
    }

    internal static void AppendFirstClosesAbove(HistoryAccumulator h, int index, FactSink sink)
    {
        var prior = PriorClose(h, h.Days[index].Records.CloseRecordBefore);
        foreach (var level in RoundLevels.Crossed(prior.Value, h.Series.Closes[index], h.LevelStep))
        {
            sink.Add(FactKinds.FirstCloseAbove, h.Series.Closes[index], FactUnits.Level, [Close(h, index), prior.Input],
                subject: FactSink.LevelSubject(level), referenceValue: level, provenance: From(h, prior.Catalogue));
        }
    }

    internal static void AppendFirstPrintsAbove(HistoryAccumulator h, int index, FactSink sink)
    {
        var prior = PriorPrint(h, h.Days[index].Records.HighRecordBefore);
        var high = h.Series.Bars[index].High!.Value;
        foreach (var level in RoundLevels.Crossed(prior.Value, high, h.LevelStep))
        {
            sink.Add(FactKinds.FirstPrintAbove, high, FactUnits.Level, [High(h, index), prior.Input],
                subject: FactSink.LevelSubject(level), referenceValue: level, provenance: From(h, prior.Catalogue));
        }
    }

    private static void AppendStreaks(HistoryAccumulator h, int index, HistoryDay day, FactSink sink)
    {
        var (gains, losses) = (day.Streaks.Gains, day.Streaks.Losses);
        if (gains >= HistoryRules.StreakMinimumDays)
        {
            sink.Add(FactKinds.GainStreak, gains, FactUnits.Days, [Close(h, index - gains), Close(h, index)],
                referenceDate: h.Series.Dates[index - gains + 1]);
        }

        if (losses >= HistoryRules.StreakMinimumDays)
        {
            sink.Add(FactKinds.LossStreak, losses, FactUnits.Days, [Close(h, index - losses), Close(h, index)],
                referenceDate: h.Series.Dates[index - losses + 1]);
        }
    }

    private static void AppendPeriods(HistoryAccumulator h, int index, PeriodState p, FactSink sink)
    {
        AppendPeriodChange(h, index, p.WeekBase, FactKinds.WeekChangePoints, FactKinds.WeekChangePercent, sink);
        AppendPeriodChange(h, index, p.MonthBase, FactKinds.MonthChangePoints, FactKinds.MonthChangePercent, sink);
        AppendPeriodChange(h, index, p.YearBase, FactKinds.YearToDateChangePoints, FactKinds.YearToDateChangePercent, sink);
        sink.Add(FactKinds.FiftyTwoWeekHigh, h.Series.Closes[p.High52], FactUnits.Level, [Close(h, p.High52)],
            referenceDate: h.Series.Dates[p.High52]);
        sink.Add(FactKinds.FiftyTwoWeekLow, h.Series.Closes[p.Low52], FactUnits.Level, [Close(h, p.Low52)],
            referenceDate: h.Series.Dates[p.Low52]);
    }

    private static void AppendPeriodChange(HistoryAccumulator h, int index, int baseRow, string pointsKind, string percentKind, FactSink sink)
    {
        if (baseRow < 0)
        {
            return;
        }

        var (close, prior) = (h.Series.Closes[index], h.Series.Closes[baseRow]);
        var inputs = new[] { Close(h, index), Close(h, baseRow) };
        sink.Add(pointsKind, close - prior, FactUnits.Points, inputs, referenceDate: h.Series.Dates[baseRow], referenceValue: prior);
        sink.Add(percentKind, FactMath.Percent(close - prior, prior), FactUnits.Percent, inputs,
            referenceDate: h.Series.Dates[baseRow], referenceValue: prior);
    }

    private static void AppendMoves(HistoryAccumulator h, int index, MoveRanks m, FactSink sink)
    {
        if (index == 0)
        {
            return;
        }

        var points = h.Series.ChangePoints(index);
        var percent = FactMath.Percent(points, h.Series.Closes[index - 1]);
        var inputs = new[] { Close(h, index), Close(h, index - 1) };
        AppendRank(h, FactKinds.RankGainPoints, m.GainPoints, points, inputs, sink);
        AppendRank(h, FactKinds.RankGainPercent, m.GainPercent, percent, inputs, sink);
        AppendRank(h, FactKinds.RankFallPoints, m.FallPoints, points, inputs, sink);
        AppendRank(h, FactKinds.RankFallPercent, m.FallPercent, percent, inputs, sink);
        AppendLargestSince(h, index, FactKinds.LargestGainSincePoints, m.BiggerGainBefore, points, inputs, sink);
        AppendLargestSince(h, index, FactKinds.LargestFallSincePoints, m.BiggerFallBefore, points, inputs, sink);
    }

    private static void AppendRank(HistoryAccumulator h, string kind, int rank, decimal move, FactInput[] inputs, FactSink sink)
    {
        if (rank is > 0 and <= HistoryRules.DayRankMaximum)
        {
            sink.Add(kind, rank, FactUnits.Rank, inputs, referenceValue: move, provenance: From(h));
        }
    }

    private static void AppendLargestSince(HistoryAccumulator h, int index, string kind, int since, decimal points,
        FactInput[] inputs, FactSink sink)
    {
        if (since >= 0 && index - since >= HistoryRules.SinceMinimumRows)
        {
            sink.Add(kind, points, FactUnits.Points, [.. inputs, Close(h, since), Close(h, since - 1)],
                referenceDate: h.Series.Dates[since], referenceValue: h.Series.ChangePoints(since));
        }
    }

    private static void AppendMonthEnd(HistoryAccumulator h, MonthEnd m, FactSink sink)
    {
        var i = m.Index;
        var close = h.Series.Closes[i];
        if (m.PreviousMonthEnd >= 0)
        {
            var prior = h.Series.Closes[m.PreviousMonthEnd];
            var inputs = new[] { Close(h, i), Close(h, m.PreviousMonthEnd) };
            var date = h.Series.Dates[m.PreviousMonthEnd];
            sink.Add(FactKinds.MonthlyChangePoints, close - prior, FactUnits.Points, inputs, referenceDate: date, referenceValue: prior);
            sink.Add(FactKinds.MonthlyChangePercent, FactMath.Percent(close - prior, prior), FactUnits.Percent, inputs,
                referenceDate: date, referenceValue: prior);
            if (m.IsRecordMonthlyGain)
            {
                sink.Add(FactKinds.RecordMonthlyGainPoints, close - prior, FactUnits.Points, inputs, referenceDate: date, referenceValue: prior,
                    provenance: From(h));
            }

            if (m.IsRecordMonthlyFall)
            {
                sink.Add(FactKinds.RecordMonthlyFallPoints, close - prior, FactUnits.Points, inputs, referenceDate: date, referenceValue: prior,
                    provenance: From(h));
            }
        }

        if (m.IsRecordMonthEndClose)
        {
            sink.Add(FactKinds.RecordMonthEndClose, close, FactUnits.Level, [Close(h, i)], provenance: From(h));
        }

        if (!m.IsYearEnd)
        {
            return;
        }

        sink.Add(FactKinds.YearEndClose, close, FactUnits.Level, [Close(h, i)]);
        if (m.PreviousYearEnd >= 0)
        {
            var prior = h.Series.Closes[m.PreviousYearEnd];
            var inputs = new[] { Close(h, i), Close(h, m.PreviousYearEnd) };
            var date = h.Series.Dates[m.PreviousYearEnd];
            sink.Add(FactKinds.YearChangePoints, close - prior, FactUnits.Points, inputs, referenceDate: date, referenceValue: prior);
            sink.Add(FactKinds.YearChangePercent, FactMath.Percent(close - prior, prior), FactUnits.Percent, inputs,
                referenceDate: date, referenceValue: prior);
        }

        if (m.IsRecordYearEndClose)
        {
            sink.Add(FactKinds.RecordYearEndClose, close, FactUnits.Level, [Close(h, i)], provenance: From(h));
        }
    }
}
