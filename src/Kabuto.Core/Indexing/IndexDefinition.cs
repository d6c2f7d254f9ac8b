namespace Kabuto.Core.Indexing;

/// <summary>One member as a definition states it. Price-weighted indices read <see cref="Factor"/> and
/// <see cref="CappingRatio"/>; the cap-weighted family reads <see cref="Shares"/>, <see cref="FreeFloat"/> and
/// <see cref="WeightFactor"/>.</summary>
public sealed record MemberSpec(string Code)
{
    /// <summary>Nikkei PAF (price adjustment factor); 1 for the Dow.</summary>
    public decimal Factor { get; init; } = 1m;

    /// <summary>Nikkei capping ratio (0.9, 0.8, ...); multiplies the original PAF.</summary>
    public decimal CappingRatio { get; init; } = 1m;

    /// <summary>Shares used for the index calculation (cap-weighted family).</summary>
    public decimal Shares { get; init; } = 1m;

    /// <summary>Free-float weight (TOPIX FFW, S&amp;P IWF), 0 &lt; f ≤ 1.</summary>
    public decimal FreeFloat { get; init; } = 1m;

    /// <summary>Additional weight factor set by a capped or equal-weight rebalance (S&amp;P AWF).</summary>
    public decimal WeightFactor { get; init; } = 1m;
}

/// <summary>An index as data: its methodology, its members and divisor at the base date, and the dated events that
/// change the basket afterwards. Immutable; <see cref="EventReplay"/> turns it into an <see cref="IndexState"/>.</summary>
public sealed record IndexDefinition(
    string Id,
    Methodology Methodology,
    IReadOnlyList<MemberSpec> Members,
    decimal Divisor,
    IReadOnlyList<IndexEvent> Events)
{
    public string? Name { get; init; }

    /// <summary>Where the definition was read from (a file path), for error messages; null when built in code.</summary>
    public string? Source { get; init; }

    /// <summary>The series id of the provider's published levels ("DJIA"), for verification.</summary>
    public string? OfficialSeries { get; init; }

    /// <summary>The date the members and divisor are valid from (null = as far back as prices go).</summary>
    public DateOnly? BaseDate { get; init; }

    /// <summary>Cap-weighted family: the level at which the base market value is quoted (TOPIX 100).</summary>
    public decimal BaseLevel { get; init; } = 1m;

    /// <summary>TOPIX's "base market value": the divisor expressed at the base level.</summary>
    public decimal BaseMarketValue => Divisor * BaseLevel;
}
