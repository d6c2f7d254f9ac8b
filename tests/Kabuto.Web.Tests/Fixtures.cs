using Kabuto.Core.Market;

namespace Kabuto.Web.Tests;

/// <summary>Small in-memory markets for the API tests: a few N225 and USDJPY days around 1 March 2024.</summary>
public static class Fixtures
{
    public static readonly DateOnly Day = new(2024, 3, 1);

    public static InMemoryMarketData SmallTokyo() =>
        new InMemoryMarketData()
            .AddBars(IndexIds.N225,
            [
                new DailyBar(new DateOnly(2024, 2, 28), 39_100.00m, 39_250.00m, 38_950.00m, 39_208.03m, null),
                new DailyBar(new DateOnly(2024, 2, 29), 39_200.00m, 39_300.00m, 38_900.00m, 39_166.19m, null),
                new DailyBar(Day, 39_300.00m, 39_990.23m, 39_200.00m, 39_910.82m, null),
            ])
            .AddBars(IndexIds.UsdJpy, [DailyBar.CloseOnly(Day, 150.11m)]);
}
