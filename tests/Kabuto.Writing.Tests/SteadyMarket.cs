using Kabuto.Core.Market;

namespace Kabuto.Writing.Tests;

/// <summary>An invented market that rises a little every weekday of early 2026, for tests of the wrap's sentences
/// (Friday 2026-02-06 and Monday 2026-02-09, with the yen on both).</summary>
internal static class SteadyMarket
{
    public static readonly DateOnly Friday = new(2026, 2, 6);
    public static readonly DateOnly Monday = new(2026, 2, 9);

    /// <summary>Weekdays from 2026-01-05 to <paramref name="last"/> (holidays do not matter to these tests' sentences),
    /// the close rising by <paramref name="step"/> a day from <paramref name="start"/>, then the last day's override.</summary>
    public static List<DailyBar> Closes(DateOnly last, decimal start, decimal step, decimal? lastClose = null)
    {
        var bars = new List<DailyBar>();
        var close = start;
        for (var d = new DateOnly(2026, 1, 5); d <= last; d = d.AddDays(1))
        {
            if (d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || d == new DateOnly(2026, 1, 12) || d == new DateOnly(2026, 2, 11))
            {
                continue;
            }

            bars.Add(DailyBar.CloseOnly(d, d == last && lastClose is { } l ? l : close));
            close += step;
        }

        return bars;
    }

    public static InMemoryMarketData Tokyo() => new InMemoryMarketData()
        .AddBars(IndexIds.N225, Closes(Monday, 50000m, 100m))
        .AddBars(IndexIds.Topix, Closes(Monday, 3500m, 5m))
        .AddBars(IndexIds.UsdJpy, [DailyBar.CloseOnly(new DateOnly(2026, 2, 5), 156.50m), DailyBar.CloseOnly(Friday, 156.89m), DailyBar.CloseOnly(Monday, 156.60m)]);
}
