using Kabuto.Writing.Text;

namespace Kabuto.Writing.Tests;

public sealed class NumbersTests
{
    [Theory]
    [InlineData("4709012345678", "4.71 trillion yen")]
    [InlineData("1000000000000", "1.00 trillion yen")]
    [InlineData("870456000000", "870.5 billion yen")]
    public void YenAmount_TrillionsAndBillions_RoundedHalfAwayFromZero(string value, string expected) =>
        Assert.Equal(expected, Numbers.YenAmount(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Level_LargeValue_PrintsThousandsAndTwoDecimals() => Assert.Equal("51,307.65", Numbers.Level(51307.654m));

    [Fact]
    public void Points_NegativeMove_PrintsMagnitude() => Assert.Equal("1,088.47", Numbers.Points(-1088.47m));

    [Fact]
    public void SignedPercent_Gain_PrintsPlusAndTwoDecimals() => Assert.Equal("+2.17%", Numbers.SignedPercent(2.1674m));

    [Fact]
    public void Yen_Rate_PrintsTwoDecimals() => Assert.Equal("157.23", Numbers.Yen(157.2349m));

    [Fact]
    public void RoundLevel_Milestone_PrintsNoDecimals() => Assert.Equal("51,000", Numbers.RoundLevel(51000m));
}
