namespace Kabuto.Core.Calendars;

/// <summary>A market's trading days and sessions. Pure logic: implementations do no I/O.</summary>
public interface IExchangeCalendar
{
    /// <summary>The market id of the product (tokyo, newyork, seoul, ...).</summary>
    string MarketId { get; }

    TimeZoneInfo TimeZone { get; }

    /// <summary>Law (computed rules) or Data (inferred from an index's dates).</summary>
    CalendarSource Source { get; }

    bool IsDerived => Source == CalendarSource.Data;

    /// <summary>What the calendar is built from, in words ("Japanese holiday law and TSE rules", "KOSPI dates").</summary>
    string SourceDescription { get; }

    /// <summary>First and last dates the calendar can judge (law: supported years; data: the series' coverage).</summary>
    DateOnly FirstDate { get; }

    DateOnly LastDate { get; }

    /// <summary>When the exchange traded on Saturdays the calendar does not model, the first date Saturdays are truly
    /// closed (Tokyo: 1989-02-01): a Saturday before it is not known to be a closure. Null otherwise.</summary>
    DateOnly? SaturdaysClosedFrom => null;

    DayStatus Status(DateOnly date);

    bool IsTradingDay(DateOnly date);

    /// <summary>The trading day strictly before <paramref name="date"/>.</summary>
    DateOnly PreviousTradingDay(DateOnly date);

    /// <summary>The trading day strictly after <paramref name="date"/>.</summary>
    DateOnly NextTradingDay(DateOnly date);

    /// <summary>The regular (full-day) hours in force on a date, trading or not.</summary>
    SessionHours RegularHours(DateOnly date);

    /// <summary>The session of a trading day; null when the market does not trade on that date.</summary>
    TradingSession? Sessions(DateOnly date);

    /// <summary>The weekday closures of a year (holidays, exchange, unscheduled and derived closures), by date.</summary>
    IReadOnlyList<Holiday> Holidays(int year);

    /// <summary>The trading days of a year, ascending.</summary>
    IReadOnlyList<DateOnly> TradingDays(int year);
}
