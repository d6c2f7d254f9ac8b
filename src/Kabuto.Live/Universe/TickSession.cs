namespace Kabuto.Live.Universe;

/// <summary>A continuous-trading window, both ends inclusive (an auction print stamped exactly at the end belongs to
/// it), as UTC ticks.</summary>
public readonly record struct SessionWindow(long StartUtc, long EndUtc)
{
    public bool Contains(long timeUtc) => timeUtc >= StartUtc && timeUtc <= EndUtc;
}

/// <summary>The session a tick stream belongs to: its windows (ticks outside them are counted, not applied) and the
/// instants that get a named snapshot. MorningCloseUtc is 0 on a market without a lunch break.</summary>
public sealed record TickSession(DateOnly Date, IReadOnlyList<SessionWindow> Windows, long OpenUtc, long MorningCloseUtc, long CloseUtc, TimeSpan UtcOffset)
{
    private static readonly TimeSpan Jst = TimeSpan.FromHours(9);

    /// <summary>TSE cash session: 09:00-11:30 and 12:30-15:30 JST (15:00 before 5 Nov 2024, methodology 6.3).</summary>
    public static TickSession Tokyo(DateOnly date)
    {
        var close = date >= new DateOnly(2024, 11, 5) ? new TimeOnly(15, 30) : new TimeOnly(15, 0);
        var open = At(date, new TimeOnly(9, 0), Jst);
        var morningClose = At(date, new TimeOnly(11, 30), Jst);
        var afternoon = At(date, new TimeOnly(12, 30), Jst);
        var end = At(date, close, Jst);
        return new TickSession(date, [new(open, morningClose), new(afternoon, end)], open, morningClose, end, Jst);
    }

    /// <summary>NYSE regular hours 09:30-16:00 America/New_York (pre- and after-market prints fall outside).</summary>
    public static TickSession NewYork(DateOnly date)
    {
        var offset = NewYorkOffset(date);
        var open = At(date, new TimeOnly(9, 30), offset);
        var close = At(date, new TimeOnly(16, 0), offset);
        return new TickSession(date, [new(open, close)], open, 0, close, offset);
    }

    public static TimeSpan NewYorkOffset(DateOnly date)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        return zone.GetUtcOffset(date.ToDateTime(new TimeOnly(12, 0)));
    }

    public static long At(DateOnly date, TimeOnly local, TimeSpan offset) =>
        new DateTimeOffset(date.ToDateTime(local), offset).UtcTicks;

    public DateTimeOffset ToLocal(long utcTicks) => new DateTimeOffset(utcTicks, TimeSpan.Zero).ToOffset(UtcOffset);
}
