using Kabuto.Checking;
using Kabuto.Core.Market;
using Kabuto.Writing.Facts;

namespace Kabuto.Writing.Tests;

/// <summary>Verdicts that rest on which day and which scope a figure has, found by checking real wires the checker had
/// never seen: the session's weekday beside other days' weekdays, a level "as it stood" the day after its first close
/// above, and the yen's direction against one fixing a day. Invented sentences on a small hand-built market.</summary>
public sealed class DayAndScopeVerdictTests
{
    private static readonly DateOnly Wednesday = new(2026, 3, 11);
    private static readonly DateOnly Thursday = new(2026, 3, 12);
    private static readonly DateOnly Friday = new(2026, 3, 13);

    // Thursday is the first close above 54,000; Friday opens above it and closes at 54,400.00 (+200.00).
    private static InMemoryMarketData Market(decimal fridayYen = 150.10m) => new InMemoryMarketData()
        .AddBars(IndexIds.N225,
        [
            new DailyBar(Wednesday, 53_500m, 53_900m, 53_400m, 53_800m, null),
            new DailyBar(Thursday, 53_900m, 54_300m, 53_850m, 54_200m, null),
            new DailyBar(Friday, 54_250m, 54_500m, 54_100m, 54_400m, null),
        ])
        .AddBars(IndexIds.UsdJpy, [DailyBar.CloseOnly(Wednesday, 150.00m), DailyBar.CloseOnly(Thursday, 150.00m), DailyBar.CloseOnly(Friday, fridayYen)]);

    private static CheckReport Check(string article, DateOnly? date = null, InMemoryMarketData? market = null) =>
        new ArticleChecker(market ?? Market(), new FactList([])).Check(article, "test", date, published: Friday);

    [Fact]
    public void Date_WeekdayAfterAPriorDayOrAsABase_IsNotTheSessions()
    {
        // "the previous day" and "from Thursday" name other days: Friday is the session.
        var report = Check("Tokyo stocks surged on Friday after a drop the previous day. The Nikkei rose 200.00 points from Thursday to end at 54,400.00.");

        Assert.Equal(Friday, report.Date.Date);
        Assert.All(report.Claims.Where(c => c.Kind is "level" or "change_points"), c => Assert.Equal(Verdict.Supported, c.Verdict));
    }

    [Fact]
    public void Date_IntradayMoveStatedWithItsLevel_IsThatLevelsChangeNotTheDaysHigh()
    {
        // Both Wednesdays traded through 40,880. On the 4th it was +2.2% from the previous close (the day went on to
        // +3.5%); on the 11th it was +1.4% (the day's high happened to be +2.2%). The article was written in early trade.
        var market = new InMemoryMarketData().AddBars(IndexIds.N225,
        [
            new DailyBar(new DateOnly(2026, 3, 3), 40_000m, 40_100m, 39_900m, 40_000m, null),
            new DailyBar(new DateOnly(2026, 3, 4), 40_100m, 41_400m, 40_050m, 41_300m, null),
            new DailyBar(new DateOnly(2026, 3, 10), 40_300m, 40_400m, 40_200m, 40_300m, null),
            new DailyBar(new DateOnly(2026, 3, 11), 40_600m, 41_190m, 40_500m, 41_000m, null),
        ]);

        var report = Check("The Nikkei rose as much as 2.2% to 40,880 in early trade on Wednesday.", market: market);

        Assert.Equal(new DateOnly(2026, 3, 4), report.Date.Date);
    }

    [Fact]
    public void WeekdayOfAnEarlierRecord_DoesNotDateTheClausesOtherFigures()
    {
        var report = Check("The Nikkei rose 200.00 points to end at 54,400.00, topping its previous record close of 54,200.00, marked Thursday.", Friday);

        var level = Assert.Single(report.Claims, c => c is { Kind: "level", Quote: "end at 54,400.00" });
        Assert.Equal((Friday, Verdict.Supported), (level.Date, level.Verdict));
    }

    [Fact]
    public void FirstTimeInABand_TheDayAfterTheFirstCloseAbove_IsNotContradicted()
    {
        // Thursday closed above 54,000 for the first time; Friday's 「初の5万4000円台」 is the level as it stood.
        var claim = Assert.Single(Check("日経平均は初の5万4000円台とあって、利益確定の売りが出た。", Friday).Claims, c => c.Kind == "first_above");

        Assert.Equal(Verdict.NotCheckable, claim.Verdict);
        Assert.Contains("the session before", claim.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(150.10, "not_checkable")] // 0.07% the other way between fixings
    [InlineData(151.50, "contradicted")] // 1% the other way
    [InlineData(149.00, "supported")]
    public void YenDirection_ASmallMoveTheOtherWay_CannotRefuteIt(double fridayYen, string verdict)
    {
        var claim = Assert.Single(Check("外国為替市場でやや円高が進んだことも重荷となった。日経平均は上昇した。", Friday, Market((decimal)fridayYen)).Claims, c => c.Kind == "yen_direction");

        Assert.Equal(verdict, claim.Verdict switch { Verdict.Supported => "supported", Verdict.Contradicted => "contradicted", _ => "not_checkable" });
    }
}
