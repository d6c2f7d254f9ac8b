using Kabuto.Analytics.Facts;
using Kabuto.Checking;
using Kabuto.Core.Market;
using Kabuto.Writing.Facts;

namespace Kabuto.Writing.Tests;

/// <summary>Readings found wrong on a fourth batch of real English wires the checker had never read (docs/checker.md,
/// "Fresh real wires"), each pinned with an invented sentence: words that are not a market record, a milestone or a yen
/// rate, a streak, an extreme or a move of another subject, a weekly figure as of the day before, a session extreme
/// given as "a high of", and an undated article's TOPIX intraday figures, which closes alone cannot date.</summary>
public sealed class FreshWiresFourthBatchTests
{
    private static IReadOnlyList<Claim> Read(string text) => ClaimExtractor.Read(text).Claims;

    [Theory]
    [InlineData("The Nikkei rose 0.6% after Fast Retailing reported record profits for the third year.")]
    [InlineData("The Nikkei rose 0.6% as the cabinet approved a record budget for next year.")]
    [InlineData("The Topix edged up as exporters posted record sales.")]
    public void Read_RecordOfACompanyOrBudget_IsNoMarketRecord(string sentence) =>
        Assert.DoesNotContain(Read(sentence), c => c.Kind is ClaimKind.Record or ClaimKind.NearRecord);

    [Fact]
    public void Read_RecordHigh_IsStillARecord() =>
        Assert.Contains(Read("The Topix closed at a record high."), c => c is { Kind: ClaimKind.Record, Index: "TOPIX" });

    [Fact]
    public void Read_NearAFigureNotRound_IsNoMilestone() =>
        Assert.DoesNotContain(Read("The Topix gained 0.6% to finish near 3,384."), c => c.Kind == ClaimKind.NearLevel);

    [Fact]
    public void Read_NearARoundLevel_IsAMilestoneApproached() =>
        Assert.Contains(Read("The Nikkei closed near 50,000."), c => c is { Kind: ClaimKind.NearLevel, Value: 50000m });

    [Fact]
    public void Read_ClosingHighForAStraightSession_IsAStreakOfRecords()
    {
        var streak = Assert.Single(Read("The Nikkei ended at a closing high for a third straight session on Monday."), c => c.Kind == ClaimKind.Streak);

        Assert.Equal((3m, "record"), (streak.Value!.Value, streak.Subject));
    }

    [Theory]
    [InlineData("The Nikkei rose, helped by a third straight day of gains on Wall Street.")]
    [InlineData("The Nikkei rose after a second consecutive session of gains for U.S. stocks.")]
    public void Read_StreakOwnedByAnotherMarket_IsNotTheNikkeis(string sentence) =>
        Assert.DoesNotContain(Read(sentence), c => c is { Kind: ClaimKind.Streak, Index: "N225" });

    [Theory]
    [InlineData("The Nikkei jumped as the Fed's outlook lifted the dollar to a five-year high against the yen.")]
    [InlineData("The Nikkei fell as bond yields climbed to a 17-year high.")]
    public void Read_ExtremeOfACurrencyOrYield_IsNotTheIndexs(string sentence) =>
        Assert.DoesNotContain(Read(sentence), c => c.Kind == ClaimKind.ExtremeSince);

    [Fact]
    public void Read_IndexAtAnExtremeSince_IsStillRead() =>
        Assert.Contains(Read("The Nikkei closed at a five-year high."), c => c is { Kind: ClaimKind.ExtremeSince, Index: "N225" });

    [Theory]
    [InlineData("Nikkei slips, erasing gains for week")]
    [InlineData("The Nikkei fell 1%, erasing its gains for the year.")]
    public void Read_GainsOfAPeriodErased_IsNoSessionPath(string sentence) =>
        Assert.DoesNotContain(Read(sentence), c => c.Kind == ClaimKind.Path);

    [Fact]
    public void Read_GainsErasedInTheSession_IsStillAPath() =>
        Assert.Contains(Read("The Nikkei erased early gains to close lower."), c => c.Kind == ClaimKind.Path);

    [Fact]
    public void Read_WeeklyFigureAsTheDayBegan_MayHaveAnotherScope()
    {
        var claim = Assert.Single(Read("The Nikkei fell 1.3% on Friday. It had entered the day up 0.8% for the week."), c => c is { Kind: ClaimKind.ChangePercent, Value: 0.8m });

        Assert.NotNull(claim.Context.OtherScope);
    }

    [Fact]
    public void Read_AHighOfAFigure_IsTheSessionsExtreme()
    {
        var level = Assert.Single(Read("The rally took the Nikkei to a 20-year high of 30,123.45 on Tuesday."), c => c.Kind == ClaimKind.Level);

        Assert.Equal(ClaimSessions.Intraday, level.Session);
    }

    [Fact]
    public void Read_AClosingHighOfAFigure_IsTheClose() =>
        Assert.Equal(ClaimSessions.Close, Assert.Single(Read("The Nikkei ended at a closing high of 30,123.45."), c => c.Kind == ClaimKind.Level).Session);

    [Fact]
    public void Read_SharePricesInYenAfterMoves_AreNoExchangeRate() =>
        Assert.DoesNotContain(Read("The Nikkei fell. Realty stocks slid, with Alpha Estate sinking 4.9% to 1,772 yen, Beta Fudosan dropping 6.1% to 490 yen and Gamma Realty losing 4.2% to 3,320 yen."),
            c => c.Kind == ClaimKind.YenLevel);

    [Fact]
    public void Read_DollarMoveToAYenFigure_IsStillARate() =>
        Assert.Contains(Read("The dollar rose 0.3% to 150.20 yen."), c => c is { Kind: ClaimKind.YenLevel, Value: 150.20m });

    [Theory]
    [InlineData("Exporters rose on a pause in recent yen strength.")]
    [InlineData("Exporters rose on an end to the yen's strength.")]
    public void Read_StoppedYenMove_IsNoYenDirection(string sentence) =>
        Assert.DoesNotContain(Read(sentence), c => c.Kind == ClaimKind.YenDirection);

    [Fact]
    public void Read_SharesOfACompanyAfterAScope_AreTheCompanysFigure() =>
        Assert.DoesNotContain(Read("The Nikkei rose 0.6% on Friday. Among the major losers, shares of Delta Holdings, a retailer, fell by about 1%."),
            c => c is { Kind: ClaimKind.ChangePercent, Value: -1m });

    [Fact]
    public void Read_WhetherTheIndexCanClose_IsAQuestion()
    {
        var above = Assert.Single(Read("Attention now focuses on whether the Nikkei can close above the 51,000 mark."), c => c.Kind == ClaimKind.Above);

        Assert.NotNull(above.Context.OtherScope);
    }

    [Fact]
    public void Read_RecentRecords_AreNotTodays() =>
        Assert.DoesNotContain(Read("The Nikkei fell 0.1% as investors booked profits after the index's recent all-time highs."), c => c.Kind == ClaimKind.Record);

    [Fact]
    public void Read_NearlyAnExtremeSince_IsNotAWindowToJudge() =>
        Assert.DoesNotContain(Read("The Nikkei ended at a nearly three-week high on Tuesday."), c => c.Kind == ClaimKind.ExtremeSince);

    [Fact]
    public void Read_MoveOverWeeks_IsNoDailyDirection() =>
        Assert.DoesNotContain(Read("Investors sought bargains after the Nasdaq's four-week tumble."), c => c.Kind == ClaimKind.Direction);

    // A small market: the Nikkei with ranges and TOPIX with closes only, over two weeks.
    private static readonly DateOnly Friday1 = new(2026, 3, 6);
    private static readonly DateOnly Thursday2 = new(2026, 3, 12);
    private static readonly DateOnly Friday2 = new(2026, 3, 13);

    private static ArticleChecker Checker()
    {
        var days = new[] { new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 3), new DateOnly(2026, 3, 4), new DateOnly(2026, 3, 5), Friday1,
            new DateOnly(2026, 3, 9), new DateOnly(2026, 3, 10), new DateOnly(2026, 3, 11), Thursday2, Friday2 };
        decimal[] nikkei = [50_000m, 50_100m, 50_200m, 50_300m, 50_400m, 50_500m, 50_600m, 50_700m, 50_800m, 51_000m];
        decimal[] topix = [3_300m, 3_310m, 3_320m, 3_330m, 3_340m, 3_360m, 3_370m, 3_380m, 3_395m, 3_388.21m];
        var market = new InMemoryMarketData()
            .AddBars(IndexIds.N225, days.Select((d, i) => new DailyBar(d, nikkei[i] - 50m, nikkei[i] + 100m, nikkei[i] - 100m, nikkei[i], null)))
            .AddBars(IndexIds.Topix, days.Select((d, i) => new DailyBar(d, null, null, null, topix[i], null)));
        return new ArticleChecker(market, new FactList([]));
    }

    [Fact]
    public void Check_EndedTheWeekDownAsTheLastSessionDid_IsNotContradicted()
    {
        // The week: 3,340 -> 3,388.21 (+1.44%); the Friday: 3,395 -> 3,388.21 (-0.2%).
        var report = Checker().Check("The Nikkei rose on Friday, while the broader Topix ended the week down 0.2% at 3,388.21.", "test", Friday2);

        var claim = Assert.Single(report.Claims, c => c.Kind == "change_pct" && c.Index == "TOPIX");
        Assert.Equal(Verdict.NotCheckable, claim.Verdict);
    }

    [Fact]
    public void Check_EndedTheWeekByAMoveNeitherMade_IsContradicted()
    {
        var report = Checker().Check("The Nikkei rose on Friday, while the broader Topix ended the week down 3% at 3,388.21.", "test", Friday2);

        Assert.Equal(Verdict.Contradicted, Assert.Single(report.Claims, c => c.Kind == "change_pct" && c.Index == "TOPIX").Verdict);
    }

    [Fact]
    public void Check_UndatedTopixIntradayRecord_DoesNotOutweighTheCloses()
    {
        // The Nikkei's close and TOPIX's close name the second Friday; the intraday record and level of TOPIX (whose
        // range is not held) say nothing against it.
        var report = Checker().Check("Topix touches record high. The Topix hit an all-time intraday high of 3,401.5 before closing at 3,388.21 on Friday, and the Nikkei rose 0.39% to close at 51,000.", "test");

        Assert.Equal(Friday2, report.Date.Date);
    }
}
