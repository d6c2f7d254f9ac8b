using Kabuto.Core.Market;

namespace Kabuto.Core.Calendars;

/// <summary>Trading days a series holds no row for, between two of its consecutive rows. Only a calendar computed by
/// law can say a weekday was a trading day (Tokyo, New York, inside their supported years); a calendar derived from
/// the data would be circular, and the yen has no calendar of its own, so those series never have gaps here.</summary>
/// <remarks>A change from the earlier row to the later one spans every day listed: it is not a daily change.</remarks>
public static class SessionGaps
{
    /// <summary>The trading days strictly between <paramref name="previous"/> and <paramref name="date"/> (consecutive
    /// rows of <paramref name="seriesId"/>), ascending; empty when none is missing or when the series has no law
    /// calendar covering the span. The exchange's own days win where <paramref name="data"/> holds them (ADR 0018).</summary>
    public static IReadOnlyList<DateOnly> Missing(string seriesId, DateOnly previous, DateOnly date, IMarketDataReader? data) =>
        For(seriesId, data) is { } missing ? missing(previous, date) : [];

    /// <summary><see cref="Missing(string, DateOnly, DateOnly, IMarketDataReader?)"/> for one series with its calendar
    /// read once, or null when the series has no law calendar (nothing can be missing then).</summary>
    public static Func<DateOnly, DateOnly, IReadOnlyList<DateOnly>>? For(string seriesId, IMarketDataReader? data)
    {
        ArgumentNullException.ThrowIfNull(seriesId);
        if (seriesId == IndexIds.UsdJpy || Markets.ForSeries(seriesId) is not { } market || !Calendars.IsComputed(market.Id))
        {
            return null;
        }

        var calendar = Calendars.For(market.Id, data);
        return (previous, date) => Missing(previous, date, d => d < calendar.FirstDate || d > calendar.LastDate ? null : calendar.IsTradingDay(d));
    }

    /// <summary>The days strictly between two consecutive rows that <paramref name="isTradingDay"/> calls trading days.
    /// It answers null for a day it cannot judge, and then nothing is reported (a gap is claimed only when every day of
    /// the span was judged). A row on a day the calendar calls closed, next to a missing day it calls open, is read as
    /// the calendar being a day off (an equinox computed a day early), not as a gap: that missing day is not listed.</summary>
    public static IReadOnlyList<DateOnly> Missing(DateOnly previous, DateOnly date, Func<DateOnly, bool?> isTradingDay)
    {
        ArgumentNullException.ThrowIfNull(isTradingDay);
        var missing = new List<DateOnly>();
        for (var d = previous.AddDays(1); d < date; d = d.AddDays(1))
        {
            if (d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                continue;
            }

            switch (isTradingDay(d))
            {
                case null:
                    return [];
                case true:
                    missing.Add(d);
                    break;
            }
        }

        if (missing.Count > 0 && missing[0] == previous.AddDays(1) && IsClosedWeekday(previous, isTradingDay))
        {
            missing.RemoveAt(0);
        }

        if (missing.Count > 0 && missing[^1] == date.AddDays(-1) && IsClosedWeekday(date, isTradingDay))
        {
            missing.RemoveAt(missing.Count - 1);
        }

        return missing;
    }

    /// <summary>"2026-08-20" or "2026-08-18..2026-08-20 (3 trading days)".</summary>
    public static string Describe(IReadOnlyList<DateOnly> missing)
    {
        ArgumentNullException.ThrowIfNull(missing);
        return missing.Count switch
        {
            0 => string.Empty,
            1 => Iso(missing[0]),
            _ => $"{Iso(missing[0])}..{Iso(missing[^1])} ({missing.Count} trading days)",
        };
    }

    private static bool IsClosedWeekday(DateOnly date, Func<DateOnly, bool?> isTradingDay) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && isTradingDay(date) == false;

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
