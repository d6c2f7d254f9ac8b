using Kabuto.Checking;

namespace Kabuto.Writing.Tests;

public sealed class ToleranceTests
{
    private static Tolerance Of(decimal value, int decimals, Hedge hedge) =>
        Tolerance.For(new Claim("", ClaimKind.ChangePercent, "N225", ClaimSessions.Close, 0, value, decimals, hedge));

    [Theory]
    [InlineData(2.65, true)]
    [InlineData(2.749, true)]
    [InlineData(2.75, true)]
    [InlineData(2.799, true)]
    [InlineData(2.8, false)]
    [InlineData(2.649, true)]
    [InlineData(2.6, true)]
    [InlineData(2.599, false)]
    [InlineData(2.28, false)]
    public void About_DecimalFigure_AllowsAUnitEitherSide(double actual, bool expected) =>
        Assert.Equal(expected, Of(2.7m, 1, Hedge.About).Contains((decimal)actual));

    // Wires truncate as often as they round: Jiji's "2.45 pct" for +2.4598%.
    [Theory]
    [InlineData(2.4598, true)]
    [InlineData(2.445, true)]
    [InlineData(2.444, false)]
    [InlineData(2.46, false)]
    public void Exact_TruncatedFigure_IsAllowed(double actual, bool expected) =>
        Assert.Equal(expected, Of(2.45m, 2, Hedge.Exact).Contains((decimal)actual));

    [Theory]
    [InlineData(-3.57, true)]
    [InlineData(-3.45, true)]
    [InlineData(-3.6, false)]
    [InlineData(-3.44, false)]
    public void Exact_FallTruncated_IsAllowed(double actual, bool expected) =>
        Assert.Equal(expected, Of(-3.5m, 1, Hedge.Exact).Contains((decimal)actual));

    [Theory]
    [InlineData(3.89, true)]
    [InlineData(4.0, false)]
    [InlineData(2.9, false)]
    public void Nearly_IsJustBelow(double actual, bool expected) =>
        Assert.Equal(expected, Of(4m, 0, Hedge.Nearly).Contains((decimal)actual));

    [Theory]
    [InlineData(2.01, true)]
    [InlineData(2.0, false)]
    [InlineData(1.9, false)]
    public void MoreThan_IsStrictlyAbove(double actual, bool expected) =>
        Assert.Equal(expected, Of(2m, 0, Hedge.MoreThan).Contains((decimal)actual));

    [Theory]
    [InlineData(0.05, true)]
    [InlineData(-0.23, false)]
    [InlineData(0.1, false)]
    public void LessThan_AGain_IsBetweenZeroAndTheFigure(double actual, bool expected) =>
        Assert.Equal(expected, Of(0.1m, 1, Hedge.LessThan).Contains((decimal)actual));

    [Theory]
    [InlineData(2.05, true)]
    [InlineData(2.054, true)]
    [InlineData(2.17, false)]
    public void Exact_StatedDecimals_MustRoundToTheFigure(double actual, bool expected) =>
        Assert.Equal(expected, Of(2.05m, 2, Hedge.Exact).Contains((decimal)actual));

    // "nearly 200 points" is said of 194 as well as of 199: a round whole figure reaches back a tenth of itself.
    [Theory]
    [InlineData(194.38, true)]
    [InlineData(180, true)]
    [InlineData(179.9, false)]
    [InlineData(200, false)]
    public void Nearly_RoundFigure_ReachesBackATenth(double actual, bool expected) =>
        Assert.Equal(expected, Of(200m, 0, Hedge.Nearly).Contains((decimal)actual));

    // "more than 200" at exactly 200 is off by nothing, not by the distance to its infinite upper bound.
    [Fact]
    public void Distance_AtAnExcludedBound_IsZeroNotNegative() =>
        Assert.Equal(0m, Of(200m, 0, Hedge.MoreThan).Distance(200m));
}
