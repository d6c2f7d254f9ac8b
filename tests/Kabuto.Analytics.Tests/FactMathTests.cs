using Kabuto.Analytics.Facts;
using Kabuto.Analytics.History;

namespace Kabuto.Analytics.Tests;

public sealed class FactMathTests
{
    [Theory]
    [InlineData(1.01, 200, 0.51)]
    [InlineData(-1.01, 200, -0.51)]
    [InlineData(-4451.28, 35909.70, -12.40)]
    public void Percent_Midpoints_RoundHalfAwayFromZero(double points, double prior, double expected)
    {
        Assert.Equal((decimal)expected, FactMath.Percent((decimal)points, (decimal)prior));
    }

    [Theory]
    [InlineData("N225", 50000, 1000)]
    [InlineData("TOPIX", 3000, 100)]
    [InlineData("XYZ", 5300, 100)]
    [InlineData("XYZ", 26000, 1000)]
    [InlineData("XYZ", 160, 10)]
    public void StepFor_IndexOrMagnitude_IsTheDocumentedStep(string id, double level, double expected)
    {
        Assert.Equal((decimal)expected, RoundLevels.StepFor(id, (decimal)level));
    }

    [Fact]
    public void FactId_WithSubject_AppendsIt()
    {
        Assert.Equal("N225:2024-03-04:close:first_close_above:40000",
            FactId.For("N225", new DateOnly(2024, 3, 4), Sessions.Close, FactKinds.FirstCloseAbove, "40000"));
    }
}
