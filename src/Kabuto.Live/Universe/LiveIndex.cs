namespace Kabuto.Live.Universe;

public enum WeightingMethod : byte
{
    PriceWeighted = 1,
    CapWeighted = 2,
}

/// <summary>A member slot: instrument ordinal and its integer weight (price-weighted: the factor in 0.1 steps, so
/// PAF 0.5 is 5; cap-weighted: float-adjusted shares).</summary>
public readonly record struct IndexMember(int Instrument, long Weight);

/// <summary>An index compiled to integers. Price-weighted: level = Σ(price × factor) / Divisor. Cap-weighted:
/// level = Σ(price × shares) / Divisor × BaseLevel, where Divisor is the base market value. The engine keeps
/// Σ(weight × scaled price) exact in Int128 and divides once, in decimal, at a snapshot.</summary>
public sealed record LiveIndex(
    string Id,
    string Name,
    WeightingMethod Method,
    IReadOnlyList<IndexMember> Members,
    decimal Divisor,
    decimal BaseLevel,
    int PriceScale,
    long CadenceTicks)
{
    /// <summary>Price-weighted weights are factors in tenths.</summary>
    public const long FactorScale = 10;

    public const long EveryTick = 0;

    /// <summary>Nikkei-style: Σ(price × factor) / divisor. Factors in tenths (PAF 1.0 = 10).</summary>
    public static LiveIndex PriceWeighted(string id, string name, IReadOnlyList<IndexMember> members, decimal divisor, int priceScale, TimeSpan cadence) =>
        new(id, name, WeightingMethod.PriceWeighted, members, divisor, 1m, priceScale, cadence.Ticks);

    /// <summary>TOPIX-style: Σ(price × float-adjusted shares) / base market value × base level.</summary>
    public static LiveIndex CapWeighted(string id, string name, IReadOnlyList<IndexMember> members, decimal baseMarketValue, decimal baseLevel, int priceScale, TimeSpan cadence) =>
        new(id, name, WeightingMethod.CapWeighted, members, baseMarketValue, baseLevel, priceScale, cadence.Ticks);

    /// <summary>What one unit of the weighted sum is worth in currency × weight units.</summary>
    public decimal LevelDenominator => Method == WeightingMethod.PriceWeighted
        ? Divisor * PriceScale * FactorScale
        : Divisor * PriceScale;

    /// <summary>The exact level of a weighted sum (before publication rounding).</summary>
    public decimal LevelOf(Int128 weightedSum) => (decimal)weightedSum * BaseLevel / LevelDenominator;

    /// <summary>The weight as a plain decimal factor or share count (naive calculators, reports).</summary>
    public decimal WeightOf(IndexMember member) =>
        Method == WeightingMethod.PriceWeighted ? member.Weight / (decimal)FactorScale : member.Weight;

    /// <summary>Published value: 2 decimals, half-up (methodology 1.7, 2.1).</summary>
    public static decimal Publish(decimal level) => Math.Round(level, 2, MidpointRounding.AwayFromZero);
}
