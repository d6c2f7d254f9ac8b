using Kabuto.Core.Market;

namespace Kabuto.Analytics.History;

/// <summary>The step between round levels that make milestones ("first close above 40,000"), chosen the way the wires
/// quote each index: the product's indices have a fixed step so milestones never change as the index moves; any
/// other series gets 10^(digits−2) of its latest level (a 5-digit index steps by 1,000, a 4-digit one by 100).</summary>
public static class RoundLevels
{
    private static readonly Dictionary<string, decimal> Steps = new(StringComparer.Ordinal)
    {
        [IndexIds.N225] = 1000m,
        [IndexIds.Djia] = 1000m,
        [IndexIds.Nasdaq] = 1000m,
        [IndexIds.Hsi] = 1000m,
        [IndexIds.Nifty50] = 1000m,
        [IndexIds.Topix] = 100m,
        [IndexIds.Spx] = 100m,
        [IndexIds.Kospi] = 100m,
        [IndexIds.Kosdaq] = 100m,
        [IndexIds.HsTech] = 100m,
        [IndexIds.Csi300] = 100m,
        [IndexIds.Ssec] = 100m,
        [IndexIds.Asx200] = 100m,
        [IndexIds.Sti] = 100m,
        [IndexIds.UsdJpy] = 10m,
    };

    public static decimal StepFor(string seriesId, decimal latestLevel)
    {
        if (Steps.TryGetValue(seriesId, out var step))
        {
            return step;
        }

        var digits = 1;
        for (var level = Math.Abs(latestLevel); level >= 10m; level /= 10m)
        {
            digits++;
        }

        var scaled = 1m;
        for (var i = 0; i < digits - 2; i++)
        {
            scaled *= 10m;
        }

        return scaled;
    }

    /// <summary>The round levels L with <paramref name="previousBest"/> ≤ L &lt; <paramref name="level"/>: the levels a
    /// new best close strictly above which is a first (at most <paramref name="max"/>, lowest first).</summary>
    public static IEnumerable<decimal> Crossed(decimal previousBest, decimal level, decimal step, int max = 20)
    {
        var first = Math.Ceiling(previousBest / step) * step;
        for (var (l, n) = (first, 0); l < level && n < max; l += step, n++)
        {
            if (l > 0m)
            {
                yield return l;
            }
        }
    }

    /// <summary>The next round level strictly above <paramref name="level"/>.</summary>
    public static decimal Next(decimal level, decimal step) => (Math.Floor(level / step) + 1m) * step;
}
