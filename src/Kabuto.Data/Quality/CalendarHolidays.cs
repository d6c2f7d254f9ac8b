using Kabuto.Core.Calendars;
using Kabuto.Core.Market;

namespace Kabuto.Data.Quality;

/// <summary>Holidays from the calendars computed by law (Tokyo, New York; Kabuto.Core.Calendars), with the exchange's
/// own days over them where <paramref name="data"/> holds them (ADR 0018), each market's calendar read once. Markets
/// whose calendar is derived from data are never judged here: that would be circular.</summary>
public sealed class CalendarHolidays(IMarketDataReader? data) : IHolidayOracle
{
    private readonly Dictionary<string, IExchangeCalendar> _calendars = new(StringComparer.Ordinal);

    /// <summary>The law calendars alone (what a disagreement with the exchange is measured against).</summary>
    public static CalendarHolidays Law { get; } = new(null);

    public string? IsKnownHoliday(string marketId, DateOnly date)
    {
        if (Calendar(marketId) is not { } calendar || date < calendar.FirstDate || date > calendar.LastDate)
        {
            return null;
        }

        var status = calendar.Status(date);
        return status.Kind is DayKind.Holiday or DayKind.ExchangeClosure or DayKind.UnscheduledClosure
            ? status.Reason ?? status.Kind.ToString()
            : null;
    }

    public bool? IsTradingDay(string marketId, DateOnly date) =>
        Calendar(marketId) is not { } calendar || date < calendar.FirstDate || date > calendar.LastDate ? null : calendar.IsTradingDay(date);

    private IExchangeCalendar? Calendar(string marketId)
    {
        if (!Calendars.IsComputed(marketId))
        {
            return null;
        }

        lock (_calendars)
        {
            if (!_calendars.TryGetValue(marketId, out var calendar))
            {
                calendar = Calendars.For(marketId, data);
                _calendars[marketId] = calendar;
            }

            return calendar;
        }
    }
}
