using Kabuto.Analytics.Facts;
using Kabuto.Core.Market;
using Kabuto.Writing.Composing;
using Kabuto.Writing.Documents;
using Kabuto.Writing.Grounding;

namespace Kabuto.Writing.Tests.Japanese;

/// <summary>Grounding of Japanese text: every number of every Japanese wrap is a fact, read by the Japanese number
/// reader (円・銭, 万 groups, truncated headline figures, percent, codes).</summary>
public sealed class JapaneseGroundingTests
{
    [Fact]
    public void Check_NumberNoFactHas_IsReported()
    {
        var problems = JapaneseGroundingCheck.Check("指数は1088円47銭(2.17%)高の5万1307円65銭。一時1234円56銭まで上げた。", TestFacts.RecordDay());

        Assert.Equal("1234円56銭", Assert.Single(problems).Text);
    }

    [Fact]
    public void Check_TruncatedHeadlineFiguresAndDates_AreGrounded()
    {
        Assert.Empty(JapaneseGroundingCheck.Check("日経平均は1088円高の5万1307円　初の5万1000円台。27日の5万0512円32銭を上回った。", TestFacts.RecordDay()));
    }

    [Fact]
    public void Check_PrimeTurnoverTruncatedToOku_IsGroundedAndRoundedUpIsNot()
    {
        var turnover = TestFacts.Make(FactKinds.Turnover, 2_619_012_345_678m, FactUnits.Yen, IndexIds.Topix);

        Assert.Empty(JapaneseGroundingCheck.Check("東証プライムの売買代金は2兆6190億円だった。", [turnover]));
        Assert.Equal("2兆6191億円", Assert.Single(JapaneseGroundingCheck.Check("東証プライムの売買代金は2兆6191億円だった。", [turnover])).Text);
    }

    [Fact]
    public void Check_RoundedUpHeadlineFigure_IsReported()
    {
        Assert.Equal("5万1308円", Assert.Single(JapaneseGroundingCheck.Check("日経平均は5万1308円", TestFacts.RecordDay())).Text);
    }

    [Fact]
    public void Check_FullWidthDigitsAndMiddleDot_AreReadAsNumbers()
    {
        Assert.Empty(JapaneseGroundingCheck.Check("５万１３０７円６５銭(２・１７%)", TestFacts.RecordDay()));
        Assert.Single(JapaneseGroundingCheck.Check("(２・１８%)", TestFacts.RecordDay()));
    }

    [Fact]
    public void Check_CodeOfNoFact_IsReported()
    {
        var facts = new List<Fact>(TestFacts.RecordDay())
        {
            TestFacts.Make(FactKinds.MemberContributionPoints, 18.30m, FactUnits.Points, subject: "6762"),
        };

        Assert.Empty(JapaneseGroundingCheck.Check("トップはTDK <6762>で18.30円押し上げ。東証33業種、S&P500、1ドル=", facts));
        Assert.Equal("<6857>", Assert.Single(JapaneseGroundingCheck.Check("アドテスト <6857>", facts)).Text);
    }

    [Theory]
    [InlineData(11)]
    [InlineData(29)]
    public void WriteJapanese_SyntheticDays_EveryNumberIsAFact(int seed)
    {
        var market = TestFacts.Synthetic(seed, 380);
        var writer = WrapWriter.Over(market);
        var days = market.GetDailyBars(IndexIds.N225).Skip(260).Select(b => b.Date).ToList();

        var failures = new List<string>();
        foreach (var day in days)
        {
            foreach (var edition in new[] { WrapEdition.Close, WrapEdition.Midday })
            {
                var article = writer.Write(Markets.Tokyo, day, edition, ArticleLanguage.Japanese);
                failures.AddRange(JapaneseGroundingCheck.Check(ArticleRenderer.Markdown(article), article.Facts).Select(p => $"{day:yyyy-MM-dd} {p.Text}: {p.Context}"));
            }
        }

        Assert.True(days.Count >= 100);
        Assert.Empty(failures);
    }

    [Fact]
    public void WriteJapanese_EveryRealNikkeiDaySince2024_EveryNumberIsAFact()
    {
        if (RealData.Market is not { } market)
        {
            return;
        }

        var writer = WrapWriter.Over(market);
        var days = market.GetDailyBars(IndexIds.N225, new DateOnly(2024, 1, 1)).Select(b => b.Date).ToList();

        var failures = new List<string>();
        foreach (var day in days)
        {
            var article = writer.Write(Markets.Tokyo, day, WrapEdition.Close, ArticleLanguage.Japanese);
            failures.AddRange(JapaneseGroundingCheck.Check(ArticleRenderer.Markdown(article), article.Facts).Select(p => $"{day:yyyy-MM-dd} {p.Text}: {p.Context}"));
        }

        Assert.True(days.Count >= 600);
        Assert.Empty(failures);
    }

    [Fact]
    public void WriteJapanese_EveryNumberRun_ReadsBackAsItsValue()
    {
        var market = TestFacts.Synthetic(7, 320);
        var writer = WrapWriter.Over(market);
        foreach (var day in market.GetDailyBars(IndexIds.N225).Skip(280).Select(b => b.Date))
        {
            var article = writer.Write(Markets.Tokyo, day, WrapEdition.Close, ArticleLanguage.Japanese);
            foreach (var run in article.Numbers.Where(n => !n.Text.EndsWith('日')))
            {
                Assert.Equal(Math.Round(Math.Abs(run.Value), 2, MidpointRounding.AwayFromZero), Kabuto.Writing.Text.JapaneseNumbers.ReadOne(run.Text)?.Value);
            }
        }
    }
}
