using System.Globalization;
using System.Text.RegularExpressions;
using Kabuto.Core.Market;

namespace Kabuto.Checking;

/// <summary>What the extractor read from an article: its claims, any date it states, the weekday it names, and the
/// session it speaks of by default (morning for a midday piece, close for a closing wrap, else intraday).</summary>
public sealed record ArticleReading(IReadOnlyList<Claim> Claims, IReadOnlyList<NamedDay> NamedDays, DayOfWeek? Weekday, string DefaultSession)
{
    /// <summary>The weekday of the session a preview looks ahead to, when it names one.</summary>
    public DayOfWeek? AheadOf { get; init; }
}

/// <summary>A day the text names: "Oct. 27" (any year), "October 27, 2025", "2025-10-27".</summary>
public sealed record NamedDay(string Text, int Month, int Day, int? Year)
{
    public bool Matches(DateOnly date) => date.Month == Month && date.Day == Day && (Year is null || Year == date.Year);
}

/// <summary>The rule-based claim extractor: sentences, then clauses, then regular expressions (see
/// <see cref="Patterns"/>) in a fixed order, each match masked so a number is read once. The subject of a clause is
/// the index named nearest before the number, else a company named at the clause's start, else the index the previous
/// clause spoke of.</summary>
public static partial class ClaimExtractor
{
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "The", "Shares", "Stocks", "It", "Index", "Japanese", "Asian", "Asia", "Markets", "Elsewhere",
        "Overnight", "Sentiment", "Investors", "Analysts", "Technology", "Tech", "Energy", "Futures", "This",
        "That", "While", "Strong", "Global", "Key", "Notable", "Record", "Sector", "Market", "South", "Hong", "China",
        "India", "Australia", "Singapore", "Korea", "Chinese", "Korean", "Wall", "Street", "Nikkei", "Topix", "TOPIX",
        "Leader", "Drivers", "Performers", "Highlights", "Impact", "Dynamics", "AI", "Factors", "Regional", "Currency",
        "Stock", "Average", // the tail of "Nikkei 225 Stock Average"
        "Rival", "Peer", "Fellow", "Heavyweight", // a description before the name ("Rival Honda Motor")

        // Words that open a sentence without naming anyone ("For the week, it lost 6.2%", "Compared with ...").
        "For", "In", "On", "At", "By", "Since", "Compared", "After", "Before", "During", "So", "As", "Meanwhile", "But",
        "And", "Still", "However", "Overall", "Despite", "Following", "With", "From", "Over", "Earlier", "Later", "Today",
        "Yet", "Also", "Then", "Its", "Their", "Both", "Year", "Week", "Month", "Against", "Among", "Of", "Through",
        "Just", "Only", "Even", "Once", "Now", "Here", "There", "When", "Where", "What", "Why", "How", "Until", "Within",
    };

    public static ArticleReading Read(string text)
    {
        var located = Sentences.SplitWithOffsets(text);
        var sentences = located.Select(s => s.Text).ToList();
        var normalised = Sentences.Normalise(text);
        var defaultSession = DefaultSession(sentences);
        var claims = new List<Claim>();
        var state = new ReadingState();
        var number = 0;
        string? previousSubject = null;
        foreach (var (sentence, sentenceOffset) in located)
        {
            if (number++ >= HeadlineSentences && IsPageClutter(sentence))
            {
                continue;
            }

            var before = claims.Count;
            state.DaysBack = 0;
            foreach (var clause in Patterns.ClauseBoundary().Split(sentence).Where(c => c.Trim().Length > 0))
            {
                var sentenceDaysBack = state.DaysBack;
                if (LooksBack(clause))
                {
                    sentenceDaysBack = 1;
                    state.DaysBack = 1;
                }
                else if (Patterns.RecordedOn().IsMatch(clause))
                {
                    state.DaysBack = 1;
                }

                ReadClause(clause.Trim(), state, defaultSession, claims);
                state.DaysBack = sentenceDaysBack;
            }

            // A direction without a figure in someone's words ("“... the Dow's rebound, and ongoing yen depreciation,” said")
            // characterises the market; it is the speaker's view, not a figure to check.
            for (var k = claims.Count - 1; k >= before; k--)
            {
                if (claims[k].Kind is ClaimKind.Direction or ClaimKind.YenDirection && InSpeech(sentence, claims[k].Text, claims[k].Quote))
                {
                    claims.RemoveAt(k);
                }
            }

            if (claims.Count == before && Patterns.Cause().IsMatch(sentence))
            {
                claims.Add(new Claim(sentence, ClaimKind.Cause, null, defaultSession, 0, null, 0, Hedge.Exact) { Quote = sentence });
            }

            for (var k = before; k < claims.Count; k++)
            {
                var claim = Locate(claims[k], normalised, sentenceOffset);
                var named = EnglishContext.NamesSubject(claim.Text, claim.Index, claim.Quote)
                            || (claim.Index is not null && claim.Index == previousSubject && Patterns.Anaphor().IsMatch(claim.Text));
                var read = WithPeriod(claim with { Sentence = sentence, ExplicitSubject = named || claim.Kind == ClaimKind.GroupDirection, Era = Era(sentence, claim.Text), AtAMoment = Patterns.AtAMoment().IsMatch(claim.Text) });
                claims[k] = read with { Context = EnglishContext.Of(read) };
            }

            // "The index closed at ...": the index the sentence just before named first.
            previousSubject = Aliases.IndexName().Matches(sentence).Select(m => Aliases.IndexId(m.Value)).FirstOrDefault(id => id != IndexIds.UsdJpy);
        }

        // The same figure read twice at one place is one claim; the same figure repeated elsewhere (a lede and its bullet)
        // is a claim at each place.
        var distinct = claims.DistinctBy(c => (c.Kind, c.Index, c.Session, c.DaysBack, c.Value, c.Hedge, c.Subject, c.Offset, c.Kind == ClaimKind.Cause ? c.Text : null)).ToList();
        return new ArticleReading(distinct, NamedDays(sentences), Weekday(sentences), defaultSession)
        {
            AheadOf = ForecastWeekday(sentences),
        };
    }

    /// <summary>Whether the words stand between opening and closing quotation marks of the sentence.</summary>
    private static bool InSpeech(string sentence, string clause, string? quote)
    {
        var clauseAt = sentence.IndexOf(clause, StringComparison.Ordinal);
        var at = clauseAt < 0 ? -1 : sentence.IndexOf(quote ?? clause, clauseAt, StringComparison.Ordinal);
        if (at < 0)
        {
            return false;
        }

        var opened = sentence.LastIndexOf('“', at);
        if (opened >= 0 && sentence.LastIndexOf('”', at) < opened && sentence.IndexOf('”', at) > at)
        {
            return true;
        }

        // Straight quotes open and close alike: inside when an odd number stand before the words and one after them.
        return sentence[..at].Count(c => c == '"') % 2 == 1 && sentence.IndexOf('"', at) > at;
    }

    /// <summary>"the Black Monday crash of October 1987, when the index lost 3,836.48 points": a "when" clause after a
    /// past month or year (or an event of the lexicon) speaks of that time, not of the article's day.</summary>
    private static SinceDay? Era(string sentence, string clause)
    {
        var at = sentence.IndexOf(clause, StringComparison.Ordinal);
        if (at <= 0 || !Patterns.WhenBefore().IsMatch(sentence[..at]))
        {
            return null;
        }

        var before = sentence[..at];
        if (Patterns.MonthYear().Matches(before).LastOrDefault() is { } m)
        {
            return new SinceDay(int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture), m.Groups["month"].Success ? MonthNumber(m.Groups["month"].Value) : 0, 0);
        }

        return before.Contains("Black Monday", StringComparison.OrdinalIgnoreCase) ? new SinceDay(1987, 10, 0) : null;
    }

    /// <summary>A move's period, read from its clause ("so far this year", "for the week", "since Aug 4").</summary>
    private static Claim WithPeriod(Claim claim) =>
        claim.Kind is ClaimKind.ChangePercent or ClaimKind.ChangePoints && PeriodReader.Read(claim.Text, claim.Sentence, claim.Quote) is { } period
            ? claim with { Period = period }
            : claim;

    /// <summary>Where the claim's quote stands in the text as given: its first occurrence from the sentence's start
    /// (else anywhere; else, for a table row read as "A: B", its number).</summary>
    private static Claim Locate(Claim claim, string text, int sentenceOffset)
    {
        var quote = (claim.Quote ?? claim.Text).Trim();
        var at = text.IndexOf(quote, Math.Min(sentenceOffset, text.Length), StringComparison.Ordinal);
        if (at < 0)
        {
            at = text.IndexOf(quote, StringComparison.Ordinal);
        }

        if (at < 0 && Patterns.AnyNumber().Match(quote) is { Success: true } number)
        {
            quote = number.Value;
            at = text.IndexOf(quote, Math.Min(sentenceOffset, text.Length), StringComparison.Ordinal);
        }

        return claim with { Quote = quote, Offset = at < 0 ? sentenceOffset : at };
    }

    /// <summary>The article's own headline stands in its first sentences; later title-case lines without a full stop
    /// are the page's: menus, "POPULAR ARTICLE" lists, other stories' headlines, ticker rows.</summary>
    private const int HeadlineSentences = 3;

    private static bool IsPageClutter(string sentence)
    {
        var trimmed = sentence.TrimEnd();
        if (Patterns.ClutterLabel().IsMatch(trimmed))
        {
            return true; // "ALSO READ: Asian stocks extend gains ...", "READ MORE: ..."
        }

        if (trimmed.EndsWith('.') || trimmed.EndsWith('"'))
        {
            return false;
        }

        var words = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsLetter(w[0])).ToList();
        return words.Count >= 2 && words.Count(w => char.IsUpper(w[0])) * 10 >= words.Count * 7;
    }

    /// <summary>"up 744.63 points, or 1.90 pct" → "up 744.63 points".</summary>
    private static string PointsPart(string match)
    {
        var at = match.IndexOf("point", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? match : match[..(at + (match.Length > at + 5 && match[at + 5] is 's' or 'S' ? 6 : 5))];
    }

    /// <summary>The start of a "since" window: a date ("Feb. 22, 1990", "August 6", "July 16, 2024", "1990"), or a span
    /// back from the article's day ("eight-month", "34-year", "one-year") as a negative count of months.</summary>
    private static SinceWhen? SinceDate(Match m)
    {
        if (m.Groups["span"].Success)
        {
            var count = Count(m.Groups["span"].Value) is var c and > 0 ? c : Array.IndexOf(NumberWords, m.Groups["span"].Value.ToLowerInvariant());
            var unit = m.Groups["unit"].Value.ToLowerInvariant();
            var text = m.Groups["span"].Value + "-" + m.Groups["unit"].Value;
            return count <= 0 ? null
                : unit.StartsWith("week", StringComparison.Ordinal) ? new SinceWhen(null, null, text) { Weeks = count }
                : new SinceWhen(null, unit.StartsWith("year", StringComparison.Ordinal) ? 12 * count : count, text);
        }

        return NamedSince(m);
    }

    /// <summary>A "since" that names a day, a month or a year ("Feb. 22, 1990", "September 2022", "1990"), from the match's
    /// year, month and day groups; null when it names none.</summary>
    private static SinceWhen? NamedSince(Match m)
    {
        var year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : (int?)null;
        var month = m.Groups["month"].Success ? MonthNumber(m.Groups["month"].Value) : 0;
        var day = m.Groups["day"].Success ? int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture) : 0;
        return month == 0 && year is null ? null : new SinceWhen(new SinceDay(year, month, day), null, m.Groups["since"].Value.Trim());
    }

    /// <summary>The span of a ranked move its clause gives ("For the week, it lost 6.2% in its biggest fall since June
    /// 2022"): a week, a month or a year; null for a session.</summary>
    private static PeriodKind? ClausePeriod(string clause, string quote) =>
        PeriodReader.Read(clause, clause, quote)?.Kind is var kind && kind is PeriodKind.Week or PeriodKind.Month or PeriodKind.Year ? kind : null;

    /// <summary>The window of a ranked move: since a named day or period, since an event (Black Monday: 19 October 1987
    /// in New York, the 20th in Tokyo and the rest of Asia), in the last N years or decades; null for the whole history
    /// ("ever", "on record").</summary>
    private static SinceWhen? RankSince(Match m, string index)
    {
        if (m.Groups["event"].Success)
        {
            var nextDay = Aliases.IsUnitedStates(index) ? 0 : 1;
            return m.Groups["event"].Value.Contains("Lehman", StringComparison.OrdinalIgnoreCase)
                ? new SinceWhen(new SinceDay(2008, 9, 15 + nextDay), null, m.Groups["event"].Value)
                : new SinceWhen(new SinceDay(1987, 10, 19 + nextDay), null, m.Groups["event"].Value);
        }

        if (m.Groups["span2"].Success)
        {
            var n = m.Groups["span2"].Value.ToLowerInvariant() == "a" ? 1 : Count(m.Groups["span2"].Value);
            var months = m.Groups["unit"].Value.StartsWith("decade", StringComparison.OrdinalIgnoreCase) ? 120 * n : 12 * n;
            return n > 0 ? new SinceWhen(null, months, $"{m.Groups["span2"].Value} {m.Groups["unit"].Value}") : null;
        }

        return m.Groups["since"].Success ? NamedSince(m) : null;
    }

    private static readonly string[] NumberWords = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    private static bool IsYear(string number) => number.Length == 4 && number[0] is '1' or '2' && (number.StartsWith("19", StringComparison.Ordinal) || number.StartsWith("20", StringComparison.Ordinal));

    private static int Count(string words) => words.ToLowerInvariant() switch
    {
        "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6, "seven" => 7, "eight" => 8, "nine" => 9, "ten" => 10,
        "a decade" or "decade" => 10,
        var digits => int.TryParse(digits, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0,
    };

    private static string Span(string clause, Match m) => clause.Substring(m.Index, m.Length).Trim();

    private sealed class ReadingState
    {
        public string? Index { get; set; }

        public string? Member { get; set; }

        public int DaysBack { get; set; }
    }

    private static void ReadClause(string clause, ReadingState state, string defaultSession, List<Claim> claims)
    {
        var aliases = IndexMentions(clause);
        var masked = new Masked(clause);
        // "Nippon Steel Corp (TYO:5401) rose 3%": a ticker names the company again; the name and its verb read as one.
        foreach (Match ticker in Patterns.Ticker().Matches(clause))
        {
            masked.Mask(ticker);
        }

        // Markets as a group: most of the group's benchmarks that way ("all" or "across the board": every one), or some each way.
        foreach (Match m in masked.Take(Patterns.GroupMove()))
        {
            var group = m.Groups["asia"].Success ? MarketGroups.AsiaPacific : MarketGroups.World;
            var sign = m.Groups["mixed"].Success ? 0 : m.Groups["up"].Success ? 1 : -1;
            claims.Add(new Claim(clause, ClaimKind.GroupDirection, null, ClaimSessions.Close, state.DaysBack, sign, 0,
                Patterns.EveryOne().IsMatch(m.Value) ? Hedge.Exact : Hedge.About, group) { Quote = Span(clause, m) });
        }

        // Breadth: counts of the index's members (or of the board) that rose or fell, not the index's direction.
        foreach (Match m in Patterns.Breadth().Matches(masked.Text))
        {
            if (!m.Groups["noun"].Success && !m.Groups["noun2"].Success)
            {
                continue; // "The Nikkei 225 rose": a number before a verb is no count without its noun
            }

            masked.Mask(m);
            var scope = m.Groups["scope"].Value + " " + m.Groups["scope2"].Value;
            var members = scope.Contains("Nikkei", StringComparison.OrdinalIgnoreCase) || m.Groups["total"].Value == "225" || m.Groups["total2"].Value == "225"
                ? IndexIds.N225
                : null;
            foreach (var (count, verb) in new[] { ("n", "verb"), ("m", "verb2") }.Where(g => m.Groups[g.Item1].Success))
            {
                claims.Add(new Claim(clause, ClaimKind.Breadth, members, ClaimSessions.Close, state.DaysBack, int.Parse(m.Groups[count].Value.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture), 0, Hedge.Exact)
                {
                    Quote = Span(clause, m),
                    Subject = Patterns.FallingWord().IsMatch(m.Groups[verb].Value) || m.Groups[verb].Value.EndsWith("lower", StringComparison.OrdinalIgnoreCase)
                        || m.Groups[verb].Value.EndsWith("down", StringComparison.OrdinalIgnoreCase) ? "decliners" : "advancers",
                    ExplicitSubject = true,
                });
            }
        }

        // "Futures linked to India's Nifty 50" is not about the Nifty; "The broader Topix ... in global equities" is.
        if (Patterns.NotAnIndex().Match(masked.Text) is { Success: true } notAnIndex && (aliases.Count == 0 || notAnIndex.Index < aliases[0].Position))
        {
            return;
        }

        // An index named only in the scope before a member ("Of the Nikkei's members, Tokyo Electron added ...") is not
        // the subject of the member's figures.
        var (leadingMember, subjectStart) = LeadingMember(clause, state);
        var subjects = aliases.Where(a => a.Position >= subjectStart).ToList();
        var firstAlias = subjects.Count == 0 ? int.MaxValue : subjects[0].Position;

        Sector(masked, state, defaultSession, claims);
        Members(masked, aliases, state, defaultSession, claims);
        Drivers(clause, aliases, state, defaultSession, claims);

        string? Subject(int position) =>
            subjects.LastOrDefault(a => a.Position <= position).Id
            ?? (leadingMember is not null && position < firstAlias ? null : subjects.Count > 0 ? subjects[0].Id : state.Index);

        string SessionOf(string? index, string extra = "") => SessionFor(clause + extra, index, state.DaysBack, defaultSession);

        void Add(ClaimKind kind, string? index, Match m, string? hedgeGroup = "hedge", string numGroup = "num", int sign = 1, string? session = null, string? quote = null)
        {
            if (index is null)
            {
                return;
            }

            var (value, decimals) = Number(m.Groups[numGroup].Value);
            var hedge = ParseHedge(hedgeGroup is null ? string.Empty : m.Groups[hedgeGroup].Value);
            claims.Add(new Claim(clause, kind, index, session ?? (hedge == Hedge.AsMuchAs ? ClaimSessions.Intraday : SessionOf(index)),
                state.DaysBack, sign * value, decimals, hedge) { Quote = quote?.Trim().TrimEnd(',') ?? Span(clause, m) });
        }

        foreach (Match m in masked.Take(Patterns.Outperformed()))
        {
            if (Subject(m.Index) is { } index && index != IndexIds.UsdJpy)
            {
                var versus = aliases.FirstOrDefault(a => a.Position > m.Index && a.Id != index && a.Id != IndexIds.UsdJpy).Id;
                claims.Add(new Claim(clause, ClaimKind.Outperformed, index, SessionOf(index), state.DaysBack, m.Groups["out"].Success ? 1 : -1, 0, Hedge.Exact)
                {
                    Quote = Span(clause, m),
                    Versus = versus,
                });
            }
        }

        foreach (Match m in masked.Take(Patterns.LedRegion()))
        {
            if (Subject(m.Index) is { } index && index != IndexIds.UsdJpy && !Aliases.IsUnitedStates(index))
            {
                var what = m.Groups["what"].Value.ToLowerInvariant();
                var falling = what is "losses" or "declines" or "selloff" or "sell-off" || m.Groups["best"].Value.Equals("worst", StringComparison.OrdinalIgnoreCase);
                claims.Add(new Claim(clause, ClaimKind.LedRegion, index, SessionOf(index), state.DaysBack, falling ? -1 : 1, 0, Hedge.Exact) { Quote = Span(clause, m) });
            }
        }

        foreach (Match m in masked.Take(Patterns.PeakBeaten()))
        {
            if (Subject(m.Index) is { } index && index != IndexIds.UsdJpy)
            {
                var month = m.Groups["month"].Success
                    ? DateTime.ParseExact(m.Groups["month"].Value, "MMMM", CultureInfo.InvariantCulture).Month
                    : (int?)null;
                var when = Patterns.BeatenWhen().Match(clause) is { Success: true } w ? w.Groups["when"].Value.ToLowerInvariant() : "by then";
                claims.Add(new Claim(clause, ClaimKind.PeakBeaten, index, ClaimSessions.Close, 0, null, 0, Hedge.Exact)
                {
                    Quote = Span(clause, m),
                    Beaten = new BeatenPeak(int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture), month, when),
                });
            }
        }

        foreach (Match m in masked.Take(Patterns.PreviousRecord()))
        {
            Add(ClaimKind.PreviousRecord, Subject(m.Index), m, hedgeGroup: null, session: PreviousRecordSession(m, clause));
        }

        var firstTime = Patterns.FirstTime().Match(clause);
        foreach (Match m in masked.Take(Patterns.Crossing()))
        {
            if (IsYear(m.Groups["num"].Value))
            {
                continue;
            }

            if (firstTime.Success || clause.Contains("barrier", StringComparison.OrdinalIgnoreCase))
            {
                var count = claims.Count;
                Add(ClaimKind.FirstAbove, Subject(m.Index), m, hedgeGroup: null);
                if (claims.Count > count && firstTime.Groups["years"].Success)
                {
                    claims[^1] = claims[^1] with { SinceYears = Count(firstTime.Groups["years"].Value) };
                }
            }
            else if (!m.Groups["verb"].Value.Equals("above", StringComparison.OrdinalIgnoreCase) || Patterns.Close().IsMatch(clause[..m.Index]) || Patterns.Moment().IsMatch(clause))
            {
                // "topped 50,000 at around 9:03 a.m.", "closed above 49,000": the level was reached (no first time said).
                Add(ClaimKind.Above, Subject(m.Index), m, hedgeGroup: null);
            }
        }

        foreach (Match m in masked.Take(Patterns.NearLevel()))
        {
            // "to finish near 3,384": a figure not round is the level given roughly, not a milestone approached.
            if (Number(m.Groups["num"].Value) is var (near, nearDecimals) && (nearDecimals > 0 || near % 100m != 0))
            {
                continue;
            }

            Add(ClaimKind.NearLevel, Subject(m.Index), m, hedgeGroup: null);
        }

        foreach (Match m in masked.Take(Patterns.DayRange()))
        {
            // Both ends of the day's range: each is the day's low or high.
            Add(ClaimKind.Level, Subject(m.Index), m, hedgeGroup: null, session: ClaimSessions.Intraday);
            Add(ClaimKind.Level, Subject(m.Index), m, hedgeGroup: null, numGroup: "num2", session: ClaimSessions.Intraday);
        }

        foreach (Match m in masked.Take(Patterns.YearEndRecord()))
        {
            if (Subject(m.Index) is { } index && index != IndexIds.UsdJpy && m.Groups["prev"].Success == m.Groups["num"].Success)
            {
                var (value, decimals) = m.Groups["num"].Success ? Number(m.Groups["num"].Value) : (0m, 0);
                claims.Add(new Claim(clause, ClaimKind.YearEndRecord, index, ClaimSessions.Close, state.DaysBack, m.Groups["num"].Success ? value : null, decimals, Hedge.Exact)
                {
                    Quote = Span(clause, m),
                });
            }
        }

        foreach (Match m in masked.Take(Patterns.CumulativePercent()))
        {
            Add(ClaimKind.ChangePercent, Subject(m.Index), m, sign: Sign(m.Groups["noun"].Value.Split(' ')[^1]) * (m.Groups["noun"].Value.StartsWith("losing", StringComparison.OrdinalIgnoreCase) ? -1 : 1));
        }

        foreach (Match m in masked.Take(Patterns.NounPoints()))
        {
            Add(ClaimKind.ChangePoints, Subject(m.Index), m, sign: Sign(m.Groups["noun"].Value));
        }

        var moveRecord = Patterns.RecordOfMove().IsMatch(clause);
        foreach (Match m in masked.Take(Patterns.Level()))
        {
            var index = Subject(m.Index);
            // A year ("of 2023") is not a level; "a record one-day climb of 2,676.55 points" is a move; "the earlier
            // record of 38,915.87" is a past level, not the day's.
            var past = m.Groups["lead"].Value.Equals("of", StringComparison.OrdinalIgnoreCase)
                       && (Patterns.PastFigure().IsMatch(clause[..m.Index]) || Patterns.RecordLeftBehind().IsMatch(clause[..m.Index]));
            if (index is not IndexIds.UsdJpy && !IsYear(m.Groups["num"].Value) && !past && !(moveRecord && m.Groups["points"].Success)
                && !Patterns.Magnitude().IsMatch(clause[(m.Index + m.Length)..]))
            {
                // "as high as 39,156.97", "a 34-year high of 36,984.51": the session's extreme, judged on its range.
                var extreme = m.Groups["lead"].Value.StartsWith("as ", StringComparison.OrdinalIgnoreCase)
                              || (m.Groups["lead"].Value.Equals("of", StringComparison.OrdinalIgnoreCase) && Patterns.ExtremeOf().IsMatch(clause[..m.Index]));
                Add(ClaimKind.Level, index, m, session: extreme ? ClaimSessions.Intraday : null);
            }
        }

        foreach (Match m in masked.Take(Patterns.VerbPoints()))
        {
            // "dipped below 45,000 points": no index moves ten thousand points in a day; a bound that large is a level.
            if (!m.Groups["pct"].Success && ParseHedge(m.Groups["hedge"].Value) is Hedge.LessThan or Hedge.MoreThan && Number(m.Groups["num"].Value).Value >= 10_000m)
            {
                Add(ClaimKind.Level, Subject(m.Index), m);
                continue;
            }

            Add(ClaimKind.ChangePoints, Subject(m.Index), m, sign: Sign(m.Groups["verb"].Value), quote: m.Groups["pct"].Success ? PointsPart(m.Value) : null);
            if (m.Groups["pct"].Success)
            {
                // "up 1,212.67 points, or 2.45 pct": the percent shares the verb's sign.
                Add(ClaimKind.ChangePercent, Subject(m.Index), m, "hedge2", "num2", Sign(m.Groups["verb"].Value), quote: m.Groups["pct"].Value);
            }
        }

        foreach (Match m in masked.Take(Patterns.FigureThenDirection()))
        {
            // "finished 90.19 points, or 3.18%, higher", "closed up 9.12 per cent, or 2,894.97 points"
            var sign = m.Groups["dir"].Value.ToLowerInvariant() is "lower" or "down" ? -1 : 1;
            if (m.Groups["pts"].Success)
            {
                Add(ClaimKind.ChangePoints, Subject(m.Index), m, "hedge", "num", sign, quote: m.Groups["pts"].Value);
            }

            if (m.Groups["pct"].Success)
            {
                Add(ClaimKind.ChangePercent, Subject(m.Index), m, "hedge2", "num2", sign, quote: m.Groups["pct"].Value);
            }
        }

        foreach (Match m in masked.Take(Patterns.PercentDirection()))
        {
            Add(ClaimKind.ChangePercent, Subject(m.Index), m, sign: m.Groups["dir"].Value.Equals("lower", StringComparison.OrdinalIgnoreCase) ? -1 : 1);
        }

        foreach (Match m in masked.Take(Patterns.VerbPercent()))
        {
            Add(ClaimKind.ChangePercent, Subject(m.Index), m, sign: Sign(m.Groups["verb"].Value),
                quote: m.Groups["pts"].Success ? m.Value[..(m.Groups["pts"].Index - m.Index)].TrimEnd(' ', ',', '(').Replace(", or", string.Empty, StringComparison.Ordinal) : null);
            if (m.Groups["pts"].Success)
            {
                // "closed up 9.12 per cent, or 2,894.97 points": the points share the verb's sign.
                Add(ClaimKind.ChangePoints, Subject(m.Index), m, "hedge2", "num2", Sign(m.Groups["verb"].Value), quote: m.Groups["pts"].Value);
            }
        }

        foreach (Match m in masked.Take(Patterns.NounPercent()))
        {
            var noun = m.Groups["noun"].Success ? m.Groups["noun"].Value : m.Groups["noun2"].Value;
            var numGroup = m.Groups["num"].Success ? "num" : "num2";
            var hedgeGroup = m.Groups["num"].Success ? "hedge" : "hedge2";
            var sign = Sign(noun);
            if (leadingMember is not null && m.Index < firstAlias)
            {
                var (value, decimals) = Number(m.Groups[numGroup].Value);
                claims.Add(new Claim(clause, ClaimKind.MemberMove, null, SessionOf(null), state.DaysBack, sign * value, decimals,
                    ParseHedge(m.Groups[hedgeGroup].Value), leadingMember) { Quote = Span(clause, m) });
            }
            else
            {
                Add(ClaimKind.ChangePercent, Subject(m.Index), m, hedgeGroup, numGroup, sign);
            }
        }

        foreach (Match m in masked.Take(Patterns.TablePercent()))
        {
            Add(ClaimKind.ChangePercent, Subject(0), m, sign: m.Groups["sign"].Value == "-" ? -1 : 1);
        }

        foreach (Match m in masked.Take(Patterns.Streak()))
        {
            var what = m.Groups["what"].Value.ToLowerInvariant();
            var n = Ordinal(m.Groups["n"].Value);
            var index = Subject(m.Index);
            if (index is not null && !Patterns.StreakOfAnotherMarket().IsMatch(clause[(m.Index + m.Length)..]))
            {
                // "second consecutive gain" says its direction; "fifth straight session" takes the clause's verb.
                // "a record close for the third straight session", "its fourth consecutive day at a record high": a
                // streak of records, not of gains.
                var ofRecords = what is "record"
                    || (what is "session" or "day" && (Patterns.RecordBeforeStreak().IsMatch(clause[..m.Index]) || Patterns.RecordAfterStreak().IsMatch(clause[(m.Index + m.Length)..])));
                var falling = !ofRecords && (what is "loss" or "decline" or "fall"
                    || (what is "session" or "day" or "week" && Patterns.Falling().IsMatch(clause)));
                claims.Add(new Claim(clause, ClaimKind.Streak, index, SessionOf(index), state.DaysBack,
                    falling ? -n : n, 0, Hedge.Exact, ofRecords ? "record" : what is "week" ? what : null) { Quote = Span(clause, m) });
            }
        }

        foreach (Match m in masked.Take(Patterns.MoveRank()))
        {
            var ever = m.Groups["ever"].Success || m.Groups["window"].Value is "on record" or "ever" or "in history";
            if (Subject(m.Index) is { } index && index != IndexIds.UsdJpy && RankSince(m, index) is var since && (ever || since is not null))
            {
                AddRank(m, index, m.Groups["ord"].Success ? Ordinal(m.Groups["ord"].Value) : 1, since);
            }
        }

        foreach (Match m in masked.Take(Patterns.RecordMove()))
        {
            if (Subject(m.Index) is { } index && index != IndexIds.UsdJpy)
            {
                AddRank(m, index, 1, null);
            }
        }

        void AddRank(Match m, string index, int place, SinceWhen? since)
        {
            var move = m.Groups["move"].Value.ToLowerInvariant();
            var sup = m.Groups["sup"].Value.ToLowerInvariant();
            var falling = Patterns.FallingWord().IsMatch(move) || move is "losses" or "rout" or "sell-off" or "selloff" or "tumble" or "plunge"
                          || (move is "day" or "week" or "month" or "year" or "session" or "performance"
                              && (sup is "worst" or "weakest" || (sup is not ("best" or "strongest") && Patterns.Falling().IsMatch(clause))));
            var span = (m.Groups["span"].Value.ToLowerInvariant(), move) switch
            {
                ("weekly" or "one-week", _) or (_, "week") => PeriodKind.Week,
                ("monthly" or "one-month", _) or (_, "month") => PeriodKind.Month,
                ("yearly" or "annual", _) or (_, "year") => PeriodKind.Year,
                ("", not ("day" or "session")) => ClausePeriod(clause, m.Value),
                _ => (PeriodKind?)null,
            };
            var measure = m.Groups["measure"].Value.ToLowerInvariant() switch { "point" => "points", "" => null, _ => "percent" };
            claims.Add(new Claim(clause, ClaimKind.MoveRank, index, SessionOf(index), state.DaysBack, falling ? -1 : 1, 0, Hedge.Exact)
            {
                Quote = Span(clause, m),
                Rank = new RankedMove(place, span, measure, since),
            });
        }

        foreach (Match m in masked.Take(Patterns.StreakPhrase()))
        {
            // "extended its losing streak to three trading days", "extends rally to sixth session", "moved higher in
            // back-to-back sessions"; "rose for the first time in four market days" is a streak the other way broken.
            if (Subject(m.Index) is not { } index || index == IndexIds.UsdJpy)
            {
                continue;
            }

            var n = Ordinal(m.Groups["n"].Value);
            var falling = Patterns.FallingWord().IsMatch(m.Groups["dir"].Value) || m.Groups["dir"].Value.StartsWith("losing", StringComparison.OrdinalIgnoreCase)
                          || m.Groups["dir"].Value.Equals("moved lower", StringComparison.OrdinalIgnoreCase);
            claims.Add(new Claim(clause, ClaimKind.Streak, index, SessionOf(index), state.DaysBack, falling ? -n : n, 0, Hedge.Exact,
                m.Groups["first"].Success ? "broken" : null) { Quote = Span(clause, m) });
        }

        foreach (Match m in masked.Take(Patterns.ExtremeSince()))
        {
            // "retreated from 34-year highs", "closed near an eight-month low": a past extreme or one not reached.
            var near = Patterns.NearWord().IsMatch(clause[..m.Index]);
            if (Patterns.OtherAssetBefore().IsMatch(clause[..m.Index]) || Patterns.AgainstCurrency().IsMatch(clause[(m.Index + m.Length)..]))
            {
                continue; // "lifted the dollar to a six-year high against the yen"
            }

            if (Patterns.NearlyBefore().IsMatch(clause[..m.Index]))
            {
                continue; // "a nearly three-week high": the window is shorter than the one named, by how much is not said
            }

            if (Subject(m.Index) is { } index && index != IndexIds.UsdJpy && SinceDate(m) is { } since && (near || !Patterns.NotReached().IsMatch(clause[..m.Index])))
            {
                var low = m.Groups["ext"].Value.ToLowerInvariant() is "lowest" or "low" or "lows" or "weakest" or "worst";
                claims.Add(new Claim(clause, ClaimKind.ExtremeSince, index, SessionOf(index), state.DaysBack, low ? -1 : 1, 0, Hedge.Exact)
                {
                    Quote = Span(clause, m),
                    Since = since,
                    Near = near,
                });
            }
        }

        var onlyNames = aliases.Count > 1 && !clause.Contains('%', StringComparison.Ordinal);
        // "The S&P 500 and the Nasdaq reached record highs": a list of names shares the word after it; a name after the
        // word ("Nikkei closes at record high as chip stocks mirror Wall Street rally") is another clause's subject.
        List<string?> Named(int at) =>
            (aliases.Any(a => a.Position < at) ? aliases.Where(a => a.Position < at) : aliases).Select(a => (string?)a.Id).Distinct().ToList();
        foreach (Match m in masked.Take(Patterns.Flat()))
        {
            foreach (var index in (onlyNames ? Named(m.Index) : [Subject(m.Index)]).OfType<string>().Where(i => i != IndexIds.UsdJpy))
            {
                var value = m.Groups["lower"].Success ? -1 : m.Groups["higher"].Success ? 1 : 0;
                claims.Add(new Claim(clause, ClaimKind.Flat, index, SessionOf(index), state.DaysBack, value, 0, Hedge.Exact) { Quote = Span(clause, m) });
            }
        }

        foreach (Match m in masked.Take(Patterns.TurnAround()))
        {
            if (Subject(m.Index) is { } index && index != IndexIds.UsdJpy)
            {
                var path = m.Groups["up"].Success ? SessionPaths.TurnedUp : SessionPaths.TurnedDown;
                claims.Add(new Claim(clause, ClaimKind.Path, index, SessionOf(index), state.DaysBack, null, 0, Hedge.Exact, path) { Quote = Span(clause, m) });
            }
        }

        foreach (Match m in masked.Take(Patterns.Record()))
        {
            if (moveRecord)
            {
                continue; // "a record loss", "the third-biggest single-day point loss on record", "highest year-end close on record"
            }

            // "retreated from record highs", "pulling back from its all-time high", "below its record": a record left
            // behind (or not reached), not one set today.
            if (!m.Groups["near"].Success && Patterns.LeftBehind().IsMatch(masked.Original[..m.Index]))
            {
                continue;
            }

            if (!m.Groups["near"].Success && Patterns.PastBefore().Match(masked.Original[..m.Index]) is { Success: true } past
                && !Patterns.BeatingBefore().IsMatch(masked.Original[..past.Index]))
            {
                continue; // "after the Nikkei index's recent all-time highs": records of past days
            }

            var near = m.Groups["near"].Success;
            var closing = m.Groups["closing"].Value.Trim();
            var indices = onlyNames ? Named(m.Index) : [Subject(m.Index)];
            foreach (var index in indices.OfType<string>().Where(i => i != IndexIds.UsdJpy))
            {
                var session = closing == "closing" ? ClaimSessions.Close : closing == "intraday" ? ClaimSessions.Intraday : SessionOf(index);
                // "opening up 38 points and then expanding its gains, reaching a high of 44,396, a historic high": a record
                // reached after the open, later in the session.
                if (session == ClaimSessions.Open && Patterns.Opened().Match(clause) is { Success: true } opened && opened.Index < m.Index
                    && Patterns.AfterTheOpen().IsMatch(clause[opened.Index..m.Index]))
                {
                    session = ClaimSessions.Intraday;
                }

                claims.Add(new Claim(clause, near ? ClaimKind.NearRecord : ClaimKind.Record, index, session, state.DaysBack, null, 0, Hedge.Exact) { Quote = Span(clause, m) });
            }
        }

        foreach (Match m in Patterns.Direction().Matches(masked.Text))
        {
            // "The Dow index of blue-chip US shares finished higher": a named index earlier in the clause is the subject
            // a group word ("US shares", "Wall Street") only describes.
            var subject = Aliases.IndexName().Match(m.Groups["subj"].Value) is { Success: true } alias ? Aliases.IndexId(alias.Value) : null;
            var subjEnd = m.Groups["subj"].Index + m.Groups["subj"].Length;
            // "The Hang Seng China Enterprises Index fell": a headline name inside a related series' name is that series'.
            if (Aliases.IndexName().Matches(clause).FirstOrDefault(a => a.Index <= m.Groups["subj"].Index && a.Index + a.Length > m.Groups["subj"].Index) is { } covering
                && Aliases.IndexId(covering.Value) is var coveringId && RelatedSeries.IsRelated(coveringId))
            {
                subject = coveringId;
                subjEnd = Math.Max(subjEnd, covering.Index + covering.Length);
            }

            if (subject == IndexIds.Spx && aliases.FirstOrDefault(a => a.Position < m.Groups["subj"].Index && a.Id is not null and not IndexIds.UsdJpy && Aliases.IsUnitedStates(a.Id)) is { Id: { } named })
            {
                subject = named;
            }

            // A verb that introduces the index's figure or record ("rose 2%", "soared, gaining 4.8% to 47,944.76", "rose to
            // as high as 39,156.97", "soared to another all-time closing high") is part of that claim, not one of its own.
            if (subject is null or IndexIds.UsdJpy || claims.Any(c => c.Index == subject && c.Text == clause && IntroducesFigure(clause, m.Groups["verb"], c)))
            {
                continue;
            }

            // "Nikkei [rises 1.14%] as TOPIX falls": the verb after another index's name is that index's.
            if (subjEnd < m.Groups["verb"].Index && (Aliases.IndexName().IsMatch(masked.Text[subjEnd..m.Groups["verb"].Index])
                                                     || Patterns.OtherSubjectNoun().IsMatch(masked.Text[subjEnd..m.Groups["verb"].Index])))
            {
                continue;
            }

            if (Patterns.PeriodAdjectiveBefore().IsMatch(masked.Text[..m.Groups["verb"].Index]))
            {
                continue; // "after the Nasdaq's four-week tumble": a move over weeks, not the day's direction
            }

            if (Patterns.Reversal().IsMatch(clause[..m.Groups["verb"].Index]) || Patterns.Opening().IsMatch(m.Value))
            {
                continue; // "reversed losses", "pared gains": the direction is the other one, and of the session so far
            }

            var up = Patterns.DirectionUp().IsMatch(m.Groups["verb"].Value);
            claims.Add(new Claim(clause, ClaimKind.Direction, subject, SessionOf(subject), state.DaysBack, up ? 1 : -1, 0, Hedge.Exact) { Quote = Span(clause, m) });
        }

        foreach (Match m in masked.Take(Patterns.Yen()))
        {
            if (Patterns.Magnitude().IsMatch(clause[(m.Index + m.Length)..]))
            {
                continue; // "¥76 trillion" is money, not the exchange rate
            }

            var group = m.Groups["num"].Success ? "num" : m.Groups["num2"].Success ? "num2" : "num3";
            if (group != "num" && clause[..m.Groups[group].Index] is var before && Patterns.AfterPercentMove().IsMatch(before) && !Patterns.CurrencyWord().IsMatch(before))
            {
                continue; // "Tokyu Fudosan dropping 6.1% to 490 yen": a share price, no currency named
            }

            Add(ClaimKind.YenLevel, IndexIds.UsdJpy, m, numGroup: group, session: ClaimSessions.Close);
        }

        // Read on the clause as written: "Yen surges to 141 per dollar" is a rate and a direction.
        foreach (Match m in Patterns.YenDirection().Matches(clause))
        {
            if (Patterns.StoppedMove().IsMatch(clause[..m.Index]))
            {
                continue; // "a pause in recent yen strength": the yen did not strengthen
            }

            claims.Add(new Claim(clause, ClaimKind.YenDirection, IndexIds.UsdJpy, ClaimSessions.Close, state.DaysBack,
                m.Groups["strong"].Success || m.Value.Contains("strengthened", StringComparison.OrdinalIgnoreCase) ? -1 : 1, 0, Hedge.Exact) { Quote = Span(clause, m) });
        }

        // The index a later "The index" or "It" refers to is one the clause is about: not one named in passing deep in
        // it ("... encouraged by soaring U.S. stock performances").
        if (aliases.LastOrDefault(a => a.Id != IndexIds.UsdJpy && IsTopic(clause, a.Position)) is { Id: not null } last)
        {
            state.Index = last.Id;
        }
    }

    /// <summary>Whether the figure claim's words follow the verb at once, joined only by a preposition, an article or a
    /// comma (<see cref="Patterns.FigureLink"/>).</summary>
    private static bool IntroducesFigure(string clause, Group verb, Claim figure)
    {
        if (figure.Kind is not (ClaimKind.Level or ClaimKind.ChangePercent or ClaimKind.ChangePoints or ClaimKind.Record or ClaimKind.FirstAbove
            or ClaimKind.Above or ClaimKind.Streak or ClaimKind.ExtremeSince or ClaimKind.MoveRank) || figure.Quote is not { Length: > 0 } quote)
        {
            return false;
        }

        var verbEnd = verb.Index + verb.Length;
        var at = clause.IndexOf(quote, verb.Index, StringComparison.Ordinal);
        return at >= 0 && (at < verbEnd || Patterns.FigureLink().IsMatch(clause[verbEnd..at]));
    }

    private static bool IsTopic(string clause, int position) =>
        position < 60 || NamesAMove(clause, position);

    /// <summary>An index named late in a clause is still its topic when a figure follows it ("..., while the Topix rose
    /// 0.4%").</summary>
    private static bool NamesAMove(string clause, int position) =>
        Patterns.AnyNumber().IsMatch(clause[position..]) || Patterns.Direction().IsMatch(clause[position..]);

    /// <summary>A record close ("record close of", "closing high") or an intraday one; an unqualified "previous high"
    /// is the closing record when the clause speaks of a record close ("a record close that beat the previous
    /// high of ...").</summary>
    private static string PreviousRecordSession(Match m, string clause)
    {
        var modifier = m.Groups["during"].Success ? "intraday" : m.Groups["intraday"].Value.Trim();
        return modifier == "closing" || m.Groups["noun"].Value.Equals("close", StringComparison.OrdinalIgnoreCase) ? ClaimSessions.Close
            : modifier == "intraday" ? ClaimSessions.Intraday
            : m.Value.StartsWith("previous", StringComparison.OrdinalIgnoreCase) && clause.Contains("record close", StringComparison.OrdinalIgnoreCase) ? ClaimSessions.Close
            : ClaimSessions.Intraday;
    }

    /// <summary>Whether the clause is about the session before, except words that only date a compared figure ("down
    /// from 159.23 the previous day") or Wall Street's session, which for Tokyo is always the one before ("following
    /// sharp losses on Wall Street in the previous session").</summary>
    private static bool LooksBack(string clause) =>
        Patterns.PriorSession().Matches(clause).Any(m => !Patterns.ComparedFrom().IsMatch(clause[..m.Index].TrimEnd().TrimEnd(',').TrimEnd()
            .Replace(" the", string.Empty, StringComparison.Ordinal))
            && !Patterns.UsSessionBefore().IsMatch(clause[Math.Max(0, m.Index - 40)..m.Index]));

    private static void Sector(Masked masked, ReadingState state, string defaultSession, List<Claim> claims)
    {
        foreach (Match m in Patterns.SectorMove().Matches(masked.Text))
        {
            if (InCompanyName(masked.Original, m.Groups["sector"]))
            {
                continue;
            }

            masked.Mask(m);
            var (value, decimals) = Number(m.Groups["num"].Value);
            var name = Aliases.SectorWords[m.Groups["sector"].Value];
            claims.Add(new Claim(masked.Original, ClaimKind.SectorMove, IndexIds.Topix, defaultSession, state.DaysBack,
                Sign(m.Groups["verb"].Value) * value, decimals, ParseHedge(m.Groups["hedge"].Value), name) { Quote = Span(masked.Original, m) });
        }
    }

    /// <summary>"Japan Steel Works", "Mitsui Mining and Smelting": a capitalised sector word next to another
    /// capitalised word is part of a company's name, not a sector.</summary>
    private static bool InCompanyName(string text, Group word)
    {
        if (!char.IsUpper(word.Value[0]))
        {
            return false;
        }

        var before = text[..word.Index].TrimEnd();
        var previous = before.Length == 0 ? string.Empty : before[(before.LastIndexOf(' ') + 1)..];
        var after = text[(word.Index + word.Length)..].TrimStart();
        return (previous.Length > 0 && char.IsUpper(previous[0]) && !previous.EndsWith(',')) || (after.Length > 0 && char.IsUpper(after[0]));
    }

    private static void Members(Masked masked, IReadOnlyList<(string? Id, int Position)> aliases, ReadingState state, string defaultSession, List<Claim> claims)
    {
        foreach (Match m in Patterns.MemberMove().Matches(masked.Text))
        {
            // ".N225 was down 0.7%": a Reuters index code; "futures traded in Osaka rose 1%": a place after its preposition.
            var name = m.Index > 0 && masked.Text[m.Index - 1] == '.' || PlacePreposition().IsMatch(masked.Text[..m.Index]) ? null : CleanName(m.Groups["name"].Value);
            // A name inside an index's ("The Nikkei 225 ETF rose") or one that an index's name starts in is no company.
            if (name is null || Aliases.IndexName().Matches(masked.Original).Any(a => a.Index < m.Index + m.Groups["name"].Length + 1 && a.Index + a.Length > m.Index))
            {
                continue;
            }

            var (value, decimals) = Number(m.Groups["num"].Value);
            var hedge = ParseHedge(m.Groups["hedge"].Value);
            var session = hedge == Hedge.AsMuchAs || masked.Original.Contains("at one point", StringComparison.OrdinalIgnoreCase)
                ? ClaimSessions.Intraday : SessionFor(masked.Original, null, state.DaysBack, defaultSession);
            claims.Add(new Claim(masked.Original, ClaimKind.MemberMove, null, session, state.DaysBack, Sign(m.Groups["verb"].Value) * value, decimals,
                hedge, name) { Quote = Span(masked.Original, m), Code = TickerCode(masked.Original.Substring(m.Index, m.Length)) });
            state.Member = name;
            masked.Mask(m);
        }
    }

    private static void Drivers(string clause, IReadOnlyList<(string? Id, int Position)> aliases, ReadingState state, string defaultSession, List<Claim> claims)
    {
        if (Patterns.DriverWord().Match(clause) is not { Success: true } driver)
        {
            return;
        }

        // "Tokyo Electron and Advantest, key suppliers..., were significant contributors to the Nikkei's rise",
        // "Advantest and SoftBank Group were the biggest contributors": the names before the verb; an apposition
        // ("key suppliers to the chip industry") is not a name.
        var names = new List<string>();
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Patterns.LeadingName().IsMatch(clause))
        {
            // Tickers blanked to their length ("Tokyo Electron (TYO:8035)" has a colon that is no label's), each name then
            // read with its ticker from the words as written.
            var original = clause[..driver.Index];
            var head = Patterns.Ticker().Replace(original, t => new string('_', t.Length));
            head = head.IndexOf(':', StringComparison.Ordinal) is var colon and > 0 ? head[..colon] : head;
            var at = 0;
            foreach (var part in Patterns.NameList().Split(head))
            {
                var from = head.IndexOf(part, at, StringComparison.Ordinal);
                if (from < 0 || part.Trim().Length == 0)
                {
                    continue;
                }

                at = from + part.Length;
                if (CleanName(original.Substring(from, part.Length).Trim()) is { } name)
                {
                    names.Add(name);
                    if (TickerCode(original.Substring(from, part.Length)) is { } code)
                    {
                        codes[name] = code;
                    }
                }
            }
        }

        // "The stock ... , making it one of the biggest drivers": the member the sentence spoke of.
        if (names.Count == 0 && (clause.StartsWith("The stock", StringComparison.Ordinal) || clause.StartsWith("making it", StringComparison.Ordinal))
            && state.Member is { } member)
        {
            names.Add(member);
        }

        var index = aliases.FirstOrDefault(a => a.Id is not null and not IndexIds.UsdJpy).Id ?? state.Index ?? IndexIds.N225;
        foreach (var name in names)
        {
            claims.Add(new Claim(clause, ClaimKind.Driver, index, SessionFor(clause, index, state.DaysBack, defaultSession), state.DaysBack, null, 0, Hedge.Exact, name)
            {
                Quote = name,
                Code = codes.GetValueOrDefault(name),
            });
        }
    }

    /// <summary>The member a clause opens with, and where its subject starts (after a scope such as "Among individual
    /// stocks, "); (null, 0) when it opens with none.</summary>
    private static (string? Name, int Start) LeadingMember(string clause, ReadingState state)
    {
        if (clause.StartsWith("The stock", StringComparison.Ordinal))
        {
            return (state.Member, 0);
        }

        if (Patterns.ScopingPhrase().Match(clause) is { Success: true } scope && NotNames.Contains(scope.Groups["opener"].Value))
        {
            if (Patterns.LeadingName().Match(clause[scope.Length..]) is { Success: true } scoped && CleanName(scoped.Value) is { } name)
            {
                return (name, scope.Length);
            }

            // "Among the major losers, shares of SoftBank Group, a key investor ..., fell by about 1%".
            if (Patterns.SharesOf().Match(clause[scope.Length..]) is { Success: true } scopedShares && CleanName(scopedShares.Groups["name"].Value) is { } sharesName)
            {
                return (sharesName, scope.Length);
            }
        }

        // "Shares of chip-testing equipment maker Advantest recovered ...": the company after the description.
        if (Patterns.SharesOf().Match(clause) is { Success: true } shares)
        {
            return (CleanName(shares.Groups["name"].Value), 0);
        }

        var match = Patterns.LeadingName().Match(clause);
        return (match.Success ? CleanName(match.Value) : null, 0);
    }

    [GeneratedRegex(@"\b(?:in|at|from|near|outside|across)\s+$")]
    private static partial Regex PlacePreposition();

    /// <summary>The Tokyo exchange code of the first ticker in the words ("(TYO:5401)" -> 5401), or null.</summary>
    private static string? TickerCode(string text) =>
        Patterns.Ticker().Matches(text).Select(t => t.Groups["code"]).FirstOrDefault(g => g.Success)?.Value;

    /// <summary>A company name, or null when the words are not one ("The", "Japanese", an index); a ticker after it
    /// ("Toyota (7203.T)") is not part of it.</summary>
    private static string? CleanName(string name)
    {
        name = Patterns.Ticker().Replace(name, " ").Trim();
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 0 && (NotNames.Contains(words[0]) || words[0].EndsWith("'s", StringComparison.Ordinal)))
        {
            words.RemoveAt(0);
        }

        while (words.Count > 0 && words[^1].TrimEnd('.') is "Ltd" or "Corp" or "Inc" or "Co")
        {
            words.RemoveAt(words.Count - 1);
        }

        var cleaned = string.Join(' ', words);
        return cleaned.Length < 3 || words.Any(w => NotNames.Contains(w)) || Aliases.IndexName().IsMatch(cleaned) || !char.IsUpper(cleaned[0])
            ? null
            : cleaned;
    }

    private static List<(string? Id, int Position)> IndexMentions(string clause) =>
        Aliases.IndexName().Matches(clause).Select(m => ((string?)Aliases.IndexId(m.Value), m.Index)).ToList();

    private static string SessionFor(string clause, string? index, int daysBack, string defaultSession) =>
        daysBack > 0 ? ClaimSessions.Close
        : index is not null && Aliases.IsUnitedStates(index) ? ClaimSessions.Overnight
        : Patterns.Morning().IsMatch(clause) ? ClaimSessions.Morning
        : Patterns.Opened().Match(clause) is { Success: true } opened && !Patterns.Close().IsMatch(clause[..opened.Index]) ? ClaimSessions.Open
        : Patterns.Intraday().IsMatch(clause) || (Patterns.Moment().IsMatch(clause) && !Patterns.Close().IsMatch(clause)) ? ClaimSessions.Intraday
        : Patterns.Close().IsMatch(clause) ? ClaimSessions.Close
        : defaultSession;

    private static string DefaultSession(IReadOnlyList<string> sentences)
    {
        if (sentences.Any(s => Patterns.Morning().IsMatch(s)))
        {
            return ClaimSessions.Morning;
        }

        return sentences.Any(s => s.Contains("Nikkei", StringComparison.Ordinal) && Patterns.Close().IsMatch(s) && !s.Contains("overnight", StringComparison.OrdinalIgnoreCase))
            ? ClaimSessions.Close
            : ClaimSessions.Intraday;
    }

    /// <summary>Datelines and dates in the first sentences (where a wire dates itself); ticker rows and menus
    /// ("date 2024-07-12 AGL 24.35") are not sentences about the market and rarely name a month in words.</summary>
    private static List<NamedDay> NamedDays(IReadOnlyList<string> sentences)
    {
        var days = new List<NamedDay>();
        foreach (var sentence in sentences.Take(6))
        {
            foreach (Match m in Patterns.MonthDay().Matches(sentence))
            {
                var month = MonthNumber(m.Groups["month"].Value);
                var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
                int? year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
                if (month > 0 && day is >= 1 and <= 31)
                {
                    days.Add(new NamedDay(m.Value, month, day, year));
                }
            }
        }

        return days.DistinctBy(d => (d.Month, d.Day, d.Year)).ToList();
    }

    /// <summary>1-12 for a month name or its abbreviation ("Feb.", "Sept"), else 0.</summary>
    internal static int MonthNumber(string name) =>
        Array.FindIndex(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
            m => name.StartsWith(m, StringComparison.OrdinalIgnoreCase)) + 1;

    /// <summary>The weekday the article's session fell on: the first weekday of its first sentences that is not a
    /// base ("from Thursday", "since Monday", "than Friday"), another day's thing ("Monday's losses", "recorded Monday")
    /// or a day after words of the session before ("surged on Friday after falling the previous day" names Friday;
    /// "the previous session, Thursday" does not).</summary>
    private static DayOfWeek? Weekday(IReadOnlyList<string> sentences)
    {
        foreach (var sentence in sentences.Take(4))
        {
            if (Patterns.RecordedOn().IsMatch(sentence) || Patterns.Forecast().IsMatch(sentence))
            {
                continue;
            }

            var prior = Patterns.PriorSession().Match(sentence);
            var m = Patterns.Weekday().Matches(sentence)
                .FirstOrDefault(w => (!prior.Success || w.Index < prior.Index) && !IsAnotherDaysWeekday(sentence, w));
            if (m is not null)
            {
                return Enum.Parse<DayOfWeek>(m.Groups["day"].Value);
            }
        }

        return null;
    }

    /// <summary>A weekday named as the base of a comparison or as another day's thing, not the session's own day.</summary>
    private static bool IsAnotherDaysWeekday(string sentence, Match weekday)
    {
        var before = sentence[..weekday.Index].TrimEnd();
        return sentence.AsSpan(weekday.Index + weekday.Length).StartsWith("'s", StringComparison.Ordinal)
               || Patterns.ComparedFrom().IsMatch(before.EndsWith(" the", StringComparison.Ordinal) ? before[..^4] : before)
               || before.EndsWith("since", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A preview names the session ahead ("it may add to its winnings on Thursday"): the article speaks of the
    /// sessions before that day.</summary>
    private static DayOfWeek? ForecastWeekday(IReadOnlyList<string> sentences)
    {
        foreach (var sentence in sentences.Take(4))
        {
            var m = Patterns.Weekday().Match(sentence);
            if (m.Success && Patterns.Forecast().IsMatch(sentence))
            {
                return Enum.Parse<DayOfWeek>(m.Groups["day"].Value);
            }
        }

        return null;
    }

    /// <summary>-1 for a falling verb or noun in any form (the <see cref="Patterns.Falling"/> lexicon), else +1.</summary>
    private static int Sign(string verbOrNoun) => Patterns.FallingWord().IsMatch(verbOrNoun.Trim()) ? -1 : 1;

    private static Hedge ParseHedge(string text) => text.ToLowerInvariant() switch
    {
        "about" or "around" or "roughly" or "some" or "approximately" => Hedge.About,
        "nearly" or "almost" or "just under" or "close to" => Hedge.Nearly,
        "more than" or "over" or "above" or "in excess of" or ">" => Hedge.MoreThan,
        "less than" or "under" or "below" or "<" => Hedge.LessThan,
        "as much as" => Hedge.AsMuchAs,
        _ => Hedge.Exact,
    };

    private static (decimal Value, int Decimals) Number(string text)
    {
        if (Array.IndexOf(NumberWords, text.ToLowerInvariant()) is var word and > 0)
        {
            return (word, 0);
        }

        var clean = text.Replace(",", string.Empty, StringComparison.Ordinal);
        var dot = clean.IndexOf('.', StringComparison.Ordinal);
        return (decimal.Parse(clean, NumberStyles.Float, CultureInfo.InvariantCulture), dot < 0 ? 0 : clean.Length - dot - 1);
    }

    internal static int Ordinal(string text) => text.ToLowerInvariant() switch
    {
        "eleven" => 11,
        "twelve" => 12,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "back-to-back" => 2,
        "second" => 2,
        "third" => 3,
        "fourth" => 4,
        "fifth" => 5,
        "sixth" => 6,
        "seventh" => 7,
        "eighth" => 8,
        "ninth" => 9,
        "tenth" => 10,
        var digits => int.Parse(new string(digits.TakeWhile(char.IsDigit).ToArray()), CultureInfo.InvariantCulture),
    };

    /// <summary>A clause with matched spans blanked out, so later patterns do not read the same number again.</summary>
    private sealed class Masked(string original)
    {
        private char[] _text = original.ToCharArray();

        public string Original { get; } = original;

        public string Text => new(_text);

        public IReadOnlyList<Match> Take(Regex pattern)
        {
            var matches = pattern.Matches(Text).ToList();
            foreach (var m in matches)
            {
                Mask(m);
            }

            return matches;
        }

        public void Mask(Match m)
        {
            for (var i = m.Index; i < m.Index + m.Length; i++)
            {
                _text[i] = ' ';
            }
        }
    }
}
