using Kabuto.Core.Errors;

namespace Kabuto.Core.Calendars;

/// <summary>A law calendar overlaid with the exchange's own calendar where it is held (Tokyo: J-Quants'
/// /markets/calendar, HolDiv 0 closed, 1 open, 2 half day, 3 closed with holiday trading). A held day's status wins;
/// every other day is the law's. <see cref="Disagreements"/> lists the held days the law calendar judges otherwise, so
/// a caller reports them instead of taking them silently.</summary>
public sealed class ExchangeDaysCalendar : IExchangeCalendar
{
    /// <summary>Where the stored exchange days come from, in words (the only source Kabuto fetches them from).</summary>
    public const string JQuantsCalendar = "J-Quants /markets/calendar";

    private readonly IExchangeCalendar _law;
    private readonly IReadOnlyDictionary<DateOnly, int> _held;
    private readonly string _heldFrom;

    /// <param name="law">The calendar computed by law.</param>
    /// <param name="held">Each held day's HolDiv.</param>
    /// <param name="heldFrom">Where the held days come from, in words ("J-Quants /markets/calendar").</param>
    public ExchangeDaysCalendar(IExchangeCalendar law, IReadOnlyDictionary<DateOnly, int> held, string heldFrom)
    {
        ArgumentNullException.ThrowIfNull(law);
        ArgumentNullException.ThrowIfNull(held);
        _law = law;
        _held = held;
        _heldFrom = heldFrom;
    }

    public string MarketId => _law.MarketId;

    public TimeZoneInfo TimeZone => _law.TimeZone;

    public CalendarSource Source => _law.Source;

    public string SourceDescription => _held.Count == 0
        ? _law.SourceDescription
        : $"the exchange's own calendar ({_heldFrom}) on the {_held.Count} days held, else {_law.SourceDescription}";

    public DateOnly FirstDate => _law.FirstDate;

    public DateOnly? SaturdaysClosedFrom => _law.SaturdaysClosedFrom;

    public DateOnly LastDate => _law.LastDate;

    /// <summary>Whether a day's status comes from the exchange's calendar.</summary>
    public bool IsHeld(DateOnly date) => _held.ContainsKey(date);

    /// <summary>Held days of a year, in date order.</summary>
    public IReadOnlyList<DateOnly> HeldDays(int year) => _held.Keys.Where(d => d.Year == year).Order().ToList();

    /// <summary>Held days of a year whose status the law calendar judges otherwise: (date, HolDiv, the law's status).</summary>
    public IReadOnlyList<(DateOnly Date, int HolDiv, DayStatus Law)> Disagreements(int year) =>
        HeldDays(year).Where(d => d >= _law.FirstDate && d <= _law.LastDate && _law.IsTradingDay(d) != IsOpen(_held[d]))
            .Select(d => (d, _held[d], _law.Status(d))).ToList();

    public static bool IsOpen(int holDiv) => holDiv is 1 or 2;

    public DayStatus Status(DateOnly date)
    {
        var law = _law.Status(date);
        if (!_held.TryGetValue(date, out var holDiv) || IsOpen(holDiv) == law.IsTradingDay)
        {
            return law;
        }

        return IsOpen(holDiv)
            ? new DayStatus(date, DayKind.Trading, $"open per the exchange's calendar ({_heldFrom}, HolDiv {holDiv}); the law calendar has it closed: {law.Reason ?? law.Kind.ToString()}")
            : new DayStatus(date, DayKind.ExchangeClosure, $"closed per the exchange's calendar ({_heldFrom}, HolDiv {holDiv}); the law calendar has it open");
    }

    public bool IsTradingDay(DateOnly date) => Status(date).IsTradingDay;

    public DateOnly PreviousTradingDay(DateOnly date) => Step(date, -1);

    public DateOnly NextTradingDay(DateOnly date) => Step(date, +1);

    public SessionHours RegularHours(DateOnly date) => _law.RegularHours(date);

    public TradingSession? Sessions(DateOnly date)
    {
        if (!IsTradingDay(date))
        {
            return null;
        }

        var hours = _law.RegularHours(date);
        return _held.TryGetValue(date, out var holDiv) && holDiv == 2
            ? new TradingSession(date, hours.MorningOnly(hours.BreakStart ?? hours.Close), IsHalfDay: true, TimeZone)
            : _law.Sessions(date) ?? new TradingSession(date, hours, IsHalfDay: false, TimeZone);
    }

    public IReadOnlyList<Holiday> Holidays(int year)
    {
        var holidays = _law.Holidays(year).Where(h => !IsTradingDay(h.Date)).ToList();
        holidays.AddRange(HeldDays(year).Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsTradingDay(d)
                && holidays.All(h => h.Date != d))
            .Select(d => new Holiday(d, Status(d).Reason ?? "closed", DayKind.ExchangeClosure)));
        return holidays.OrderBy(h => h.Date).ToList();
    }

    public IReadOnlyList<DateOnly> TradingDays(int year)
    {
        var days = new List<DateOnly>();
        for (var d = new DateOnly(year, 1, 1); d.Year == year; d = d.AddDays(1))
        {
            if (d >= FirstDate && d <= LastDate && IsTradingDay(d))
            {
                days.Add(d);
            }
        }

        return days;
    }

    private DateOnly Step(DateOnly date, int direction)
    {
        for (var d = date.AddDays(direction); d >= FirstDate && d <= LastDate; d = d.AddDays(direction))
        {
            if (IsTradingDay(d))
            {
                return d;
            }
        }

        throw Fail.User($"no {MarketId} trading day {(direction < 0 ? "before" : "after")} {date:yyyy-MM-dd} within {FirstDate:yyyy-MM-dd}..{LastDate:yyyy-MM-dd}");
    }
}
