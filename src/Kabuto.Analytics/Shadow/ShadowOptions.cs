namespace Kabuto.Analytics.Shadow;

/// <summary>How the shadow is fitted. The defaults are the ones docs/shadow.md reports.</summary>
public sealed record ShadowOptions
{
    /// <summary>First day whose member prices are the printed (raw) ones, so levels are comparable; null = infer
    /// from the bars' <see cref="Kabuto.Core.Market.PriceBasis"/> (the first day from which every bar is raw).</summary>
    public DateOnly? RawFrom { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    /// <summary>Pull of each estimated factor toward its prior (1), in points of level per unit of factor: keeps the
    /// under-determined fit (about 70 unknowns, 47 observations) from inventing factors the data cannot see.</summary>
    public double RidgeWeight { get; init; } = 0.1;

    /// <summary>The divisor read off the contribution tables on 2026-03-06 (derived README, step 1), used as a soft
    /// prior for the pre-review divisor; null = fit the divisor from the closes alone.</summary>
    public decimal? DivisorPrior { get; init; } = 29.916m;

    /// <summary>Weight of the divisor prior: a 1 % divisor miss costs this share of 1 % of the mean level.</summary>
    public double DivisorPriorWeight { get; init; } = 0.2;

    /// <summary>Factors live on this grid (Nikkei PAFs are multiples of 0.1) and never below one step.</summary>
    public decimal FactorStep { get; init; } = 0.1m;

    /// <summary>Price tick used to strip the vendor's float32 noise (the finest TSE tick).</summary>
    public decimal PriceTick { get; init; } = 0.1m;

    /// <summary>A day enters the fit only when the members without a price that day (but with prices on other days)
    /// weigh at most this share of the basket. 1 % keeps a late-starting small member's days (Tokuyama, 0.2 %) and
    /// drops days where whole groups of heavyweights are unpriced.</summary>
    public double MaxMissingWeight { get; init; } = 0.01;

    public static ShadowOptions Default { get; } = new();
}
