using System.Globalization;

namespace Kabuto.Writing.Text;

/// <summary>Dates in wire style: "Oct. 27", "Feb. 9, 2026", weekdays by name.</summary>
public static class Dates
{
    private static readonly string[] MonthAbbreviations =
        ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];

    public static string Short(DateOnly date, bool withYear) =>
        withYear
            ? $"{MonthAbbreviations[date.Month - 1]} {date.Day.ToString(CultureInfo.InvariantCulture)}, {date.Year.ToString(CultureInfo.InvariantCulture)}"
            : $"{MonthAbbreviations[date.Month - 1]} {date.Day.ToString(CultureInfo.InvariantCulture)}";

    public static string Weekday(DateOnly date) => date.DayOfWeek.ToString();

    public static string Long(DateOnly date) => $"{Weekday(date)}, {Short(date, withYear: true)}";
}
