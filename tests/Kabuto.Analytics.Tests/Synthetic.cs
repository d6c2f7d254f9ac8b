using Kabuto.Analytics.History;
using Kabuto.Core.Market;

namespace Kabuto.Analytics.Tests;

/// <summary>Small hand-made histories: weekdays from a start date with the given closes.</summary>
internal static class Synthetic
{
    public static readonly DateOnly Start = new(2024, 1, 1); // a Monday

    public static List<DailyBar> Weekdays(params decimal[] closes) => Weekdays(Start, closes);

    public static List<DailyBar> Weekdays(DateOnly start, params decimal[] closes)
    {
        var bars = new List<DailyBar>();
        var date = start;
        foreach (var close in closes)
        {
            while (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                date = date.AddDays(1);
            }

            bars.Add(DailyBar.CloseOnly(date, close));
            date = date.AddDays(1);
        }

        return bars;
    }

    public static HistoryAccumulator History(IEnumerable<DailyBar> bars, string id = "TEST", decimal step = 1000m) =>
        new HistoryAccumulator(id, step).AddRange(bars);

    /// <summary>A seeded random walk with ties, holidays (1–4 day gaps) and intraday highs on most rows.</summary>
    public static List<DailyBar> RandomWalk(int seed, int days)
    {
        var random = new Random(seed);
        var bars = new List<DailyBar>(days);
        var date = new DateOnly(1990, 1, 1);
        var close = 1000m;
        for (var i = 0; i < days; i++)
        {
            date = date.AddDays(random.Next(1, 5));
            var step = random.Next(0, 10) == 0 ? 0m : (decimal)Math.Round((random.NextDouble() - 0.49) * 40, 2);
            close = Math.Max(1m, close + step);
            decimal? high = random.Next(0, 5) == 0 ? null : close + (decimal)Math.Round(random.NextDouble() * 15, 2);
            bars.Add(new DailyBar(date, null, high, null, close, null));
        }

        return bars;
    }
}
