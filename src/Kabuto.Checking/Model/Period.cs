using System.Globalization;

namespace Kabuto.Checking;

/// <summary>The kinds of stretch a move can be measured over besides the session.</summary>
public enum PeriodKind
{
    /// <summary>The last N sessions ("over the four trading days through Oct. 9", "in back-to-back sessions").</summary>
    Sessions,

    /// <summary>The calendar week to the day ("for the week").</summary>
    Week,

    /// <summary>A calendar month to its end or to the day ("in October", "for the month").</summary>
    Month,

    /// <summary>From the previous year's last close ("so far this year", "since the end of last year").</summary>
    YearToDate,

    /// <summary>A calendar year ("in 2024"), to its last session or to the day.</summary>
    Year,

    /// <summary>From the close of a named day ("since Aug 4", "from the end of 2023").</summary>
    Since,
}

/// <summary>The stretch a move is measured over when it is not the session (the claim model's scope of a move): the
/// figure is the change from the close before the stretch (its base) to the close that ends it.</summary>
/// <param name="Text">The words the period was read from.</param>
public sealed record Period(PeriodKind Kind, string Text)
{
    /// <summary>False when the words leave the stretch's end open ("over the four trading days", "during the period"):
    /// a figure that matches the stretch to the day is supported, one that does not is not settled.</summary>
    public bool Anchored { get; init; } = true;

    /// <summary>For <see cref="PeriodKind.Sessions"/>: how many sessions.</summary>
    public int Sessions { get; init; }

    /// <summary>For <see cref="PeriodKind.Month"/> and <see cref="PeriodKind.Year"/>: the named year (null: the claim's
    /// year, or the one before when the named month is later than the claim's day).</summary>
    public int? Year { get; init; }

    /// <summary>For <see cref="PeriodKind.Month"/>: the month (0: the claim's own month).</summary>
    public int Month { get; init; }

    /// <summary>For <see cref="PeriodKind.Since"/>: the day whose close is the base; for <see cref="PeriodKind.Sessions"/>,
    /// the day the stretch ends on, when named.</summary>
    public SinceDay? Day { get; init; }

    /// <summary>The positions of the base close and the closing close in <paramref name="series"/> for a claim about the
    /// session at <paramref name="at"/>; null when the series does not reach back to the base.</summary>
    public (int Base, int End)? Window(SeriesHistory.Series series, int at)
    {
        ArgumentNullException.ThrowIfNull(series);
        var date = series.Bars[at].Date;
        var (basis, end) = Kind switch
        {
            PeriodKind.Sessions => Day is { } through && series.OnOrBefore(Resolve(through, date)) is var e and >= 0 ? (e - Sessions, e) : (at - Sessions, at),
            PeriodKind.Week => (series.OnOrBefore(date.AddDays(-(((int)date.DayOfWeek + 6) % 7)), strictly: true), at),
            PeriodKind.YearToDate => (series.OnOrBefore(new DateOnly(date.Year, 1, 1), strictly: true), at),
            PeriodKind.Year => YearWindow(series, Year ?? date.Year, date),
            PeriodKind.Month => MonthWindow(series, date),
            _ => (series.OnOrBefore(Resolve(Day!, date)), at),
        };
        return basis < 0 || end <= basis ? null : (basis, Math.Min(end, at));
    }

    private (int, int) YearWindow(SeriesHistory.Series series, int year, DateOnly date) =>
        (series.OnOrBefore(new DateOnly(year, 1, 1), strictly: true), series.OnOrBefore(Min(new DateOnly(year, 12, 31), date)));

    private (int, int) MonthWindow(SeriesHistory.Series series, DateOnly date)
    {
        var month = Month == 0 ? date.Month : Month;
        var year = Year ?? (month > date.Month ? date.Year - 1 : date.Year);
        var first = new DateOnly(year, month, 1);
        return (series.OnOrBefore(first, strictly: true), series.OnOrBefore(Min(first.AddMonths(1).AddDays(-1), date)));
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    /// <summary>A named day in the claim's year, or the year before when it would be later than the claim's day.</summary>
    private static DateOnly Resolve(SinceDay day, DateOnly date)
    {
        var year = day.Year ?? date.Year;
        var month = day.Month == 0 ? 12 : day.Month;
        var resolved = new DateOnly(year, month, day.Day == 0 ? DateTime.DaysInMonth(year, month) : Math.Min(day.Day, DateTime.DaysInMonth(year, month)));
        return day.Year is null && resolved > date ? resolved.AddYears(-1) : resolved;
    }

    /// <summary>Whether the words name the stretch without doubt (a vague "during the period" resolved to a streak is
    /// still exact; only a default would not be).</summary>
    public override string ToString() => Text;
}
