using System.Globalization;

namespace Kabuto.Core.Tests.Calendars;

/// <summary>Reads the dates of the shared data files the golden calendar tests compare against (only the date column).</summary>
internal static class GoldenSeries
{
    /// <summary>Dates of a CSV whose first column is a date in <paramref name="format"/>, optionally quoted; lines that
    /// do not parse (header, copyright footer) are skipped.</summary>
    public static SortedSet<DateOnly> Dates(string path, string format)
    {
        var dates = new SortedSet<DateOnly>();
        foreach (var line in File.ReadLines(path))
        {
            var first = line.Split(',')[0].Trim('"');
            if (DateOnly.TryParseExact(first, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                dates.Add(date);
            }
        }

        return dates;
    }

    /// <summary>Dates where the calendar and the data disagree, between the data's first and last date:
    /// "extra" = a row on a day the calendar calls closed; "missing" = a trading day without a row.</summary>
    public static (List<DateOnly> Extra, List<DateOnly> Missing) Compare(
        Kabuto.Core.Calendars.IExchangeCalendar calendar, SortedSet<DateOnly> rows, DateOnly from, DateOnly to)
    {
        var extra = rows.Where(d => d >= from && d <= to && !calendar.IsTradingDay(d)).ToList();
        var missing = new List<DateOnly>();
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && calendar.IsTradingDay(d) && !rows.Contains(d))
            {
                missing.Add(d);
            }
        }

        return (extra, missing);
    }

    public static string Show(IEnumerable<DateOnly> dates) => string.Join(", ", dates.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
}
