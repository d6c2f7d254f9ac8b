using Kabuto.Analytics.Facts;
using Kabuto.Core.Market;
using Kabuto.Checking;
using Kabuto.Writing.Facts;

namespace Kabuto.Writing.Tests;

/// <summary>Verdicts on member, driver, sector and lunch-break claims against a small hand-built market: the Nikkei
/// of 16-18 March 2026 (the last day +1,539.01, +2.87%) with member facts on the 17th and 18th.</summary>
public sealed class ClaimVerifierTests
{
    private static readonly DateOnly Monday = new(2026, 3, 16);
    private static readonly DateOnly Tuesday = new(2026, 3, 17);
    private static readonly DateOnly Wednesday = new(2026, 3, 18);

    // A closing wrap: claims without time words are about the close.
    private const string Closing = "The Nikkei 225 closed higher on Wednesday. ";

    private static CheckedClaim Single(string article, string kind, DateOnly? date = null)
    {
        var report = Checker().Check(article, "test", date ?? Wednesday);
        return Assert.Single(report.Claims, c => c.Kind == kind);
    }

    private static ArticleChecker Checker(params Fact[] extra)
    {
        var market = new InMemoryMarketData().AddBars(IndexIds.N225,
        [
            new DailyBar(Monday, 53_500m, 54_000m, 53_400m, 53_819.61m, null),
            new DailyBar(Tuesday, 53_800m, 53_900m, 53_500m, 53_700.39m, null),
            new DailyBar(Wednesday, 54_148.84m, 55_239.40m, 54_148.84m, 55_239.40m, null),
        ]);
        var facts = new List<Fact>
        {
            TestFacts.Make(FactKinds.ChangePoints, 1539.01m, FactUnits.Points, date: Wednesday),
            TestFacts.Make(FactKinds.SectorChangePercent, 2.29m, FactUnits.Percent, subject: "7150", name: "Insurance", date: Wednesday),
        };
        facts.AddRange(Member(Wednesday, "6857", "ADVANTEST CORPORATION", 6.73m, 423.44m));
        facts.AddRange(Member(Wednesday, "9984", "SoftBank Group Corp.", 5.81m, 164.86m));
        facts.AddRange(Member(Wednesday, "9434", "SoftBank Corp. (shares of preferred stock)", 1.10m, 4.20m));
        facts.AddRange(Member(Wednesday, "8035", "Tokyo Electron Limited", 3.89m, 149.97m));
        facts.AddRange(Member(Wednesday, "4519", "CHUGAI PHARMACEUTICAL CO.,LTD.", -3.56m, -33.26m));
        facts.AddRange(Member(Tuesday, "9984", "SoftBank Group Corp.", 6.30m, 170.12m));
        facts.AddRange(extra);
        return new ArticleChecker(market, new FactList(facts));
    }

    private static Fact[] Member(DateOnly date, string code, string name, decimal percent, decimal points) =>
    [
        TestFacts.Make(FactKinds.MemberChangePercent, percent, FactUnits.Percent, subject: code, name: name, date: date),
        TestFacts.Make(FactKinds.MemberContributionPoints, points, FactUnits.Points, subject: code, name: name, date: date),
    ];

    [Fact]
    public void Check_MemberByShortName_IsSupportedFromTheRegisteredName()
    {
        var claim = Single(Closing + "Index heavyweight Tokyo Electron Ltd gained 3.89%.", "member_move");

        Assert.Equal(Verdict.Supported, claim.Verdict);
        Assert.Equal("N225:2026-03-18:close:member_change_pct:8035", Assert.Single(claim.Evidence).Id);
    }

    [Fact]
    public void Check_MemberMoveWrong_IsContradicted()
    {
        var claim = Single(Closing + "Chip-testing equipment maker Advantest surged 20% by the close.", "member_move");

        Assert.Equal(Verdict.Contradicted, claim.Verdict);
    }

    [Fact]
    public void Check_MemberMoveWrongWithoutAStatedClose_IsNotContradicted()
    {
        // Articles quote stocks during the session: without "closed"/"ended" the figure may be an earlier one.
        var claim = Single(Closing + "Chip-testing equipment maker Advantest surged 20%.", "member_move");

        Assert.Equal(Verdict.NotCheckable, claim.Verdict);
        Assert.Contains("not contradicted", claim.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MemberMoveRecordedTheDayBefore_IsReadOnThatSession()
    {
        var report = Checker().Check(Closing + "SoftBank Group jumped 5.81%. The stock added to a 6.3% gain recorded Tuesday.", "test", Wednesday);

        var before = Assert.Single(report.Claims, c => c.Kind == "member_move" && c.Text.Contains("6.3%", StringComparison.Ordinal));
        Assert.Equal((Tuesday, Verdict.Supported), (before.Date, before.Verdict));
    }

    [Fact]
    public void Check_BareGroupName_IsNotCheckable()
    {
        var claim = Single(Closing + "SoftBank rose 5.81%.", "member_move");

        Assert.Equal(Verdict.NotCheckable, claim.Verdict);
        Assert.Contains("SoftBank Group or SoftBank Corp", claim.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_DriverNamedTogether_EachIsChecked()
    {
        var report = Checker().Check(Closing + "Advantest and SoftBank Group were the biggest contributors to the Nikkei's gain.", "test", Wednesday);

        Assert.Equal(2, report.Claims.Count(c => c.Kind == "driver" && c.Verdict == Verdict.Supported));
    }

    [Fact]
    public void Check_DriverThatWeighedOnTheIndex_IsContradicted()
    {
        var claim = Single(Closing + "Chugai Pharmaceutical was among the biggest contributors to the index's rise.", "driver");

        Assert.Equal(Verdict.Contradicted, claim.Verdict);
    }

    [Fact]
    public void Check_TopDriverWhileMembersAreUnpriced_IsNotSupportedButAnOutsiderIsStillContradicted()
    {
        // 27 members without prices: one of them could outrank any member held, but none can lift a member held
        // into the top five.
        var unpriced = TestFacts.Make(FactKinds.MemberUnpricedCount, 27m, FactUnits.Count, date: Wednesday);
        var report = Checker(unpriced).Check(
            Closing + "Advantest was the biggest contributor to the Nikkei's gain. Chugai Pharmaceutical was among the biggest contributors to the index's rise.",
            "test", Wednesday);

        var top = Assert.Single(report.Claims, c => c.Kind == "driver" && c.Text.Contains("Advantest", StringComparison.Ordinal));
        Assert.Equal(Verdict.NotCheckable, top.Verdict);
        Assert.Contains("27 members' prices are not held", top.Reason, StringComparison.Ordinal);
        Assert.Equal(Verdict.Contradicted, Assert.Single(report.Claims, c => c.Kind == "driver" && c.Text.Contains("Chugai", StringComparison.Ordinal)).Verdict);
    }

    [Fact]
    public void Check_TseSectorMove_IsNotJudgedOnTheIndexMembersSector()
    {
        var claim = Single("Among the Tokyo Stock Exchange's 33 industry sectors, the insurance sector led the gainers, up 2.51%.", "sector_move");

        Assert.Equal(Verdict.NotCheckable, claim.Verdict);
        Assert.Contains("+2.29%", claim.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NearLevelAtTheLunchBreak_DayRangeOnlyPartlyNear_IsNotCheckable()
    {
        // Range 54,148.84-55,239.40: only its top is within 1.5% below 56,000 (55,160 and up).
        var claim = Single("The Nikkei was higher by the midday break. It now stands within touching distance of the 56,000-point level.", "near_level");

        Assert.Equal(Verdict.NotCheckable, claim.Verdict);
    }

    [Fact]
    public void Check_NearLevelAtTheLunchBreak_DayRangeNeverNear_IsContradicted()
    {
        var claim = Single("The Nikkei was higher by the midday break. It now stands within touching distance of the 57,000-point level.", "near_level");

        Assert.Equal(Verdict.Contradicted, claim.Verdict);
    }

    [Fact]
    public void Check_NearLevelDuringTheSession_DayHighNear_IsSupported()
    {
        var claim = Single("Japan's Nikkei 225 climbed toward the 56,000 level on Wednesday.", "near_level");

        Assert.Equal(Verdict.Supported, claim.Verdict);
    }
}
