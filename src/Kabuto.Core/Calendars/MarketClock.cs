namespace Kabuto.Core.Calendars;

/// <summary>Local market times as instants, and which session of one market had ended before another opened.</summary>
public static class MarketClock
{
    /// <summary>The instant of a local wall-clock time on a date in a zone, with that zone's offset at the time.</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    /// <summary>The date itself when the market trades on it, else its previous trading day (a market's "own date" for
    /// a calendar date, as the regional table shows it).</summary>
    public static DateOnly TradingDayOnOrBefore(IExchangeCalendar market, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(market);
        return market.IsTradingDay(date) ? date : market.PreviousTradingDay(date);
    }

    /// <summary>The latest trading day of <paramref name="market"/> whose session closed strictly before
    /// <paramref name="instant"/>.</summary>
    public static DateOnly LastSessionClosedBefore(IExchangeCalendar market, DateTimeOffset instant)
    {
        ArgumentNullException.ThrowIfNull(market);
        var localDate = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, market.TimeZone).DateTime);
        var day = TradingDayOnOrBefore(market, localDate);
        while (market.Sessions(day)!.CloseAt >= instant)
        {
            day = market.PreviousTradingDay(day);
        }

        return day;
    }

    /// <summary>The New York session that "ended before Tokyo opened" on a Tokyo date: the latest NYSE trading day
    /// whose close (16:00 ET, 13:00 on early-close days) is before 09:00 JST of <paramref name="tokyoDate"/>.</summary>
    public static DateOnly OvernightNewYorkSession(DateOnly tokyoDate, IExchangeCalendar? newYork = null, IExchangeCalendar? tokyo = null)
    {
        newYork ??= NewYorkCalendar.Instance;
        var tokyoZone = (tokyo ?? TokyoCalendar.Instance).TimeZone;
        return LastSessionClosedBefore(newYork, At(tokyoDate, new TimeOnly(9, 0), tokyoZone));
    }
}
