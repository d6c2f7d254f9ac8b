namespace Kabuto.Analytics.Facts;

/// <summary>How published numbers are rounded, decided once: percentages to 2 decimals, half away from zero
/// (12.395% is published as 12.40%, -12.395% as -12.40%).</summary>
public static class FactMath
{
    public static decimal Round2(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    /// <summary>Unrounded percent change (for ranking: ties are broken on the exact value, not the published one).</summary>
    public static decimal ExactPercent(decimal points, decimal prior) => prior == 0m ? 0m : points / prior * 100m;

    /// <summary>The published percent change: points / prior × 100, to 2 decimals half-up.</summary>
    public static decimal Percent(decimal points, decimal prior) => Round2(ExactPercent(points, prior));
}
