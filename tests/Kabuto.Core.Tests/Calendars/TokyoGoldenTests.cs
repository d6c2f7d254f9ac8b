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

        // Both are phantom rows of the Yahoo-derived history, on holidays: 1997-02-11 (National Foundation Day, a
        // Tuesday; the row has round-number prices) and 2018-07-16 (Marine Day; the row repeats 2018-07-13).
        Assert.Equal("1997-02-11, 2018-07-16", GoldenSeries.Show(extra));
        // Gaps of the same Yahoo history (ordinary weekdays the TSE traded; no holiday rule covers them).
        Assert.Equal("2009-09-01, 2010-07-20, 2010-09-15", GoldenSeries.Show(missing));
    }

    [Theory]
    [InlineData(2018, 7, 16, "Marine Day")]
    [InlineData(1997, 2, 11, "National Foundation Day")]
    public void Status_PhantomRowDates_AreHolidays(int year, int month, int day, string name)
    {
        var date = new DateOnly(year, month, day);

        var status = TokyoCalendar.Instance.Status(date);

        Assert.Equal(new DayStatus(date, DayKind.Holiday, name), status);
    }

    [Fact]
    public void TopixFile2016To2026_Mismatches_AreTheOutageRowAndOneGap()
    {
        var path = SharedData.Require("raw/market-indicators-dashboard/topix.csv");
        if (path is null)
        {
            return;
        }

        var rows = GoldenSeries.Dates(path, "yyyy-MM-dd");

        var (extra, missing) = GoldenSeries.Compare(TokyoCalendar.Instance, rows, rows.Min, rows.Max);

        // 2020-10-01 is the outage day: the file repeats the previous close. 2026-08-20 is a real gap of that file.
        Assert.Equal("2020-10-01", GoldenSeries.Show(extra));
        Assert.Equal("2026-08-20", GoldenSeries.Show(missing));
    }
}
