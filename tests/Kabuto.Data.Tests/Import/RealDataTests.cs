using Kabuto.Core.Market;
using Kabuto.TestSupport;

namespace Kabuto.Data.Tests.Import;

/// <summary>The real files under shared/data/raw: the quirks PROVENANCE documents come out as findings.</summary>
public sealed class RealDataTests
{
    [Fact]
    public void Import_DjiHist_GivesPublishedTwoDecimalCloses()
    {
        if (SharedData.Require("raw/dji-hist/DJI.csv") is not { } path)
        {
            return;
        }

        using var f = new Fixture();
        f.Import(path);

        Assert.Equal(12044.40m, f.Store.GetDailyBars(IndexIds.Djia, new(2011, 3, 11), new(2011, 3, 11)).Single().Close);
    }

    [Fact]
    public void Import_NikkeiSources_DropThePhantom2018HolidayRowFromLevels()
    {
        if (SharedData.Require("raw/yahoo-tqqq-simulation/^N225.csv") is not { } yahoo
            || SharedData.Require("raw/market-indicators-dashboard/nikkei-225.csv") is not { } dashboard)
        {
            return;
        }

        using var f = new Fixture();
        var summary = f.Import(dashboard, yahoo);

        Assert.Equal(2, summary.Files.SelectMany(x => x.Findings).Count(x => x.Rule == "holiday_row" && x.Value == "2018-07-16"));
        Assert.Empty(f.Store.GetDailyBars(IndexIds.N225, new(2018, 7, 16), new(2018, 7, 16)));
    }

    [Fact]
    public void Import_TopixFiles_QuarantineThe2020OutageDay()
    {
        if (SharedData.Require("raw/topix-pkmn/topix.csv") is not { } pkmn || SharedData.Require("raw/market-indicators-dashboard/topix.csv") is not { } jpx)
        {
            return;
        }

        using var f = new Fixture();
        f.Import(pkmn, jpx);

        Assert.Empty(f.Store.GetDailyBars(IndexIds.Topix, new(2020, 10, 1), new(2020, 10, 1)));
    }

    [Fact]
    public void Import_HangSengSources_KeepFinalCloseNotMiddaySnapshot()
    {
        if (SharedData.Require("raw/yahoo-portfolio-opt/^HSI.csv") is not { } full || SharedData.Require("raw/yahoo-tqqq-simulation/^HSI.csv") is not { } partial)
        {
            return;
        }

        using var f = new Fixture();
        var summary = f.Import(full, partial);

        Assert.Contains(summary.Files[1].Findings, x => x.Rule == "partial_last_row" && x.Value == "16563.74");
        Assert.Equal(16698.36m, f.Store.GetDailyBars(IndexIds.Hsi, new(2024, 8, 5), new(2024, 8, 5)).Single().Close);
    }

    [Fact]
    public void Import_UsdJpyYahoo_ReportsKnownSpikesAndWeekendRows()
    {
        if (SharedData.Require("raw/yahoo-storage-data-fy/JPY=X.csv") is not { } path)
        {
            return;
        }

        using var f = new Fixture();
        var result = f.ImportOne(path);

        Assert.Equal(3, result.Findings.Count(x => x.Rule == "spike"));
        Assert.Equal(5, result.Findings.Count(x => x.Rule == "weekend_row"));
        Assert.Equal(result.RowsRead, result.Imported + result.Quarantined);
    }

    [Fact]
    public void Import_PublishedSessionLevels_HoldsTheNikkeiMorningCloseOf20251029ToTheYen()
    {
        if (SharedData.Require("raw/published-session-levels/levels.csv") is not { } path)
        {
            return;
        }

        using var f = new Fixture();
        var result = f.ImportOne(path);

        var level = f.Store.GetSessionLevels(IndexIds.N225, new DateOnly(2025, 10, 29)).Single(l => l.Session == PublishedSessions.MorningClose);
        Assert.Equal(("session-levels", 0L), (result.Format, result.Quarantined));
        Assert.Equal((51249m, 0, new TimeOnly(11, 30)), (level.Level, level.Decimals, level.TimeJst));
    }
}
