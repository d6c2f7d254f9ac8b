namespace Kabuto.Core.Calendars;

/// <summary>Weekday arithmetic shared by the holiday rules ("second Monday of January", "last Monday of May").</summary>
internal static class DateRules
{
    internal static DateOnly NthWeekday(int year, int month, DayOfWeek weekday, int nth)
    {
        var first = new DateOnly(year, month, 1);
        var offset = ((int)weekday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + (7 * (nth - 1)));
    }

    internal static DateOnly LastWeekday(int year, int month, DayOfWeek weekday)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        var offset = ((int)last.DayOfWeek - (int)weekday + 7) % 7;
        return last.AddDays(-offset);
    }
}
