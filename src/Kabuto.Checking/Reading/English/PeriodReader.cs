using System.Globalization;
using System.Text.RegularExpressions;

namespace Kabuto.Checking;

/// <summary>Reads the period of a move from its clause: a lexicon of time expressions (the year so far, a named or
/// current month, year or week, N sessions, since a day) and period anaphors ("during the period", "along the way",
/// "in total") that take the span the sentence names (a streak of N sessions, "back-to-back").</summary>
public static partial class PeriodReader
{
    private const string MonthName = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
    private const string Count = @"\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve";

    [GeneratedRegex(@"\b(?:so far this year|this year|year[- ]to[- ]date|for the year|in the year|since the (?:start|beginning|end) of (?:this|the) year|since the end of last year|since the (?:start|beginning) of (?<year>(?:19|20)\d\d))\b", RegexOptions.IgnoreCase)]
    private static partial Regex YearToDate();

    [GeneratedRegex(@"\b(?:from|since|compared (?:with|to)|against|over|versus|vs\.?)\s+the\s+(?:end|close|final (?:trading )?(?:day|session)|last (?:trading )?(?:day|session))\s+of\s+(?:(?<year>(?:19|20)\d\d)|(?<last>last year))\b", RegexOptions.IgnoreCase)]
    private static partial Regex SinceYearEnd();

    [GeneratedRegex(@"\b(?:in|for|during|over)\s+(?:the\s+(?:whole\s+|full\s+)?year\s+)?(?<year>(?:19|20)\d\d)\b(?!\s*[-–]|\s+(?:crash|bubble|peak|high|low|level))", RegexOptions.IgnoreCase)]
    private static partial Regex NamedYear();

    [GeneratedRegex(@"\b(?:in|for|during|over)\s+(?<month>" + MonthName + @")\.?(?:\s+(?<year>(?:19|20)\d\d))?\b(?!\s*\d)|\b(?:for the month|this month|on the month|month[- ]to[- ]date|monthly)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Month();

    [GeneratedRegex(@"\b(?:for the week|this week|on the week|over the week|weekly|week[- ]on[- ]week|(?:closed|ended|finished)\s+the\s+week)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Week();

    [GeneratedRegex(@"\b(?:over|in|during)\s+(?<the>the)\s+(?<last>past\s+|last\s+)?(?<n>" + Count + @")\s+(?:straight\s+|consecutive\s+)?(?:trading\s+|market\s+)?(?:days|sessions)(?:\s+(?:through|to|until)\s+(?<month>" + MonthName + @")\.?\s+(?<day>\d{1,2})\b)?|\bin\s+(?<n>" + Count + @")\s+(?:straight\s+|consecutive\s+)?(?:trading\s+|market\s+)?(?:days|sessions)\b|\b(?<n>" + Count + @")-(?:day|session)\s+(?:rally|gain|gains|advance|winning streak|losing streak|slide|decline|losses|rout|sell-?off|run)\b|\b(?<n2>back-to-back)\s+sessions\b", RegexOptions.IgnoreCase)]
    private static partial Regex Sessions();

    [GeneratedRegex(@"\bsince\s+(?<month>" + MonthName + @")\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?<year>(?:19|20)\d\d))?\b(?!,\d)", RegexOptions.IgnoreCase)]
    private static partial Regex SinceDay();

    /// <summary>Words that point back to a span the sentence names.</summary>
    [GeneratedRegex(@"\b(?:during|over|in)\s+(?:the|that|this)\s+(?:period|span|stretch|run)\b|\balong the way\b|\bin total\b|\bin all\b", RegexOptions.IgnoreCase)]
    private static partial Regex Anaphor();

    /// <summary>A span the sentence names: a streak of N sessions.</summary>
    [GeneratedRegex(@"\b(?:streak|rally|run|gains|losses|slide|advance|decline)\s+(?:in)?to\s+(?:a\s+|the\s+)?(?<n>" + Count + @"|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:straight\s+|consecutive\s+)?(?:trading\s+|market\s+)?(?:days?|sessions?)\b|\b(?<n>" + Count + @"|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:straight|consecutive)\s+(?:trading\s+)?(?:days?|sessions?)\b|\b(?<n2>back-to-back)\s+sessions\b", RegexOptions.IgnoreCase)]
    private static partial Regex NamedSpan();

    /// <summary>The period the clause gives the move quoted as <paramref name="quote"/>, or null for the session.</summary>
    public static Period? Read(string clause, string sentence, string? quote)
    {
        ArgumentNullException.ThrowIfNull(clause);
        ArgumentNullException.ThrowIfNull(sentence);
        var quoteAt = quote is null ? -1 : clause.IndexOf(quote, StringComparison.Ordinal);
        var quoteEnd = quoteAt < 0 ? -1 : quoteAt + quote!.Length;
        var found = new List<(int At, Period Period)>();
        foreach (Match m in YearToDate().Matches(clause))
        {
            found.Add((m.Index, m.Groups["year"].Success
                ? new Period(PeriodKind.Since, m.Value) { Day = new SinceDay(int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) - 1, 12, 31) }
                : new Period(PeriodKind.YearToDate, m.Value)));
        }

        foreach (Match m in SinceYearEnd().Matches(clause))
        {
            found.Add((m.Index, m.Groups["last"].Success
                ? new Period(PeriodKind.YearToDate, m.Value)
                : new Period(PeriodKind.Since, m.Value) { Day = new SinceDay(int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture), 12, 31) }));
        }

        foreach (Match m in NamedYear().Matches(clause))
        {
            if (!SinceYearEnd().IsMatch(clause))
            {
                found.Add((m.Index, new Period(PeriodKind.Year, m.Value) { Year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) }));
            }
        }

        foreach (Match m in Month().Matches(clause))
        {
            found.Add((m.Index, new Period(PeriodKind.Month, m.Value)
            {
                Month = m.Groups["month"].Success ? ClaimExtractor.MonthNumber(m.Groups["month"].Value) : 0,
                Year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : null,
            }));
        }

        foreach (Match m in Week().Matches(clause))
        {
            found.Add((m.Index, new Period(PeriodKind.Week, m.Value)));
        }

        foreach (Match m in Sessions().Matches(clause))
        {
            found.Add((m.Index, new Period(PeriodKind.Sessions, m.Value)
            {
                Sessions = m.Groups["n2"].Success ? 2 : ClaimExtractor.Ordinal(m.Groups["n"].Value),
                Anchored = !m.Groups["the"].Success || m.Groups["day"].Success || m.Groups["last"].Success,
                Day = m.Groups["day"].Success ? new SinceDay(null, ClaimExtractor.MonthNumber(m.Groups["month"].Value), int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture)) : null,
            }));
        }

        foreach (Match m in SinceDay().Matches(clause))
        {
            found.Add((m.Index, new Period(PeriodKind.Since, m.Value)
            {
                Day = new SinceDay(m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : null,
                    ClaimExtractor.MonthNumber(m.Groups["month"].Value), int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture)),
            }));
        }

        if (found.Count == 0 && Anaphor().Match(clause) is { Success: true } anaphor && NamedSpan().Match(sentence) is { Success: true } span)
        {
            var n = span.Groups["n2"].Success ? 2 : ClaimExtractor.Ordinal(span.Groups["n"].Value);
            found.Add((anaphor.Index, new Period(PeriodKind.Sessions, anaphor.Value) { Sessions = n, Anchored = false }));
        }

        // The period nearest the figure is its own ("For the week, it lost 6.2%"; "gained 418.53 points ... from the end
        // of 2023"), when nothing detaches it: another figure, a superlative or comparison it belongs to ("fell 3%, the
        // biggest drop in 2024", "more than Black Monday in 1987"), or a clause of its own ("after consumer prices rose
        // in August").
        return found.Where(f => (f.Period.Kind != PeriodKind.Sessions || f.Period.Sessions > 0) && (quoteAt < 0 || !Detached(clause, quoteAt, quoteEnd, f.At, f.At + f.Period.Text.Length)))
            .OrderBy(f => Math.Abs(f.At - quoteAt)).Select(f => f.Period).FirstOrDefault();
    }

    [GeneratedRegex(@"\b(?:biggest|largest|sharpest|steepest|best|worst|highest|lowest|most|first|record|than(?!\s*[\d¥$])|after|as|when|because|while|amid|but|although|though|which|who|where)\b|\d", RegexOptions.IgnoreCase)]
    private static partial Regex Detaching();

    /// <summary>"up 6,430.37 points, or 19.22 pct": the figure's other unit, part of the same move.</summary>
    [GeneratedRegex(@",?\s*\(?or\s+[\d.,]+\s*(?:%|pct|percent|per cent|points?)\)?,?|[\d.,]+\s*(?:%|pct|percent|per cent|points?),?\s*\(?or\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex OtherUnit();

    [GeneratedRegex(@"\b(?:more|less|fewer) than(?=\s*(?:[\d¥$]|$))", RegexOptions.IgnoreCase)]
    private static partial Regex Hedges();

    private static bool Detached(string clause, int quoteAt, int quoteEnd, int at, int end)
    {
        var between = at >= quoteEnd ? clause[quoteEnd..at] : end <= quoteAt ? clause[end..quoteAt] : string.Empty;
        return between.Length > 80 || Detaching().IsMatch(Hedges().Replace(OtherUnit().Replace(between, " "), " "));
    }
}
