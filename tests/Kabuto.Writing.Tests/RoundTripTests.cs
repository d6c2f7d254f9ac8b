using Kabuto.Analytics.Facts;
using Kabuto.Core.Market;
using Kabuto.Checking;
using Kabuto.Writing.Composing;
using Kabuto.Writing.Documents;
using Kabuto.Writing.Facts;

namespace Kabuto.Writing.Tests;

/// <summary>The checker reading the writer's own wraps: every claim it finds must be supported or not checkable.
/// A contradiction is a defect in one of the two (a misread sentence, or an ambiguous one).</summary>
public sealed class RoundTripTests
{
    [Fact]
    public void Check_RealWraps_NothingIsContradicted()
    {
        if (RealData.Market is not { } market)
        {
            return;
        }

        var writer = WrapWriter.Over(market);
        var checker = ArticleChecker.Over(market);
        var days = market.GetDailyBars(IndexIds.N225, new DateOnly(2024, 1, 1)).Select(b => b.Date).Where((_, i) => i % 12 == 0).ToList();

        var failures = new List<string>();
        foreach (var day in days)
        {
            var text = ArticleRenderer.Markdown(writer.Write(Markets.Tokyo, day));
            failures.AddRange(checker.Check(text, "wrap", day).Claims.Where(c => c.Verdict == Verdict.Contradicted).Select(c => $"{day:yyyy-MM-dd} {c.Kind} {c.Text}: {c.Reason}"));
        }

        Assert.True(days.Count >= 40);
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void Check_WrapWithDrivers_MembersByShortNameAreSupported()
    {
        var day = TestFacts.Day;
        var facts = TestFacts.RecordDay();
        facts.AddRange(
        [
            TestFacts.Make(FactKinds.MemberContributionPoints, 250.12m, FactUnits.Points, subject: "6857", name: "ADVANTEST CORPORATION"),
            TestFacts.Make(FactKinds.MemberChangePercent, 22.04m, FactUnits.Percent, subject: "6857", name: "ADVANTEST CORPORATION"),
            TestFacts.Make(FactKinds.MemberContributionPoints, 80.10m, FactUnits.Points, subject: "9984", name: "SoftBank Group Corp."),
            TestFacts.Make(FactKinds.MemberChangePercent, 2.10m, FactUnits.Percent, subject: "9984", name: "SoftBank Group Corp."),
            TestFacts.Make(FactKinds.MemberContributionPoints, -20.35m, FactUnits.Points, subject: "4519", name: "CHUGAI PHARMACEUTICAL CO.,LTD."),
            TestFacts.Make(FactKinds.MemberChangePercent, -2.51m, FactUnits.Percent, subject: "4519", name: "CHUGAI PHARMACEUTICAL CO.,LTD."),
        ]);
        var market = new InMemoryMarketData().AddBars(IndexIds.N225,
        [
            new DailyBar(day.AddDays(-3), 49_000m, 49_300m, 48_900m, 49_100.00m, null),
            new DailyBar(day.AddDays(-2), 49_900m, 50_600m, 49_900m, 50_512.32m, null),
            new DailyBar(day.AddDays(-1), 50_000m, 50_300m, 49_900m, 50_219.18m, null),
            new DailyBar(day, 50_400m, 51_412.97m, 50_365.62m, 51_307.65m, null),
        ]);
        var text = ArticleRenderer.Markdown(WrapComposer.Compose(TestFacts.Input(facts)));

        var claims = new ArticleChecker(market, new FactList(facts)).Check(text, "wrap", day).Claims;

        Assert.Contains("Chugai Pharmaceutical", text, StringComparison.Ordinal);
        Assert.DoesNotContain(claims, c => c.Verdict == Verdict.Contradicted);
    }
}
