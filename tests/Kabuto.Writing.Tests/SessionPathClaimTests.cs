using Kabuto.Core.Market;
using Kabuto.Checking;
using Kabuto.Writing.Facts;

namespace Kabuto.Writing.Tests;

/// <summary>Claims about the path of a session, judged on its range: a move turned round ("reversed losses") and a figure
/// reached at some moment ("at one stage"). A hand-built Nikkei: Tuesday closes at 50,000; Wednesday trades
/// 49,800-50,600 and closes at 50,400 (+400 points); Thursday never trades below Wednesday's close.</summary>
public sealed class SessionPathClaimTests
{
    private static readonly DateOnly Tuesday = new(2026, 3, 17);
    private static readonly DateOnly Wednesday = new(2026, 3, 18);
    private static readonly DateOnly Thursday = new(2026, 3, 19);

    private static CheckedClaim Single(string article, string kind, DateOnly? date = null)
    {
        var market = new InMemoryMarketData().AddBars(IndexIds.N225,
        [
            new DailyBar(Tuesday, 50_100m, 50_200m, 49_900m, 50_000m, null),
            new DailyBar(Wednesday, 49_900m, 50_600m, 49_800m, 50_400m, null),
            new DailyBar(Thursday, 50_500m, 51_000m, 50_450m, 50_900m, null),
        ]);
        var report = new ArticleChecker(market, new FactList([])).Check(article, "test", date ?? Wednesday);
        return Assert.Single(report.Claims, c => c.Kind == kind);
    }

    [Theory]
    [InlineData("The Nikkei 225 reversed early losses on Wednesday.")]
    [InlineData("The Nikkei 225 turned positive on Wednesday.")]
    [InlineData("The Nikkei 225 recovered from initial declines on Wednesday.")]
    public void Check_TurnFromBelowThePreviousCloseToAbove_IsSupported(string sentence)
    {
        Assert.Equal(Verdict.Supported, Single(sentence, "path").Verdict);
    }

    [Fact]
    public void Check_TurnLowerOnADayThatNeverTradedLower_IsContradicted()
    {
        var claim = Single("The Nikkei 225 turned lower on Thursday.", "path", Thursday);

        Assert.Equal(Verdict.Contradicted, claim.Verdict);
        Assert.Contains("ranged 50,450.00-51,000.00", claim.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_FigureReachedAtOneStage_IsSupportedByTheRange()
    {
        var claim = Single("At one stage on Wednesday, the Nikkei 225 gained more than 500 points.", "change_points");

        Assert.Equal(Verdict.Supported, claim.Verdict);
        Assert.Contains("+600", claim.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_FigureBeyondTheRangeAtOneStage_IsNotSupported()
    {
        Assert.NotEqual(Verdict.Supported, Single("At one stage on Wednesday, the Nikkei 225 gained more than 700 points.", "change_points").Verdict);
    }
}
