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
public readonly record struct MemberBar(
    string Code,
    DateOnly Date,
    decimal? Open,
    decimal? High,
    decimal? Low,
    decimal Close,
    decimal? Volume,
    PriceBasis Basis);
