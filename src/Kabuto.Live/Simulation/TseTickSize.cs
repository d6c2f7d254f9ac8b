namespace Kabuto.Live.Simulation;

/// <summary>TSE tick sizes (methodology 6.4) in 0.1-yen units, for TOPIX500 members and for other stocks.</summary>
public static class TseTickSize
{
    // Upper price bound (yen) and tick (yen × 10) for each band.
    private static readonly (long UpTo, long Topix500, long Other)[] Bands =
    [
        (1_000, 1, 10), (3_000, 5, 10), (5_000, 10, 50), (10_000, 10, 100), (30_000, 50, 100), (50_000, 100, 500),
        (100_000, 100, 1_000), (300_000, 500, 1_000), (500_000, 1_000, 5_000), (1_000_000, 1_000, 10_000),
        (3_000_000, 5_000, 10_000), (5_000_000, 10_000, 50_000), (10_000_000, 10_000, 100_000),
        (30_000_000, 50_000, 100_000), (50_000_000, 100_000, 500_000), (long.MaxValue, 100_000, 1_000_000),
    ];

    /// <summary>The tick (0.1-yen units) at a price in 0.1-yen units.</summary>
    public static long At(long priceTenths, bool topix500)
    {
        foreach (var (upTo, t500, other) in Bands)
        {
            if (upTo == long.MaxValue || priceTenths <= upTo * 10)
            {
                return topix500 ? t500 : other;
            }
        }

        return topix500 ? 100_000 : 1_000_000;
    }

    /// <summary>Rounds a price (yen) to the nearest valid tick, never below one tick.</summary>
    public static long Round(double priceYen, bool topix500)
    {
        var tenths = (long)Math.Round(priceYen * 10);
        var tick = At(Math.Max(tenths, 1), topix500);
        var rounded = (long)Math.Round((double)tenths / tick) * tick;
        return Math.Max(rounded, tick);
    }
}
