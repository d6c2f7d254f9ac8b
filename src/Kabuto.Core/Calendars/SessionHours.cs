namespace Kabuto.Core.Calendars;

/// <summary>The continuous-trading hours of a session in local time, with an optional lunch break.</summary>
public readonly record struct SessionHours(TimeOnly Open, TimeOnly Close, TimeOnly? BreakStart = null, TimeOnly? BreakEnd = null)
{
    public static SessionHours Continuous(int openHour, int openMinute, int closeHour, int closeMinute) =>
        new(new TimeOnly(openHour, openMinute), new TimeOnly(closeHour, closeMinute));

    public static SessionHours WithLunch(TimeOnly open, TimeOnly morningClose, TimeOnly afternoonOpen, TimeOnly close) =>
        new(open, close, morningClose, afternoonOpen);

    public bool HasBreak => BreakStart is not null;

    /// <summary>The same day cut after the morning session (a half day).</summary>
    public SessionHours MorningOnly(TimeOnly close) => new(Open, close);

    public override string ToString() => HasBreak
        ? $"{Open:HH\\:mm}-{BreakStart:HH\\:mm}, {BreakEnd:HH\\:mm}-{Close:HH\\:mm}"
        : $"{Open:HH\\:mm}-{Close:HH\\:mm}";
}

/// <summary>Session hours that change over time: each entry applies from its date until the next entry.</summary>
public sealed class SessionTable
{
    private readonly (DateOnly From, SessionHours Hours)[] _periods;

    public SessionTable(params (DateOnly From, SessionHours Hours)[] periods)
    {
        ArgumentNullException.ThrowIfNull(periods);
        if (periods.Length == 0)
        {
            throw new ArgumentException("A session table needs at least one period.", nameof(periods));
        }

        _periods = [.. periods.OrderBy(p => p.From)];
    }

    /// <summary>The regular hours in force on a date (the first period also covers earlier dates).</summary>
    public SessionHours On(DateOnly date)
    {
        var hours = _periods[0].Hours;
        foreach (var (from, periodHours) in _periods)
        {
            if (from > date)
            {
                break;
            }

            hours = periodHours;
        }

        return hours;
    }
}

/// <summary>One trading day's session on a market: local hours plus their instants (with the market's offset).</summary>
public sealed record TradingSession(
    DateOnly Date,
    SessionHours Hours,
    bool IsHalfDay,
    [property: System.Text.Json.Serialization.JsonIgnore] TimeZoneInfo TimeZone)
{
    public TimeOnly Open => Hours.Open;

    public TimeOnly Close => Hours.Close;

    /// <summary>End of the morning session; the close when the day has no lunch break.</summary>
    public TimeOnly MorningClose => Hours.BreakStart ?? Hours.Close;

    /// <summary>Start of the afternoon session; null when the day has no lunch break (half day, continuous market).</summary>
    public TimeOnly? AfternoonOpen => Hours.BreakEnd;

    public DateTimeOffset OpenAt => MarketClock.At(Date, Open, TimeZone);

    public DateTimeOffset CloseAt => MarketClock.At(Date, Close, TimeZone);

    public DateTimeOffset CloseUtc => CloseAt.ToUniversalTime();
}
