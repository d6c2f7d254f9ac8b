using Kabuto.Core.Calendars;
using Kabuto.TestSupport;

namespace Kabuto.Core.Tests.Calendars;

public sealed class TokyoGoldenTests
{
    [Fact]
    public void OfficialNikkeiFile_EveryRowAndEveryTradingDay_Agree()
    {
        var path = SharedData.Require("raw/nikkei-official-kabutan/nikkei_stock_average_daily_en.csv");
        if (path is null)
        {
            return;
        }

        var rows = GoldenSeries.Dates(path, "yyyy/MM/dd");

        var (extra, missing) = GoldenSeries.Compare(TokyoCalendar.Instance, rows, rows.Min, rows.Max);

        Assert.True(rows.Count > 800, $"only {rows.Count} rows parsed");
        Assert.True(extra.Count == 0, "rows on closed days: " + GoldenSeries.Show(extra));
        Assert.True(missing.Count == 0, "trading days without a row: " + GoldenSeries.Show(missing));
    }

    [Fact]
    public void LongNikkeiFileFrom1990_Mismatches_AreOnlyTheKnownDataErrors()
    {
        var path = SharedData.Require("raw/market-indicators-dashboard/nikkei-225.csv");
        if (path is null)
        {
            return;
        }

        var rows = GoldenSeries.Dates(path, "yyyy-MM-dd");

        var (extra, missing) = GoldenSeries.Compare(TokyoCalendar.Instance, rows, new DateOnly(1990, 1, 1), rows.Max);

        Assert.Equal("2018-07-16", GoldenSeries.Show(extra));
        Assert.Equal("", GoldenSeries.Show(missing));
    }

    [Fact]
    public void Status_PhantomRow20180716_IsMarineDay()
    {
        var status = TokyoCalendar.Instance.Status(new DateOnly(2018, 7, 16));

        Assert.Equal(new DayStatus(new DateOnly(2018, 7, 16), DayKind.Holiday, "Marine Day"), status);
    }
}
