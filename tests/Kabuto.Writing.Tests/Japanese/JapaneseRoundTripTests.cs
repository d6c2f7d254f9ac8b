using Kabuto.Checking;
using Kabuto.Core.Market;
using Kabuto.Writing.Composing;
using Kabuto.Writing.Documents;

namespace Kabuto.Writing.Tests.Japanese;

/// <summary>The Japanese checker reading Kabuto's own Japanese wraps: nothing it reads may be contradicted (a
/// contradiction is a misread sentence or an ambiguous one), and it reads the lede's figures.</summary>
public sealed class JapaneseRoundTripTests
{
    [Fact]
    public void Check_RealJapaneseWraps_NothingIsContradicted()
    {
        if (RealData.Market is not { } market)
        {
            return;
        }

        var writer = WrapWriter.Over(market);
        var checker = ArticleChecker.Over(market);
        var days = market.GetDailyBars(IndexIds.N225, new DateOnly(2024, 1, 1)).Select(b => b.Date).Where((_, i) => i % 12 == 0).ToList();

        var failures = new List<string>();
        var supported = 0;
        foreach (var day in days)
        {
            foreach (var edition in new[] { WrapEdition.Close, WrapEdition.Midday })
            {
                var text = ArticleRenderer.Markdown(writer.Write(Markets.Tokyo, day, edition, ArticleLanguage.Japanese));
                var report = checker.Check(text, "wrap", day);
                supported += report.Supported;
                failures.AddRange(report.Claims.Where(c => c.Verdict == Verdict.Contradicted).Select(c => $"{day:yyyy-MM-dd} {edition} {c.Kind} {c.Quote}: {c.Reason}"));
            }
        }

        Assert.True(days.Count >= 40);
        Assert.True(supported >= days.Count * 5, $"only {supported} supported claims in {days.Count} days");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(11)]
    public void Check_SyntheticJapaneseWraps_NothingIsContradicted(int seed)
    {
        var market = TestFacts.Synthetic(seed, 320);
        var writer = WrapWriter.Over(market);
        var checker = ArticleChecker.Over(market);
        var failures = new List<string>();
        foreach (var day in market.GetDailyBars(IndexIds.N225).Skip(260).Select(b => b.Date))
        {
            var text = ArticleRenderer.Markdown(writer.Write(Markets.Tokyo, day, WrapEdition.Close, ArticleLanguage.Japanese));
            failures.AddRange(checker.Check(text, "wrap", day).Claims.Where(c => c.Verdict == Verdict.Contradicted).Select(c => $"{day:yyyy-MM-dd} {c.Kind} {c.Quote}: {c.Reason}"));
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }
}
