using System.Globalization;
using Kabuto.Core.Calendars;
using Kabuto.Core.Market;

namespace Kabuto.Analytics.Day;

/// <summary>Why the store has no session of a market or series on a date, told truthfully: only a weekend or a closure
/// in a calendar computed by law is "did not trade"; a trading day without a row is "no data is held", with the latest
/// (or nearest) date that is; a date the calendar cannot judge is said to be beyond it. Markets whose calendar is derived
/// from the data can only say a weekday inside the data has no row.</summary>
public static class NoSession
{
    /// <param name="what">What the reader asked about: a market's name ("Tokyo") or a series id ("TOPIX").</param>
    /// <param name="seriesId">The series whose held dates are <paramref name="held"/> (its market gives the calendar).</param>
    /// <param name="held">The dates the store holds for the series, ascending (not empty).</param>
    /// <param name="data">The store, for the exchange's own calendar where it holds one (ADR 0018); null = the law's.</param>
    public static string Explain(string what, string seriesId, DateOnly date, IReadOnlyList<DateOnly> held, IMarketDataReader? data)
    {
        ArgumentNullException.ThrowIfNull(held);
        if (held.Count == 0)
        {
            return $"no {seriesId} rows are held; import its series first (kabuto import PATH)";
        }

        var market = Markets.ForSeries(seriesId);
        var day = $"{Iso(date)} ({date.DayOfWeek})";
        if (market is not null && seriesId != IndexIds.UsdJpy && Calendars.IsComputed(market.Id))
        {
            var calendar = Calendars.For(market.Id, data);
            if (date < calendar.FirstDate || date > calendar.LastDate)
            {
                return $"{Iso(date)} is {(date > calendar.LastDate ? "beyond" : "before")} the {market.Name} calendar "
                       + $"({Iso(calendar.FirstDate)}..{Iso(calendar.LastDate)}), so whether {market.Name} trades that day is not known; "
                       + $"no data is held for {what} on it; {Held(date, held)}";
            }

            var status = calendar.Status(date);
            if (status.Kind == DayKind.Weekend && date.DayOfWeek == DayOfWeek.Saturday && calendar.SaturdaysClosedFrom is { } closedFrom
                && date < closedFrom)
            {
                return $"no data is held for {what} on {day}; {market.Name} held Saturday sessions until {closedFrom.AddMonths(-1).ToString("MMMM yyyy", CultureInfo.InvariantCulture)}, "
                       + $"which the calendar does not model, so whether it traded that day is not known; nearest sessions held: {Nearest(date, held)}";
            }

            if (!status.IsTradingDay)
            {
                var reason = status.Kind == DayKind.Weekend ? "weekend" : status.Reason ?? status.Kind.ToString();
                return $"{what} did not trade on {Iso(date)} ({date.DayOfWeek}: {reason}); nearest sessions held: {Nearest(date, held)}";
            }

            return $"no data is held for {what} on {day}, a {market.Name} trading day; {Held(date, held)}";
        }

        if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            return $"{what} did not trade on {Iso(date)} ({date.DayOfWeek}: weekend); nearest sessions held: {Nearest(date, held)}";
        }

        return date > held[0] && date < held[^1]
            ? $"no session is held for {what} on {day}; its calendar is derived from the data held, so a weekday without a row "
              + $"counts as a closure; nearest sessions held: {Nearest(date, held)}"
            : $"no data is held for {what} on {day}; {Held(date, held)}";
    }

    /// <summary>"the latest held is 2026-08-21", "the earliest held is 1965-01-05", or the nearest held dates.</summary>
    private static string Held(DateOnly date, IReadOnlyList<DateOnly> held) =>
        date > held[^1] ? $"the latest held is {Iso(held[^1])}"
        : date < held[0] ? $"the earliest held is {Iso(held[0])}"
        : $"nearest sessions held: {Nearest(date, held)}";

    private static string Nearest(DateOnly date, IReadOnlyList<DateOnly> held)
    {
        var after = LowerBound(held, date);
        var nearest = new List<string>();
        if (after > 0)
        {
            nearest.Add($"{Iso(held[after - 1])} (before)");
        }

        var next = after < held.Count && held[after] == date ? after + 1 : after;
        if (next < held.Count)
        {
            nearest.Add($"{Iso(held[next])} (after)");
        }

        return string.Join(", ", nearest);
    }

    /// <summary>The first position whose date is not before <paramref name="date"/>.</summary>
    private static int LowerBound(IReadOnlyList<DateOnly> held, DateOnly date)
    {
        int lo = 0, hi = held.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (held[mid] < date)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
