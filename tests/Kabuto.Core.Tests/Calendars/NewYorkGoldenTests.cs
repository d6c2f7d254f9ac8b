using Kabuto.Core.Calendars;
using Kabuto.TestSupport;

namespace Kabuto.Core.Tests.Calendars;

public sealed class NewYorkGoldenTests
{
    [Fact]
    public void DjiHistory1985To2020_EveryRowAndEveryTradingDay_Agree()
    {
        var path = SharedData.Require("raw/dji-hist/DJI.csv");
        if (path is null)
        {
            return;
        }

        var rows = GoldenSeries.Dates(path, "yyyy-MM-dd");

        var (extra, missing) = GoldenSeries.Compare(NewYorkCalendar.Instance, rows, rows.Min, rows.Max);

        Assert.True(rows.Count > 8800, $"only {rows.Count} rows parsed");
        Assert.True(extra.Count == 0, "rows on closed days: " + GoldenSeries.Show(extra));
        Assert.True(missing.Count == 0, "trading days without a row: " + GoldenSeries.Show(missing));
    }

    [Fact]
    public void Sp500History1971To2026_EveryRowAndEveryTradingDay_Agree()
    {
        var path = SharedData.Require("raw/market-indicators-dashboard/sp500.csv");
        if (path is null)
        {
            return;
        }

        var rows = GoldenSeries.Dates(path, "yyyy-MM-dd");

        var (extra, missing) = GoldenSeries.Compare(NewYorkCalendar.Instance, rows, new DateOnly(1971, 1, 1), rows.Max);

        Assert.True(extra.Count == 0, "rows on closed days: " + GoldenSeries.Show(extra));
        Assert.True(missing.Count == 0, "trading days without a row: " + GoldenSeries.Show(missing));
    }
}
