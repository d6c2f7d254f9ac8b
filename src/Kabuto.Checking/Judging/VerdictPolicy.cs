using System.Text.RegularExpressions;
using Kabuto.Core.Market;

namespace Kabuto.Checking;

/// <summary>The editor's rule (docs/checker.md): a claim is contradicted only when every reasonable reading of it is
/// refuted. A verdict of "contradicted" stands only when the claim names its subject in its own clause, no other
/// subject stands between that name and the figure, and its sentence has no word that could move the figure to
/// another scope (a period, the open, a moment of the session, a past day, a forecast, futures). Otherwise the claim is
/// not checkable, and the reason says what reading the data could not rule out.</summary>
public static partial class VerdictPolicy
{
    /// <summary>Words that give a figure a scope other than the day's close-to-close move or close.</summary>
    [GeneratedRegex(@"\b(?:since|through|over the (?:past |last )?(?:\w+ )?(?:trading )?(?:days?|sessions?|weeks?|months?|years?)|in the (?:past|last) \w+|during the (?:period|week|month|year|session|day)|this (?:week|month|year)|last (?:week|month|year)|year[- ]to[- ]date|from the (?:end|start|beginning) of|year-end|for the (?:week|month|year|quarter)|weekly|monthly|quarterly|annual|cumulative|(?:in|of|since) (?:19|20)\d\d|on record|record (?:loss|gain|drop|fall|rise|climb)|(?:\w+-)?(?:biggest|largest|steepest|sharpest|worst|best)|open(?:ed|ing|s)?\b|early (?:trade|trading|morning|afternoon|deals|session)|in (?:the )?(?:morning|afternoon)|midday|lunch|by \d{3,4} GMT|at one (?:stage|point)|temporarily|briefly|intraday|touch(?:ed|ing)|the day before|the previous (?:day|session)|a day earlier|the prior (?:day|session)|along the way|in total|in all|combined|back-to-back|in (?:two|three|four|five|six|\d+) (?:straight |consecutive |trading )?(?:sessions|days)|winning streak|losing streak|future|futures|contract|forecast|expect\w*|target\w*|could|would|might|may|predict\w*|estimat\w*|threshold)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ScopeWords();

    /// <summary>Subjects the store does not hold, standing between an index's name and a figure ("the Nikkei ... while
    /// Fast Retailing gained 2.3%", "semiconductor stocks dropped 9.2%", "industrial output slumped").</summary>
    [GeneratedRegex(@"\b(?:FTSE|CAC|DAX|Stoxx|STOXX|SOX|Philadelphia|semiconductor|chip|stocks? of|shares? of|sector|index of|output|production|sales|exports|imports|CPI|inflation|GDP|prices|yields?|bonds?|profit|earnings|orders|spending|unemployment|payrolls|wages|explorer|maker|makers|firm|company|group|shares|stock)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OtherSubject();

    /// <summary>"the biggest contributors": a driver claim's own wording.</summary>
    [GeneratedRegex(@"\b(?:\w+-)?(?:biggest|largest)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Superlative();

    [GeneratedRegex(@"^It\b")]
    private static partial Regex Pronoun();

    public static CheckedClaim Apply(Claim claim, CheckedClaim verdict)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(verdict);
        if (verdict.Verdict != Verdict.Contradicted || claim.Kind is ClaimKind.MemberMove or ClaimKind.Driver or ClaimKind.SectorMove)
        {
            return verdict.Verdict == Verdict.Contradicted ? MemberPolicy(claim, verdict) : verdict;
        }

        if (verdict.Date is { } date && Patterns.Weekday().Matches(claim.Text).Select(m => m.Groups["day"].Value).ToList() is { Count: > 0 } days
            && !days.Contains(date.DayOfWeek.ToString()))
        {
            return NotContradicted(verdict, $"the sentence speaks of {string.Join(" and ", days.Distinct())}, not {date.DayOfWeek} {date:yyyy-MM-dd}");
        }

        if (claim.Kind is ClaimKind.PeakBeaten or ClaimKind.ExtremeSince)
        {
            return verdict; // a claim about history: its window is the one it names, judged by the verifier
        }

        if (OtherScope(claim) is { } scope)
        {
            return NotContradicted(verdict, $"the clause's \"{scope}\" may give the figure another scope than the day's close");
        }

        if (!claim.ExplicitSubject)
        {
            return NotContradicted(verdict, $"the clause does not name {claim.Index} before the figure, so it may be about something else");
        }

        var between = Between(claim);
        return OtherSubject().Match(between) is { Success: true } other
            ? NotContradicted(verdict, $"\"{other.Value}\" between {claim.Index}'s name and the figure may be the figure's subject")
            : verdict;
    }

    /// <summary>Words of a moment of the session, which a morning or intraday claim already reads with.</summary>
    [GeneratedRegex(@"\b(?:at one (?:stage|point)|temporarily|briefly|intraday|touch(?:ed|ing)|midday|lunch(?: break)?|in (?:the )?(?:morning|afternoon)|early (?:trade|trading|morning|afternoon|deals|session)|by \d{3,4} GMT|as much as)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SessionWords();

    /// <summary>A member's move is contradicted only at a stated close (articles quote stocks during the session), or,
    /// read as a moment of the session, when the member's whole day range rules it out.</summary>
    private static CheckedClaim MemberPolicy(Claim claim, CheckedClaim verdict) =>
        (Patterns.Close().IsMatch(claim.Sentence) || (claim.Kind == ClaimKind.Driver && claim.Session == ClaimSessions.Close)
         || (claim.Kind == ClaimKind.MemberMove && claim.Session is ClaimSessions.Intraday or ClaimSessions.Morning))
        && ScopeWords().Match(claim.Kind == ClaimKind.Driver ? Superlative().Replace(claim.Text, " ") : claim.Text) is not { Success: true }
            ? verdict
            : NotContradicted(verdict, "the sentence does not say the figure is the stock's close");

    /// <summary>The clause's words between the last mention of the claim's index and the figure.</summary>
    private static string Between(Claim claim)
    {
        var quoteAt = claim.Quote is { } q ? claim.Text.IndexOf(q, StringComparison.Ordinal) : -1;
        var end = quoteAt < 0 ? claim.Text.Length : quoteAt;
        var last = Aliases.IndexName().Matches(claim.Text[..end]).LastOrDefault(m => Aliases.IndexId(m.Value) == claim.Index);
        return last is null ? string.Empty : claim.Text[(last.Index + last.Length)..end];
    }

    private static CheckedClaim NotContradicted(CheckedClaim verdict, string why) =>
        verdict with { Verdict = Verdict.NotCheckable, Reason = $"{verdict.Reason}; not contradicted: {why}" };

    /// <summary>True when the claim's clause has a word that could give its figure another scope than the day's close
    /// (the date inference leaves such figures out).</summary>
    public static bool MayHaveOtherScope(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return claim.Period is not null || OtherScope(claim) is not null;
    }

    /// <summary>The clause's first scope word, after removing the words of the scope the claim was read with (they are
    /// not another reading): "so far this year" of a year-to-date claim, "at midday" of a morning claim judged on the
    /// day's whole range, "in 34 years" of a milestone.</summary>
    private static string? OtherScope(Claim claim)
    {
        var clause = claim.Kind == ClaimKind.YearToDate ? Patterns.YearToDate().Replace(claim.Text, " ") : claim.Text;
        clause = claim.Period is { Text.Length: > 0 } period ? clause.Replace(period.Text, " ", StringComparison.Ordinal) : clause;
        clause = claim.Session is ClaimSessions.Morning or ClaimSessions.Intraday ? SessionWords().Replace(clause, " ") : clause;
        clause = claim.SinceYears is not null ? Patterns.FirstTime().Replace(clause, " ") : clause;
        return ScopeWords().Match(clause) is { Success: true } m ? m.Value : claim.ScopeWord;
    }

    /// <summary>True when the clause's first index name is the claim's index, before its quote.</summary>
    public static bool NamesSubject(string clause, string? index, string? quote)
    {
        ArgumentNullException.ThrowIfNull(clause);
        if (index is null)
        {
            return false;
        }

        if (Pronoun().IsMatch(clause) && !Aliases.IndexName().IsMatch(clause))
        {
            return true; // "It now stands within touching distance of ...": the previous sentence's index
        }

        // The clause's first index name is its grammatical subject; a later one may only be compared with it.
        var quoteAt = quote is null ? -1 : clause.IndexOf(quote, StringComparison.Ordinal);
        var first = Aliases.IndexName().Matches(clause).FirstOrDefault(m => Aliases.IndexId(m.Value) != IndexIds.UsdJpy || index == IndexIds.UsdJpy);
        return first is not null && Aliases.IndexId(first.Value) == index && (quoteAt < 0 || first.Index <= quoteAt);
    }
}
