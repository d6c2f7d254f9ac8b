using System.Globalization;
using Kabuto.Core.Calendars;

namespace Kabuto.Core.Tests.Calendars;

public sealed class TokyoCalendarTests
{
    private static readonly TokyoCalendar Tokyo = TokyoCalendar.Instance;

    private static string Closures(int year) =>
        string.Join(" ", Tokyo.Holidays(year).Select(h => h.Date.ToString("MM-dd", CultureInfo.InvariantCulture)));

    // Weekday closures as published by JPX (holidays + 31 Dec to 3 Jan + one-off days + the 2020 outage).
    [Theory]
    [InlineData(2019, "01-01 01-02 01-03 01-14 02-11 03-21 04-29 04-30 05-01 05-02 05-03 05-06 07-15 08-12 09-16 09-23 10-14 10-22 11-04 12-31")]
    [InlineData(2020, "01-01 01-02 01-03 01-13 02-11 02-24 03-20 04-29 05-04 05-05 05-06 07-23 07-24 08-10 09-21 09-22 10-01 11-03 11-23 12-31")]
    [InlineData(2021, "01-01 01-11 02-11 02-23 04-29 05-03 05-04 05-05 07-22 07-23 08-09 09-20 09-23 11-03 11-23 12-31")]
    [InlineData(2024, "01-01 01-02 01-03 01-08 02-12 02-23 03-20 04-29 05-03 05-06 07-15 08-12 09-16 09-23 10-14 11-04 12-31")]
    [InlineData(2025, "01-01 01-02 01-03 01-13 02-11 02-24 03-20 04-29 05-05 05-06 07-21 08-11 09-15 09-23 10-13 11-03 11-24 12-31")]
    [InlineData(2026, "01-01 01-02 01-12 02-11 02-23 03-20 04-29 05-04 05-05 05-06 07-20 08-11 09-21 09-22 09-23 10-12 11-03 11-23 12-31")]
    public void Holidays_RecentYears_MatchTheExchangeList(int year, string expected)
    {
        Assert.Equal(expected, Closures(year));
    }

    [Fact]
    public void Status_Outage20201001_IsUnscheduledClosureNotHoliday()
    {
        var status = Tokyo.Status(new DateOnly(2020, 10, 1));

        Assert.Equal(DayKind.UnscheduledClosure, status.Kind);
        Assert.Contains("failure", status.Reason, StringComparison.Ordinal);
        Assert.Null(JapaneseHolidays.On(new DateOnly(2020, 10, 1)));
    }

    [Theory]
    [InlineData(2026, 1, 2, DayKind.ExchangeClosure)]
    [InlineData(2025, 12, 31, DayKind.ExchangeClosure)]
    [InlineData(2026, 1, 1, DayKind.Holiday)]
    [InlineData(2026, 1, 5, DayKind.Trading)]
    [InlineData(2026, 11, 21, DayKind.Weekend)]
    public void Status_YearEnd_IsExchangeClosureUnlessAHoliday(int year, int month, int day, DayKind expected)
    {
        Assert.Equal(expected, Tokyo.Status(new DateOnly(year, month, day)).Kind);
    }

    [Fact]
    public void Sessions_20241101_CloseAt1500()
    {
        var session = Tokyo.Sessions(new DateOnly(2024, 11, 1))!;

        Assert.Equal(new TimeOnly(15, 0), session.Close);
        Assert.Equal(new TimeOnly(11, 30), session.MorningClose);
        Assert.Equal(new TimeOnly(12, 30), session.AfternoonOpen);
    }

    [Fact]
    public void Sessions_20241105_CloseAt1530()
    {
        var session = Tokyo.Sessions(new DateOnly(2024, 11, 5))!;

        Assert.Equal(new TimeOnly(15, 30), session.Close);
        Assert.Equal(DateTimeOffset.Parse("2024-11-05T06:30:00Z", CultureInfo.InvariantCulture), session.CloseUtc);
    }

    [Theory]
    [InlineData(1991, 4, 26, 11, 0, 13, 0)]
    [InlineData(1991, 4, 30, 11, 0, 12, 30)]
    [InlineData(2011, 11, 18, 11, 0, 12, 30)]
    [InlineData(2011, 11, 21, 11, 30, 12, 30)]
    public void Sessions_LunchBreakHistory_FollowsTheTable(int year, int month, int day, int morningCloseHour, int morningCloseMinute, int afternoonHour, int afternoonMinute)
    {
        var session = Tokyo.Sessions(new DateOnly(year, month, day))!;

        Assert.Equal(new TimeOnly(morningCloseHour, morningCloseMinute), session.MorningClose);
        Assert.Equal(new TimeOnly(afternoonHour, afternoonMinute), session.AfternoonOpen);
    }

    [Theory]
    [InlineData(2008, 12, 30, true)] // last 大納会 held as a morning session
    [InlineData(2009, 1, 5, true)] // last 大発会 held as a morning session
    [InlineData(2009, 12, 30, false)]
    [InlineData(2010, 1, 4, false)]
    [InlineData(2009, 1, 6, false)]
    [InlineData(1955, 1, 4, true)] // first supported year: no 1954 needed to decide
    public void Sessions_FirstAndLastDaysOfYear_AreHalfDaysUntil2009(int year, int month, int day, bool halfDay)
    {
        var session = Tokyo.Sessions(new DateOnly(year, month, day))!;

        Assert.Equal(halfDay, session.IsHalfDay);
        Assert.Equal(halfDay ? new TimeOnly(11, 0) : new TimeOnly(15, 0), session.Close);
    }

    [Fact]
    public void Sessions_LastDayOfLastSupportedYear_IsAFullDayWithoutLookingPastTheRange()
    {
        var session = Tokyo.Sessions(new DateOnly(2099, 12, 30))!;

        Assert.False(session.IsHalfDay);
    }

    [Fact]
    public void Sessions_ClosedDay_IsNull()
    {
        Assert.Null(Tokyo.Sessions(new DateOnly(2020, 10, 1)));
    }

    [Fact]
    public void PreviousTradingDay_AfterGoldenWeek2019_IsFriday26April()
    {
        Assert.Equal(new DateOnly(2019, 4, 26), Tokyo.PreviousTradingDay(new DateOnly(2019, 5, 7)));
    }

    [Fact]
    public void NextTradingDay_FromLastDayOf2025_IsFirstOf2026()
    {
        Assert.Equal(new DateOnly(2026, 1, 5), Tokyo.NextTradingDay(new DateOnly(2025, 12, 30)));
    }

    [Fact]
    public void TradingDays_2025_Count243()
    {
        Assert.Equal(243, Tokyo.TradingDays(2025).Count);
    }

    [Fact]
    public void Status_RandomWeekdays_AreTradingOrHaveANamedReason()
    {
        var random = new Random(20260101);
        for (var i = 0; i < 2000; i++)
        {
            var date = new DateOnly(1990, 1, 1).AddDays(random.Next(0, 40 * 366));
            var status = Tokyo.Status(date);

            var weekend = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            Assert.True(weekend ? status.Kind == DayKind.Weekend : status.IsTradingDay || (status.IsClosure && !string.IsNullOrEmpty(status.Reason)), $"{date}: {status}");
        }
    }

    [Fact]
    public void PreviousAndNextTradingDay_RandomDates_LandOnTradingDaysWithNothingSkipped()
    {
        var random = new Random(42);
        for (var i = 0; i < 1000; i++)
        {
            var date = new DateOnly(1960, 1, 1).AddDays(random.Next(0, 60 * 366));

            var previous = Tokyo.PreviousTradingDay(date);
            var next = Tokyo.NextTradingDay(date);

            Assert.True(Tokyo.IsTradingDay(previous) && Tokyo.IsTradingDay(next), $"{date}: {previous} / {next}");
            Assert.True(previous < date && next > date);
            for (var d = previous.AddDays(1); d < next; d = d.AddDays(1))
            {
                Assert.True(d == date || !Tokyo.IsTradingDay(d), $"{d} is a trading day between {previous} and {next}");
            }
        }
    }

    [Fact]
    public void Status_BeforeSupportedRange_ThrowsUserError()
    {
        Assert.Throws<Kabuto.Core.Errors.UserInputException>(() => Tokyo.Status(new DateOnly(1950, 1, 4)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(10_000)]
    [InlineData(99_999)]
    [InlineData(int.MinValue)]
    public void TradingDays_YearNoDateCanHold_ThrowsUserErrorNamingTheRange(int year)
    {
        var error = Assert.Throws<Kabuto.Core.Errors.UserInputException>(() => Tokyo.TradingDays(year));

        Assert.Contains($"year {year} is outside it", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1986, 12, 30, DayKind.ExchangeClosure)] // 1982-1988: the year ended on 28 Dec
    [InlineData(1981, 12, 30, DayKind.Trading)]
    [InlineData(1989, 12, 29, DayKind.Trading)]
    [InlineData(1989, 2, 24, DayKind.Holiday)] // funeral of Emperor Showa
    public void Status_HistoricalDates_FollowTheRulesOfTheirTime(int year, int month, int day, DayKind expected)
    {
        Assert.Equal(expected, Tokyo.Status(new DateOnly(year, month, day)).Kind);
    }

    [Fact]
    public void UnscheduledClosures_ListTheOutageWithItsReason()
    {
        Assert.Contains(new DateOnly(2020, 10, 1), TokyoCalendar.UnscheduledClosures.Keys);
    }
}
