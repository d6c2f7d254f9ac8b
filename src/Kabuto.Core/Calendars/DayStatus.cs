namespace Kabuto.Core.Calendars;

/// <summary>Why a market is (or is not) open on a date.</summary>
public enum DayKind
{
    Trading,
    Weekend,

    /// <summary>A public holiday by law (national holiday, substitute holiday, citizens' holiday, US market holiday).</summary>
    Holiday,

    /// <summary>Closed by the exchange's own rules or by decree, not a public holiday (Tokyo 31 Dec to 3 Jan,
    /// a US national day of mourning).</summary>
    ExchangeClosure,

    /// <summary>A scheduled trading day on which the market did not trade (system failure, storm, attack).</summary>
    UnscheduledClosure,

    /// <summary>A weekday without an index row inside the data's coverage: a closure inferred from data, not law.</summary>
    DerivedClosure,

    /// <summary>A weekday a data-derived calendar cannot judge: outside the covered range, or inside a gap too long
    /// to be a holiday.</summary>
    NoData,
}

/// <summary>The status of one date on one market; <see cref="Reason"/> names the holiday or closure.</summary>
public readonly record struct DayStatus(DateOnly Date, DayKind Kind, string? Reason = null)
{
    public bool IsTradingDay => Kind == DayKind.Trading;

    /// <summary>A weekday on which the market was closed for a known or inferred reason.</summary>
    public bool IsClosure => Kind is DayKind.Holiday or DayKind.ExchangeClosure or DayKind.UnscheduledClosure or DayKind.DerivedClosure;
}

/// <summary>A named non-trading weekday (or, in <see cref="JapaneseHolidays"/>, any national holiday).</summary>
public readonly record struct Holiday(DateOnly Date, string Name, DayKind Kind, string? LocalName = null);

/// <summary>How a calendar knows its closures.</summary>
public enum CalendarSource
{
    /// <summary>Computed from holiday law and exchange rules: valid for any supported year, past or future.</summary>
    Law,

    /// <summary>Inferred from the dates of a stored index series: only as good (and as long) as the data.</summary>
    Data,
}
