using Kabuto.Core.Errors;

namespace Kabuto.Core.Calendars;

/// <summary>What every calendar shares: navigation, year lists and sessions, built on <see cref="Classify"/> and
/// the session table. Subclasses only say why a weekday is closed and when a day is a half day.</summary>
public abstract class ExchangeCalendar : IExchangeCalendar
{
    private readonly SessionTable _sessions;

    protected ExchangeCalendar(string marketId, TimeZoneInfo timeZone, SessionTable sessions)
    {
        MarketId = marketId;
        TimeZone = timeZone;
        _sessions = sessions;
    }

    public string MarketId { get; }

    public TimeZoneInfo TimeZone { get; }

    public abstract CalendarSource Source { get; }

    public bool IsDerived => Source == CalendarSource.Data;

    public abstract string SourceDescription { get; }

    public abstract DateOnly FirstDate { get; }

    public abstract DateOnly LastDate { get; }

    public DayStatus Status(DateOnly date)
    {
        if (date < FirstDate || date > LastDate)
        {
            if (Source == CalendarSource.Data)
            {
                return new DayStatus(date, DayKind.NoData, $"outside the data ({FirstDate:yyyy-MM-dd}..{LastDate:yyyy-MM-dd})");
            }

            throw OutOfRange(date);
        }

        return date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? WeekendStatus(date) : Classify(date);
    }

    public bool IsTradingDay(DateOnly date) => Status(date).IsTradingDay;

    public DateOnly PreviousTradingDay(DateOnly date) => Step(date, -1);

    public DateOnly NextTradingDay(DateOnly date) => Step(date, +1);

    public TradingSession? Sessions(DateOnly date)
    {
        if (!IsTradingDay(date))
        {
            return null;
        }

        var hours = _sessions.On(date);
        var halfDayClose = HalfDayClose(date, hours);
        return halfDayClose is { } close
            ? new TradingSession(date, hours.MorningOnly(close), IsHalfDay: true, TimeZone)
            : new TradingSession(date, hours, IsHalfDay: false, TimeZone);
    }

    /// <summary>The regular (full-day) hours in force on a date, trading or not.</summary>
    public SessionHours RegularHours(DateOnly date) => _sessions.On(date);

    public IReadOnlyList<Holiday> Holidays(int year) =>
        DaysOf(year).Select(Status).Where(s => s.IsClosure)
            .Select(s => new Holiday(s.Date, s.Reason ?? "closed", s.Kind, LocalName(s.Date)))
            .ToList();

    public IReadOnlyList<DateOnly> TradingDays(int year) => DaysOf(year).Where(IsTradingDay).ToList();

    /// <summary>Status of a weekday inside the supported range.</summary>
    protected abstract DayStatus Classify(DateOnly date);

    /// <summary>Saturdays and Sundays are closed everywhere the product covers (Tokyo's Saturday sessions before
    /// February 1989 are not modelled; see docs/calendars.md).</summary>
    protected virtual DayStatus WeekendStatus(DateOnly date) => new(date, DayKind.Weekend);

    /// <summary>The first date from which Saturdays are truly closed, when the exchange traded on Saturdays before it
    /// (Tokyo: February 1989) and the calendar does not model those sessions: a Saturday before it is reported as a
    /// weekend, but whether the market traded that day is not known. Null when Saturdays were always closed.</summary>
    public virtual DateOnly? SaturdaysClosedFrom => null;

    /// <summary>The close of a half day (morning-only or early close), or null for a full day.</summary>
    protected virtual TimeOnly? HalfDayClose(DateOnly tradingDay, SessionHours regular) => null;

    /// <summary>The closure's name in the market's language, when known.</summary>
    protected virtual string? LocalName(DateOnly date) => null;

    /// <summary>The covered days of a year; a year outside the coverage (down to years no date can hold, like 0 or
    /// 99999) is a user error naming the range. Checked before the first day is asked for.</summary>
    private IReadOnlyList<DateOnly> DaysOf(int year)
    {
        if (year < FirstDate.Year || year > LastDate.Year)
        {
            throw Fail.User($"{MarketId} calendar covers {FirstDate:yyyy-MM-dd}..{LastDate:yyyy-MM-dd}; "
                            + $"year {year} is outside it ({SourceDescription}); ask for a year inside that range");
        }

        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var from = first < FirstDate ? FirstDate : first;
        var to = last > LastDate ? LastDate : last;
        var days = new List<DateOnly>(to.DayNumber - from.DayNumber + 1);
        for (var n = from.DayNumber; n <= to.DayNumber; n++)
        {
            days.Add(DateOnly.FromDayNumber(n));
        }

        return days;
    }

    private DateOnly Step(DateOnly date, int direction)
    {
        var day = date.AddDays(direction);
        while (day >= FirstDate && day <= LastDate)
        {
            if (IsTradingDay(day))
            {
                return day;
            }

            day = day.AddDays(direction);
        }

        throw OutOfRange(day);
    }

    private UserInputException OutOfRange(DateOnly date) =>
        Fail.User($"{MarketId} calendar covers {FirstDate:yyyy-MM-dd}..{LastDate:yyyy-MM-dd} ({SourceDescription}); "
                  + $"{date:yyyy-MM-dd} is outside it"
                  + (Source == CalendarSource.Data ? "; import more of the market's index data to extend it" : string.Empty));
}
