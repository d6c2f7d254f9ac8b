using System.Text.RegularExpressions;
using Kabuto.Core.Market;

namespace Kabuto.Checking;

/// <summary>The English reader's reading of the words around a figure that the verdict policy weighs (ADR 0004, 0007):
/// a word that could give the figure another scope, another subject standing between the index's name and the figure,
/// the weekdays the clause names, and whether the sentence states a close. The policy itself reads no text.</summary>
public static partial class EnglishContext
{
    /// <summary>The context of a claim whose period, session and milestone words are already read.</summary>
    public static ClaimContext Of(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var member = claim.Kind is ClaimKind.MemberMove or ClaimKind.Driver or ClaimKind.SectorMove;
        var memberText = claim.Kind == ClaimKind.Driver ? Superlative().Replace(claim.Text, " ") : claim.Text;
        return new ClaimContext(
            member ? (ScopeWords().Match(memberText) is { Success: true } s ? s.Value : null) : OtherScope(claim),
            OtherSubject().Match(Between(claim)) is { Success: true } other ? other.Value : null,
            Patterns.Weekday().Matches(claim.Text).Select(m => Enum.Parse<DayOfWeek>(m.Groups["day"].Value)).Distinct().ToList(),
            Patterns.Close().IsMatch(claim.Sentence));
    }

    /// <summary>Words that give a figure a scope other than the day's close-to-close move or close.</summary>
    [GeneratedRegex(@"\b(?:since|through|over the (?:past |last )?(?:\w+ )?(?:trading )?(?:days?|sessions?|weeks?|months?|years?)|in the (?:past|last) \w+|during the (?:period|week|month|year|session|day)|this (?:week|month|year)|last (?:week|month|year)|year[- ]to[- ]date|from the (?:end|start|beginning) of|in the first (?:\w+ )?(?:\w+ )?(?:minutes?|hours?|days?|weeks?|months?|half|quarter)|of the year|needs? to|would need|has to|at \d{1,2}(?::\d\d)? ?(?:a\.m\.|p\.m\.)|was trading|were trading|is trading|from (?:its|the|a|their)\s+(?:\w+\s+)?(?:record|all-time|peak|high|low|top|bottom)|year-end|for the (?:week|month|year|quarter)|weekly|monthly|quarterly|annual|cumulative|(?:in|of|since) (?:19|20)\d\d|on record|record (?:loss|gain|drop|fall|rise|climb)|(?:\w+-)?(?:biggest|largest|steepest|sharpest|worst|best)|open(?:ed|ing|s)?\b|early (?:trade|trading|morning|afternoon|deals|session)|in (?:the )?(?:morning|afternoon)|midday|lunch|by \d{3,4} GMT|at one (?:stage|point)|temporarily|briefly|intraday|touch(?:ed|es|ing)|the day before|(?:entered|entering|going into|heading into|coming into) the (?:day|session)|the previous (?:day|session)|a day earlier|the prior (?:day|session)|along the way|in total|in all|combined|back-to-back|in (?:two|three|four|five|six|\d+) (?:straight |consecutive |trading )?(?:sessions|days)|winning streak|losing streak|future|futures|contract|forecast|expect\w*|target\w*|could|would|might|may|can|cannot|whether|predict\w*|estimat\w*|threshold)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ScopeWords();

    /// <summary>Subjects the store does not hold, standing between an index's name and a figure ("the Nikkei ... while
    /// Fast Retailing gained 2.3%", "semiconductor stocks dropped 9.2%", "industrial output slumped").</summary>
    [GeneratedRegex(@"\b(?:FTSE|CAC|DAX|ratio|volatility|Stoxx|STOXX|SOX|Philadelphia|semiconductor|chip|stocks? of|shares? of|sector|index of|output|production|sales|exports|imports|CPI|inflation|GDP|prices|yields?|bonds?|profit|earnings|orders|spending|unemployment|payrolls|wages|explorer|maker|makers|firm|company|group|shares|stock)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OtherSubject();

    /// <summary>"the biggest contributors": a driver claim's own wording.</summary>
    [GeneratedRegex(@"\b(?:\w+-)?(?:biggest|largest)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Superlative();

    [GeneratedRegex(@"^It\b")]
    private static partial Regex Pronoun();

    /// <summary>Words of a moment of the session, which a morning or intraday claim already reads with.</summary>
    [GeneratedRegex(@"\b(?:at one (?:stage|point)|temporarily|briefly|intraday|touch(?:ed|es|ing)|midday|lunch(?: break)?|in (?:the )?(?:morning|afternoon)|early (?:trade|trading|morning|afternoon|deals|session)|by \d{3,4} GMT|as much as)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SessionWords();

    /// <summary>The clause's words between the last mention of the claim's index and the figure.</summary>
    private static string Between(Claim claim)
    {
        var quoteAt = claim.Quote is { } q ? claim.Text.IndexOf(q, StringComparison.Ordinal) : -1;
        var end = quoteAt < 0 ? claim.Text.Length : quoteAt;
        var last = Aliases.IndexName().Matches(claim.Text[..end]).LastOrDefault(m => Aliases.IndexId(m.Value) == claim.Index);
        return last is null ? string.Empty : claim.Text[(last.Index + last.Length)..end];
    }

    /// <summary>The clause's first scope word, after removing the words of the scope the claim was read with (they are
    /// not another reading): "so far this year" of a year-to-date claim, "at midday" of a morning claim judged on the
    /// day's whole range, "in 34 years" of a milestone.</summary>
    private static string? OtherScope(Claim claim)
    {
        var clause = claim.Period is { Text.Length: > 0 } period ? claim.Text.Replace(period.Text, " ", StringComparison.Ordinal) : claim.Text;
        clause = claim.Session is ClaimSessions.Morning or ClaimSessions.Intraday ? SessionWords().Replace(clause, " ") : clause;
        clause = claim.SinceYears is not null ? Patterns.FirstTime().Replace(clause, " ") : clause;
        return ScopeWords().Match(clause) is { Success: true } m ? m.Value : null;
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
        // A group ("Tokyo stocks", "Japanese shares", "Wall Street") stands for its market, not for one of its indices.
        var first = Aliases.IndexName().Matches(clause).FirstOrDefault(m => Aliases.IndexId(m.Value) != IndexIds.UsdJpy || index == IndexIds.UsdJpy);
        return first is not null && Aliases.IndexId(first.Value) == index && (quoteAt < 0 || first.Index <= quoteAt) && !Aliases.IsGroup(first.Value);
    }
}
