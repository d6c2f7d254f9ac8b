using Kabuto.Core.Errors;
using Kabuto.Core.Market;
using Kabuto.Writing.Composing;
using Kabuto.Writing.Documents;

namespace Kabuto.Writing.Tests;

/// <summary>Issue 12: a trading day the store holds no close for is never bridged silently. TOPIX had no row for
/// 2026-08-20 and the dashboard printed its two-day move as the day's "+1.37%"; a date after the data was "import N225
/// data first" although N225 was imported.</summary>
public sealed class MissingSessionWrapTests
{
    private static readonly DateOnly Aug21 = new(2026, 8, 21);

    private static InMemoryMarketData Market(bool nikkeiHasAug20 = true, bool topixHasAug20 = false)
    {
        var nikkei = new List<DailyBar>
        {
            DailyBar.CloseOnly(new DateOnly(2026, 8, 18), 67460.73m),
            DailyBar.CloseOnly(new DateOnly(2026, 8, 19), 65326.42m),
        };
        if (nikkeiHasAug20)
        {
            nikkei.Add(DailyBar.CloseOnly(new DateOnly(2026, 8, 20), 66216.79m));
        }

        nikkei.Add(DailyBar.CloseOnly(Aug21, 66016.36m));
        var topix = new List<DailyBar>
        {
            DailyBar.CloseOnly(new DateOnly(2026, 8, 18), 4140.22m),
            DailyBar.CloseOnly(new DateOnly(2026, 8, 19), 4012.31m),
        };
        if (topixHasAug20)
        {
            topix.Add(DailyBar.CloseOnly(new DateOnly(2026, 8, 20), 4030.00m));
        }

        topix.Add(DailyBar.CloseOnly(Aug21, 4067.29m));
        return new InMemoryMarketData().AddBars(IndexIds.N225, nikkei).AddBars(IndexIds.Topix, topix);
    }

    [Fact]
    public void Write_SecondIndexAfterAMissingTradingDay_SaysWhatTheChangeIsNotADailyMove()
    {
        var article = WrapWriter.Over(Market()).Write(Markets.Tokyo, Aug21);

        var text = ArticleRenderer.Markdown(article);
        Assert.Contains("The broader TOPIX ended at 4,067.29, 1.37% above its close of Aug. 19; no close is held for Thursday, Aug. 20, "
                        + "a trading day, so its move on the day is not known.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("TOPIX", article.Headline.PlainText, StringComparison.Ordinal);
        Assert.DoesNotContain("TOPIX added", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_MainIndexAfterAMissingTradingDay_GivesTheCloseAndTheSpanNotAMove()
    {
        var article = WrapWriter.Over(Market(nikkeiHasAug20: false, topixHasAug20: true)).Write(Markets.Tokyo, Aug21);

        Assert.Equal("Nikkei ends at 66,016.36; no close held for Aug. 20", article.Headline.PlainText);
        var lede = article.Sections[0].Paragraphs[0].PlainText;
        Assert.Equal("Japan's Nikkei 225 ended at 66,016.36 on Friday, 1.06% above its close of Aug. 19; no close is held for Thursday, "
                     + "Aug. 20, a trading day, so its move on the day is not known.", lede);
        Assert.DoesNotContain(article.Sections, s => s.Kind is SectionKind.Drivers or SectionKind.Sectors or SectionKind.Notice);
    }

    [Fact]
    public void Write_TradingDayAfterTheData_SaysNoDataHeldAndTheLatestHeld()
    {
        var error = Assert.Throws<UserInputException>(() => WrapWriter.Over(Market()).Write(Markets.Tokyo, new DateOnly(2027, 3, 15)));

        Assert.DoesNotContain("import N225 data first", error.Message, StringComparison.Ordinal);
        Assert.Contains("no data is held for N225 on 2027-03-15 (Monday), a Tokyo trading day; the latest held is 2026-08-21", error.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Write_YenAfterMissingDays_NamesTheDateOfThePriorRateNotThePreviousDay()
    {
        var market = Market().AddBars(IndexIds.UsdJpy, [DailyBar.CloseOnly(new DateOnly(2026, 8, 18), 159.67m), DailyBar.CloseOnly(Aug21, 158.54m)]);

        var text = ArticleRenderer.Markdown(WrapWriter.Over(market).Write(Markets.Tokyo, Aug21));

        Assert.Contains("The yen strengthened, with the dollar at 158.54 yen, down from 159.67 on Aug. 18.", text, StringComparison.Ordinal);
    }
}
