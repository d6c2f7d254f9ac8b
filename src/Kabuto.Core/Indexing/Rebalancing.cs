using Kabuto.Core.Errors;

namespace Kabuto.Core.Indexing;

/// <summary>Turns the members' uncapped weights into the weights the index should have right after a rebalance.</summary>
public interface IRebalancer
{
    IReadOnlyList<decimal> TargetWeights(IReadOnlyList<decimal> weights);

    /// <summary>The rebalancer of a methodology, or null when its weights are never reset.</summary>
    public static IRebalancer? For(Methodology methodology)
    {
        ArgumentNullException.ThrowIfNull(methodology);
        return methodology.Weighting switch
        {
            Weighting.EqualWeighted => new EqualWeightRebalancer(),
            Weighting.CappedCapWeighted => new CapRebalancer(methodology.WeightCap
                ?? throw new InvalidOperationException("a capped methodology needs a weight cap")),
            _ => null,
        };
    }
}

/// <summary>Every member gets 1/N.</summary>
public sealed class EqualWeightRebalancer : IRebalancer
{
    public IReadOnlyList<decimal> TargetWeights(IReadOnlyList<decimal> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var each = 1m / weights.Count;
        return weights.Select(_ => each).ToList();
    }
}

/// <summary>Cap and redistribute: weights above the cap are set to it and the excess goes to the uncapped members
/// pro rata; repeated until no uncapped member exceeds the cap (a redistribution can push a new one over).</summary>
public sealed class CapRebalancer(decimal cap) : IRebalancer
{
    public IReadOnlyList<decimal> TargetWeights(IReadOnlyList<decimal> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (cap * weights.Count < 1m)
        {
            throw Fail.User($"a weight cap of {cap} cannot hold {weights.Count} members (cap × members must be at least 1); raise weight_cap or add members");
        }

        var capped = new bool[weights.Count];
        var targets = weights.ToArray();
        while (true)
        {
            var newlyCapped = 0;
            for (var i = 0; i < targets.Length; i++)
            {
                if (!capped[i] && targets[i] > cap)
                {
                    capped[i] = true;
                    newlyCapped++;
                }
            }

            if (newlyCapped == 0)
            {
                return targets;
            }

            Redistribute(weights, capped, targets);
        }
    }

    private void Redistribute(IReadOnlyList<decimal> weights, bool[] capped, decimal[] targets)
    {
        var cappedCount = capped.Count(c => c);
        var uncappedTotal = 0m;
        for (var i = 0; i < weights.Count; i++)
        {
            uncappedTotal += capped[i] ? 0m : weights[i];
        }

        var left = 1m - (cap * cappedCount);
        for (var i = 0; i < targets.Length; i++)
        {
            targets[i] = capped[i] ? cap : weights[i] * left / uncappedTotal;
        }
    }
}

/// <summary>Applies a rebalancer to a basket at given prices, producing the members' new weight factors.</summary>
public static class Rebalance
{
    /// <summary>Weight factors are kept to 8 decimals, as providers publish them, so price × multiplier stays exact.</summary>
    public const int WeightFactorDecimals = 8;

    public static IReadOnlyList<MemberSpec> Apply(IRebalancer rebalancer, IReadOnlyList<MemberSpec> members, IReadOnlyList<decimal> prices)
    {
        ArgumentNullException.ThrowIfNull(rebalancer);
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(prices);
        var values = new decimal[members.Count];
        var total = 0m;
        for (var i = 0; i < members.Count; i++)
        {
            values[i] = prices[i] * members[i].Shares * members[i].FreeFloat;
            total += values[i];
        }

        var targets = rebalancer.TargetWeights(values.Select(v => v / total).ToList());
        var result = new MemberSpec[members.Count];
        for (var i = 0; i < members.Count; i++)
        {
            var factor = Math.Round(targets[i] * total / values[i], WeightFactorDecimals, MidpointRounding.AwayFromZero);
            result[i] = members[i] with { WeightFactor = factor };
        }

        return result;
    }
}
