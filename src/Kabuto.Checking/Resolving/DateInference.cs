using Kabuto.Core.Calendars;
using System.Globalization;
using Kabuto.Core.Market;

namespace Kabuto.Checking;

/// <summary>Which day an undated article is about: every held trading day (on the weekday the article names) is
/// scored by how far its Tokyo data lies from the article's Tokyo claims (levels and moves in percent of the level,
/// one point per record, milestone or near-level claim it fails); the lowest score wins.</summary>
public static class DateInference
{
    private static readonly ClaimKind[] Usable =
        [ClaimKind.Level, ClaimKind.ChangePercent, ClaimKind.ChangePoints, ClaimKind.Record, ClaimKind.FirstAbove, ClaimKind.NearLevel];

    /// <summary>Each claim's error is capped so one wild number cannot outweigh the rest.</summary>
    private const decimal Cap = 5m;

    /// <summary>A day the text names but the candidate is not costs this much (datelines like "Tokyo, Oct. 27" are
    /// strong evidence, but an article also names other days: "since Oct. 9").</summary>
    private const decimal UnnamedDayCost = 1m;

    /// <summary>What an intraday figure costs on a day whose session range is not held.</summary>
    private const decimal UnsettledCost = 0.25m;

    /// <summary>A wire speaks of the session of its publication day or one shortly before.</summary>
    private const int PublishedWindowDays = 10;

    /// <param name="upTo">The publication date when known: no later session is considered, and only the sessions of
    /// the <see cref="PublishedWindowDays"/> days before it.</param>
    public static DateResolution Infer(ArticleReading reading, SeriesHistory history, DateOnly? upTo = null)
    {
        ArgumentNullException.ThrowIfNull(reading);
        ArgumentNullException.ThrowIfNull(history);
        if (upTo is { } bound && reading.AheadOf is { } ahead && bound.DayOfWeek == ahead)
        {
            upTo = bound.AddDays(-1); // a preview of the publication day's session speaks of the sessions before it
        }

        var claims = reading.Claims.Where(c => Usable.Contains(c.Kind) && c.Index is IndexIds.N225 or IndexIds.Topix && !VerdictPolicy.MayHaveOtherScope(c)).ToList();
        var anchor = history.Get(IndexIds.N225);
        if (anchor.IsEmpty)
        {
            return new DateResolution(null, "none", "no N225 series in the store to date the article by; import it or pass --date", []);
        }

        if (claims.Count == 0 && upTo is null && reading.NamedDays.Count == 0)
        {
            return new DateResolution(null, "none", "no Nikkei or TOPIX level, move, record or milestone to date the article by; pass --date", []);
        }

        var scored = new List<DateCandidate>();
        for (var i = 1; i < anchor.Bars.Count; i++)
        {
            var date = anchor.Bars[i].Date;
            if ((reading.Weekday is { } weekday && date.DayOfWeek != weekday)
                || (upTo is { } last && (date > last || date < last.AddDays(-PublishedWindowDays))))
            {
                continue;
            }

            var score = reading.NamedDays.Count > 0 && !reading.NamedDays.Any(d => d.Matches(date)) ? UnnamedDayCost : 0m;
            var parts = new List<string>();
            foreach (var claim in claims)
            {
                var error = Error(claim, history.Get(claim.Index!), date, LevelBeside(claim, claims), anchor.Bars[i].High is not null);
                score += error;
                if (parts.Count < 4)
                {
                    parts.Add($"{claim.Index} {claim.Kind} off by {error.ToString("0.00", CultureInfo.InvariantCulture)}");
                }
            }

            scored.Add(new DateCandidate(date, Math.Round(score, 4), string.Join("; ", parts)));
        }

        var best = scored.OrderBy(c => c.Score).ThenByDescending(c => c.Date).Take(3).ToList();
        if (best.Count == 0)
        {
            return new DateResolution(null, "none",
                upTo is { } p ? $"no held Tokyo session in the {PublishedWindowDays} days up to the publication date {p:yyyy-MM-dd}{(reading.Weekday is { } d ? $" on a {d}" : string.Empty)}; pass --date"
                    : "no held trading day matches the article's weekday; pass --date", []);
        }

        var runnerUp = best.Count > 1 ? $"; next best {best[1].Date:yyyy-MM-dd} scored {best[1].Score.ToString("0.00", CultureInfo.InvariantCulture)}" : string.Empty;
        var evidence = new List<string>();
        if (claims.Count > 0)
        {
            evidence.Add($"{claims.Count} Tokyo claims");
        }

        if (reading.NamedDays.Count > 0)
        {
            evidence.Add("the days the text names (" + string.Join(", ", reading.NamedDays.Select(d => d.Text)) + ")");
        }

        if (reading.Weekday is { } w)
        {
            evidence.Add($"the weekday it names ({w})");
        }

        if (upTo is { } published)
        {
            evidence.Add($"published {published:yyyy-MM-dd}");
        }

        var explanation = $"inferred from {string.Join(", ", evidence)}: "
                          + $"{best[0].Date:yyyy-MM-dd} scored {best[0].Score.ToString("0.00", CultureInfo.InvariantCulture)}{(best[0].Evidence.Length > 0 ? $" ({best[0].Evidence})" : string.Empty)}{runnerUp}";

        // A figure no held session has: say so, and judge on the nearest day (where those figures are then wrong).
        var figures = claims.Where(c => c.Kind is ClaimKind.Level or ClaimKind.ChangePercent or ClaimKind.ChangePoints && c.Session == ClaimSessions.Close).ToList();
        var off = figures.Where(c => Error(c, history.Get(c.Index!), best[0].Date) > 0).ToList();
        if (off.Count > 0 && !HeldDays(anchor, upTo).Any(d => figures.All(c => Error(c, history.Get(c.Index!), d) == 0)))
        {
            // The day the text names, with its year, is a Tokyo trading day the store does not hold: that is the day,
            // and its figures wait for its data (a missing day is never bridged by the nearest one).
            var missing = reading.NamedDays.Where(d => d.Year is not null && d.Day > 0 && d.Month is >= 1 and <= 12 && d.Day <= DateTime.DaysInMonth(d.Year.Value, d.Month))
                .Select(d => new DateOnly(d.Year!.Value, d.Month, d.Day))
                .FirstOrDefault(d => anchor.IndexOf(d) < 0 && d >= anchor.Bars[0].Date && d <= anchor.Bars[^1].Date && (upTo is null || d <= upTo)
                                     && history.Missing(IndexIds.N225, d.AddDays(-1), d.AddDays(1)).Contains(d));
            if (missing != default)
            {
                return new DateResolution(missing, "named",
                    $"the text names {missing:yyyy-MM-dd}, a Tokyo trading day the store holds no N225 close for: import that session to check the article (no held session matches its figures)", []);
            }

            return new DateResolution(best[0].Date, "nearest",
                $"no held session matches every figure of the article ({string.Join(", ", off.Select(c => $"{c.Index} {c.Kind} {c.Value?.ToString(CultureInfo.InvariantCulture)}").Distinct())}); judged on the nearest, "
                + explanation, best);
        }

        return new DateResolution(best[0].Date, "inferred", explanation, best);
    }

    private static IEnumerable<DateOnly> HeldDays(SeriesHistory.Series anchor, DateOnly? upTo) =>
        anchor.Bars.Skip(1).Select(b => b.Date).Where(d => upTo is null || d <= upTo);

    /// <summary>The level an intraday move is stated with ("rose as much as 2.2% to 40,667"): the same moment, so the
    /// move is that level's change from the previous close, whatever the day did later.</summary>
    private static decimal? LevelBeside(Claim claim, IReadOnlyList<Claim> claims) =>
        claim is { Kind: ClaimKind.ChangePercent, Session: ClaimSessions.Intraday or ClaimSessions.Morning }
            ? claims.FirstOrDefault(c => c.Kind == ClaimKind.Level && c.Index == claim.Index && c.Text == claim.Text
                                         && c.Session == claim.Session && c.DaysBack == claim.DaysBack)?.Value
            : null;

    /// <summary>How far a day's data is from one claim (0 = consistent).</summary>
    private static decimal Error(Claim claim, SeriesHistory.Series series, DateOnly date, decimal? levelBeside = null, bool dayHasRanges = false)
    {
        var i = series.IndexOf(date);
        if (i < 0)
        {
            return Cap / 2;
        }

        i -= claim.DaysBack;
        if (i < 1)
        {
            return Cap;
        }

        var bar = series.Bars[i];
        var intraday = claim.Session is ClaimSessions.Intraday or ClaimSessions.Morning;
        var high = bar.High ?? bar.Close;
        var low = bar.Low ?? bar.Close;
        // On a day the Nikkei's range is held, an intraday figure of a series held as closes only (TOPIX) is weak evidence:
        // "touched a record intraday high of 3,436.75" may well be true of a day whose close was lower. It costs a small
        // fixed amount, so that a day whose data can settle the figure is still preferred. (On days held as closes only
        // altogether, the close stands for the range as before.)
        if (intraday && dayHasRanges && bar.High is null && claim.Kind is ClaimKind.Level or ClaimKind.ChangePercent or ClaimKind.Record or ClaimKind.FirstAbove or ClaimKind.NearLevel)
        {
            return UnsettledCost;
        }

        var tolerance = Tolerance.For(claim);
        return claim.Kind switch
        {
            ClaimKind.Level => Math.Min(Cap, (intraday ? RangeDistance(tolerance, low, high) : tolerance.Distance(bar.Close)) / bar.Close * 100m),
            ClaimKind.ChangePercent when levelBeside is { } level => Math.Min(Cap, tolerance.Distance(series.Pct(i, level))),
            ClaimKind.ChangePercent when claim.Hedge == Hedge.AsMuchAs =>
                Math.Min(Cap, tolerance.Distance(series.Pct(i, claim.Value >= 0 ? high : low))),
            ClaimKind.ChangePercent => Math.Min(Cap, intraday
                ? RangeDistance(tolerance, series.Pct(i, low), series.Pct(i, high))
                : tolerance.Distance(series.Pct(i, bar.Close))),
            ClaimKind.ChangePoints => Math.Min(Cap, tolerance.Distance(bar.Close - series.Bars[i - 1].Close) / series.Bars[i - 1].Close * 100m),
            ClaimKind.Record => bar.Close > series.PriorMaxClose[i] || (intraday && high > series.PriorMaxHigh[i]) ? 0 : 1,
            ClaimKind.FirstAbove => Crossed(claim.Value ?? 0, series, i, intraday) ? 0 : 2,
            ClaimKind.NearLevel => IsNear(claim.Value ?? 0, intraday ? high : bar.Close) ? 0 : 1,
            _ => 0,
        };
    }

    private static decimal RangeDistance(Tolerance tolerance, decimal low, decimal high) =>
        tolerance.Overlaps(low, high) ? 0 : Math.Min(tolerance.Distance(low), tolerance.Distance(high));

    /// <summary>The first close (or, intraday, the first print) at or above the level happened on bar i.</summary>
    public static bool Crossed(decimal level, SeriesHistory.Series series, int i, bool intraday)
    {
        var bar = series.Bars[i];
        var closeCrossed = bar.Close >= level && series.PriorMaxClose[i] < level;
        var printCrossed = (bar.High ?? bar.Close) >= level && series.PriorMaxHigh[i] < level;
        return closeCrossed || (intraday && printCrossed);
    }

    /// <summary>"Within striking distance": below the level by at most 1.5%.</summary>
    public static bool IsNear(decimal level, decimal value) => value < level && (level - value) / level * 100m <= NearLevelPct;

    public const decimal NearLevelPct = 1.5m;
}
