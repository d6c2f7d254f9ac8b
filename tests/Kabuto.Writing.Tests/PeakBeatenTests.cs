using Kabuto.Analytics.Facts;
using Kabuto.Core.Market;
using Kabuto.Checking;
using Kabuto.Writing.Facts;

namespace Kabuto.Writing.Tests;

/// <summary>"Last month breaching the life-time high set during the December 1989 asset bubble": the period's peak
/// close, the first later close above it, and whether that came when the article says.</summary>
public sealed class PeakBeatenTests
{
    private static readonly DateOnly ArticleDate = new(2024, 3, 1);

    private static readonly InMemoryMarketData Market = new InMemoryMarketData().AddBars(IndexIds.N225,
    [
        DailyBar.CloseOnly(new DateOnly(1989, 12, 28), 38_876.94m),
        DailyBar.CloseOnly(new DateOnly(1989, 12, 29), 38_915.87m),
        DailyBar.CloseOnly(new DateOnly(1990, 1, 4), 38_712.88m),
        DailyBar.CloseOnly(new DateOnly(2024, 2, 21), 38_262.16m),
        DailyBar.CloseOnly(new DateOnly(2024, 2, 22), 39_098.68m),
        DailyBar.CloseOnly(new DateOnly(2024, 2, 29), 39_166.19m),
        DailyBar.CloseOnly(ArticleDate, 39_910.82m),
    ]);

    private static CheckedClaim Check(string sentence)
    {
        var report = new ArticleChecker(Market, new FactList([])).Check("The Nikkei 225 closed higher. " + sentence, "test", ArticleDate);
        return Assert.Single(report.Claims, c => c.Kind == "peak_beaten");
    }

    [Fact]
    public void Check_BeatenLastMonth_IsSupportedWithTheDayItFell()
    {
        var claim = Check("The index continues to climb after last month breaching the life-time high set during the December 1989 asset bubble.");

        Assert.Equal(Verdict.Supported, claim.Verdict);
        Assert.Equal(new DateOnly(2024, 2, 22), claim.Date);
        Assert.Contains("December 1989 peak of 38,915.87", claim.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_BeatenThisWeekWhenItWasLastMonth_IsContradicted()
    {
        var claim = Check("The Nikkei broke its record high from 1989 this week.");

        Assert.Equal(Verdict.Contradicted, claim.Verdict);
        Assert.EndsWith("not this week", claim.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_PeakOfAPeriodNotHeld_IsNotCheckable()
    {
        var claim = Check("The Nikkei surpassed its peak of 1961 long ago.");

        Assert.Equal(Verdict.NotCheckable, claim.Verdict);
    }

    [Fact]
    public void Check_PeakNeverBeatenByTheArticleDate_IsContradicted()
    {
        var market = new InMemoryMarketData().AddBars(IndexIds.N225,
            [DailyBar.CloseOnly(new DateOnly(1989, 12, 29), 38_915.87m), DailyBar.CloseOnly(ArticleDate, 30_000m)]);
        var report = new ArticleChecker(market, new FactList([])).Check("The Nikkei 225 beat its December 1989 high.", "test", ArticleDate);

        Assert.Equal(Verdict.Contradicted, Assert.Single(report.Claims, c => c.Kind == "peak_beaten").Verdict);
    }
}
