using System.Collections.Concurrent;

namespace Kabuto.Core.Calendars;

/// <summary>NYSE closures by its holiday rules (Rule 7.2 and its predecessors) from 1971, when the Uniform Monday
/// Holiday Act took effect, plus the one-off closures (days of mourning, storms, 9/11).</summary>
public static class NyseHolidays
{
    public const int FirstYear = 1971;
    public const int LastYear = 2099;

    private static readonly ConcurrentDictionary<int, IReadOnlyList<Holiday>> Cache = new();

    private static readonly Holiday[] OneOffs =
    [
        Mourning(new(1972, 12, 28), "President Truman"),
        Mourning(new(1973, 1, 25), "President Johnson"),
        Unscheduled(new(1977, 7, 14), "New York City blackout"),
        Unscheduled(new(1985, 9, 27), "Hurricane Gloria"),
        Mourning(new(1994, 4, 27), "President Nixon"),
        Unscheduled(new(2001, 9, 11), "September 11 attacks"),
        Unscheduled(new(2001, 9, 12), "September 11 attacks"),
        Unscheduled(new(2001, 9, 13), "September 11 attacks"),
        Unscheduled(new(2001, 9, 14), "September 11 attacks"),
        Mourning(new(2004, 6, 11), "President Reagan"),
        Mourning(new(2007, 1, 2), "President Ford"),
        Unscheduled(new(2012, 10, 29), "Hurricane Sandy"),
        Unscheduled(new(2012, 10, 30), "Hurricane Sandy"),
        Mourning(new(2018, 12, 5), "President George H. W. Bush"),
        Mourning(new(2025, 1, 9), "President Carter"),
    ];

    /// <summary>The weekday closures of a year, ascending (a holiday on a weekend appears on its observed weekday).</summary>
    public static IReadOnlyList<Holiday> For(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, FirstYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, LastYear);
        return Cache.GetOrAdd(year, static y => Compute(y).AsReadOnly());
    }

    public static Holiday? On(DateOnly date)
    {
        foreach (var holiday in For(date.Year))
        {
            if (holiday.Date == date)
            {
                return holiday;
            }
        }

        return null;
    }

    /// <summary>Easter Sunday (Gregorian, the anonymous "Meeus/Jones/Butcher" computus).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    private static List<Holiday> Compute(int year)
    {
        DateOnly Monday(int month, int nth) => DateRules.NthWeekday(year, month, DayOfWeek.Monday, nth);

        var holidays = new List<Holiday>();
        void Add(DateOnly date, string name) => holidays.Add(new Holiday(date, name, DayKind.Holiday));
        void AddObserved(int month, int day, string name)
        {
            var date = new DateOnly(year, month, day);
            var observed = date.DayOfWeek switch
            {
                DayOfWeek.Saturday => date.AddDays(-1),
                DayOfWeek.Sunday => date.AddDays(1),
                _ => date,
            };
            Add(observed, observed == date ? name : $"{name} (observed)");
        }

        // A Saturday New Year's Day is not moved to Friday 31 Dec: the exchange keeps the year's last session.
        var newYear = new DateOnly(year, 1, 1);
        if (newYear.DayOfWeek != DayOfWeek.Saturday)
        {
            AddObserved(1, 1, "New Year's Day");
        }

        if (year >= 1998)
        {
            Add(Monday(1, 3), "Martin Luther King Jr. Day");
        }

        Add(Monday(2, 3), "Washington's Birthday");
        Add(EasterSunday(year).AddDays(-2), "Good Friday");
        Add(DateRules.LastWeekday(year, 5, DayOfWeek.Monday), "Memorial Day");
        if (year >= 2022)
        {
            AddObserved(6, 19, "Juneteenth National Independence Day");
        }

        AddObserved(7, 4, "Independence Day");
        Add(Monday(9, 1), "Labor Day");
        if (year is 1972 or 1976 or 1980)
        {
            Add(DateRules.NthWeekday(year, 11, DayOfWeek.Monday, 1).AddDays(1), "Election Day");
        }

        Add(DateRules.NthWeekday(year, 11, DayOfWeek.Thursday, 4), "Thanksgiving Day");
        AddObserved(12, 25, "Christmas Day");
        holidays.AddRange(OneOffs.Where(h => h.Date.Year == year));
        return [.. holidays.OrderBy(h => h.Date)];
    }

    private static Holiday Mourning(DateOnly date, string whom) => new(date, $"National Day of Mourning for {whom}", DayKind.ExchangeClosure);

    private static Holiday Unscheduled(DateOnly date, string why) => new(date, why, DayKind.UnscheduledClosure);
}
