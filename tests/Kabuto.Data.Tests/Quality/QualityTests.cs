using Kabuto.Core.Market;
using Kabuto.Data.Import;

namespace Kabuto.Data.Tests.Quality;

public sealed class QualityTests
{
    private const string Header = "Date,Open,High,Low,Close,Adj Close,Volume\n";

    [Fact]
    public void Import_PhantomHolidayRow_IsQuarantinedWithFileAndLine()
    {
        using var f = new Fixture();
        var path = f.Write("y/^N225.csv", Header + """
            2018-07-13,22397.62,22692.86,22316.52,22597.35,22597.35,72600000
            2018-07-16,22397.62,22692.86,22316.52,22597.35,22597.35,0
            2018-07-17,22605.73,22832.22,22575.42,22697.36,22697.36,75800000
            """);

        var result = f.ImportOne(path);

        var finding = Assert.Single(result.Findings);
        Assert.Equal(("y/^N225.csv", 3, "holiday_row", true), (finding.File, finding.Line, finding.Rule, finding.Quarantined));
        Assert.DoesNotContain(f.Store.GetDailyBars(IndexIds.N225), b => b.Date == new DateOnly(2018, 7, 16));
    }

    /// <summary>ADR 0018: where the store holds the exchange's own calendar, a row on a day it opened against the law is
    /// kept, and a row on a day it closed against the law is the phantom.</summary>
    [Fact]
    public void Import_ExchangeCalendarHeld_JudgesHolidayRowsByIt()
    {
        using var f = new Fixture();
        Kabuto.Data.Fetch.ExchangeCalendarDays.Store(f.Store, Markets.Tokyo, "jquants/markets/calendar/test", "http://x/v2/markets/calendar",
            [(new DateOnly(2018, 7, 16), 1), (new DateOnly(2018, 7, 17), 0)], new DateTimeOffset(2018, 7, 18, 0, 0, 0, TimeSpan.Zero));
        var path = f.Write("y/^N225.csv", Header + """
            2018-07-13,22397.62,22692.86,22316.52,22597.35,22597.35,72600000
            2018-07-16,22401.00,22692.86,22316.52,22600.00,22600.00,1000
            2018-07-17,22605.73,22832.22,22575.42,22697.36,22697.36,75800000
            2018-07-18,22743.33,22949.32,22724.12,22794.19,22794.19,70100000
            """);

        var result = f.ImportOne(path);

        var finding = Assert.Single(result.Findings);
        Assert.Equal((4, "holiday_row", true), (finding.Line, finding.Rule, finding.Quarantined));
        Assert.Contains(f.Store.GetDailyBars(IndexIds.N225), b => b.Date == new DateOnly(2018, 7, 16));
    }

    [Fact]
    public void Import_FlatOutageBar_IsQuarantined()
    {
        using var f = new Fixture();
        var path = f.Write("s/^STI.csv", "Date,Open,High,Low,Close,Volume\n2020-09-29,1660,1662,1640,1650.32,1\n2020-09-30,1650.32,1654.18,1625.49,1625.49,1\n2020-10-01,1625.49,1625.49,1625.49,1625.49,1\n2020-10-02,1633.02,1638.8,1603.32,1609.22,1\n");

        var result = f.ImportOne(path);

        Assert.Equal("flat_outage", Assert.Single(result.Findings).Rule);
    }

    [Fact]
    public void Import_PartialLastRowWithoutConfirmation_IsQuarantined()
    {
        using var f = new Fixture();
        var rows = string.Join('\n', Enumerable.Range(0, 6).Select(i => $"2024-07-{22 + i + (i >= 5 ? 2 : 0):00},1,2,0.5,1.{i},1.{i},100"));
        var path = f.Write("y/^HSI.csv", Header + rows + "\n2024-08-05,1,2,0.5,1.7,1.7,0\n");

        var result = f.ImportOne(path);

        Assert.Equal(("partial_last_row", 8), (result.Findings.Single().Rule, result.Findings.Single().Line));
    }

    /// <summary>A partial last row is kept once another source has the same close, whether that source was imported
    /// before it, after it in the same run, or in a later run.</summary>
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Import_PartialLastRowConfirmedInAnyOrder_IsKept(int order)
    {
        using var f = new Fixture();
        var rows = string.Join('\n', Enumerable.Range(0, 6).Select(i => $"2024-07-{22 + i + (i >= 5 ? 2 : 0):00},1,2,0.5,1.{i},1.{i},100"));
        var partial = f.Write("y/^HSI.csv", Header + rows + "\n2024-08-05,1,2,0.5,1.7,1.7,0\n");
        var confirming = f.Write("z/^HSI.csv", Header + "2024-08-05,1,2,0.5,1.7,1.7,2000\n");

        ImportSummary summary;
        if (order == 2)
        {
            f.Import(partial);
            summary = f.Import(confirming);
        }
        else
        {
            summary = order == 0 ? f.Import(confirming, partial) : f.Import(partial, confirming);
        }

        Assert.Equal(1.7m, f.Store.GetDailyBars(IndexIds.Hsi).Last().Close);
        Assert.Equal(0, f.Store.Count("quarantine"));
        Assert.Equal(1, f.Store.Count("held_bars"));
        if (order < 2)
        {
            var file = summary.Files.Single(x => x.Source == "y/^HSI.csv");
            Assert.Equal((7L, 0L), (file.Imported, file.Quarantined));
            Assert.Equal("partial_last_row_confirmed", Assert.Single(file.Findings).Rule);
        }
    }

    [Fact]
    public void Import_OneDayFxSpike_IsQuarantined()
    {
        using var f = new Fixture();
        var path = f.Write("y/JPY=X.csv", "Date,Close,High,Low,Open,Volume\n2008-12-05,92.82,93.3,91.6,92.4,0\n2008-12-08,109.24,110.35,109.11,110.09,0\n2008-12-09,92.30,93.0,91.9,92.9,0\n");

        var result = f.ImportOne(path);

        Assert.Equal(("spike", "109.24"), (result.Findings.Single().Rule, result.Findings.Single().Value));
    }

    [Fact]
    public void Import_CloseOutsideHighLow_IsQuarantined()
    {
        using var f = new Fixture();
        var path = f.Write("y/^DJI.csv", Header + "2024-01-04,10,12,9,13,13,1\n");

        var result = f.ImportOne(path);

        Assert.Equal("close_outside_range", result.Findings.Single().Rule);
    }

    [Fact]
    public void Import_WeekendRow_IsQuarantined()
    {
        using var f = new Fixture();
        var path = f.Write("x/usd-jpy.csv", "date,value\n2026-08-21,158.9\n2026-08-22,158.965\n");

        var result = f.ImportOne(path);

        Assert.Equal(("weekend_row", 3), (result.Findings.Single().Rule, result.Findings.Single().Line));
    }

    [Fact]
    public void Import_TokyoSaturdayBefore1989_IsKept()
    {
        using var f = new Fixture();
        var path = f.Write("x/nikkei-225.csv", "date,value\n1970-01-09,2400.5\n1970-01-10,2401.5\n");

        var result = f.ImportOne(path);

        Assert.Empty(result.Findings);
    }

    [Fact]
    public void Import_DuplicateDate_KeepsFirstAndQuarantinesSecond()
    {
        using var f = new Fixture();
        var path = f.Write("x/sp500.csv", "date,value\n2024-01-04,4688.68\n2024-01-04,4700.00\n");

        var result = f.ImportOne(path);

        Assert.Equal(("duplicate_date", 3), (result.Findings.Single().Rule, result.Findings.Single().Line));
        Assert.Equal(4688.68m, f.Store.GetDailyBars(IndexIds.Spx).Single().Close);
    }

    /// <summary>Issue 12: closes of 0 and −5 were stored and read as "change +5.00 points but −100.00%" and a 52-week low
    /// of −5.00.</summary>
    [Fact]
    public void Import_ZeroAndNegativeCloses_AreQuarantinedAsImpossible()
    {
        using var f = new Fixture();
        var path = f.Write("x/nikkei-225.csv", "date,value\n2024-01-04,33288.29\n2024-01-05,0\n2024-01-09,-5\n");

        var result = f.ImportOne(path);

        Assert.Equal([(3, "impossible_value", "0", true), (4, "impossible_value", "-5", true)],
            result.Findings.Select(x => (x.Line, x.Rule, x.Value, x.Quarantined)));
        Assert.All(result.Findings, x => Assert.Contains("is not a possible price", x.Message, StringComparison.Ordinal));
        Assert.Equal([33288.29m], f.Store.GetDailyBars(IndexIds.N225).Select(b => b.Close));
    }

    [Fact]
    public void Import_NegativeCloseInAnOhlcRow_IsQuarantinedAsImpossible()
    {
        using var f = new Fixture();
        // (Yahoo's 0 for an unknown open, high or low reads as "not given"; a close is always given.)
        var path = f.Write("y/^DJI.csv", Header + "2024-01-04,0,0,0,-5,-5,1\n");

        var result = f.ImportOne(path);

        Assert.Equal(("impossible_value", "-5"), (result.Findings.Single().Rule, result.Findings.Single().Value));
        Assert.Empty(f.Store.GetDailyBars(IndexIds.Djia));
    }

    [Fact]
    public void Import_MemberWithZeroClose_IsQuarantinedAsImpossible()
    {
        using var f = new Fixture();
        var path = f.Write("j/13010.csv", """
            Date,Code,Open,High,Low,Close,UpperLimit,LowerLimit,Volume,TurnoverValue,AdjustmentFactor,AdjustmentOpen,AdjustmentHigh,AdjustmentLow,AdjustmentClose,AdjustmentVolume
            2023-06-20,13010,3640.0,3655.0,3635.0,3655.0,0,0,15300.0,55743500.0,1.0,3640.0,3655.0,3635.0,3655.0,15300.0
            2023-06-21,13010,,,,0,0,0,0,0,1.0,,,,0,0
            """);

        var result = f.ImportOne(path);

        Assert.Equal((3, "impossible_value", true), (result.Findings.Single().Line, result.Findings.Single().Rule, result.Findings.Single().Quarantined));
        Assert.Equal([new DateOnly(2023, 6, 20)], f.Store.GetMemberBars().Select(b => b.Date));
    }

    /// <summary>Issue 12: TOPIX has no row for 2026-08-20, a trading day; the next change silently spanned two days.</summary>
    [Fact]
    public void Import_MissingTokyoTradingDay_IsReportedWithFileSeriesAndDates()
    {
        using var f = new Fixture();
        var path = f.Write("m/topix.csv", "date,value\n2026-08-18,4140.22\n2026-08-19,4012.31\n2026-08-21,4067.29\n");

        var result = f.ImportOne(path);

        var finding = Assert.Single(result.Findings);
        Assert.Equal(("m/topix.csv", 4, "missing_trading_days", "2026-08-20", false),
            (finding.File, finding.Line, finding.Rule, finding.Value, finding.Quarantined));
        Assert.Contains("TOPIX has no row for 2026-08-20 (Thursday)", finding.Message, StringComparison.Ordinal);
        Assert.Contains("between 2026-08-19", finding.Message, StringComparison.Ordinal);
        Assert.Equal(3, f.Store.GetDailyBars(IndexIds.Topix).Count);
    }

    [Fact]
    public void Import_HolidaysAndWeekendsBetweenRows_AreNotMissingTradingDays()
    {
        using var f = new Fixture();
        // 2024-05-03 .. 05-06: Constitution Day, Greenery Day, a weekend and a substitute holiday.
        var path = f.Write("m/topix.csv", "date,value\n2024-05-02,2729.30\n2024-05-07,2755.00\n");

        Assert.Empty(f.ImportOne(path).Findings);
    }

    [Fact]
    public void Import_AnyFile_ImportedPlusQuarantinedEqualsRowsRead()
    {
        using var f = new Fixture();
        var path = f.Write("y/^N225.csv", Header + "2024-01-04,1,2,0.5,1,1,1\n2024-01-04,1,2,0.5,1,1,1\nnot-a-date,1,1,1,1,1,1\n2024-01-06,1,2,0.5,1,1,1\n2024-01-09,null,null,null,null,null,null\n2024-01-10,x,2,1,1,1,1\n");

        var result = f.ImportOne(path);

        Assert.Equal(result.RowsRead, result.Imported + result.Quarantined);
        Assert.Equal((6L, 5L, 1L), (result.RowsRead, result.Quarantined, result.Inserted));
    }
}

public sealed class CalendarDisagreementTests
{
    [Fact]
    public void Import_HolidayRowWhenNeighbourWeekdayMissing_IsKeptAndReported()
    {
        using var f = new Fixture();
        var path = f.Write("x/nikkei-225.csv", "date,value\n2024-01-09,1\n2024-01-10,2\n2024-01-12,3\n");

        var result = new ImportService(f.Store, new OneHoliday(new DateOnly(2024, 1, 10))).Import([path]).Files.Single();

        Assert.Equal(("calendar_disagrees", false), (result.Findings.Single().Rule, result.Findings.Single().Quarantined));
        Assert.Equal(3, f.Store.GetDailyBars(IndexIds.N225).Count);
    }

    [Fact]
    public void Import_HolidayRowWithNeighboursPresent_IsQuarantined()
    {
        using var f = new Fixture();
        var path = f.Write("x/nikkei-225.csv", "date,value\n2024-01-09,1\n2024-01-10,2\n2024-01-11,3\n");

        var result = new ImportService(f.Store, new OneHoliday(new DateOnly(2024, 1, 10))).Import([path]).Files.Single();

        Assert.Equal(("holiday_row", true), (result.Findings.Single().Rule, result.Findings.Single().Quarantined));
        Assert.Equal(2, f.Store.GetDailyBars(IndexIds.N225).Count);
    }

    private sealed class OneHoliday(DateOnly date) : Kabuto.Data.Quality.IHolidayOracle
    {
        public string? IsKnownHoliday(string marketId, DateOnly day) => day == date ? "test holiday" : null;
    }
}
