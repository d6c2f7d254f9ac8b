using Kabuto.Analytics;
using Kabuto.Analytics.Members;
using Kabuto.Core.Market;
using Kabuto.Writing.Facts;

namespace Kabuto.Checking;

/// <summary>The check use case: read the article's claims, decide its date (the caller's --date, a date the text
/// states, or the inferred one), and give every claim a verdict with its evidence.</summary>
public sealed class ArticleChecker(IMarketDataReader reader, IDayFacts facts)
{
    // Every series read once per checker: a newsroom's QA run checks many articles against the same store.
    private SeriesHistory? _history;

    /// <summary>A checker over a store: the analytics fact book for Tokyo's indices (their period facts, and member and
    /// sector facts from <paramref name="members"/>, the same attribution sources the wrap uses), bar-derived facts for
    /// the rest (verdicts rest on the bars either way; facts give the evidence ids).</summary>
    public static ArticleChecker Over(IMarketDataReader reader, IAttributionSource? members = null) =>
        new(reader, new TieredDayFacts(new FactBookDayFacts(new FactBook(reader, members)), new BarFactBook(reader, rankings: false), [IndexIds.N225, IndexIds.Topix]));

    /// <param name="date">The session the article speaks of, when the caller knows it (--date): no inference.</param>
    /// <param name="published">The publication date, when known (else the file's DATE header): the latest session the
    /// article can speak of.</param>
    public CheckReport Check(string text, string source, DateOnly? date = null, DateOnly? published = null)
    {
        var header = ArticleHeader.Parse(text);
        var reading = ClaimReaders.For(header.Body).Read(header.Body);
        var history = _history ??= new SeriesHistory(reader);
        var upTo = published ?? header.Published;
        var resolution = date is { } given
            ? new DateResolution(given, "option", "given with --date", [])
            : DateInference.Infer(reading, history, upTo);
        var verifier = new ClaimVerifier(facts, history, reader as ISessionLevelReader);
        // A preview published before Tokyo opens speaks of the US session that ended just before publication.
        var overnight = reading.AheadOf is not null && upTo is { } day && day > resolution.Date ? upTo : resolution.Date;
        var claims = reading.Claims
            .Select(c => (Claim: c, Named: NamedSession(c, resolution.Date, history)))
            // A day the clause names is the figure's session itself: "the previous all-time high, also recorded
            // Wednesday" is not the session before Wednesday.
            .Select(x => x.Named is not null && x.Claim.DaysBack > 0 ? (Claim: x.Claim with { DaysBack = 0 }, x.Named) : x)
            .Select(x => VerdictPolicy.Apply(x.Claim, verifier.Verify(x.Claim, x.Named ?? (x.Claim.Index is { } i && Aliases.IsUnitedStates(i) ? overnight : resolution.Date))))
            .ToList();
        return new CheckReport(source, resolution, claims) { Published = upTo, BodyStart = header.BodyStart, Note = SessionNote(claims) };
    }

    /// <summary>A figure its clause dates to another session ("on February 22 when it reached 39,000 for the first
    /// time", "closed above 49,000 on Oct. 20") is judged on that session: the named day in the article's year (the
    /// year before when that day is later than the article), when the store holds a Tokyo session on it.</summary>
    private static DateOnly? NamedSession(Claim claim, DateOnly? article, SeriesHistory history)
    {
        if (article is not { } date || claim.Kind is ClaimKind.PeakBeaten or ClaimKind.ExtremeSince or ClaimKind.PreviousRecord or ClaimKind.YearEndRecord or ClaimKind.Cause || claim.Index is null)
        {
            return null;
        }

        if (claim.On is { Month: >= 1 and <= 12 } on)
        {
            var onYear = on.Year ?? date.Year;
            var onDay = new DateOnly(onYear, on.Month, Math.Clamp(on.Day, 1, DateTime.DaysInMonth(onYear, on.Month)));
            var dated = on.Year is null && onDay > date ? onDay.AddYears(-1) : onDay;
            return claim.Index is { } i && Aliases.IsUnitedStates(i) ? dated.AddDays(1) : dated;
        }

        var named = Patterns.MonthDay().Matches(claim.Text).ToList();
        if (named.Count == 0 && !Patterns.Since().IsMatch(claim.Text))
        {
            return NamedWeekday(claim, date, history);
        }

        if (named.Count != 1 || Patterns.Since().IsMatch(claim.Text))
        {
            return null;
        }

        // The date dates the figure only when no other figure stands between them ("closed at 39,098.68, ... the record
        // close of 38,915.87 marked on Dec. 29, 1989" dates the record, not the close).
        var m = named[0];
        var quoteAt = claim.Quote is { } q ? claim.Text.IndexOf(q, StringComparison.Ordinal) : -1;
        if (quoteAt < 0)
        {
            return null;
        }

        var (from, to) = quoteAt < m.Index ? (quoteAt + claim.Quote!.Length, m.Index) : (m.Index + m.Length, quoteAt);
        // Nor when it dates the figure's base ("up 606.15 points from the previous week's close on Oct. 24").
        if ((from < to && Patterns.AnyNumber().IsMatch(claim.Text[from..to])) || Patterns.ComparisonBase().IsMatch(claim.Text[Math.Max(0, m.Index - 40)..m.Index]))
        {
            return null;
        }

        var month = ClaimExtractor.MonthNumber(m.Groups["month"].Value);
        var day = int.Parse(m.Groups["day"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) : date.Year;
        if (month < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        var session = new DateOnly(year, month, day);
        if (!m.Groups["year"].Success && session > date)
        {
            session = session.AddYears(-1);
        }

        // A US figure is looked up as the session before a Tokyo date: name the day after to land on the named one.
        var us = Aliases.IsUnitedStates(claim.Index);
        var series = history.Get(us ? claim.Index : IndexIds.N225);
        return session != date && series.IndexOf(session) >= 0 ? (us ? session.AddDays(1) : session) : null;
    }

    /// <summary>"rallied about 3% on Tuesday" in Wednesday's article: the weekday next to the figure (no other figure
    /// between) names the session of the week before the article's day, when it is not the article's own.</summary>
    private static DateOnly? NamedWeekday(Claim claim, DateOnly date, SeriesHistory history)
    {
        var quoteAt = claim.Quote is { } q ? claim.Text.IndexOf(q, StringComparison.Ordinal) : -1;
        if (quoteAt < 0)
        {
            return null;
        }

        // A clause that names one weekday (not as a base: "from Friday", "since Monday", nor another day's thing:
        // "recouping Monday's losses", "its previous record close of 43,274.67, marked Wednesday") dates all its
        // figures; with several, the one next to the figure does.
        var quoteEnd = quoteAt + claim.Quote!.Length;
        var named = Patterns.Weekday().Matches(claim.Text)
            .Where(m => !claim.Text.AsSpan(m.Index + m.Length).StartsWith("'s", StringComparison.Ordinal)
                        && !Patterns.ComparedFrom().IsMatch(claim.Text[..m.Index].TrimEnd().Replace(" the", string.Empty, StringComparison.Ordinal))
                        && !claim.Text[..m.Index].TrimEnd().EndsWith("since", StringComparison.OrdinalIgnoreCase)
                        && !Patterns.MarkedOn().IsMatch(claim.Text[..m.Index]))
            .ToList();
        var near = named.Select(m => m.Value).Distinct().Count() == 1 ? named[0] : named
            .Select(m => (Match: m, Gap: m.Index >= quoteEnd ? claim.Text[quoteEnd..m.Index] : m.Index + m.Length <= quoteAt ? claim.Text[(m.Index + m.Length)..quoteAt] : string.Empty))
            .Where(w => w.Gap.Length <= 30 && !Patterns.AnyNumber().IsMatch(w.Gap))
            .OrderBy(w => w.Gap.Length).Select(w => w.Match).FirstOrDefault();
        if (near is null || !Enum.TryParse<DayOfWeek>(near.Groups["day"].Value, out var weekday) || weekday == date.DayOfWeek)
        {
            return null;
        }

        var session = date.AddDays(-(((int)date.DayOfWeek - (int)weekday + 7) % 7));
        var us = Aliases.IsUnitedStates(claim.Index!);
        return history.Get(us ? claim.Index! : IndexIds.N225).IndexOf(session) >= 0 ? (us ? session.AddDays(1) : session) : null;
    }

    /// <summary>When the figures an article gives for the close are those printed at a moment of the session, the
    /// article was written then: say so once for the whole report.</summary>
    private static string? SessionNote(IReadOnlyList<CheckedClaim> claims)
    {
        var moved = claims.Where(c => c.Reason.Contains(ClaimVerifier.SessionMatch, StringComparison.Ordinal)).ToList();
        if (moved.Count == 0)
        {
            return null;
        }

        var morning = moved.Count(c => c.Reason.Contains(ClaimVerifier.SessionMatch + "at the 11:30", StringComparison.Ordinal));
        return morning == moved.Count
            ? $"{moved.Count} figure(s) the article gives for the close are the levels printed at the 11:30 morning close: it reads as a midday report dated as a close"
            : $"{moved.Count} figure(s) the article gives for the close are levels printed during the session, not the close";
    }
}
