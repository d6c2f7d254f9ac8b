namespace Kabuto.Core.Calendars;

/// <summary>A calendar inferred from data: a date is a trading day when the market's index has a row for it, and a
/// weekday without a row inside the covered range is a "derived closure" (a fact about the data, not the law).
/// A run of missing weekdays longer than any real holiday is reported as a data gap (<see cref="DayKind.NoData"/>).</summary>
public sealed class DerivedCalendar : ExchangeCalendar
{
    /// <summary>Longest closure seen on the covered markets (Lunar New Year, China's Golden Week: 5-7 weekdays).</summary>
    public const int MaxClosureWeekdays = 7;

    private readonly DateOnly[] _tradingDays;
    private readonly HashSet<DateOnly> _trading;
    private readonly Func<DateOnly, bool> _isHalfDay;

    public DerivedCalendar(string marketId, TimeZoneInfo timeZone, IEnumerable<DateOnly> tradingDays)
        : this(marketId, timeZone, tradingDays, Calendars.SessionsOf(marketId), "index rows", static _ => false)
    {
    }

    public DerivedCalendar(
        string marketId,
        TimeZoneInfo timeZone,
        IEnumerable<DateOnly> tradingDays,
        SessionTable sessions,
        string dataName,
        Func<DateOnly, bool> isHalfDay)
        : base(marketId, timeZone, sessions)
    {
        ArgumentNullException.ThrowIfNull(tradingDays);
        _tradingDays = [.. tradingDays.Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)).Distinct().Order()];
        if (_tradingDays.Length == 0)
        {
            throw new ArgumentException($"A derived calendar for {marketId} needs at least one weekday trading date.", nameof(tradingDays));
        }

        _trading = [.. _tradingDays];
        _isHalfDay = isHalfDay;
        FirstDate = _tradingDays[0];
        LastDate = _tradingDays[^1];
        SourceDescription = $"derived from {dataName} {FirstDate:yyyy-MM-dd}..{LastDate:yyyy-MM-dd}: a weekday without a row is a closure";
    }

    public override CalendarSource Source => CalendarSource.Data;

    public override string SourceDescription { get; }

    public override DateOnly FirstDate { get; }

    public override DateOnly LastDate { get; }

    protected override DayStatus Classify(DateOnly date)
    {
        if (_trading.Contains(date))
        {
            return new DayStatus(date, DayKind.Trading);
        }

        var next = Array.BinarySearch(_tradingDays, date);
        next = ~next;
        var missingWeekdays = WeekdaysBetween(_tradingDays[next - 1], _tradingDays[next]);
        return missingWeekdays > MaxClosureWeekdays
            ? new DayStatus(date, DayKind.NoData, $"gap in the data ({missingWeekdays} weekdays without rows)")
            : new DayStatus(date, DayKind.DerivedClosure, "no index row (closure derived from data)");
    }

    protected override TimeOnly? HalfDayClose(DateOnly tradingDay, SessionHours regular) =>
        _isHalfDay(tradingDay) ? regular.BreakStart ?? regular.Close : null;

    /// <summary>Weekdays strictly between two dates.</summary>
    private static int WeekdaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var d = from.AddDays(1); d < to; d = d.AddDays(1))
        {
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                count++;
            }
        }

        return count;
    }
}
