using System.Globalization;
using Kabuto.Core.Calendars;

namespace Kabuto.Core.Tests.Calendars;

public sealed class NewYorkCalendarTests
{
    private static readonly NewYorkCalendar NewYork = NewYorkCalendar.Instance;

    private static string Closures(int year) =>
        string.Join(" ", NewYork.Holidays(year).Select(h => h.Date.ToString("MM-dd", CultureInfo.InvariantCulture)));

    // NYSE published holiday lists.
    [Theory]
    [InlineData(2021, "01-01 01-18 02-15 04-02 05-31 07-05 09-06 11-25 12-24")]
    [InlineData(2022, "01-17 02-21 04-15 05-30 06-20 07-04 09-05 11-24 12-26")]
    [InlineData(2025, "01-01 01-09 01-20 02-17 04-18 05-26 06-19 07-04 09-01 11-27 12-25")]
    [InlineData(2026, "01-01 01-19 02-16 04-03 05-25 06-19 07-03 09-07 11-26 12-25")]
    [InlineData(2027, "01-01 01-18 02-15 03-26 05-31 06-18 07-05 09-06 11-25 12-24")]
    public void Holidays_Years_MatchTheNyseList(int year, string expected)
    {
        Assert.Equal(expected, Closures(year));
    }

    [Theory]
    [InlineData(2001, 9, 11, DayKind.UnscheduledClosure)]
    [InlineData(2001, 9, 14, DayKind.UnscheduledClosure)]
    [InlineData(2001, 9, 17, DayKind.Trading)]
    [InlineData(2012, 10, 30, DayKind.UnscheduledClosure)]
    [InlineData(2018, 12, 5, DayKind.ExchangeClosure)]
    [InlineData(2007, 1, 2, DayKind.ExchangeClosure)]
    [InlineData(2004, 6, 11, DayKind.ExchangeClosure)]
    [InlineData(2025, 1, 9, DayKind.ExchangeClosure)]
    [InlineData(2021, 12, 31, DayKind.Trading)] // 1 Jan 2022 is a Saturday: no Friday substitute
    [InlineData(1997, 1, 20, DayKind.Trading)] // MLK Day only from 1998
    public void Status_OneOffsAndRules_AreClassified(int year, int month, int day, DayKind expected)
    {
        Assert.Equal(expected, NewYork.Status(new DateOnly(year, month, day)).Kind);
    }

    [Theory]
    [InlineData(2024, 11, 29, true)]
    [InlineData(2024, 12, 24, true)]
    [InlineData(2024, 7, 3, true)]
    [InlineData(2020, 7, 2, false)]
    [InlineData(2024, 11, 26, false)]
    public void Sessions_EarlyCloseDays_CloseAt1300(int year, int month, int day, bool early)
    {
        var session = NewYork.Sessions(new DateOnly(year, month, day))!;

        Assert.Equal(early ? new TimeOnly(13, 0) : new TimeOnly(16, 0), session.Close);
        Assert.Equal(new TimeOnly(9, 30), session.Open);
    }

    [Fact]
    public void Sessions_SummerClose_Is2000Utc()
    {
        var session = NewYork.Sessions(new DateOnly(2024, 7, 10))!;

        Assert.Equal(DateTimeOffset.Parse("2024-07-10T20:00:00Z", CultureInfo.InvariantCulture), session.CloseUtc);
    }

    [Theory]
    [InlineData(2024, 7, 11, 2024, 7, 10)] // Thursday in Tokyo: Wednesday's New York session
    [InlineData(2024, 7, 8, 2024, 7, 5)] // Monday in Tokyo: Friday's session
    [InlineData(2024, 7, 5, 2024, 7, 3)] // 4 July closed: the early-close session of 3 July
    [InlineData(2024, 1, 16, 2024, 1, 12)] // MLK Monday closed: Friday
    [InlineData(2024, 3, 12, 2024, 3, 11)] // first week of US daylight time
    public void OvernightNewYorkSession_TokyoDate_IsLastSessionClosedBeforeTokyoOpen(int year, int month, int day, int nyYear, int nyMonth, int nyDay)
    {
        Assert.Equal(new DateOnly(nyYear, nyMonth, nyDay), MarketClock.OvernightNewYorkSession(new DateOnly(year, month, day)));
    }

    [Fact]
    public void LastSessionClosedBefore_InstantDuringSession_IsPreviousSession()
    {
        var during = DateTimeOffset.Parse("2024-07-10T15:00:00Z", CultureInfo.InvariantCulture);

        Assert.Equal(new DateOnly(2024, 7, 9), MarketClock.LastSessionClosedBefore(NewYork, during));
    }

    [Theory]
    [InlineData(2024, 7, 4, 2024, 7, 3)]
    [InlineData(2024, 7, 5, 2024, 7, 5)]
    [InlineData(2024, 7, 7, 2024, 7, 5)]
    public void TradingDayOnOrBefore_ClosedDate_IsPreviousTradingDay(int year, int month, int day, int expectedYear, int expectedMonth, int expectedDay)
    {
        Assert.Equal(new DateOnly(expectedYear, expectedMonth, expectedDay), MarketClock.TradingDayOnOrBefore(NewYork, new DateOnly(year, month, day)));
    }

    [Fact]
    public void EasterSunday_KnownYears_AreCorrect()
    {
        Assert.Equal(new DateOnly(2024, 3, 31), NyseHolidays.EasterSunday(2024));
        Assert.Equal(new DateOnly(2025, 4, 20), NyseHolidays.EasterSunday(2025));
        Assert.Equal(new DateOnly(2038, 4, 25), NyseHolidays.EasterSunday(2038));
    }

    [Fact]
    public void Status_RandomWeekdays_AreTradingOrHaveANamedReason()
    {
        var random = new Random(7);
        for (var i = 0; i < 2000; i++)
        {
            var date = new DateOnly(1971, 1, 1).AddDays(random.Next(0, 60 * 365));
            var status = NewYork.Status(date);

            var weekend = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            Assert.True(weekend ? status.Kind == DayKind.Weekend : status.IsTradingDay || (status.IsClosure && !string.IsNullOrEmpty(status.Reason)), $"{date}: {status}");
        }
    }
}
