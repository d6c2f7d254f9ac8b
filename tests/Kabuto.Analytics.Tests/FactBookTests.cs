using Kabuto.Analytics.Facts;
using Kabuto.Core.Errors;
using Kabuto.Core.Market;

namespace Kabuto.Analytics.Tests;

/// <summary>The facade: markets vs indices, the regional table with local dates, the overnight US session, the yen,
/// the Nikkei/TOPIX ratio, and the error for a day the market did not trade.</summary>
public sealed class FactBookTests
{
    private static readonly DateOnly Friday = new(2024, 8, 2);
    private static readonly DateOnly Monday = new(2024, 8, 5);

    private static InMemoryMarketData Market() => new InMemoryMarketData()
        .AddBars(IndexIds.N225, [DailyBar.CloseOnly(Friday, 35909.70m), DailyBar.CloseOnly(Monday, 31458.42m)])
        .AddBars(IndexIds.Topix, [DailyBar.CloseOnly(Friday, 2537.60m), DailyBar.CloseOnly(Monday, 2227.15m)])
        .AddBars(IndexIds.Kospi, [DailyBar.CloseOnly(Friday, 2676.19m), DailyBar.CloseOnly(Monday, 2441.55m)])
        .AddBars(IndexIds.Sti, [DailyBar.CloseOnly(new DateOnly(2019, 2, 20), 3300m)])
        .AddBars(IndexIds.Djia, [DailyBar.CloseOnly(new DateOnly(2024, 8, 1), 40347.97m), DailyBar.CloseOnly(Friday, 39737.26m), DailyBar.CloseOnly(Monday, 38703.27m)])
        .AddBars(IndexIds.UsdJpy, [DailyBar.CloseOnly(Friday, 146.50m), DailyBar.CloseOnly(Monday, 143.80m)]);

    [Fact]
    public void Day_Tokyo_IncludesBothTokyoIndicesAndTheRegion()
    {
        var facts = new FactBook(Market()).Day("tokyo", Monday);

        Assert.Contains(facts, f => f is { Index: IndexIds.N225, Kind: FactKinds.ChangePercent, Value: -12.40m });
        Assert.Contains(facts, f => f is { Index: IndexIds.Topix, Kind: FactKinds.Close });
        Assert.Contains(facts, f => f is { Index: IndexIds.Kospi, Kind: FactKinds.RegionalChangePercent, Subject: Markets.Seoul });
    }

    [Fact]
    public void Day_Tokyo_OvernightIsTheNewYorkSessionBeforeTheTokyoDate()
    {
        var facts = new FactBook(Market()).Day("tokyo", Monday);

        var dow = Assert.Single(facts, f => f is { Index: IndexIds.Djia, Kind: FactKinds.RegionalClose });
        Assert.Equal(Sessions.Overnight, dow.Session);
        Assert.Equal(Friday, dow.Date);
        Assert.Equal(39737.26m, dow.Value);
    }

    [Fact]
    public void Day_Tokyo_StaleMarketIsLeftOut()
    {
        var facts = new FactBook(Market()).Day("tokyo", Monday);

        Assert.DoesNotContain(facts, f => f.Index == IndexIds.Sti);
    }

    [Fact]
    public void Day_Tokyo_YenStrengthenedWhenUsdJpyFell()
    {
        var facts = new FactBook(Market()).Day("tokyo", Monday);

        Assert.Equal(-2.70m, Assert.Single(facts, f => f.Kind == FactKinds.YenChange).Value);
        Assert.Equal(0m, Assert.Single(facts, f => f.Kind == FactKinds.YenWeaker).Value);
    }

    [Fact]
    public void Day_Tokyo_NikkeiTopixRatioAndDivergence()
    {
        var facts = new FactBook(Market()).Day("tokyo", Monday);

        Assert.Equal(14.12m, Assert.Single(facts, f => f.Kind == FactKinds.NikkeiTopixRatio).Value);
        // Nikkei -12.40%, TOPIX -12.23%.
        Assert.Equal(-0.17m, Assert.Single(facts, f => f.Kind == FactKinds.NikkeiTopixDivergencePoints).Value);
    }

    [Fact]
    public void Day_Index_GivesOnlyThatIndex()
    {
        var facts = new FactBook(Market()).Day("n225", Monday);

        Assert.All(facts, f => Assert.Equal(IndexIds.N225, f.Index));
    }

    [Fact]
    public void Day_Holiday_FailsNamingTheNearestTradingDays()
    {
        var error = Assert.Throws<UserInputException>(() => new FactBook(Market()).Day("tokyo", new DateOnly(2024, 8, 3)));

        Assert.Contains("2024-08-03", error.Message, StringComparison.Ordinal);
        Assert.Contains("2024-08-02", error.Message, StringComparison.Ordinal);
        Assert.Contains("2024-08-05", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Day_UnknownId_FailsListingValidIds()
    {
        var error = Assert.Throws<UserInputException>(() => new FactBook(Market()).Day("nikkei", Monday));

        Assert.Contains("tokyo", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Day_FactIds_AreUnique()
    {
        var facts = new FactBook(Market()).Day("tokyo", Monday);

        Assert.Equal(facts.Count, facts.Select(f => f.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Records_SameFactAsTheDay_HasTheSameId()
    {
        var bars = Synthetic.Weekdays(new DateOnly(1968, 1, 4), 100m, 110m, 105m, 120m); // from TOPIX's base date: complete
        var book = new FactBook(new InMemoryMarketData().AddBars(IndexIds.Topix, bars));

        var fromDay = Assert.Single(book.Day("TOPIX", bars[3].Date), f => f.Kind == FactKinds.RecordClose);
        var fromRecords = book.Records("TOPIX").Where(f => f.Kind == FactKinds.RecordClose).Last();

        Assert.Equal((fromDay.Id, fromDay.Value, fromDay.ReferenceDate), (fromRecords.Id, fromRecords.Value, fromRecords.ReferenceDate));
        Assert.Equal(fromDay.Inputs, fromRecords.Inputs);
    }

    [Fact]
    public void Day_Tokyo_MarketClosedThatDayShowsItsOwnLatestSession()
    {
        // Hong Kong held no session on Monday: its series goes on on Tuesday, so Friday is its latest session.
        var data = Market().AddBars(IndexIds.Hsi,
            [DailyBar.CloseOnly(new DateOnly(2024, 8, 1), 17304.96m), DailyBar.CloseOnly(Friday, 16945.51m), DailyBar.CloseOnly(Monday.AddDays(1), 16647.34m)]);

        var hsi = Assert.Single(new FactBook(data).Day("tokyo", Monday), f => f is { Index: IndexIds.Hsi, Kind: FactKinds.RegionalClose });

        Assert.Equal(Friday, hsi.Date);
        Assert.Equal(Friday, hsi.ReferenceDate);
    }

    [Fact]
    public void Day_Tokyo_SeriesEndingBeforeTheDate_IsLeftOut()
    {
        // The held series stops on Friday: whether Hong Kong traded on Monday is unknown, so no session is reported.
        var data = Market().AddBars(IndexIds.Hsi, [DailyBar.CloseOnly(new DateOnly(2024, 8, 1), 17304.96m), DailyBar.CloseOnly(Friday, 16945.51m)]);

        var facts = new FactBook(data).Day("tokyo", Monday);

        Assert.DoesNotContain(facts, f => f.Index == IndexIds.Hsi);
    }

    private static InMemoryMarketData TopixWithoutAug20() => new InMemoryMarketData()
        .AddBars(IndexIds.N225,
        [
            DailyBar.CloseOnly(new DateOnly(2026, 8, 19), 65326.42m), DailyBar.CloseOnly(new DateOnly(2026, 8, 20), 66216.79m),
            DailyBar.CloseOnly(new DateOnly(2026, 8, 21), 66016.36m),
        ])
        .AddBars(IndexIds.Topix, [DailyBar.CloseOnly(new DateOnly(2026, 8, 19), 4012.31m), DailyBar.CloseOnly(new DateOnly(2026, 8, 21), 4067.29m)]);

    /// <summary>Issue 12: TOPIX has no row for 2026-08-20, a trading day; its "+1.37%" on 08-21 was a two-day move.</summary>
    [Fact]
    public void Day_AfterAMissingTradingDay_ChangeIsSinceTheLastCloseHeldNotADailyChange()
    {
        var facts = new FactBook(TopixWithoutAug20()).Day("tokyo", new DateOnly(2026, 8, 21));

        var topix = facts.Where(f => f.Index == IndexIds.Topix).ToList();
        Assert.DoesNotContain(topix, f => f.Kind is FactKinds.ChangePercent or FactKinds.ChangePoints or FactKinds.PreviousClose);
        var since = Assert.Single(topix, f => f.Kind == FactKinds.ChangeSinceLastHeldPercent);
        Assert.Equal((1.37m, new DateOnly(2026, 8, 19), 4012.31m), (since.Value, since.ReferenceDate, since.ReferenceValue));
        var missing = Assert.Single(topix, f => f.Kind == FactKinds.MissingSessionsBefore);
        Assert.Equal((1m, new DateOnly(2026, 8, 20)), (missing.Value, missing.ReferenceDate));
        Assert.DoesNotContain(facts, f => f.Kind == FactKinds.NikkeiTopixDivergencePoints);
        Assert.Contains(facts, f => f is { Index: IndexIds.N225, Kind: FactKinds.ChangePercent, Value: -0.30m });
    }

    [Fact]
    public void Day_AfterAHoliday_IsStillADailyChange()
    {
        // Friday 2024-08-02 to Monday 2024-08-05: a weekend, no trading day missing.
        var facts = new FactBook(Market()).Day("TOPIX", Monday);

        Assert.Contains(facts, f => f.Kind == FactKinds.ChangePercent);
        Assert.DoesNotContain(facts, f => f.Kind == FactKinds.MissingSessionsBefore);
    }

    /// <summary>Issue 12: an ordinary Friday after the data ends was reported as "Tokyo did not trade".</summary>
    [Theory]
    [InlineData("2026-12-04")]
    [InlineData("2027-01-05")]
    public void Day_TradingDayAfterTheData_SaysNoDataHeldAndTheLatestHeld(string date)
    {
        var error = Assert.Throws<UserInputException>(() => new FactBook(Market()).Day("tokyo", DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.DoesNotContain("did not trade", error.Message, StringComparison.Ordinal);
        Assert.Contains("no data is held", error.Message, StringComparison.Ordinal);
        Assert.Contains("the latest held is 2024-08-05", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Day_DateBeyondTheCalendar_SaysItIsOutsideTheCalendarsRange()
    {
        var error = Assert.Throws<UserInputException>(() => new FactBook(Market()).Day("tokyo", new DateOnly(9999, 12, 31)));

        Assert.DoesNotContain("did not trade", error.Message, StringComparison.Ordinal);
        Assert.Contains("beyond the Tokyo calendar", error.Message, StringComparison.Ordinal);
        Assert.Contains("the latest held is 2024-08-05", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Day_PublicHoliday_SaysDidNotTradeAndNamesTheHoliday()
    {
        var error = Assert.Throws<UserInputException>(() => new FactBook(Market()).Day("tokyo", new DateOnly(2024, 9, 16)));

        Assert.Contains("Tokyo did not trade on 2024-09-16", error.Message, StringComparison.Ordinal);
        Assert.Contains("Respect for the Aged Day", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Day_MissingTradingDayInsideTheData_SaysNoDataHeldNotDidNotTrade()
    {
        var error = Assert.Throws<UserInputException>(() => new FactBook(TopixWithoutAug20()).Day("TOPIX", new DateOnly(2026, 8, 20)));

        Assert.DoesNotContain("did not trade", error.Message, StringComparison.Ordinal);
        Assert.Contains("no data is held for TOPIX on 2026-08-20 (Thursday), a Tokyo trading day", error.Message, StringComparison.Ordinal);
        Assert.Contains("2026-08-19 (before), 2026-08-21 (after)", error.Message, StringComparison.Ordinal);
    }

    /// <summary>ADR 0018: where the store holds the exchange's own calendar, a day the exchange closed is not a missing
    /// session (the move across it is the daily one) and the day itself "did not trade"; the law alone would say both
    /// wrong.</summary>
    [Fact]
    public void Day_ExchangeClosedALawTradingDay_DailyChangeAcrossItAndDidNotTrade()
    {
        var market = new InMemoryMarketData()
            .AddBars(IndexIds.N225, [DailyBar.CloseOnly(new DateOnly(2026, 8, 19), 65326.42m), DailyBar.CloseOnly(new DateOnly(2026, 8, 21), 66016.36m)])
            .AddExchangeDays(Markets.Tokyo, [(new DateOnly(2026, 8, 20), 0)]);

        var n225 = new FactBook(market).Day("tokyo", new DateOnly(2026, 8, 21)).Where(f => f.Index == IndexIds.N225).ToList();
        var error = Assert.Throws<UserInputException>(() => new FactBook(market).Day("N225", new DateOnly(2026, 8, 20)));

        Assert.DoesNotContain(n225, f => f.Kind == FactKinds.MissingSessionsBefore);
        Assert.Contains(n225, f => f is { Kind: FactKinds.ChangePercent, Value: 1.06m, ReferenceDate: var d } && d == new DateOnly(2026, 8, 19));
        Assert.Contains("N225 did not trade on 2026-08-20 (Thursday: closed per the exchange's calendar (J-Quants /markets/calendar, HolDiv 0)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Day_ExchangeOpenedALawHoliday_ItsMissingRowIsAGap()
    {
        // 2026-09-21 and -22 are holidays by law (Respect for the Aged Day and the citizens' holiday); say the exchange opened the 22nd.
        var market = new InMemoryMarketData()
            .AddBars(IndexIds.N225, [DailyBar.CloseOnly(new DateOnly(2026, 9, 18), 65000m), DailyBar.CloseOnly(new DateOnly(2026, 9, 24), 65500m)])
            .AddExchangeDays(Markets.Tokyo, [(new DateOnly(2026, 9, 22), 1)]);

        var n225 = new FactBook(market).Day("N225", new DateOnly(2026, 9, 24));

        var missing = Assert.Single(n225, f => f.Kind == FactKinds.MissingSessionsBefore);
        Assert.Equal(new DateOnly(2026, 9, 22), missing.ReferenceDate);
        Assert.DoesNotContain(n225, f => f.Kind == FactKinds.ChangePercent);
    }
}
