using Kabuto.Analytics.Facts;
using Kabuto.Core.Market;

namespace Kabuto.Analytics.Tests;

/// <summary>Issue 12, wording: the yen's change was printed unsigned, a flag as "1", percentage points as "%".</summary>
public sealed class FactTextTests
{
    private static readonly DateOnly Monday = new(2024, 8, 5);

    private static IReadOnlyList<Fact> Tokyo() => new FactBook(new InMemoryMarketData()
            .AddBars(IndexIds.N225, [DailyBar.CloseOnly(new DateOnly(2024, 8, 2), 35909.70m), DailyBar.CloseOnly(Monday, 31458.42m)])
            .AddBars(IndexIds.Topix, [DailyBar.CloseOnly(new DateOnly(2024, 8, 2), 2537.60m), DailyBar.CloseOnly(Monday, 2227.15m)])
            .AddBars(IndexIds.UsdJpy, [DailyBar.CloseOnly(new DateOnly(2024, 8, 2), 143.80m), DailyBar.CloseOnly(Monday, 146.50m)]))
        .Day("tokyo", Monday);

    [Fact]
    public void Value_YenChange_IsSigned()
    {
        Assert.Equal("+2.70", FactText.Value(Tokyo().Single(f => f.Kind == FactKinds.YenChange)));
    }

    [Fact]
    public void Value_Flag_ReadsYesOrNo()
    {
        Assert.Equal("yes", FactText.Value(Tokyo().Single(f => f.Kind == FactKinds.YenWeaker)));
    }

    [Fact]
    public void Value_NikkeiTopixDivergence_IsPercentagePointsNotPercent()
    {
        var divergence = Tokyo().Single(f => f.Kind == FactKinds.NikkeiTopixDivergencePoints);

        Assert.Equal(FactUnits.PercentagePoints, divergence.Unit);
        Assert.Equal("-0.17 pp", FactText.Value(divergence));
        Assert.Equal("-12.23%", FactText.Reference(divergence));
    }
}
