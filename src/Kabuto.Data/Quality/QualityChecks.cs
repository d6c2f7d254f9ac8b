using Kabuto.Core.Calendars;
using Kabuto.Core.Market;

namespace Kabuto.Data.Quality;

/// <summary>A daily bar as read from one line of one file, before the checks decide whether it is accepted.</summary>
public sealed record PendingBar(int Line, string SeriesId, DailyBar Bar);

/// <summary>What the checks concluded about one row: the rule, the offending value and a sentence for the reader.</summary>
public sealed record QualityVerdict(int Line, string Rule, string? Value, string Message, bool Quarantine);

/// <summary>Data-quality rules over one file's bars of one series (docs/data-quality.md). Rows that break a rule are
/// quarantined, never dropped silently; file-level facts (descending order, gaps) are reported without quarantine.</summary>
public static class QualityChecks
{
    /// <summary>Markets that held Saturday sessions, and until when: weekend rows before that date are genuine
    /// (TSE until February 1989, KRX until December 1998).</summary>
    private static readonly Dictionary<string, DateOnly> SaturdaySessionsUntil = new(StringComparer.Ordinal)
    {
        [Markets.Tokyo] = new(1989, 2, 11),
        [Markets.Seoul] = new(1998, 12, 7),
    };

    private const int GapDays = 14;

    /// <summary>Runs every rule; returns the verdicts and the accepted bars in ascending date order.</summary>
    public static (IReadOnlyList<QualityVerdict> Verdicts, IReadOnlyList<PendingBar> Accepted) Run(IReadOnlyList<PendingBar> rows, IHolidayOracle? holidays = null)
    {
        var verdicts = new List<QualityVerdict>();
        if (rows.Count == 0)
        {
            return (verdicts, rows);
        }

        if (IsDescending(rows))
        {
            verdicts.Add(new QualityVerdict(rows[0].Line, Rules.DescendingOrder, rows[0].Bar.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                "the file lists rows newest first; they were sorted ascending", Quarantine: false));
        }

        var ordered = rows.OrderBy(r => r.Bar.Date).ThenBy(r => r.Line).ToList();
        var dates = ordered.Select(r => r.Bar.Date).ToHashSet();
        var kept = new List<PendingBar>(ordered.Count);
        foreach (var row in ordered)
        {
            var verdict = RowRule(row, kept.Count > 0 ? kept[^1] : null, holidays, dates);
            if (verdict is not null)
            {
                verdicts.Add(verdict);
            }

            if (verdict is null || !verdict.Quarantine)
            {
                kept.Add(row);
            }
        }

        var partial = PartialLastRow(rows, kept);
        if (partial is not null)
        {
            verdicts.Add(partial);
            kept.RemoveAll(r => r.Line == partial.Line);
        }

        foreach (var spike in Spikes(kept))
        {
            verdicts.Add(spike);
            kept.RemoveAll(r => r.Line == spike.Line);
        }

        var market = kept.Count == 0 || kept[0].SeriesId == IndexIds.UsdJpy ? null : Markets.ForSeries(kept[0].SeriesId);
        for (var i = 1; i < kept.Count; i++)
        {
            var (previous, current) = (kept[i - 1], kept[i]);
            var missing = market is null || holidays is null
                ? []
                : SessionGaps.Missing(previous.Bar.Date, current.Bar.Date, d => holidays.IsTradingDay(market.Id, d));
            if (missing.Count > 0)
            {
                // Never bridged silently: the change from the previous row to this one is not a daily change.
                verdicts.Add(new QualityVerdict(current.Line, Rules.MissingTradingDays, SessionGaps.Describe(missing),
                    $"{current.SeriesId} has no row for {Days(missing)}, {(missing.Count == 1 ? "a" : "each a")} {market!.Name} trading day, "
                    + $"between {Text(previous.Bar.Date)} (line {previous.Line}) and {Text(current.Bar.Date)}; the change across it is not a daily change",
                    Quarantine: false));
                continue;
            }

            var days = kept[i].Bar.Date.DayNumber - kept[i - 1].Bar.Date.DayNumber;
            if (days > GapDays)
            {
                verdicts.Add(new QualityVerdict(kept[i].Line, Rules.Gap, Text(kept[i].Bar.Date),
                    $"no rows for {days - 1} days after {Text(kept[i - 1].Bar.Date)}", Quarantine: false));
            }
        }

        return (verdicts, kept);
    }

    private static QualityVerdict? RowRule(PendingBar row, PendingBar? previous, IHolidayOracle? holidays, HashSet<DateOnly> dates)
    {
        var bar = row.Bar;
        if (ImpossibleValue(bar.Open, bar.High, bar.Low, bar.Close, bar.Volume) is { } impossible)
        {
            return Q(row, Rules.ImpossibleValue, impossible.Value, impossible.Reason);
        }
        if (previous is not null && previous.Bar.Date == bar.Date)
        {
            var same = previous.Bar == bar;
            return Q(row, Rules.Duplicate, Text(bar.Date), same
                ? $"repeats the row of line {previous.Line}"
                : $"second row for this date (line {previous.Line} has close {previous.Bar.Close}, this one {bar.Close}); the first is kept");
        }

        var market = Markets.ForSeries(row.SeriesId);
        if (bar.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday
            && !(market is not null && row.SeriesId != IndexIds.UsdJpy && SaturdaySessionsUntil.TryGetValue(market.Id, out var until) && bar.Date < until))
        {
            return Q(row, Rules.Weekend, Text(bar.Date), $"falls on a {bar.Date.DayOfWeek}; markets do not trade then (a quote date, not a trading date)");
        }

        if (bar.High is { } h && bar.Low is { } l && (bar.Close > h || bar.Close < l || l > h))
        {
            return Q(row, Rules.CloseOutsideRange, bar.Close.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"close {bar.Close} is outside low {l} .. high {h}");
        }

        if (holidays is not null && market is not null && row.SeriesId != IndexIds.UsdJpy && holidays.IsKnownHoliday(market.Id, bar.Date) is { } holiday)
        {
            // The file skipping a neighbouring weekday the calendar calls a trading day means the closure was most
            // likely on that neighbour (an equinox computed a day off): keep the row, report the disagreement.
            var neighbour = MissingTradingNeighbour(bar.Date, market.Id, holidays, dates);
            return neighbour is { } n
                ? new QualityVerdict(row.Line, Rules.CalendarDisagrees, Text(bar.Date),
                    $"the {market.Name} calendar says {Text(bar.Date)} was a holiday ({holiday}), but the file has a row for it and none for the weekday {Text(n)}; kept",
                    Quarantine: false)
                : Q(row, Rules.HolidayRow, Text(bar.Date), $"{Text(bar.Date)} was a {market.Name} holiday ({holiday}); the row is a phantom");
        }

        if (previous is null)
        {
            return null;
        }

        var p = previous.Bar;
        if (IsFlat(bar) && bar.Close == p.Close && !IsFlat(p))
        {
            return Q(row, Rules.FlatOutage, bar.Close.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"open = high = low = close = previous close {p.Close}: a day without trading (outage or holiday) carried forward");
        }

        if (bar.Open is not null && !IsFlat(bar) && bar.Open == p.Open && bar.High == p.High && bar.Low == p.Low && bar.Close == p.Close)
        {
            return Q(row, Rules.RepeatedBar, bar.Close.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"repeats the whole bar of {Text(p.Date)} (line {previous.Line}): a phantom row on a non-trading day");
        }

        return null;
    }

    /// <summary>A price no market prints: a level, open, high or low of zero or below, or a negative volume. Null when
    /// every value present is possible.</summary>
    public static (string Value, string Reason)? ImpossibleValue(decimal? open, decimal? high, decimal? low, decimal close, decimal? volume)
    {
        foreach (var (name, value) in (ReadOnlySpan<(string, decimal?)>)[("close", close), ("open", open), ("high", high), ("low", low)])
        {
            if (value is { } v && v <= 0m)
            {
                return (Invariant(v), $"{name} {Invariant(v)} is not a possible price (a level or price is always above zero)");
            }
        }

        return volume is < 0m ? (Invariant(volume.Value), $"volume {Invariant(volume.Value)} is negative") : null;
    }

    private static string Invariant(decimal value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static DateOnly? MissingTradingNeighbour(DateOnly date, string marketId, IHolidayOracle holidays, HashSet<DateOnly> dates)
    {
        foreach (var n in (ReadOnlySpan<DateOnly>)[date.AddDays(-1), date.AddDays(1)])
        {
            if (n.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !dates.Contains(n) && holidays.IsKnownHoliday(marketId, n) is null)
            {
                return n;
            }
        }

        return null;
    }

    private static QualityVerdict? PartialLastRow(IReadOnlyList<PendingBar> fileOrder, List<PendingBar> kept)
    {
        if (kept.Count < 6)
        {
            return null;
        }

        var last = kept[^1];
        var before = kept.Skip(kept.Count - 6).Take(5);
        var lastInFile = fileOrder[0].Bar.Date > fileOrder[^1].Bar.Date ? fileOrder[0] : fileOrder[^1];
        if (last.Line == lastInFile.Line && last.Bar.Volume == 0 && before.All(b => b.Bar.Volume > 0))
        {
            return Q(last, Rules.PartialLastRow, last.Bar.Close.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "last row has volume 0 after days with volume: an intraday snapshot, not a final close");
        }

        return null;
    }

    private static IEnumerable<QualityVerdict> Spikes(List<PendingBar> kept)
    {
        var found = new List<QualityVerdict>();
        if (kept.Count < 3)
        {
            return found;
        }

        // Indices really do fall 13 % and rebound 19 % (HSI 1997-10-28/29): only gross errors count as index spikes.
        var threshold = kept[0].SeriesId == IndexIds.UsdJpy ? 0.05m : 0.25m;
        for (var i = 1; i < kept.Count - 1; i++)
        {
            var (a, b, c) = (kept[i - 1].Bar.Close, kept[i].Bar.Close, kept[i + 1].Bar.Close);
            if (a <= 0 || b <= 0)
            {
                continue;
            }

            var up = (b / a) - 1;
            var down = (c / b) - 1;
            var roundTrip = Math.Abs((c / a) - 1);
            if (Math.Abs(up) > threshold && Math.Abs(down) > threshold && Math.Sign(up) != Math.Sign(down)
                && roundTrip < Math.Min(Math.Abs(up), Math.Abs(down)) / 4)
            {
                found.Add(Q(kept[i], Rules.Spike, b.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    $"one-day spike: {a} -> {b} -> {c} ({up:P1} then {down:P1}); a bad tick"));
            }
        }

        return found;
    }

    private static string Days(IReadOnlyList<DateOnly> missing) =>
        missing.Count == 1 ? $"{Text(missing[0])} ({missing[0].DayOfWeek})" : SessionGaps.Describe(missing);

    private static bool IsDescending(IReadOnlyList<PendingBar> rows) => rows.Count > 1 && rows[0].Bar.Date > rows[^1].Bar.Date;

    private static bool IsFlat(DailyBar bar) => bar.Open == bar.Close && bar.High == bar.Close && bar.Low == bar.Close;

    private static QualityVerdict Q(PendingBar row, string rule, string? value, string message) => new(row.Line, rule, value, message, Quarantine: true);

    private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Knows exchange holidays (implemented over the calendars when they exist); null = not known to be one.</summary>
public interface IHolidayOracle
{
    string? IsKnownHoliday(string marketId, DateOnly date);

    /// <summary>Whether the market traded on a weekday, when the oracle can judge it (a calendar computed by law, inside
    /// its years); null when it cannot, and then no missing trading day is reported.</summary>
    bool? IsTradingDay(string marketId, DateOnly date) => null;
}
