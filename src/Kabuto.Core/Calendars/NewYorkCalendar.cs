using Kabuto.Core.Market;

namespace Kabuto.Core.Calendars;

/// <summary>The New York Stock Exchange: holidays computed by NYSE rules (<see cref="NyseHolidays"/>), 09:30-16:00 ET
/// and the 13:00 early closes before Independence Day, after Thanksgiving and on Christmas Eve.</summary>
public sealed class NewYorkCalendar : ExchangeCalendar
{
    private static readonly TimeOnly EarlyClose = new(13, 0);

    private static readonly SessionTable Table = new(
        (new(1971, 1, 1), SessionHours.Continuous(10, 0, 15, 30)),
        (new(1974, 10, 1), SessionHours.Continuous(10, 0, 16, 0)),
        (new(1985, 9, 30), SessionHours.Continuous(9, 30, 16, 0)));

    // Declared after the table it reads: static initialisers run in textual order.
    public static readonly NewYorkCalendar Instance = new();

    public NewYorkCalendar()
        : base(Markets.NewYork, TimeZoneInfo.FindSystemTimeZoneById("America/New_York"), Table)
    {
    }

    public override CalendarSource Source => CalendarSource.Law;

    public override string SourceDescription => "computed from NYSE holiday rules";

    public override DateOnly FirstDate { get; } = new(NyseHolidays.FirstYear, 1, 1);

    public override DateOnly LastDate { get; } = new(NyseHolidays.LastYear, 12, 31);

    protected override DayStatus Classify(DateOnly date) =>
        NyseHolidays.On(date) is { } holiday
            ? new DayStatus(date, holiday.Kind, holiday.Name)
            : new DayStatus(date, DayKind.Trading);

    /// <summary>Early closes follow the modern pattern from 2000 on; earlier ones are not modelled.</summary>
    protected override TimeOnly? HalfDayClose(DateOnly tradingDay, SessionHours regular)
    {
        if (tradingDay.Year < 2000)
        {
            return null;
        }

        var weekdayBeforeFriday = tradingDay.DayOfWeek is >= DayOfWeek.Monday and <= DayOfWeek.Thursday;
        var early = tradingDay switch
        {
            { Month: 7, Day: 3 } => weekdayBeforeFriday,
            { Month: 12, Day: 24 } => weekdayBeforeFriday,
            { Month: 11, DayOfWeek: DayOfWeek.Friday } => tradingDay.AddDays(-1) == DateRules.NthWeekday(tradingDay.Year, 11, DayOfWeek.Thursday, 4),
            _ => false,
        };
        return early ? EarlyClose : null;
    }
}
