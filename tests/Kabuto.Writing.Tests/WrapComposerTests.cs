using System.Text.Json;
using Kabuto.Analytics.Facts;
using Kabuto.Core.Market;
using Kabuto.Writing.Composing;
using Kabuto.Writing.Documents;

namespace Kabuto.Writing.Tests;

public sealed class WrapComposerTests
{
    [Fact]
    public void Compose_RecordDay_LedeCarriesHouseFormattedNumbers()
    {
        var article = WrapComposer.Compose(TestFacts.Input(TestFacts.RecordDay()));

        var lede = article.Sections[0].Paragraphs[0].PlainText;
        Assert.Contains("1,088.47 points, or 2.17%,", lede, StringComparison.Ordinal);
        Assert.Contains("51,307.65", lede, StringComparison.Ordinal);
        Assert.Contains("first finish above 51,000", lede, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_RecordDay_HeadlineLeadsWithTheMilestone()
    {
        var article = WrapComposer.Compose(TestFacts.Input(TestFacts.RecordDay()));

        Assert.EndsWith("closes above 51,000 for the first time", article.Headline.PlainText, StringComparison.Ordinal);
    }

    /// <summary>2026-08-21: the Nikkei eased 0.30% while TOPIX rose 1.37%; "as TOPIX lags" said the opposite.</summary>
    [Theory]
    [InlineData(-0.30, 1.37, "as TOPIX rises")]
    [InlineData(2.00, -0.60, "as TOPIX falls")]
    [InlineData(2.30, 0.60, "as TOPIX lags")]
    [InlineData(0.60, 2.30, "as TOPIX rises more")]
    [InlineData(-2.30, -0.60, "as TOPIX falls less")]
    [InlineData(-0.60, -2.30, "as TOPIX falls further")]
    public void Compose_Divergence_HeadlineFollowsBothIndicesSigns(double nikkeiPct, double topixPct, string expected)
    {
        List<Fact> nikkei =
        [
            TestFacts.Make(FactKinds.Close, 66016.36m, FactUnits.Level),
            TestFacts.Make(FactKinds.ChangePercent, (decimal)nikkeiPct, FactUnits.Percent),
        ];
        List<Fact> topix =
        [
            TestFacts.Make(FactKinds.Close, 4067.29m, FactUnits.Level, IndexIds.Topix),
            TestFacts.Make(FactKinds.ChangePercent, (decimal)topixPct, FactUnits.Percent, IndexIds.Topix),
        ];

        var headline = WrapComposer.Compose(TestFacts.Input(nikkei, topix: topix)).Headline.PlainText;

        Assert.EndsWith(expected, headline, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_Growth250Held_OneSentenceAfterTheLedeCitingItsFacts()
    {
        const string growth = "JPX-0070";
        var input = TestFacts.Input(TestFacts.RecordDay()) with
        {
            Growth250 = new SeriesDay(growth, TestFacts.Day,
            [
                TestFacts.Make(FactKinds.Close, 676.48m, FactUnits.Level, growth),
                TestFacts.Make(FactKinds.ChangePercent, -0.54m, FactUnits.Percent, growth),
            ]),
        };

        var article = WrapComposer.Compose(input);

        var line = Assert.Single(article.Sections[0].Paragraphs, p => p.PlainText.Contains("Growth Market 250", StringComparison.Ordinal));
        Assert.Matches(@"^The Growth Market 250 index [a-z ]+ 0\.54% to 676\.48\.$", line.PlainText);
        Assert.Contains(article.Facts, f => f.Index == growth && f.Kind == FactKinds.ChangePercent);
    }

    [Fact]
    public void Compose_Growth250WithoutADailyMove_SaysNothingOfIt()
    {
        const string growth = "JPX-0070";
        var input = TestFacts.Input(TestFacts.RecordDay()) with
        {
            Growth250 = new SeriesDay(growth, TestFacts.Day, [TestFacts.Make(FactKinds.Close, 676.48m, FactUnits.Level, growth)]),
        };

        var article = WrapComposer.Compose(input);

        Assert.DoesNotContain(article.Sections.SelectMany(s => s.Paragraphs), p => p.PlainText.Contains("Growth", StringComparison.Ordinal));
    }

    [Fact]
    public void Compose_AnyDay_EveryNumberRunNamesAFactOfTheArticle()
    {
        var article = WrapComposer.Compose(TestFacts.Input(TestFacts.RecordDay()));

        var ids = article.Facts.Select(f => f.Id).ToHashSet();
        Assert.All(article.Numbers, n => Assert.Contains(n.FactId, ids));
    }

    [Fact]
    public void Compose_MiddayWithoutMorningFacts_SaysSoInsteadOfInventing()
    {
        var article = WrapComposer.Compose(TestFacts.Input(TestFacts.RecordDay(), WrapEdition.Midday));

        Assert.Contains("Morning-session prices for the Nikkei 225", ArticleRenderer.Markdown(article), StringComparison.Ordinal);
        Assert.DoesNotContain(article.Numbers, n => n.Text == "51,307.65");
    }

    [Fact]
    public void Compose_MiddayWithMorningFacts_SpeaksOfTheLunchBreak()
    {
        var article = WrapComposer.Compose(TestFacts.Input(TestFacts.RecordDay(Sessions.Morning), WrapEdition.Midday));

        Assert.Contains("by the midday break", article.Sections[0].Paragraphs[0].PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_WithContributions_NamesTheDriversWithPoints()
    {
        var facts = TestFacts.RecordDay();
        facts.Add(TestFacts.Make(FactKinds.MemberContributionPoints, 250.12m, FactUnits.Points, subject: "6857", name: "Advantest"));
        facts.Add(TestFacts.Make(FactKinds.MemberChangePercent, 22.04m, FactUnits.Percent, subject: "6857", name: "Advantest"));

        var markdown = ArticleRenderer.Markdown(WrapComposer.Compose(TestFacts.Input(facts)));

        Assert.Contains("Advantest gave the index its biggest lift, adding 250.12 points on a 22.04% gain", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_MoveThatPrintsAsZeroPercent_SaysFlatInsteadOfZero()
    {
        List<Fact> facts =
        [
            TestFacts.Make(FactKinds.Close, 50001.20m, FactUnits.Level),
            TestFacts.Make(FactKinds.ChangePoints, 1.20m, FactUnits.Points),
            TestFacts.Make(FactKinds.ChangePercent, 0.0024m, FactUnits.Percent),
        ];

        var article = WrapComposer.Compose(TestFacts.Input(facts));

        Assert.Equal("Nikkei ends flat at 50,001.20", article.Headline.PlainText);
        Assert.Contains("1.20 points to ", article.Sections[0].Paragraphs[0].PlainText, StringComparison.Ordinal);
        Assert.DoesNotContain("0.00%", ArticleRenderer.Markdown(article), StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_CloseAtTheDaysHigh_SaysSoInsteadOfARange()
    {
        var facts = TestFacts.RecordDay();
        facts.RemoveAll(f => f.Kind == FactKinds.High);
        facts.Add(TestFacts.Make(FactKinds.High, 51307.65m, FactUnits.Level));

        var range = WrapComposer.Compose(TestFacts.Input(facts)).Sections[0].Paragraphs[1].PlainText;

        Assert.Equal("It closed at the day's high, after trading as low as 50,365.62.", range);
    }

    [Fact]
    public void Compose_Drivers_ResidualIsOneGroundedPlainSentence()
    {
        var facts = TestFacts.RecordDay();
        facts.Add(TestFacts.Make(FactKinds.MemberContributionPoints, 250.12m, FactUnits.Points, subject: "6857", name: "ADVANTEST CORPORATION"));
        facts.Add(TestFacts.Make(FactKinds.ContributionResidualPoints, -30.34m, FactUnits.Points));

        var article = WrapComposer.Compose(TestFacts.Input(facts));
        var markdown = ArticleRenderer.Markdown(article);

        Assert.Contains("A further 30.34 points came off the index from divisor and data effects not attributed to any single stock.", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("CORPORATION", markdown, StringComparison.Ordinal);
        Assert.Empty(Kabuto.Writing.Grounding.GroundingCheck.Check(markdown, article.Facts));
    }

    [Fact]
    public void Compose_DriversWhileMembersAreUnpriced_RankAmongTheMembersHeldAndNameTheGapInTheResidual()
    {
        var facts = TestFacts.RecordDay();
        facts.Add(TestFacts.Make(FactKinds.MemberContributionPoints, 250.12m, FactUnits.Points, subject: "6857", name: "ADVANTEST CORPORATION"));
        facts.Add(TestFacts.Make(FactKinds.MemberContributionPoints, -12.40m, FactUnits.Points, subject: "4519", name: "CHUGAI PHARMACEUTICAL CO.,LTD."));
        facts.Add(TestFacts.Make(FactKinds.ContributionResidualPoints, 83.13m, FactUnits.Points));
        facts.Add(TestFacts.Make(FactKinds.MemberCount, 198m, FactUnits.Count));
        facts.Add(TestFacts.Make(FactKinds.MemberUnpricedCount, 27m, FactUnits.Count));

        var article = WrapComposer.Compose(TestFacts.Input(facts));
        var drivers = article.Sections.Single(s => s.Kind == SectionKind.Drivers).Paragraphs.Select(p => p.PlainText).ToList();

        Assert.StartsWith("Advantest gave the index its biggest lift among the 198 members whose prices are held, adding 250.12 points", drivers[0], StringComparison.Ordinal);
        Assert.StartsWith("Chugai Pharmaceutical weighed most against the rise among them, taking 12.40 points off", drivers[1], StringComparison.Ordinal);
        Assert.Equal("A further 83.13 points came from the 27 members whose prices are not held and from divisor and data effects.", drivers[2]);
        Assert.Empty(Kabuto.Writing.Grounding.GroundingCheck.Check(ArticleRenderer.Markdown(article), article.Facts));
    }

    [Fact]
    public void Compose_DownDay_LeadsDriversWithTheBiggestDrag()
    {
        List<Fact> facts =
        [
            TestFacts.Make(FactKinds.Close, 53372.53m, FactUnits.Level),
            TestFacts.Make(FactKinds.ChangePoints, -1866.87m, FactUnits.Points),
            TestFacts.Make(FactKinds.ChangePercent, -3.38m, FactUnits.Percent),
            TestFacts.Make(FactKinds.MemberContributionPoints, 4.04m, FactUnits.Points, subject: "6532", name: "BayCurrent,Inc."),
            TestFacts.Make(FactKinds.MemberContributionPoints, -307.23m, FactUnits.Points, subject: "6857", name: "ADVANTEST CORPORATION"),
            TestFacts.Make(FactKinds.MemberChangePercent, -4.58m, FactUnits.Percent, subject: "6857", name: "ADVANTEST CORPORATION"),
        ];

        var drivers = WrapComposer.Compose(TestFacts.Input(facts)).Sections.Single(s => s.Kind == SectionKind.Drivers).Paragraphs;

        Assert.Equal("Advantest was the heaviest drag, taking 307.23 points off the index on a 4.58% drop.", drivers[0].PlainText);
        Assert.Equal("BayCurrent did the most to cushion the fall, adding 4.04 points.", drivers[1].PlainText);
    }

    [Fact]
    public void Render_Json_CarriesTheFactIdBehindEveryNumber()
    {
        var json = ArticleRenderer.Json(WrapComposer.Compose(TestFacts.Input(TestFacts.RecordDay())));

        using var doc = JsonDocument.Parse(json);
        var runs = doc.RootElement.GetProperty("sections").EnumerateArray()
            .SelectMany(s => s.GetProperty("paragraphs").EnumerateArray()).SelectMany(p => p.GetProperty("runs").EnumerateArray()).ToList();
        var numbers = runs.Where(r => r.GetProperty("text").GetString()!.Replace("Nikkei 225", string.Empty, StringComparison.Ordinal).Any(char.IsDigit)).ToList();
        Assert.NotEmpty(numbers);
        Assert.All(numbers, r => Assert.Equal(JsonValueKind.String, r.GetProperty("fact_id").ValueKind));
        Assert.True(doc.RootElement.GetProperty("facts").GetArrayLength() > 0);
    }

    [Fact]
    public void Render_Html_MarksEachNumberWithItsFact()
    {
        var html = ArticleRenderer.Html(WrapComposer.Compose(TestFacts.Input(TestFacts.RecordDay())));

        Assert.Contains("<span class=\"num\" data-fact=\"N225:2025-10-29:close:close\">51,307.65</span>", html, StringComparison.Ordinal);
    }
}

public sealed class SessionWrapTests
{
    private static SessionSummary Nikkei(decimal? morning) => new("N225", new DateOnly(2026, 11, 20), 50000m, 50100m, 50900m, 49950m, 50750.25m, morning,
        [new SessionMember("8035", "Tokyo Electron", 120.5m, 3.1m), new SessionMember("9984", "SoftBank Group", -40.25m, -1.2m)]);

    [Fact]
    public void Write_SimulatedClose_NamesDriversAndEveryNumberIsAFact()
    {
        var article = SessionWrap.Write([Nikkei(50400m)]);

        var markdown = ArticleRenderer.Markdown(article);
        Assert.Contains("Tokyo Electron gave the index its biggest lift, adding 120.50 points", markdown, StringComparison.Ordinal);
        Assert.Contains("SoftBank Group weighed most against the rise, taking 40.25 points off", markdown, StringComparison.Ordinal);
        Assert.Empty(Kabuto.Writing.Grounding.GroundingCheck.Check(markdown, article.Facts));
    }

    [Fact]
    public void Write_SimulatedMidday_UsesTheMiddayBreakLevel()
    {
        var article = SessionWrap.Write([Nikkei(50400m)], WrapEdition.Midday);

        Assert.Contains("50,400.00 by the midday break", article.Sections[0].Paragraphs[0].PlainText, StringComparison.Ordinal);
    }
}
