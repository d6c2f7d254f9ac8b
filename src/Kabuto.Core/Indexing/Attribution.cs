namespace Kabuto.Core.Indexing;

/// <summary>One member's share of an index move: Factor is its price multiplier (price-weighted: PAF × capping
/// ratio; cap-weighted: shares × float × weight factor) and Points = Factor × (PriceTo − PriceFrom) / divisor.</summary>
public sealed record MemberContribution(string Code, decimal Factor, decimal PriceFrom, decimal PriceTo, decimal Points);

/// <summary>An index move split into member points and a residual. Exactly
/// LevelTo − LevelFrom == Σ Points + ResidualPoints (unrounded levels). The residual is the part no price moved:
/// a divisor or base change (e.g. provider divisor rounding at a replacement) plus at most 1e-14 of arithmetic.</summary>
public sealed record Attribution(decimal LevelFrom, decimal LevelTo, IReadOnlyList<MemberContribution> Members, decimal ResidualPoints)
{
    /// <summary>Member points are kept to 16 decimals so their sum is exact in decimal arithmetic.</summary>
    public const int PointsDecimals = 16;

    public decimal Change => LevelTo - LevelFrom;

    /// <summary>The move of a basket that did not change: every point is a member's.</summary>
    public static Attribution Between(IndexState state, IReadOnlyDictionary<string, decimal> from, IReadOnlyDictionary<string, decimal> to)
    {
        ArgumentNullException.ThrowIfNull(state);
        return Across(state, from, state, from, to);
    }

    /// <summary>A move across an adjustment: from the old basket at its closes to the new basket at new prices.
    /// Members are priced from their base prices (the closes adjusted for splits, rights, additions), so a split
    /// is not a member move; whatever the re-solved divisor does not absorb is residual.</summary>
    public static Attribution Across(
        IndexState before,
        IReadOnlyDictionary<string, decimal> closes,
        IndexState after,
        IReadOnlyDictionary<string, decimal> basePrices,
        IReadOnlyDictionary<string, decimal> prices)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(basePrices);
        ArgumentNullException.ThrowIfNull(prices);
        var levelFrom = before.Level(closes);
        var levelTo = after.Level(prices);
        var members = new MemberContribution[after.Count];
        var sum = 0m;
        for (var i = 0; i < after.Count; i++)
        {
            var member = after.Members[i];
            var priceFrom = basePrices[member.Code];
            var priceTo = prices[member.Code];
            var points = Math.Round(member.Multiplier * (priceTo - priceFrom) / after.Divisor, PointsDecimals, MidpointRounding.AwayFromZero);
            members[i] = new MemberContribution(member.Code, member.Multiplier, priceFrom, priceTo, points);
            sum += points;
        }

        return new Attribution(levelFrom, levelTo, members, levelTo - levelFrom - sum);
    }

    /// <summary>The move over an adjustment day: the adjustment's closes and base prices, then the day's prices.</summary>
    public static Attribution Across(Adjustment adjustment, IReadOnlyDictionary<string, decimal> prices)
    {
        ArgumentNullException.ThrowIfNull(adjustment);
        return Across(adjustment.Before, adjustment.ClosePrices, adjustment.After, adjustment.BasePrices, prices);
    }
}
