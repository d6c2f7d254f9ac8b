namespace Kabuto.Core.Indexing;

/// <summary>How a member's price turns into index points.</summary>
public enum Weighting
{
    /// <summary>Level = Σ price × factor / divisor (Dow: factor 1; Nikkei 225: PAF × capping ratio).</summary>
    PriceWeighted,

    /// <summary>Level = Σ price × shares × free float / divisor, divisor = base market value / base level (TOPIX).</summary>
    CapWeighted,

    /// <summary>Cap-weighted with weight factors set at each rebalance so no weight exceeds the cap.</summary>
    CappedCapWeighted,

    /// <summary>Cap-weighted with weight factors set at each rebalance so every weight is 1/N.</summary>
    EqualWeighted,
}

/// <summary>What absorbs a split in a price-weighted index. The Dow lets the price fall and re-solves the divisor;
/// the Nikkei multiplies the PAF by the split ratio so the adopted price, and the divisor, stay put.</summary>
public enum SplitPolicy
{
    AdjustDivisor,
    AdjustFactor,
}

public enum ReturnKind
{
    Price,

    /// <summary>Dividends reinvested in the whole index on the ex-date: TR_t = TR_{t-1} × (I_t + ID_t) / I_{t-1}.</summary>
    Total,
}

/// <summary>From <see cref="From"/> on (null = since the beginning) the divisor is stored rounded half-up to
/// <see cref="Decimals"/> places.</summary>
public readonly record struct DivisorRoundingStep(DateOnly? From, int Decimals);

/// <summary>The provider's rule for storing a re-solved divisor. No steps = full precision (the Dow).</summary>
public sealed record DivisorRounding(IReadOnlyList<DivisorRoundingStep> Steps)
{
    public static DivisorRounding None { get; } = new([]);

    /// <summary>Nikkei: 3 decimals, 8 since June 2022 (the exact day in June is not in our sources; the 1st is used).</summary>
    public static DivisorRounding Nikkei { get; } = new([new(null, 3), new(new DateOnly(2022, 6, 1), 8)]);

    public decimal Apply(decimal divisor, DateOnly effective)
    {
        int? decimals = null;
        foreach (var step in Steps)
        {
            if (step.From is null || step.From <= effective)
            {
                decimals = step.Decimals;
            }
        }

        return decimals is { } places ? Math.Round(divisor, places, MidpointRounding.AwayFromZero) : divisor;
    }
}

/// <summary>An index methodology as data: the weighting, the provider's rules, and the few knobs the strategies read.</summary>
public sealed record Methodology(Weighting Weighting, SplitPolicy SplitPolicy, DivisorRounding DivisorRounding)
{
    public ReturnKind Return { get; init; } = ReturnKind.Price;

    /// <summary>Capped cap-weighted only: the largest weight a member may have after a rebalance (0.1 = 10 %).</summary>
    public decimal? WeightCap { get; init; }

    /// <summary>Published levels are rounded half-up to this many decimals.</summary>
    public int LevelDecimals { get; init; } = 2;

    public static Methodology Dow { get; } = new(Weighting.PriceWeighted, SplitPolicy.AdjustDivisor, DivisorRounding.None);

    public static Methodology Nikkei225 { get; } = new(Weighting.PriceWeighted, SplitPolicy.AdjustFactor, DivisorRounding.Nikkei);

    public static Methodology Topix { get; } = new(Weighting.CapWeighted, SplitPolicy.AdjustFactor, DivisorRounding.None);

    public bool IsPriceWeighted => Weighting == Weighting.PriceWeighted;

    /// <summary>Whether a rebalance recomputes weight factors (capped and equal-weighted indices).</summary>
    public bool Rebalances => Weighting is Weighting.CappedCapWeighted or Weighting.EqualWeighted;

    public decimal Publish(decimal level) => Math.Round(level, LevelDecimals, MidpointRounding.AwayFromZero);
}
