using Kabuto.Core.Calendars;
using Kabuto.Core.Errors;

namespace Kabuto.Analytics.Shadow;

/// <summary>Where a member's factor comes from. Derived and Announced factors are facts the calibration never
/// moves; Assumed ones (no evidence, PAF 1) are what it estimates, and become Calibrated.</summary>
public enum FactorProvenance
{
    /// <summary>Read off public contribution tables (the member file's <c>kabukabu:n</c>).</summary>
    Derived,

    /// <summary>From a review announcement (<c>fact</c>, <c>fact+kabukabu</c>).</summary>
    Announced,

    /// <summary>Estimated by the shadow calibration from the official closes.</summary>
    Calibrated,

    /// <summary>No evidence: the default PAF 1.</summary>
    Assumed,
}

/// <summary>One Nikkei 225 member over the shadow window. <paramref name="Until"/> is the last day inside the index
/// (inclusive); <paramref name="FactorFromReview"/> applies from the review date (e.g. a capping change).</summary>
public sealed record ShadowMember(
    string Code,
    string Name,
    DateOnly? From,
    DateOnly? Until,
    decimal Factor,
    decimal FactorFromReview,
    FactorProvenance Provenance,
    string Source)
{
    public bool IsMemberOn(DateOnly date) => (From is null || date >= From) && (Until is null || date <= Until);

    public decimal FactorOn(DateOnly date, DateOnly review) => date >= review ? FactorFromReview : Factor;

    /// <summary>True when the calibration may estimate this member's factor.</summary>
    public bool IsEstimable => Provenance is FactorProvenance.Assumed or FactorProvenance.Calibrated;

    /// <summary>The provenance a factor source names ("kabukabu:n", "fact", "fact+kabukabu", "assumed 1",
    /// "calibrated"), or null when the text names none of them.</summary>
    public static FactorProvenance? ProvenanceOf(string source) => source switch
    {
        _ when source.StartsWith("kabukabu", StringComparison.Ordinal) => FactorProvenance.Derived,
        _ when source.StartsWith("fact", StringComparison.Ordinal) => FactorProvenance.Announced,
        _ when source.StartsWith("assumed", StringComparison.Ordinal) => FactorProvenance.Assumed,
        _ when source.StartsWith("calibrated", StringComparison.Ordinal) => FactorProvenance.Calibrated,
        _ => null,
    };
}

/// <summary>The members of the window with the one review inside it (the day the new basket and factors start).</summary>
public sealed record NikkeiMembership(IReadOnlyList<ShadowMember> Members, DateOnly Review)
{
    /// <summary>The review is the day members join, the session after members leave, and the day factors change.</summary>
    /// <param name="factorChange">The day <see cref="ShadowMember.FactorFromReview"/> takes effect, if any.</param>
    public static NikkeiMembership Create(IReadOnlyList<ShadowMember> members, DateOnly? factorChange = null)
    {
        ArgumentNullException.ThrowIfNull(members);
        var changes = members.Where(m => m.From is not null).Select(m => m.From!.Value)
            .Concat(members.Where(m => m.Until is not null).Select(m => TokyoCalendar.Instance.NextTradingDay(m.Until!.Value)))
            .Concat(factorChange is { } day && members.Any(m => m.FactorFromReview != m.Factor) ? [day] : [])
            .Distinct().Order().ToList();
        if (changes.Count > 1)
        {
            throw Fail.User(
                $"membership has {changes.Count} change dates ({string.Join(", ", changes)}); the shadow handles one review per window: split the window");
        }

        return new NikkeiMembership(members, changes.Count == 1 ? changes[0] : DateOnly.MaxValue);
    }

    public ShadowMember? Find(string code) => Members.FirstOrDefault(m => m.Code == code);
}
