using Kabuto.Core.Indexing;
using static Kabuto.Core.Tests.Indexing.Baskets;

namespace Kabuto.Core.Tests.Indexing;

public sealed class WeightingTests
{
    [Fact]
    public void CapRebalancer_RedistributionPushesAnotherOverCap_CapsItToo()
    {
        var targets = new CapRebalancer(0.35m).TargetWeights([0.5m, 0.3m, 0.1m, 0.1m]);

        Assert.Equal([0.35m, 0.35m, 0.15m, 0.15m], targets.Select(t => decimal.Round(t, 20)));
    }

    [Fact]
    public void CapRebalancer_NoWeightAboveCap_LeavesWeights()
    {
        var targets = new CapRebalancer(0.5m).TargetWeights([0.4m, 0.35m, 0.25m]);

        Assert.Equal([0.4m, 0.35m, 0.25m], targets);
    }

    [Fact]
    public void Rebalance_CappedIndex_WeightsAfterRebalanceRespectCapAndLevelIsKept()
    {
        var methodology = new Methodology(Weighting.CappedCapWeighted, SplitPolicy.AdjustFactor, DivisorRounding.None) { WeightCap = 0.3m };
        var members = new MemberSpec[] { new("A") { Shares = 1000m }, new("B") { Shares = 100m }, new("C") { Shares = 100m }, new("D") { Shares = 100m } };
        var closes = Prices(("A", 10m), ("B", 10m), ("C", 10m), ("D", 10m));
        var definition = new IndexDefinition("c", methodology, members, 13m, [new RebalanceEvent(Day2)]);

        var adjustment = EventReplay.Replay(definition, null, From(closes)).Single();

        var total = adjustment.After.WeightedSum(closes);
        Assert.Equal(0.3m, decimal.Round(adjustment.After.Members[0].Multiplier * 10m / total, 6));
        Assert.Equal(decimal.Round(adjustment.LevelBefore, 10), decimal.Round(adjustment.LevelAfter, 10));
    }

    [Fact]
    public void Rebalance_EqualWeighted_EveryWeightIsOneOverN()
    {
        var methodology = new Methodology(Weighting.EqualWeighted, SplitPolicy.AdjustFactor, DivisorRounding.None);
        var members = new MemberSpec[] { new("A"), new("B"), new("C") };
        var closes = Prices(("A", 10m), ("B", 40m), ("C", 250m));
        var definition = new IndexDefinition("e", methodology, members, 3m, [new RebalanceEvent(Day2)]);

        var state = EventReplay.StateAsOf(definition, Day2, From(closes));

        var total = state.WeightedSum(closes);
        Assert.All(state.Members, m => Assert.Equal(0.333333m, decimal.Round(m.Multiplier * closes[m.Code] / total, 6)));
    }

    [Fact]
    public void TotalReturn_DividendDay_AddsDividendPoints()
    {
        var state = PriceWeighted(Methodology.Dow, 0.5m, ("A", 1m), ("B", 1m));

        var points = TotalReturn.DividendPoints(state, [new DividendEvent(Day2, "A", 0.5m)]);
        var total = TotalReturn.Next(previousTotalReturn: 1000m, previousLevel: 200m, level: 199m, dividendPoints: points);

        Assert.Equal(1m, points);
        Assert.Equal(1000m, total);
    }
}
