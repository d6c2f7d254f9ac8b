using Kabuto.Analytics.Facts;
using Kabuto.Analytics.History;

namespace Kabuto.Analytics.Day;

/// <summary>The facts of one trading day of a series read off its own rows: open, high, low, close, the previous close
/// (the previous row of the series, so after a holiday it is the last session before it), the change in points and
/// percent, the gap at the open and where the close sits in the day's range. When trading days are missing between the
/// previous row and this one, the change is not a daily one: it is given as the change since the last row held, with
/// the count and first of the missing days, and no daily change, gap at the open or intraday change is stated.</summary>
public static class DayFacts
{
    /// <param name="missingBefore">Trading days without a row between the previous row and this one (see
    /// <see cref="Kabuto.Core.Calendars.SessionGaps"/>); empty or null when none is missing.</param>
    public static void Append(string seriesId, SeriesColumns series, int index, List<Fact> into, IReadOnlyList<DateOnly>? missingBefore = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        var bar = series.Bars[index];
        var sink = new FactSink(into, seriesId, bar.Date, Sessions.Close);
        var close = Inputs.Row(seriesId, series, index, Fields.Close);
        sink.Add(FactKinds.Close, bar.Close, FactUnits.Level, [close]);

        // A bar with open = high = low = close is a close-only row in disguise (early Yahoo history): no range to report.
        var hasRange = bar is { Open: not null, High: not null, Low: not null }
                       && !(bar.Open == bar.Close && bar.High == bar.Close && bar.Low == bar.Close);
        if (hasRange)
        {
            sink.Add(FactKinds.Open, bar.Open!.Value, FactUnits.Level, [Inputs.Of(seriesId, bar.Date, Fields.Open, bar.Open.Value)]);
            sink.Add(FactKinds.High, bar.High!.Value, FactUnits.Level, [Inputs.Of(seriesId, bar.Date, Fields.High, bar.High.Value)]);
            sink.Add(FactKinds.Low, bar.Low!.Value, FactUnits.Level, [Inputs.Of(seriesId, bar.Date, Fields.Low, bar.Low.Value)]);
            if (bar.High > bar.Low)
            {
                sink.Add(FactKinds.RangePosition, FactMath.Round2((bar.Close - bar.Low.Value) / (bar.High.Value - bar.Low.Value) * 100m),
                    FactUnits.Percent,
                    [close, Inputs.Of(seriesId, bar.Date, Fields.High, bar.High.Value), Inputs.Of(seriesId, bar.Date, Fields.Low, bar.Low.Value)]);
            }
        }

        if (index == 0)
        {
            return;
        }

        var prior = series.Closes[index - 1];
        var priorDate = series.Dates[index - 1];
        var previous = Inputs.Row(seriesId, series, index - 1, Fields.Close);
        var points = bar.Close - prior;
        if (missingBefore is { Count: > 0 } missing)
        {
            sink.Add(FactKinds.MissingSessionsBefore, missing.Count, FactUnits.Days, [previous, close], referenceDate: missing[0]);
            sink.Add(FactKinds.ChangeSinceLastHeldPoints, points, FactUnits.Points, [close, previous], referenceDate: priorDate, referenceValue: prior);
            sink.Add(FactKinds.ChangeSinceLastHeldPercent, FactMath.Percent(points, prior), FactUnits.Percent, [close, previous],
                referenceDate: priorDate, referenceValue: prior);
            return;
        }

        sink.Add(FactKinds.PreviousClose, prior, FactUnits.Level, [previous], referenceDate: priorDate);
        sink.Add(FactKinds.ChangePoints, points, FactUnits.Points, [close, previous], referenceDate: priorDate, referenceValue: prior);
        sink.Add(FactKinds.ChangePercent, FactMath.Percent(points, prior), FactUnits.Percent, [close, previous],
            referenceDate: priorDate, referenceValue: prior);
        if (!hasRange)
        {
            return;
        }

        sink.Add(FactKinds.GapAtOpenPoints, bar.Open!.Value - prior, FactUnits.Points,
            [Inputs.Of(seriesId, bar.Date, Fields.Open, bar.Open.Value), previous], referenceDate: priorDate, referenceValue: prior);
        sink.Add(FactKinds.IntradayHighChangePercent, FactMath.Percent(bar.High!.Value - prior, prior), FactUnits.Percent,
            [Inputs.Of(seriesId, bar.Date, Fields.High, bar.High.Value), previous], referenceDate: priorDate, referenceValue: prior);
        sink.Add(FactKinds.IntradayLowChangePercent, FactMath.Percent(bar.Low!.Value - prior, prior), FactUnits.Percent,
            [Inputs.Of(seriesId, bar.Date, Fields.Low, bar.Low.Value), previous], referenceDate: priorDate, referenceValue: prior);
    }
}
