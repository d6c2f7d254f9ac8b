namespace Kabuto.Core.Market;

/// <summary>How a vendor's member price relates to the price that actually printed that day.</summary>
public enum PriceBasis
{
    /// <summary>The printed price (what an index provider used).</summary>
    Raw,

    /// <summary>Back-adjusted by the vendor (dividends and/or splits): daily changes are usable, levels are not.</summary>
    Adjusted,

    Unknown,
}

/// <summary>A daily price of one index member (instrument code as the source writes it: "AA", "7203", "285A").</summary>
/// <param name="TurnoverValue">The value traded that day in the price's currency (J-Quants' TurnoverValue, yen); null when
/// the source does not give it.</param>
/// <param name="AdjustmentFactor">J-Quants' AdjustmentFactor: on a split's or consolidation's ex-date the ratio that turns
/// earlier prices into this day's share count (0.5 for a 1:2 split, 10 for a 10:1 consolidation), 1 on other days; null
/// when the source does not give it.</param>
public readonly record struct MemberBar(
    string Code,
    DateOnly Date,
    decimal? Open,
    decimal? High,
    decimal? Low,
    decimal Close,
    decimal? Volume,
    PriceBasis Basis,
    decimal? TurnoverValue = null,
    decimal? AdjustmentFactor = null);
