using Kabuto.Core.Market;
using Kabuto.Checking;
using Kabuto.Writing.Facts;

namespace Kabuto.Writing.Tests;

/// <summary>Claims that compare markets: "the Nasdaq outperformed other benchmarks", "Japanese equities leading
/// regional gains", and "shares in Japan" standing for the Nikkei 225.</summary>
public sealed class ComparisonClaimTests
{
    private static readonly DateOnly Monday = new(2026, 2, 9);
    private static readonly DateOnly Tuesday = new(2026, 2, 10);

    private static InMemoryMarketData Market() => new InMemoryMarketData()
        .AddBars(IndexIds.N225, [DailyBar.CloseOnly(Monday, 56_363.94m), DailyBar.CloseOnly(Tuesday, 57_650.54m)])
        .AddBars(IndexIds.Topix, [DailyBar.CloseOnly(Monday, 3_783.57m), DailyBar.CloseOnly(Tuesday, 3_855.28m)])
        .AddBars(IndexIds.Kospi, [DailyBar.CloseOnly(Monday, 5_298.04m), DailyBar.CloseOnly(Tuesday, 5_301.69m)])
        .AddBars(IndexIds.Hsi, [DailyBar.CloseOnly(Monday, 27_027.16m), DailyBar.CloseOnly(Tuesday, 27_183.15m)])
        .AddBars(IndexIds.Spx, [DailyBar.CloseOnly(Monday.AddDays(-3), 6_932.30m), DailyBar.CloseOnly(Monday, 6_964.82m)])
        .AddBars(IndexIds.Djia, [DailyBar.CloseOnly(Monday.AddDays(-3), 50_115.67m), DailyBar.CloseOnly(Monday, 50_135.87m)])
        .AddBars(IndexIds.Nasdaq, [DailyBar.CloseOnly(Monday.AddDays(-3), 23_031.21m), DailyBar.CloseOnly(Monday, 23_238.67m)]);

    private static CheckedClaim Single(string article, string kind)
    {
        var report = new ArticleChecker(Market(), new FactList([])).Check(article, "test", Tuesday);
        return Assert.Single(report.Claims, c => c.Kind == kind);
    }

    [Fact]
    public void Check_NasdaqOutperformedOtherBenchmarks_IsSupportedAgainstEveryUsIndex()
    {
        var claim = Single("The Nasdaq outperformed other benchmarks overnight.", "outperformed");

        Assert.Equal((Verdict.Supported, Monday), (claim.Verdict, claim.Date));
        Assert.Contains("DJIA +0.04%", claim.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_DowOutperformedTheNasdaq_IsContradicted()
    {
        var claim = Single("The Dow outperformed the Nasdaq overnight.", "outperformed");

        Assert.Equal(Verdict.Contradicted, claim.Verdict);
    }

    [Fact]
    public void Check_JapaneseEquitiesLeadingRegionalGains_IsSupported()
    {
        var claim = Single("Asian markets rose on Tuesday, with Japanese equities leading regional gains.", "led_region");

        Assert.Equal((Verdict.Supported, IndexIds.N225), (claim.Verdict, claim.Index));
    }

    [Fact]
    public void Check_KospiLeadingRegionalGains_IsContradictedNamingTheLeader()
    {
        var claim = Single("South Korea's Kospi led regional gains on Tuesday.", "led_region");

        Assert.Equal(Verdict.Contradicted, claim.Verdict);
        Assert.Contains("N225 +2.28%", claim.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SharesInJapanAtRecordHighs_IsANikkeiRecordClaim()
    {
        var claim = Single("Shares in Japan surged to fresh record highs on Tuesday.", "record");

        Assert.Equal(IndexIds.N225, claim.Index);
    }
}
