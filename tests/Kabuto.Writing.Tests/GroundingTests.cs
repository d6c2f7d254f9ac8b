using Kabuto.Analytics.Facts;
using Kabuto.Core.Market;
using Kabuto.Writing.Composing;
using Kabuto.Writing.Documents;
using Kabuto.Writing.Grounding;

namespace Kabuto.Writing.Tests;

/// <summary>The grounding test: every number in every generated wrap is a fact's value as formatted, a reference
/// value, or a component of a fact's date. Run over hundreds of synthetic days and the real Nikkei history.</summary>
public sealed class GroundingTests
{
    [Fact]
    public void Check_NumberNoFactHas_IsReported()
    {
        var facts = TestFacts.RecordDay();

        var problems = GroundingCheck.Check("The Nikkei rose 2.17% to 51,307.65, its best day since 1,234.56.", facts);

        Assert.Equal("1,234.56", Assert.Single(problems).Text);
    }

    [Fact]
    public void Check_PrimeTurnoverInTrillionsOfYen_IsGroundedAndAPartialSumIsNot()
    {
        var turnover = TestFacts.Make(FactKinds.Turnover, 4_709_012_345_678m, FactUnits.Yen, IndexIds.Topix);
        var partial = TestFacts.Make(FactKinds.TurnoverPartial, 4_709_012_345_678m, FactUnits.Yen, IndexIds.Topix);

        Assert.Empty(GroundingCheck.Check("Turnover came to 4.71 trillion yen.", [turnover]));
        Assert.Equal("4.71", Assert.Single(GroundingCheck.Check("Turnover came to 4.71 trillion yen.", [partial])).Text);
    }

    [Fact]
    public void Check_IndexNamesWithDigits_AreNotNumbers()
    {
        Assert.Empty(GroundingCheck.Check("Japan's Nikkei 225 and the S&P 500 and China's CSI 300.", TestFacts.RecordDay()));
    }

    [Theory]
    [InlineData(11)]
    [InlineData(29)]
    public void Write_SyntheticDays_EveryNumberIsAFact(int seed)
    {
        var market = TestFacts.Synthetic(seed, 380);
        var writer = WrapWriter.Over(market);
        var days = market.GetDailyBars(IndexIds.N225).Skip(260).Select(b => b.Date).ToList();

        var failures = new List<string>();
        foreach (var day in days)
        {
            foreach (var edition in new[] { WrapEdition.Close, WrapEdition.Midday })
            {
                var article = writer.Write(Markets.Tokyo, day, edition);
                failures.AddRange(GroundingCheck.Check(ArticleRenderer.Markdown(article), article.Facts).Select(p => $"{day:yyyy-MM-dd} {p.Text}: {p.Context}"));
            }
        }

        Assert.True(days.Count >= 100);
        Assert.Empty(failures);
    }

    [Fact]
    public void Write_RealNikkeiDays_EveryNumberIsAFact()
    {
        if (RealData.Market is not { } market)
        {
            return;
        }

        var writer = WrapWriter.Over(market);
        var days = market.GetDailyBars(IndexIds.N225, new DateOnly(2024, 1, 1)).Select(b => b.Date).Where((_, i) => i % 4 == 0).ToList();

        var failures = new List<string>();
        foreach (var day in days)
        {
            var article = writer.Write(Markets.Tokyo, day);
            failures.AddRange(GroundingCheck.Check(ArticleRenderer.Markdown(article), article.Facts).Select(p => $"{day:yyyy-MM-dd} {p.Text}: {p.Context}"));
        }

        Assert.True(days.Count >= 150);
        Assert.Empty(failures);
    }

    [Fact]
    public void Write_SameDayTwice_IsIdentical()
    {
        var market = TestFacts.Synthetic(3, 300);
        var day = market.GetDailyBars(IndexIds.N225)[280].Date;

        Assert.Equal(
            ArticleRenderer.Markdown(WrapWriter.Over(market).Write(Markets.Tokyo, day)),
            ArticleRenderer.Markdown(WrapWriter.Over(market).Write(Markets.Tokyo, day)));
    }

    [Fact]
    public void Write_TwoWeeksOfDays_LedesDoNotAllReadAlike()
    {
        var market = TestFacts.Synthetic(5, 300);
        var writer = WrapWriter.Over(market);
        var days = market.GetDailyBars(IndexIds.N225).Skip(280).Take(10).Select(b => b.Date);

        var openings = days.Select(d => string.Join(' ', writer.Write(Markets.Tokyo, d).Sections[0].Paragraphs[0].PlainText.Split(' ').Take(5))).ToHashSet();

        Assert.True(openings.Count >= 4, string.Join(" | ", openings));
    }
}
