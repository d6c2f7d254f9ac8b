namespace Kabuto.Core.Indexing;

/// <summary>The tick-path calculator: one price update per member ordinal in O(1) (no lookups, no allocation),
/// keeping Σ price × multiplier as a running sum. <see cref="NaiveIndex"/> is its obviously-correct twin; with
/// decimal products that fit in 28 digits both sums are exact, so the two must be equal, not just close.</summary>
public sealed class IncrementalIndex
{
    private decimal[] _multipliers;
    private decimal[] _prices;
    private decimal _sum;

    public IncrementalIndex(IndexState state, IReadOnlyList<decimal> prices)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(prices);
        _multipliers = [];
        _prices = [];
        State = state;
        Reset(state, prices);
    }

    public IndexState State { get; private set; }

    public decimal WeightedSum => _sum;

    /// <summary>The unrounded level.</summary>
    public decimal Level => _sum / State.Divisor;

    /// <summary>The level as the provider publishes it.</summary>
    public decimal PublishedLevel => State.Methodology.Publish(Level);

    public decimal PriceOf(int ordinal) => _prices[ordinal];

    /// <summary>A new price for one member (the hot path).</summary>
    public void Update(int ordinal, decimal price)
    {
        _sum += _multipliers[ordinal] * (price - _prices[ordinal]);
        _prices[ordinal] = price;
    }

    /// <summary>Point contribution of a member's move from <paramref name="fromPrice"/> to its current price.</summary>
    public decimal PointsSince(int ordinal, decimal fromPrice) =>
        _multipliers[ordinal] * (_prices[ordinal] - fromPrice) / State.Divisor;

    /// <summary>The slow path, after an adjustment: a new basket and divisor, priced at its base prices.</summary>
    public void Reset(IndexState state, IReadOnlyList<decimal> prices)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(prices);
        if (prices.Count != state.Count)
        {
            throw new ArgumentException($"{prices.Count} prices for {state.Count} members", nameof(prices));
        }

        State = state;
        _multipliers = state.Members.Select(m => m.Multiplier).ToArray();
        _prices = prices.ToArray();
        _sum = NaiveIndex.WeightedSum(state, _prices);
    }
}

/// <summary>The full-recompute twin of <see cref="IncrementalIndex"/>: Σ price × multiplier / divisor, every time.</summary>
public static class NaiveIndex
{
    public static decimal WeightedSum(IndexState state, IReadOnlyList<decimal> prices)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(prices);
        var sum = 0m;
        for (var i = 0; i < state.Count; i++)
        {
            sum += prices[i] * state.Members[i].Multiplier;
        }

        return sum;
    }

    public static decimal Level(IndexState state, IReadOnlyList<decimal> prices)
    {
        ArgumentNullException.ThrowIfNull(state);
        return WeightedSum(state, prices) / state.Divisor;
    }
}
