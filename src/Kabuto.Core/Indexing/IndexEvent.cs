namespace Kabuto.Core.Indexing;

/// <summary>A dated change to an index basket, effective before the first calculation of <see cref="Date"/>
/// (the adjustment uses the closing prices of the previous trading day). <see cref="ReferencePrice"/>, when set,
/// overrides the stored close the adjustment would otherwise use for the event's member.</summary>
public abstract record IndexEvent(DateOnly Date)
{
    public decimal? ReferencePrice { get; init; }
}

/// <summary>A split of <see cref="NewShares"/> for <see cref="OldShares"/> (2 for 1; a reverse split is 1 for 5).</summary>
public sealed record SplitEvent(DateOnly Date, string Code, decimal NewShares, decimal OldShares) : IndexEvent(Date)
{
    public decimal Ratio => NewShares / OldShares;
}

/// <summary>A paid-in rights issue: <see cref="NewSharesPerOld"/> new shares at <see cref="SubscriptionPrice"/>,
/// with an optional simultaneous split; the base price is the theoretical ex-rights price (TERP).</summary>
public sealed record RightsIssueEvent(DateOnly Date, string Code, decimal NewSharesPerOld, decimal SubscriptionPrice, decimal SplitRatio)
    : IndexEvent(Date)
{
    /// <summary>TERP = (P_cum + K × r) / (r + s).</summary>
    public decimal TheoreticalExRightsPrice(decimal cumPrice) =>
        (cumPrice + (SubscriptionPrice * NewSharesPerOld)) / (NewSharesPerOld + SplitRatio);
}

public sealed record FactorChangeEvent(DateOnly Date, string Code, decimal Factor) : IndexEvent(Date);

public sealed record CappingChangeEvent(DateOnly Date, string Code, decimal CappingRatio) : IndexEvent(Date);

public sealed record FreeFloatChangeEvent(DateOnly Date, string Code, decimal FreeFloat) : IndexEvent(Date);

public sealed record ShareChangeEvent(DateOnly Date, string Code, decimal Shares) : IndexEvent(Date);

/// <summary>A new member; its reference price is its close before <see cref="IndexEvent.Date"/>.</summary>
public sealed record AdditionEvent(DateOnly Date, MemberSpec Member) : IndexEvent(Date);

public sealed record DeletionEvent(DateOnly Date, string Code) : IndexEvent(Date);

/// <summary><see cref="Code"/> leaves and <see cref="Incoming"/> takes its place (same ordinal).
/// <see cref="IndexEvent.ReferencePrice"/> is the incoming member's price.</summary>
public sealed record ReplacementEvent(DateOnly Date, string Code, MemberSpec Incoming) : IndexEvent(Date);

/// <summary>Capped and equal-weighted indices: recompute every member's weight factor at the reference prices.</summary>
public sealed record RebalanceEvent(DateOnly Date) : IndexEvent(Date);

/// <summary>An ordinary cash dividend going ex on <see cref="IndexEvent.Date"/>: no basket change; it feeds the
/// total-return index.</summary>
public sealed record DividendEvent(DateOnly Date, string Code, decimal Amount) : IndexEvent(Date);
