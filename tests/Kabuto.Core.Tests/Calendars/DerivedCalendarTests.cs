using Kabuto.Core.Calendars;
using Kabuto.Core.Errors;
using Kabuto.Core.Market;
using MarketCalendars = Kabuto.Core.Calendars.Calendars;

namespace Kabuto.Core.Tests.Calendars;

public sealed class DerivedCalendarTests
{
    private static IEnumerable<DateOnly> Weekdays(DateOnly from, DateOnly to, params DateOnly[] except)
    {
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !except.Contains(d))
            {
                yield return d;
            }
        }
    }

    private static readonly DateOnly Chuseok = new(2025, 10, 6);

    private static DerivedCalendar Seoul() =>
        MarketCalendars.Derived(Markets.Seoul, Weekdays(new(2025, 9, 1), new(2025, 12, 30), Chuseok));

    [Fact]
    public void Status_WeekdayWithoutRow_IsDerivedClosure()
    {
        var status = Seoul().Status(Chuseok);

        Assert.Equal(DayKind.DerivedClosure, status.Kind);
        Assert.Contains("derived from data", status.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Source_DerivedCalendar_IsData()
    {
        IExchangeCalendar calendar = Seoul();

        Assert.True(calendar.IsDerived);
        Assert.Equal(CalendarSource.Data, calendar.Source);
    }

    [Fact]
    public void Status_OutsideCoverage_IsNoData()
    {
        Assert.Equal(DayKind.NoData, Seoul().Status(new DateOnly(2026, 3, 2)).Kind);
    }

    [Fact]
    public void Status_LongGap_IsNoDataNotClosure()
    {
        var days = Weekdays(new(2025, 1, 1), new(2025, 3, 31)).Where(d => d.Month != 2);
        var calendar = MarketCalendars.Derived(Markets.Sydney, days);

        Assert.Equal(DayKind.NoData, calendar.Status(new DateOnly(2025, 2, 10)).Kind);
    }

    [Fact]
    public void NextTradingDay_PastCoverage_ThrowsUserError()
    {
        Assert.Throws<UserInputException>(() => Seoul().NextTradingDay(new DateOnly(2025, 12, 30)));
    }

    [Fact]
    public void Sessions_HongKongChristmasEve_IsMorningOnly()
    {
        var calendar = MarketCalendars.Derived(Markets.HongKong, Weekdays(new(2025, 12, 1), new(2025, 12, 31)));

        var session = calendar.Sessions(new DateOnly(2025, 12, 24))!;

        Assert.True(session.IsHalfDay);
        Assert.Equal(new TimeOnly(12, 0), session.Close);
    }

    [Fact]
    public void Sessions_Seoul_CloseMovedTo1530In2016()
    {
        var calendar = MarketCalendars.Derived(Markets.Seoul, Weekdays(new(2016, 7, 1), new(2016, 8, 31)));

        Assert.Equal(new TimeOnly(15, 0), calendar.Sessions(new DateOnly(2016, 7, 29))!.Close);
        Assert.Equal(new TimeOnly(15, 30), calendar.Sessions(new DateOnly(2016, 8, 1))!.Close);
    }

    [Fact]
    public void For_DerivedMarketWithStoreData_UsesItsIndexRows()
    {
        var data = new InMemoryMarketData().AddBars(IndexIds.Kospi, Weekdays(new(2025, 9, 1), new(2025, 12, 30), Chuseok).Select(d => DailyBar.CloseOnly(d, 100m)));

        var calendar = MarketCalendars.For("seoul", data);

        Assert.Equal(DayKind.DerivedClosure, calendar.Status(Chuseok).Kind);
        Assert.Equal("Asia/Seoul", calendar.TimeZone.Id);
    }

    [Fact]
    public void For_DerivedMarketWithoutData_ThrowsNamingTheIndex()
    {
        var error = Assert.Throws<UserInputException>(() => MarketCalendars.For("mumbai", new InMemoryMarketData()));

        Assert.Contains("NIFTY50", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void For_UnknownMarket_ThrowsListingMarkets()
    {
        var error = Assert.Throws<UserInputException>(() => MarketCalendars.For("paris", null));

        Assert.Contains("tokyo, seoul", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void For_Tokyo_NeedsNoData()
    {
        Assert.Same(TokyoCalendar.Instance, MarketCalendars.For("tokyo", null));
    }
}
