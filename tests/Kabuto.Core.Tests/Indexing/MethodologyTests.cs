using Kabuto.Core.Indexing;

namespace Kabuto.Core.Tests.Indexing;

public sealed class MethodologyTests
{
    [Fact]
    public void Publish_ThirdDecimalFive_RoundsHalfUp()
    {
        Assert.Equal(12345.68m, Methodology.Nikkei225.Publish(12345.675m));
    }

    [Fact]
    public void NikkeiRounding_BeforeJune2022_KeepsThreeDecimals()
    {
        Assert.Equal(27.870m, DivisorRounding.Nikkei.Apply(27.86976560828669m, new DateOnly(2020, 10, 1)));
    }

    [Fact]
    public void NikkeiRounding_AfterJune2022_KeepsEightDecimals()
    {
        Assert.Equal(30.41237984m, DivisorRounding.Nikkei.Apply(30.412379835m, new DateOnly(2025, 1, 8)));
    }

    [Fact]
    public void DowRounding_KeepsFullPrecision()
    {
        Assert.Equal(0.15198707565833123m, DivisorRounding.None.Apply(0.15198707565833123m, new DateOnly(2020, 8, 31)));
    }

    [Fact]
    public void Level_NikkeiWorkedExample_IsSumOfAdoptedPricesOverDivisor()
    {
        var state = Baskets.PriceWeighted(Methodology.Nikkei225, 4m, ("X", 1m), ("Y", 0.5m), ("Z", 5m));

        var level = state.Level(Baskets.Prices(("X", 2000m), ("Y", 12000m), ("Z", 800m)));

        Assert.Equal(3000m, level);
    }

    [Fact]
    public void Multiplier_NikkeiCappedMember_IsPafTimesCappingRatio()
    {
        var state = new IndexState(Methodology.Nikkei225, null, [new MemberSpec("9983") { Factor = 3m, CappingRatio = 0.8m }], 30m);

        Assert.Equal(2.4m, state.Members[0].Multiplier);
    }

    [Fact]
    public void Level_CapWeighted_IsMarketValueOverBaseTimesBaseLevel()
    {
        var members = new[] { new MemberSpec("A") { Shares = 10m, FreeFloat = 0.5m }, new MemberSpec("B") { Shares = 20m } };
        var definition = new IndexDefinition("t", Methodology.Topix, members, 3m, []) { BaseLevel = 100m };
        var state = IndexState.Initial(definition);

        var level = state.Level(Baskets.Prices(("A", 40m), ("B", 40m)));

        Assert.Equal(1000m / 3m, level);
        Assert.Equal(300m, definition.BaseMarketValue);
    }
}
