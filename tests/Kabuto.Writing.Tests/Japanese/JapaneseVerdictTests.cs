using Kabuto.Analytics.Facts;
using Kabuto.Checking;
using Kabuto.Core.Market;
using Kabuto.Writing.Facts;

namespace Kabuto.Writing.Tests.Japanese;

/// <summary>Verdicts on the Japanese reader's claims of the session's path, market groups, lunch-break directions,
/// point contributions (寄与度) and figures of a named day, against a small hand-built market (invented sentences).</summary>
public sealed class JapaneseVerdictTests
{
    private static readonly DateOnly Monday = new(2026, 3, 16);
    private static readonly DateOnly Tuesday = new(2026, 3, 17);
    private static readonly DateOnly Wednesday = new(2026, 3, 18);

    private static ArticleChecker Checker(DailyBar wednesday, PriceBasis? memberBasis = null)
    {
        var market = new InMemoryMarketData()
            .AddBars(IndexIds.N225,
            [
                new DailyBar(Monday, 53_500m, 54_000m, 53_400m, 53_819.61m, null),
                new DailyBar(Tuesday, 53_800m, 53_900m, 53_500m, 53_700.39m, null),
                wednesday,
            ])
            .AddBars(IndexIds.Djia, [new DailyBar(Monday, null, null, null, 47_000m, null), new DailyBar(Tuesday, null, null, null, 46_900m, null)])
            .AddBars(IndexIds.Spx, [new DailyBar(Monday, null, null, null, 6_800m, null), new DailyBar(Tuesday, null, null, null, 6_810m, null)])
            .AddBars(IndexIds.Nasdaq, [new DailyBar(Monday, null, null, null, 22_000m, null), new DailyBar(Tuesday, null, null, null, 22_100m, null)])
            .AddBars(IndexIds.Kospi, [new DailyBar(Tuesday, null, null, null, 5_000m, null), new DailyBar(Wednesday, null, null, null, 5_050m, null)])
            .AddBars(IndexIds.Hsi, [new DailyBar(Tuesday, null, null, null, 25_000m, null), new DailyBar(Wednesday, null, null, null, 25_100m, null)])
            .AddBars(IndexIds.Ssec, [new DailyBar(Tuesday, null, null, null, 4_000m, null), new DailyBar(Wednesday, null, null, null, 3_990m, null)]);
        var facts = new List<Fact>
        {
            TestFacts.Make(FactKinds.MemberContributionPoints, 423.44m, FactUnits.Points, subject: "6857", name: "ADVANTEST CORPORATION", date: Wednesday),
            TestFacts.Make(FactKinds.MemberContributionPoints, 149.97m, FactUnits.Points, subject: "8035", name: "Tokyo Electron Limited", date: Wednesday),
        };
        if (memberBasis is { } basis)
        {
            market.AddMemberBars(
            [
                new MemberBar("6857", Tuesday, null, null, null, 20_000m, null, basis),
                new MemberBar("6857", Wednesday, null, null, null, 21_000m, null, basis),
            ]);
        }

        return new ArticleChecker(market, new FactList(facts));
    }

    [Fact]
    public void Contribution_FromAdjustedPrices_IsNotContradictedByALargerFigureWithinTheAdjustment()
    {
        const string article = "日経平均は上昇した。アドテスト<6857>が1銘柄で日経平均を455.20円押し上げた。";
        Assert.Equal(Verdict.Contradicted, Assert.Single(Checker(AboveAllDay, PriceBasis.Raw).Check(article, "test", Wednesday).Claims, c => c.Kind == "driver").Verdict);
        Assert.Equal(Verdict.NotCheckable, Assert.Single(Checker(AboveAllDay, PriceBasis.Adjusted).Check(article, "test", Wednesday).Claims, c => c.Kind == "driver").Verdict);

        // Adjustment only shrinks the held figure: a smaller one, or one far above, is still refuted.
        Assert.Equal(Verdict.Contradicted, Assert.Single(Checker(AboveAllDay, PriceBasis.Adjusted).Check("日経平均は上昇した。アドテスト<6857>が1銘柄で日経平均を395.10円押し上げた。", "test", Wednesday).Claims, c => c.Kind == "driver").Verdict);
        Assert.Equal(Verdict.Contradicted, Assert.Single(Checker(AboveAllDay, PriceBasis.Adjusted).Check("日経平均は上昇した。アドテスト<6857>が1銘柄で日経平均を480.50円押し上げた。", "test", Wednesday).Claims, c => c.Kind == "driver").Verdict);
    }

    // Wednesday opened above Tuesday's close (53,700.39), traded below it and closed below it.
    private static readonly DailyBar TurnedLower = new(Wednesday, 53_800m, 54_100m, 53_300m, 53_400m, null);

    // Wednesday stayed above Tuesday's close all session.
    private static readonly DailyBar AboveAllDay = new(Wednesday, 53_800m, 54_300m, 53_750m, 54_200m, null);

    private static CheckedClaim Claim(DailyBar wednesday, string article, string kind) =>
        Assert.Single(Checker(wednesday).Check(article, "test", Wednesday).Claims, c => c.Kind == kind);

    [Fact]
    public void Path_TurnedNegative_IsSupportedByOpenAboveAndCloseBelow()
    {
        var claim = Claim(TurnedLower, "東京株式市場で日経平均は朝高の後、マイナスに転じて取引を終えた。", "path");

        Assert.Equal(Verdict.Supported, claim.Verdict);
        Assert.Equal(Verdict.Contradicted, Claim(AboveAllDay, "東京株式市場で日経平均は朝高の後、マイナスに転じて取引を終えた。", "path").Verdict);
    }

    [Fact]
    public void Path_BelowAllDay_IsContradictedByAHighAboveThePreviousClose()
    {
        var claim = Claim(TurnedLower, "東京株式市場で日経平均は終日マイナス圏で推移し、大引けを迎えた。", "path");

        Assert.Equal(Verdict.Contradicted, claim.Verdict);
        Assert.Contains("never took that path", claim.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void LunchBreakRebound_IsProvenOnlyByAWholeSessionAbove()
    {
        const string article = "18日前場の東京株式市場で日経平均は反発した。";

        Assert.Equal(Verdict.Supported, Claim(AboveAllDay, article, "streak").Verdict);
        // Traded on both sides of the previous close: the lunch-break direction is not held.
        Assert.Equal(Verdict.NotCheckable, Claim(new DailyBar(Wednesday, 53_600m, 54_100m, 53_500m, 54_000m, null), article, "streak").Verdict);
    }

    [Fact]
    public void Groups_MixedWallStreetAndAsiaBroadlyHigher()
    {
        var us = Claim(AboveAllDay, "前日の米国株式市場はまちまちだった。日経平均は上昇した。", "group_direction");
        Assert.Equal(Verdict.Supported, us.Verdict);
        Assert.Equal(Tuesday, us.Date);

        // Two of three Asian benchmarks held rose: "broadly" holds, "all together" does not.
        Assert.Equal(Verdict.Supported, Claim(AboveAllDay, "アジア市場が総じて上昇し、日経平均も上昇した。", "group_direction").Verdict);
        Assert.NotEqual(Verdict.Supported, Claim(AboveAllDay, "アジア市場がそろって上昇し、日経平均も上昇した。", "group_direction").Verdict);
    }

    [Fact]
    public void Contribution_SumsTheNamedMembers()
    {
        var two = Claim(AboveAllDay, "日経平均は上昇した。アドテスト<6857>と東京エレクトロンの2銘柄で日経平均を約573円押し上げた。", "driver");
        Assert.Equal(Verdict.Supported, two.Verdict);
        Assert.Equal(2, two.Evidence.Count);

        Assert.Equal(Verdict.Contradicted, Claim(AboveAllDay, "日経平均は上昇した。アドテスト<6857>が1銘柄で日経平均を約800円押し上げた。", "driver").Verdict);
        // Near the held figure: another outlet's method, not a mistake.
        Assert.Equal(Verdict.NotCheckable, Claim(AboveAllDay, "日経平均は上昇した。アドテストが1銘柄で日経平均を約430円押し上げた。", "driver").Verdict);
    }

    [Fact]
    public void NamedDayFigure_IsJudgedOnThatDay()
    {
        var right = Assert.Single(Checker(AboveAllDay).Check("日経平均の終値は5万4200円で、3月17日終値(5万3700円39銭)を上回った。", "test", Wednesday).Claims, c => c.Date == Tuesday);
        Assert.Equal(Verdict.Supported, right.Verdict);

        var wrong = Assert.Single(Checker(AboveAllDay).Check("日経平均の終値は5万4200円で、3月17日終値(5万3819円61銭)を上回った。", "test", Wednesday).Claims, c => c.Date == Tuesday);
        Assert.Equal(Verdict.Contradicted, wrong.Verdict);
    }
}
