using Kabuto.Core.Calendars;

namespace Kabuto.Core.Tests.Calendars;

public sealed class JapaneseHolidaysTests
{
    private static string NameOn(int year, int month, int day) =>
        JapaneseHolidays.On(new DateOnly(year, month, day))?.Name ?? "(none)";

    [Theory]
    [InlineData(2018, 12, 23, "Emperor's Birthday")]
    [InlineData(2019, 12, 23, "(none)")]
    [InlineData(2019, 2, 23, "(none)")]
    [InlineData(2020, 2, 23, "Emperor's Birthday")]
    [InlineData(1988, 4, 29, "Emperor's Birthday")]
    [InlineData(1989, 4, 29, "Greenery Day")]
    [InlineData(2007, 4, 29, "Showa Day")]
    [InlineData(2007, 5, 4, "Greenery Day")]
    public void On_EmperorAndGreeneryTransitions_FollowTheLaw(int year, int month, int day, string expected)
    {
        Assert.Equal(expected, NameOn(year, month, day));
    }

    [Theory]
    [InlineData(1999, 1, 15, "Coming of Age Day")]
    [InlineData(2000, 1, 10, "Coming of Age Day")]
    [InlineData(1999, 10, 10, "Health and Sports Day")]
    [InlineData(2000, 10, 9, "Health and Sports Day")]
    [InlineData(2019, 10, 14, "Health and Sports Day")]
    [InlineData(2022, 10, 10, "Sports Day")]
    [InlineData(1995, 7, 20, "(none)")]
    [InlineData(1996, 7, 20, "Marine Day")]
    [InlineData(2003, 7, 21, "Marine Day")]
    [InlineData(2002, 9, 15, "Respect for the Aged Day")]
    [InlineData(2003, 9, 15, "Respect for the Aged Day")]
    [InlineData(2004, 9, 20, "Respect for the Aged Day")]
    [InlineData(2015, 8, 11, "(none)")]
    [InlineData(2016, 8, 11, "Mountain Day")]
    public void On_HappyMondayAndNewHolidays_StartInTheirYear(int year, int month, int day, string expected)
    {
        Assert.Equal(expected, NameOn(year, month, day));
    }

    [Theory]
    [InlineData(2020, 7, 23, "Marine Day")]
    [InlineData(2020, 7, 24, "Sports Day")]
    [InlineData(2020, 8, 10, "Mountain Day")]
    [InlineData(2020, 10, 12, "(none)")]
    [InlineData(2021, 7, 22, "Marine Day")]
    [InlineData(2021, 7, 23, "Sports Day")]
    [InlineData(2021, 8, 8, "Mountain Day")]
    [InlineData(2021, 8, 9, "Substitute Holiday")]
    [InlineData(2021, 10, 11, "(none)")]
    public void On_OlympicYears_UseTheMovedDates(int year, int month, int day, string expected)
    {
        Assert.Equal(expected, NameOn(year, month, day));
    }

    [Theory]
    [InlineData(1965, 3, 21, 9, 23)]
    [InlineData(1978, 3, 21, 9, 23)]
    [InlineData(1979, 3, 21, 9, 24)]
    [InlineData(2012, 3, 20, 9, 22)]
    [InlineData(2016, 3, 20, 9, 22)]
    [InlineData(2019, 3, 21, 9, 23)]
    [InlineData(2020, 3, 20, 9, 22)]
    [InlineData(2023, 3, 21, 9, 23)]
    [InlineData(2024, 3, 20, 9, 22)]
    [InlineData(2025, 3, 20, 9, 23)]
    [InlineData(2026, 3, 20, 9, 23)]
    [InlineData(2027, 3, 21, 9, 23)]
    [InlineData(2044, 3, 20, 9, 22)]
    public void Equinox_KnownYears_MatchTheAlmanac(int year, int vernalMonth, int vernalDay, int autumnalMonth, int autumnalDay)
    {
        Assert.Equal(new DateOnly(year, vernalMonth, vernalDay), Equinox.Vernal(year));
        Assert.Equal(new DateOnly(year, autumnalMonth, autumnalDay), Equinox.Autumnal(year));
    }

    [Theory]
    [InlineData(1973, 4, 30, "Substitute Holiday")] // 29 Apr 1973 Sunday, after the 12 Apr 1973 amendment
    [InlineData(1973, 2, 12, "(none)")] // 11 Feb 1973 Sunday, before it
    [InlineData(1987, 5, 4, "Substitute Holiday")] // 3 May Sunday: substitute, not a citizens' holiday
    [InlineData(2006, 5, 4, "Citizens' Holiday")]
    [InlineData(2008, 5, 6, "Substitute Holiday")] // 4 May Sunday: next day that is not a holiday
    [InlineData(2019, 5, 6, "Substitute Holiday")]
    [InlineData(2026, 5, 6, "Substitute Holiday")]
    public void On_SubstituteRules_ChangeIn1973And2007(int year, int month, int day, string expected)
    {
        Assert.Equal(expected, NameOn(year, month, day));
    }

    [Theory]
    [InlineData(1985, 5, 4, "(none)")]
    [InlineData(1988, 5, 4, "Citizens' Holiday")]
    [InlineData(2009, 9, 22, "Citizens' Holiday")]
    [InlineData(2015, 9, 22, "Citizens' Holiday")]
    [InlineData(2026, 9, 22, "Citizens' Holiday")]
    [InlineData(2019, 4, 30, "Citizens' Holiday")]
    [InlineData(2019, 5, 2, "Citizens' Holiday")]
    public void On_DaySandwichedBetweenHolidays_IsCitizensHoliday(int year, int month, int day, string expected)
    {
        Assert.Equal(expected, NameOn(year, month, day));
    }

    [Theory]
    [InlineData(1959, 4, 10)]
    [InlineData(1989, 2, 24)]
    [InlineData(1990, 11, 12)]
    [InlineData(1993, 6, 9)]
    [InlineData(2019, 5, 1)]
    [InlineData(2019, 10, 22)]
    public void On_OneOffDays_AreHolidays(int year, int month, int day)
    {
        Assert.NotNull(JapaneseHolidays.On(new DateOnly(year, month, day)));
    }

    [Fact]
    public void For_2019_ListsGoldenWeekAndWeekendHolidays()
    {
        var may = JapaneseHolidays.For(2019).Where(h => h.Date.Month is 4 or 5).Select(h => h.Date.ToString("MM-dd", System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(["04-29", "04-30", "05-01", "05-02", "05-03", "05-04", "05-05", "05-06"], may);
    }

    [Fact]
    public void For_EveryHoliday_HasAJapaneseName()
    {
        var unnamed = Enumerable.Range(JapaneseHolidays.FirstYear, JapaneseHolidays.LastYear - JapaneseHolidays.FirstYear + 1)
            .SelectMany(JapaneseHolidays.For)
            .Where(h => string.IsNullOrEmpty(h.LocalName));

        Assert.Empty(unnamed);
    }
}
