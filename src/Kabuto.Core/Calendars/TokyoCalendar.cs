using System.Collections.Frozen;
using Kabuto.Core.Market;

namespace Kabuto.Core.Calendars;

/// <summary>The Tokyo Stock Exchange (cash equities): Japanese public holidays, the exchange's 31 Dec to 3 Jan closure,
/// unscheduled closures, the historical half days of 大発会/大納会, and session hours by date.</summary>
public sealed class TokyoCalendar : ExchangeCalendar
{
    private static readonly TimeOnly MorningOnlyClose = new(11, 0);

    /// <summary>The TSE traded on some or all Saturdays until January 1989 (not modelled: docs/calendars.md).</summary>
    public override DateOnly? SaturdaysClosedFrom => new DateOnly(1989, 2, 1);

    private static readonly FrozenDictionary<DateOnly, string> Unscheduled = new Dictionary<DateOnly, string>
    {
        [new(2020, 10, 1)] = "arrowhead hardware failure: trading halted all day",
    }.ToFrozenDictionary();

    // index-methodology.md 6.3 (TSE cash equities); a half day keeps only the morning session, closing 11:00.
    private static readonly SessionTable Table = new(
        (new(1954, 1, 1), SessionHours.WithLunch(new(9, 0), new(11, 0), new(13, 0), new(15, 0))),
        (new(1991, 4, 30), SessionHours.WithLunch(new(9, 0), new(11, 0), new(12, 30), new(15, 0))),
        (new(2011, 11, 21), SessionHours.WithLunch(new(9, 0), new(11, 30), new(12, 30), new(15, 0))),
        (new(2024, 11, 5), SessionHours.WithLunch(new(9, 0), new(11, 30), new(12, 30), new(15, 30))));

    // Declared after the tables it reads: static initialisers run in textual order.
    public static readonly TokyoCalendar Instance = new();

    public TokyoCalendar()
        : base(Markets.Tokyo, TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo"), Table)
    {
    }

    /// <summary>Weekdays the exchange did not trade although it was scheduled to (not holidays), with the reason.</summary>
    public static IReadOnlyDictionary<DateOnly, string> UnscheduledClosures => Unscheduled;

    public override CalendarSource Source => CalendarSource.Law;

    public override string SourceDescription => "computed from the Japanese holiday law and TSE closure rules";

    public override DateOnly FirstDate { get; } = new(1955, 1, 1);

    public override DateOnly LastDate { get; } = new(JapaneseHolidays.LastYear, 12, 31);

    /// <summary>Whether a date is the first trading day of its year (大発会).</summary>
    public bool IsFirstTradingDayOfYear(DateOnly tradingDay) =>
        IsTradingDay(tradingDay) && !AnyTradingDay(new DateOnly(tradingDay.Year, 1, 1), tradingDay.AddDays(-1));

    /// <summary>Whether a date is the last trading day of its year (大納会).</summary>
    public bool IsLastTradingDayOfYear(DateOnly tradingDay) =>
        IsTradingDay(tradingDay) && !AnyTradingDay(tradingDay.AddDays(1), new DateOnly(tradingDay.Year, 12, 31));

    protected override DayStatus Classify(DateOnly date)
    {
        if (JapaneseHolidays.On(date) is { } holiday)
        {
            return new DayStatus(date, DayKind.Holiday, holiday.Name);
        }

        if (ExchangeClosure(date) is { } closure)
        {
            return new DayStatus(date, DayKind.ExchangeClosure, closure);
        }

        return Unscheduled.TryGetValue(date, out var reason)
            ? new DayStatus(date, DayKind.UnscheduledClosure, reason)
            : new DayStatus(date, DayKind.Trading);
    }

    /// <summary>Until 2009 the first and last sessions of the year were morning-only (大発会 full day from
    /// 4 Jan 2010, 大納会 from 30 Dec 2009).</summary>
    protected override TimeOnly? HalfDayClose(DateOnly tradingDay, SessionHours regular)
    {
        var morningOnly = (tradingDay.Year <= 2009 && IsFirstTradingDayOfYear(tradingDay))
                          || (tradingDay.Year <= 2008 && IsLastTradingDayOfYear(tradingDay));
        return morningOnly ? MorningOnlyClose : null;
    }

    protected override string? LocalName(DateOnly date) => JapaneseHolidays.On(date)?.LocalName ?? date switch
    {
        { Month: 12, Day: 31 } or { Month: 1, Day: <= 3 } => "年末年始休業日",
        { Month: 12 } => "年末休業日",
        _ => null,
    };

    // Scans inside the year so the first and last supported years need no neighbour year.
    private bool AnyTradingDay(DateOnly from, DateOnly to)
    {
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            if (IsTradingDay(d))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The exchange's own year-end closure: 31 Dec to 3 Jan. Before 1989 the index data (no rows on the
    /// weekdays 29-30 Dec in 1982-1988) shows the year ended on 28 Dec; see docs/calendars.md.</summary>
    private static string? ExchangeClosure(DateOnly date) => date switch
    {
        { Month: 1, Day: <= 3 } => "New Year closure (exchange holiday)",
        { Month: 12, Day: 31 } => "Year-end closure (exchange holiday)",
        { Month: 12, Day: 29 or 30, Year: >= 1982 and <= 1988 } => "Year-end closure (exchange holiday, pre-1989 rule)",
        _ => null,
    };
}
