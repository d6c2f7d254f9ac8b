using System.Collections.Concurrent;

namespace Kabuto.Core.Calendars;

/// <summary>Japan's public holidays by the Act on National Holidays (国民の祝日に関する法律, 1948) and its amendments,
/// plus the one-off holidays set by special laws. This is the law only; exchange closures are in
/// <see cref="TokyoCalendar"/>.</summary>
public static class JapaneseHolidays
{
    public const int FirstYear = 1949;
    public const int LastYear = 2099;

    private static readonly DateOnly SubstituteLawStart = new(1973, 4, 12);
    private static readonly DateOnly CitizensHolidayLawStart = new(1985, 12, 27);
    private static readonly ConcurrentDictionary<int, IReadOnlyList<Holiday>> Cache = new();

    /// <summary>Holidays set once by special law; they count as national holidays for the substitute and
    /// sandwich rules (2019-05-01 is what makes 30 Apr and 2 May 2019 citizens' holidays).</summary>
    private static readonly (DateOnly Date, string Name, string LocalName)[] OneOffs =
    [
        (new(1959, 4, 10), "Wedding of Crown Prince Akihito", "皇太子明仁親王の結婚の儀"),
        (new(1989, 2, 24), "Funeral of Emperor Showa", "昭和天皇の大喪の礼"),
        (new(1990, 11, 12), "Enthronement Ceremony", "即位礼正殿の儀"),
        (new(1993, 6, 9), "Wedding of Crown Prince Naruhito", "皇太子徳仁親王の結婚の儀"),
        (new(2019, 5, 1), "Emperor's Accession Day", "天皇の即位の日"),
        (new(2019, 10, 22), "Enthronement Ceremony", "即位礼正殿の儀"),
    ];

    /// <summary>Every public holiday of a year, weekends included, ascending by date.</summary>
    public static IReadOnlyList<Holiday> For(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, FirstYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, LastYear);
        return Cache.GetOrAdd(year, static y => Compute(y).AsReadOnly());
    }

    /// <summary>The holiday on a date, if any.</summary>
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

    private static List<Holiday> Compute(int year)
    {
        var national = NationalHolidays(year).ToDictionary(h => h.Date);
        var extra = new List<Holiday>();
        extra.AddRange(SubstituteHolidays(national));
        extra.AddRange(CitizensHolidays(national, extra));
        return [.. national.Values.Concat(extra).OrderBy(h => h.Date)];
    }

    private static IEnumerable<Holiday> NationalHolidays(int year)
    {
        static Holiday H(DateOnly date, string name, string local) => new(date, name, DayKind.Holiday, local);
        DateOnly Day(int month, int day) => new(year, month, day);
        DateOnly Monday(int month, int nth) => DateRules.NthWeekday(year, month, DayOfWeek.Monday, nth);

        yield return H(Day(1, 1), "New Year's Day", "元日");
        yield return H(year < 2000 ? Day(1, 15) : Monday(1, 2), "Coming of Age Day", "成人の日");
        if (year >= 1967)
        {
            yield return H(Day(2, 11), "National Foundation Day", "建国記念の日");
        }

        if (year >= 2020)
        {
            yield return H(Day(2, 23), "Emperor's Birthday", "天皇誕生日");
        }

        yield return H(Equinox.Vernal(year), "Vernal Equinox Day", "春分の日");
        yield return year switch
        {
            <= 1988 => H(Day(4, 29), "Emperor's Birthday", "天皇誕生日"),
            <= 2006 => H(Day(4, 29), "Greenery Day", "みどりの日"),
            _ => H(Day(4, 29), "Showa Day", "昭和の日"),
        };
        yield return H(Day(5, 3), "Constitution Memorial Day", "憲法記念日");
        if (year >= 2007)
        {
            yield return H(Day(5, 4), "Greenery Day", "みどりの日");
        }

        yield return H(Day(5, 5), "Children's Day", "こどもの日");

        // Tokyo 2020 Olympics: the special measures law moved three holidays in 2020 and again in 2021.
        var marine = year switch { 2020 => Day(7, 23), 2021 => Day(7, 22), >= 2003 => Monday(7, 3), _ => Day(7, 20) };
        if (year >= 1996)
        {
            yield return H(marine, "Marine Day", "海の日");
        }

        if (year >= 2016)
        {
            yield return H(year switch { 2020 => Day(8, 10), 2021 => Day(8, 8), _ => Day(8, 11) }, "Mountain Day", "山の日");
        }

        if (year >= 1966)
        {
            yield return H(year >= 2003 ? Monday(9, 3) : Day(9, 15), "Respect for the Aged Day", "敬老の日");
        }

        yield return H(Equinox.Autumnal(year), "Autumnal Equinox Day", "秋分の日");
        if (year >= 1966)
        {
            yield return year switch
            {
                < 2000 => H(Day(10, 10), "Health and Sports Day", "体育の日"),
                < 2020 => H(Monday(10, 2), "Health and Sports Day", "体育の日"),
                2020 => H(Day(7, 24), "Sports Day", "スポーツの日"),
                2021 => H(Day(7, 23), "Sports Day", "スポーツの日"),
                _ => H(Monday(10, 2), "Sports Day", "スポーツの日"),
            };
        }

        yield return H(Day(11, 3), "Culture Day", "文化の日");
        yield return H(Day(11, 23), "Labour Thanksgiving Day", "勤労感謝の日");
        if (year is >= 1989 and <= 2018)
        {
            yield return H(Day(12, 23), "Emperor's Birthday", "天皇誕生日");
        }

        foreach (var (date, name, local) in OneOffs)
        {
            if (date.Year == year)
            {
                yield return H(date, name, local);
            }
        }
    }

    /// <summary>振替休日: from 12 Apr 1973 a Sunday holiday gives the Monday off; from 2007 the next day that is not
    /// itself a national holiday (so 3 May on a Sunday moves to 6 May).</summary>
    private static IEnumerable<Holiday> SubstituteHolidays(Dictionary<DateOnly, Holiday> national)
    {
        foreach (var holiday in national.Values.Where(h => h.Date.DayOfWeek == DayOfWeek.Sunday && h.Date >= SubstituteLawStart))
        {
            var day = holiday.Date.AddDays(1);
            if (holiday.Date.Year >= 2007)
            {
                while (national.ContainsKey(day))
                {
                    day = day.AddDays(1);
                }
            }
            else if (national.ContainsKey(day))
            {
                continue;
            }

            yield return new Holiday(day, "Substitute Holiday", DayKind.Holiday, "振替休日");
        }
    }

    /// <summary>国民の休日: from 27 Dec 1985 a day between two national holidays is a holiday. Before 2007 the law
    /// excluded Sundays and substitute holidays (1987-05-04 is a substitute holiday, not a citizens' holiday).</summary>
    private static IEnumerable<Holiday> CitizensHolidays(Dictionary<DateOnly, Holiday> national, List<Holiday> substitutes)
    {
        foreach (var before in national.Keys)
        {
            var day = before.AddDays(1);
            var sandwiched = national.ContainsKey(day.AddDays(1)) && !national.ContainsKey(day) && day >= CitizensHolidayLawStart;
            var excludedBefore2007 = day.Year < 2007
                                     && (day.DayOfWeek == DayOfWeek.Sunday || substitutes.Exists(s => s.Date == day));
            if (sandwiched && !excludedBefore2007)
            {
                yield return new Holiday(day, "Citizens' Holiday", DayKind.Holiday, "国民の休日");
            }
        }
    }
}
