namespace Kabuto.Core.Indexing;

/// <summary>The strategy that differs between the two families: what a member's price is multiplied by, and how
/// a split changes the member.</summary>
public interface IMemberWeighting
{
    /// <summary>Price × multiplier = the member's share of (level × divisor).</summary>
    decimal Multiplier(MemberSpec member);

    /// <summary>The member after a split of <paramref name="ratio"/> new shares per old one.</summary>
    MemberSpec AfterSplit(MemberSpec member, decimal ratio);

    /// <summary>The member after a rights issue adding <paramref name="sharesPerOld"/> shares per old share.</summary>
    MemberSpec AfterRightsIssue(MemberSpec member, decimal sharesPerOld);

    public static IMemberWeighting For(Methodology methodology)
    {
        ArgumentNullException.ThrowIfNull(methodology);
        return methodology.IsPriceWeighted ? new PriceWeighting(methodology.SplitPolicy) : CapWeighting.Instance;
    }
}

/// <summary>Share counts never matter; a split either scales the factor (Nikkei) or leaves it for the divisor (Dow).
/// A rights issue leaves the factor alone: the divisor absorbs the rights value (the guidebook rule).</summary>
public sealed class PriceWeighting(SplitPolicy splitPolicy) : IMemberWeighting
{
    public decimal Multiplier(MemberSpec member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return member.Factor * member.CappingRatio;
    }

    public MemberSpec AfterSplit(MemberSpec member, decimal ratio) =>
        splitPolicy == SplitPolicy.AdjustFactor ? member with { Factor = member.Factor * ratio } : member;

    public MemberSpec AfterRightsIssue(MemberSpec member, decimal sharesPerOld) => member;
}

/// <summary>Price × shares × free float × weight factor: splits and rights issues change the share count, so a split
/// needs no divisor change and a rights issue changes the divisor by the cash raised.</summary>
public sealed class CapWeighting : IMemberWeighting
{
    public static CapWeighting Instance { get; } = new();

    public decimal Multiplier(MemberSpec member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return member.Shares * member.FreeFloat * member.WeightFactor;
    }

    public MemberSpec AfterSplit(MemberSpec member, decimal ratio)
    {
        ArgumentNullException.ThrowIfNull(member);
        return member with { Shares = member.Shares * ratio };
    }

    public MemberSpec AfterRightsIssue(MemberSpec member, decimal sharesPerOld)
    {
        ArgumentNullException.ThrowIfNull(member);
        return member with { Shares = member.Shares * sharesPerOld };
    }
}
