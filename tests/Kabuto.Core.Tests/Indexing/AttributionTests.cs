using Kabuto.Core.Indexing;
using static Kabuto.Core.Tests.Indexing.Baskets;

namespace Kabuto.Core.Tests.Indexing;

public sealed class AttributionTests
{
    [Fact]
    public void Between_PriceWeighted_PointsAreFactorTimesMoveOverDivisor()
    {
        var state = PriceWeighted(Methodology.Nikkei225, 4m, ("X", 1m), ("Y", 0.5m));

        var attribution = Attribution.Between(state, Prices(("X", 2000m), ("Y", 12000m)), Prices(("X", 2010m), ("Y", 11900m)));

        Assert.Equal(2.5m, attribution.Members[0].Points);
        Assert.Equal(-12.5m, attribution.Members[1].Points);
        Assert.Equal(-10m, attribution.Change);
        Assert.Equal(0m, attribution.ResidualPoints);
    }

    [Fact]
    public void Between_CapWeighted_PointsAreMarketValueChangeOverBase()
    {
        var state = new IndexState(Methodology.Topix, null, [new MemberSpec("A") { Shares = 100m, FreeFloat = 0.5m }, new MemberSpec("B") { Shares = 10m }], 2m);

        var attribution = Attribution.Between(state, Prices(("A", 10m), ("B", 50m)), Prices(("A", 12m), ("B", 50m)));

        Assert.Equal(50m, attribution.Members[0].Points);
        Assert.Equal(0m, attribution.Members[1].Points);
        Assert.Equal(50m, attribution.Change);
    }

    /// <summary>1 Oct 2020: the TSE was down all day, Nippon Kayaku was replaced by SoftBank Corp. (¥1,177.5) and the
    /// divisor re-solved to 3 decimals (27.870) from Σ base prices ¥646,163.86. Nothing traded, yet the index printed
    /// 23,184.93 against 23,185.12: the −0.19 is residual only. The other 224 members are lumped into one line.</summary>
    [Fact]
    public void Across_NikkeiOutageDayReplacement_MoveIsResidualOnly()
    {
        var oldDivisor = 27.869m;
        var rest = 646_163.86m - 1177.5m;
        var kayaku = (23_185.12m * oldDivisor) - rest;
        var definition = Definition(Methodology.Nikkei225, oldDivisor, [new("REST"), new("4272")],
            new ReplacementEvent(new DateOnly(2020, 10, 1), "4272", new MemberSpec("9434")) { ReferencePrice = 1177.5m });
        var closes = Prices(("REST", rest), ("4272", kayaku));

        var adjustment = EventReplay.Replay(definition, null, From(closes)).Single();
        var attribution = Attribution.Across(adjustment, adjustment.BasePrices);

        Assert.Equal(27.870m, adjustment.After.Divisor);
        Assert.Equal(23_185.12m, Methodology.Nikkei225.Publish(attribution.LevelFrom));
        Assert.Equal(23_184.93m, Methodology.Nikkei225.Publish(attribution.LevelTo));
        Assert.All(attribution.Members, m => Assert.Equal(0m, m.Points));
        Assert.Equal(-0.19m, decimal.Round(attribution.ResidualPoints, 2));
    }

    [Fact]
    public void Across_NikkeiSplitDay_SplitIsNotAMemberMove()
    {
        var definition = Definition(Methodology.Nikkei225, 4m, [new("X"), new("Y") { Factor = 0.5m }], new SplitEvent(Day2, "Y", 2m, 1m));
        var adjustment = EventReplay.Replay(definition, null, From(Prices(("X", 2000m), ("Y", 12000m)))).Single();

        var attribution = Attribution.Across(adjustment, Prices(("X", 2000m), ("Y", 6100m)));

        Assert.Equal(25m, attribution.Members[1].Points);
        Assert.Equal(25m, attribution.Change);
        Assert.Equal(0m, attribution.ResidualPoints);
    }

    [Fact]
    public void Across_Replacement_IncomingMemberMovesFromItsReferencePrice()
    {
        var definition = Definition(Methodology.Dow, 1m, [new("A"), new("B")], new ReplacementEvent(Day2, "B", new MemberSpec("E")));
        var adjustment = EventReplay.Replay(definition, null, From(Prices(("A", 10m), ("B", 10m), ("E", 30m)))).Single();

        var attribution = Attribution.Across(adjustment, Prices(("A", 10m), ("E", 31m)));

        Assert.Equal("E", attribution.Members[1].Code);
        Assert.Equal(30m, attribution.Members[1].PriceFrom);
        Assert.Equal(0.5m, attribution.Members[1].Points);
    }
}
