using Kabuto.Core.Calendars;
using Kabuto.Core.Market;

namespace Kabuto.Data.Quality;

/// <summary>Holidays from the calendars computed by law (Tokyo, New York; Kabuto.Core.Calendars). Markets whose
/// calendar is derived from data are never judged here: that would be circular.</summary>
public sealed class LawCalendarHolidays : IHolidayOracle
{
    public static LawCalendarHolidays Instance { get; } = new();

    public string? IsKnownHoliday(string marketId, DateOnly date)
    {
        if (!Calendars.IsComputed(marketId))
        {
            return null;
        }

        var calendar = Calendars.For(marketId, null);
        if (date < calendar.FirstDate || date > calendar.LastDate)
        {
            return null;
        }

        var status = calendar.Status(date);
        return status.Kind is DayKind.Holiday or DayKind.ExchangeClosure or DayKind.UnscheduledClosure
            ? status.Reason ?? status.Kind.ToString()
            : null;
    }

    public bool? IsTradingDay(string marketId, DateOnly date)
    {
        if (!Calendars.IsComputed(marketId))
        {
            return null;
        }

        var calendar = Calendars.For(marketId, null);
        return date < calendar.FirstDate || date > calendar.LastDate ? null : calendar.IsTradingDay(date);
    }
}
