using System.Globalization;

namespace Kabuto.Core.Calendars;

/// <summary>One market's year at a glance (what `kabuto calendar MARKET YEAR` prints): trading days, closures with
/// their reasons, session hours by period, half days, and where the calendar comes from.</summary>
public sealed record CalendarYear(
    string Market,
    int Year,
    string TimeZone,
    IReadOnlyList<string> UtcOffsets,
    CalendarSource Source,
    bool IsDerived,
    string SourceDescription,
    int TradingDayCount,
    IReadOnlyList<DateOnly> TradingDays,
    IReadOnlyList<CalendarClosure> Closures,
    IReadOnlyList<SessionPeriod> Sessions,
    IReadOnlyList<HalfDay> HalfDays,
    int NoDataWeekdays)
{
    /// <summary>Days of the year whose status came from the exchange's own calendar (J-Quants); 0 when none is held.</summary>
    public int ExchangeDaysHeld { get; init; }

    /// <summary>Held days the law calendar judges otherwise (the exchange's status is used), for the user to see.</summary>
    public IReadOnlyList<CalendarDisagreement> Disagreements { get; init; } = [];

    public static CalendarYear Build(IExchangeCalendar calendar, int year)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var tradingDays = calendar.TradingDays(year);
        var sessions = tradingDays.Select(d => calendar.Sessions(d)!).ToList();
        var closures = calendar.Holidays(year)
            .Select(h => new CalendarClosure(h.Date, h.Date.DayOfWeek.ToString()[..3], h.Kind, h.Name, h.LocalName))
            .ToList();
        var noData = Weekdays(year).Count(d => calendar.Status(d).Kind == DayKind.NoData);
        return new CalendarYear(
            calendar.MarketId,
            year,
            calendar.TimeZone.Id,
            Offsets(calendar.TimeZone, year),
            calendar.Source,
            calendar.IsDerived,
            calendar.SourceDescription,
            tradingDays.Count,
            tradingDays,
            closures,
            Periods(calendar, tradingDays),
            sessions.Where(s => s.IsHalfDay).Select(s => new HalfDay(s.Date, Hhmm(s.Close))).ToList(),
            noData)
        {
            ExchangeDaysHeld = calendar is ExchangeDaysCalendar held ? held.HeldDays(year).Count : 0,
            Disagreements = calendar is ExchangeDaysCalendar exchange
                ? exchange.Disagreements(year).Select(d => new CalendarDisagreement(d.Date, d.HolDiv, ExchangeDaysCalendar.IsOpen(d.HolDiv),
                    d.Law.IsTradingDay, d.Law.Reason ?? (d.Law.IsTradingDay ? "a trading day by law" : d.Law.Kind.ToString()))).ToList()
                : [],
        };
    }

    /// <summary>Consecutive trading days with the same regular hours (half days do not split a period).</summary>
    private static List<SessionPeriod> Periods(IExchangeCalendar calendar, IReadOnlyList<DateOnly> tradingDays)
    {
        var periods = new List<SessionPeriod>();
        foreach (var day in tradingDays)
        {
            var hours = calendar.RegularHours(day);
            if (periods.Count > 0 && periods[^1].Hours == hours)
            {
                periods[^1] = periods[^1] with { To = day };
            }
            else
            {
                periods.Add(new SessionPeriod(day, day, hours));
            }
        }

        return periods;
    }

    private static List<string> Offsets(TimeZoneInfo zone, int year) =>
        Enumerable.Range(1, 12)
            .Select(month => zone.GetUtcOffset(new DateTime(year, month, 15, 12, 0, 0, DateTimeKind.Unspecified)))
            .Distinct()
            .Order()
            .Select(o => (o < TimeSpan.Zero ? "-" : "+") + o.ToString(@"hh\:mm", CultureInfo.InvariantCulture))
            .ToList();

    private static IEnumerable<DateOnly> Weekdays(int year)
    {
        for (var d = new DateOnly(year, 1, 1); d.Year == year; d = d.AddDays(1))
        {
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                yield return d;
            }
        }
    }

    internal static string Hhmm(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}

/// <summary>A day the exchange's calendar and the law calendar disagree on: the exchange's HolDiv and whether it is
/// open, the law's verdict and its reason. The exchange's status is the one used.</summary>
public sealed record CalendarDisagreement(DateOnly Date, int HolDiv, bool ExchangeOpen, bool LawOpen, string LawReason);

public sealed record CalendarClosure(DateOnly Date, string Weekday, DayKind Kind, string Name, string? LocalName);

/// <summary>Regular session hours over a run of trading days (local time, "HH:mm").</summary>
public sealed record SessionPeriod(DateOnly From, DateOnly To, [property: System.Text.Json.Serialization.JsonIgnore] SessionHours Hours)
{
    public string Open => CalendarYear.Hhmm(Hours.Open);

    public string Close => CalendarYear.Hhmm(Hours.Close);

    /// <summary>Start and end of the lunch break; null for a continuous session.</summary>
    public string? MorningClose => Hours.BreakStart is { } t ? CalendarYear.Hhmm(t) : null;

    public string? AfternoonOpen => Hours.BreakEnd is { } t ? CalendarYear.Hhmm(t) : null;
}

public sealed record HalfDay(DateOnly Date, string Close);
