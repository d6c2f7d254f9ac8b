namespace Kabuto.Checking;

/// <summary>The editor's rule (docs/checker.md, ADR 0004): a claim is contradicted only when every reasonable reading of
/// it is refuted. A verdict of "contradicted" stands only when the claim names its subject in its own clause, no other
/// subject stands between that name and the figure, and its sentence has no word that could move the figure to another
/// scope (a period, the open, a moment of the session, a past day, a forecast, futures). Otherwise the claim is not
/// checkable, and the reason says what reading the data could not rule out. The policy reads no text: the language
/// reader gives each claim its <see cref="ClaimContext"/>.</summary>
public static class VerdictPolicy
{
    public static CheckedClaim Apply(Claim claim, CheckedClaim verdict)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(verdict);
        if (verdict.Verdict != Verdict.Contradicted)
        {
            return verdict;
        }

        var context = claim.Context;
        if (claim.Kind is ClaimKind.MemberMove or ClaimKind.Driver or ClaimKind.SectorMove)
        {
            return MemberPolicy(claim, verdict);
        }

        if (verdict.Date is { } date && context.Weekdays.Count > 0 && !context.Weekdays.Contains(date.DayOfWeek))
        {
            return NotContradicted(verdict, $"the sentence speaks of {string.Join(" and ", context.Weekdays)}, not {date.DayOfWeek} {date:yyyy-MM-dd}");
        }

        if (claim.Kind is ClaimKind.PeakBeaten or ClaimKind.ExtremeSince or ClaimKind.YearEndRecord)
        {
            return verdict; // a claim about history: its window is the one it names, judged by the verifier
        }

        if (context.OtherScope is { } scope)
        {
            return NotContradicted(verdict, $"the clause's \"{scope}\" may give the figure another scope than the day's close");
        }

        if (!claim.ExplicitSubject)
        {
            return NotContradicted(verdict, $"the clause does not name {claim.Index} before the figure, so it may be about something else");
        }

        return context.OtherSubject is { } other
            ? NotContradicted(verdict, $"\"{other}\" between {claim.Index}'s name and the figure may be the figure's subject")
            : verdict;
    }

    /// <summary>True when a reading of the claim's words could give its figure another scope than the day's close (the
    /// date inference leaves such figures out).</summary>
    public static bool MayHaveOtherScope(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return claim.Period is not null || claim.Era is not null || claim.Context.OtherScope is not null;
    }

    /// <summary>A member's move is contradicted only at a stated close (articles quote stocks during the session), or,
    /// read as a moment of the session, when the member's whole day range rules it out.</summary>
    private static CheckedClaim MemberPolicy(Claim claim, CheckedClaim verdict) =>
        (claim.Context.StatesClose || (claim.Kind == ClaimKind.Driver && claim.Session == ClaimSessions.Close)
         || (claim.Kind == ClaimKind.MemberMove && claim.Session is ClaimSessions.Intraday or ClaimSessions.Morning))
        && claim.Context.OtherScope is null
            ? verdict
            : NotContradicted(verdict, "the sentence does not say the figure is the stock's close");

    private static CheckedClaim NotContradicted(CheckedClaim verdict, string why) =>
        verdict with { Verdict = Verdict.NotCheckable, Reason = $"{verdict.Reason}; not contradicted: {why}" };
}
