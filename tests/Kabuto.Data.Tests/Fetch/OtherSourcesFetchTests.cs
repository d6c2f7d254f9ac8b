using Kabuto.Core.Market;
using Kabuto.TestSupport;

namespace Kabuto.Data.Tests.Fetch;

/// <summary>Nikkei's CSV, Yahoo's chart and FRED's CSV against the fake server.</summary>
public sealed class OtherSourcesFetchTests
{
    private const string NikkeiPath = "/nkave/historical/nikkei_stock_average_daily_en.csv";

    [Fact]
    public async Task Nikkei_OfficialCsv_StoredLikeTheImportedFile_SecondRunAsksNothing()
    {
        if (SourcePayloads.NikkeiCsvBytes() is not { } bytes)
        {
            return;
        }

        await using var h = await FetchHarness.StartAsync();
        h.Server.On(NikkeiPath, new FakeResponse(200, bytes, "text/csv"));

        var first = await h.Run("nikkei");
        var second = await h.Run("nikkei");

        Assert.False(first.Failed, first.Sources[0].Error);
        var imported = new Fixture();
        var file = imported.WriteBytes("nikkei-official-kabutan/nikkei_stock_average_daily_en.csv", bytes);
        imported.Import(file);
        Assert.Equal(imported.Store.GetDailyBars(IndexIds.N225), h.Store.Store.GetDailyBars(IndexIds.N225));
        Assert.Empty(second.Sources[0].Steps);
        Assert.Equal(1, h.Server.Count(NikkeiPath));
        imported.Dispose();
    }

    [Fact]
    public async Task Nikkei_ShorterWindowLater_MergedNeverReplaced()
    {
        await using var h = await FetchHarness.StartAsync();
        const string header = "Date of Data,Close,Open,High,Low\r\n";
        const string footer = "\"This material is a copyrightable work of Nikkei.\"\r\n";
        h.Server.On(NikkeiPath, FakeResponse.Text(header + "\"2026/03/16\",\"53000.00\",\"52900.00\",\"53100.00\",\"52800.00\"\r\n"
                                                  + "\"2026/03/17\",\"53100.00\",\"53000.00\",\"53200.00\",\"52900.00\"\r\n" + footer));
        await h.Run("nikkei", from: new DateOnly(2026, 3, 16), to: new DateOnly(2026, 3, 17));
        h.Server.On(NikkeiPath, FakeResponse.Text(header + "\"2026/03/18\",\"53500.00\",\"53100.00\",\"53600.00\",\"53050.00\"\r\n" + footer));

        var report = await h.Run("nikkei", from: new DateOnly(2026, 3, 16), to: new DateOnly(2026, 3, 18));

        Assert.False(report.Failed, report.Sources[0].Error);
        Assert.Equal([53000.00m, 53100.00m, 53500.00m], h.Store.Store.GetDailyBars(IndexIds.N225).Select(b => b.Close));
    }

    [Fact]
    public async Task Nikkei_NoFooter_CutOff_NothingStored()
    {
        await using var h = await FetchHarness.StartAsync();
        h.Server.On(NikkeiPath, FakeResponse.Text("Date of Data,Close,Open,High,Low\r\n\"2026/03/18\",\"53500.00\",\"53100.00\",\"536"));

        var report = await h.Run("nikkei");

        Assert.StartsWith("nikkei: GET /nkave/historical/nikkei_stock_average_daily_en.csv: the answer is cut off", report.Sources[0].Error, StringComparison.Ordinal);
        Assert.Equal(0, h.Count("daily_bars"));
    }

    [Fact]
    public async Task Nikkei_HtmlWith200_Refused()
    {
        await using var h = await FetchHarness.StartAsync();
        h.Server.On(NikkeiPath, FakeResponse.Html());

        var report = await h.Run("nikkei");

        Assert.Contains("answered an HTML page, not data", report.Sources[0].Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Yahoo_UnknownSymbol404_NamesTheSymbolAndYahoosDescription()
    {
        await using var h = await FetchHarness.StartAsync();
        h.Server.On("/v8/finance/chart/^KS11", FakeResponse.Json(SourcePayloads.YahooNotFound, 404));

        var report = await h.Run("yahoo");

        var error = report.Sources[0].Error!;
        Assert.StartsWith("yahoo: GET /v8/finance/chart/%5EKS11?period1=", error, StringComparison.Ordinal);
        Assert.Contains("unknown symbol '^KS11' (Yahoo: \"No data found, symbol may be delisted\")", error, StringComparison.Ordinal);
        Assert.Contains("KABUTO_YAHOO_SYMBOLS", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Yahoo_DailyAndMinuteBars_DailyStoredAndMorningCloseKeptAt1130()
    {
        await using var h = await FetchHarness.StartAsync();
        var day = FetchHarness.Day;
        var sessionStart = new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(9)).ToUnixTimeSeconds();
        h.Server.On("/v8/finance/chart/^KS11", q => q["interval"] == "1d",
            FakeResponse.Json(SourcePayloads.YahooChart("^KS11", 32_400, [(sessionStart, 2700m, 2720m, 2690m, 2711.5m, 500_000)])));
        var minutes = Enumerable.Range(0, 150).Select(i => (sessionStart + (i * 60), (decimal?)53000m + i, (decimal?)53001m + i, (decimal?)52999m + i,
            (decimal?)(53000.004m + i), (long?)0)).ToList();
        minutes.AddRange(Enumerable.Range(0, 60).Select(i => (sessionStart + (3 * 3600) + 1800 + (i * 60), (decimal?)null, (decimal?)null, (decimal?)null, (decimal?)null, (long?)null)));
        h.Server.On("/v8/finance/chart/^N225", q => q["interval"] == "1m", FakeResponse.Json(SourcePayloads.YahooChart("^N225", 32_400, minutes)));

        var report = await h.Run("yahoo");

        Assert.False(report.Failed, report.Sources[0].Error);
        Assert.Equal(2711.5m, h.Store.Store.GetDailyBars(IndexIds.Kospi).Single().Close);
        var morning = Assert.Single(h.Store.Store.GetSessionLevels(IndexIds.N225, day));
        Assert.Equal(PublishedSessions.MorningClose, morning.Session);
        Assert.Equal(53149.00m, morning.Level); // the bar 11:29-11:30 (the 150th), its close rounded to 2 decimals
        Assert.StartsWith("Yahoo chart ^N225 1m", morning.Source, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Yahoo_MorningNotYetOver_NothingKept()
    {
        await using var h = await FetchHarness.StartAsync();
        var day = FetchHarness.Day;
        var sessionStart = new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(9)).ToUnixTimeSeconds();
        h.Server.On("/v8/finance/chart/^KS11", FakeResponse.Json(SourcePayloads.YahooChart("^KS11", 32_400, [])));
        h.Server.On("/v8/finance/chart/^N225", FakeResponse.Json(SourcePayloads.YahooChart("^N225", 32_400,
            [.. Enumerable.Range(0, 60).Select(i => (sessionStart + (i * 60), (decimal?)53000m, (decimal?)53000m, (decimal?)53000m, (decimal?)53000m, (long?)0))])));

        var report = await h.Run("yahoo");

        Assert.False(report.Failed, report.Sources[0].Error);
        Assert.Empty(h.Store.Store.GetSessionLevels(IndexIds.N225, day));
        Assert.Contains(report.Sources[0].Steps, s => s.Status == "empty");
    }

    [Fact]
    public async Task Fred_Dexjpus_StoredAsUsdJpyWithHolidayDotsQuarantined()
    {
        await using var h = await FetchHarness.StartAsync();
        h.Server.On("/graph/fredgraph.csv", q => q["id"] == "DEXJPUS",
            FakeResponse.Text("observation_date,DEXJPUS\n2026-03-16,149.12\n2026-03-17,.\n2026-03-18,150.01\n"));

        var report = await h.Run("fred", from: new DateOnly(2026, 3, 16), to: new DateOnly(2026, 3, 18));

        Assert.False(report.Failed, report.Sources[0].Error);
        Assert.Equal([149.12m, 150.01m], h.Store.Store.GetDailyBars(IndexIds.UsdJpy).Select(b => b.Close));
        Assert.Equal(1, report.Sources[0].Quarantined);
    }

    [Fact]
    public async Task Fred_RenamedColumn_SchemaChangeNamed()
    {
        await using var h = await FetchHarness.StartAsync();
        h.Server.On("/graph/fredgraph.csv", FakeResponse.Text("observation_date,VALUE\n2026-03-18,150.01\n"));

        var report = await h.Run("fred");

        Assert.Contains("the value column is 'VALUE', not 'DEXJPUS'", report.Sources[0].Error, StringComparison.Ordinal);
        Assert.Equal(0, h.Count("daily_bars"));
    }

    [Fact]
    public async Task OneSourceFails_TheOthersStillRun()
    {
        await using var h = await FetchHarness.StartAsync();
        h.Server.On(NikkeiPath, FakeResponse.Html());
        h.Server.On("/graph/fredgraph.csv", FakeResponse.Text("observation_date,DEXJPUS\n2026-03-18,150.01\n"));

        var report = await h.Service(h.Settings()).RunAsync(["nikkei", "fred"], new(FetchHarness.Day, FetchHarness.Day, FetchHarness.Day.AddDays(1)));

        Assert.Equal(["failed", "ok"], report.Sources.Select(s => s.Status));
        Assert.Single(h.Store.Store.GetDailyBars(IndexIds.UsdJpy));
    }

    [Fact]
    public async Task Yahoo_LastBarOfASessionStillOpen_LeftOut()
    {
        await using var h = await FetchHarness.StartAsync();
        var monday = new DateTimeOffset(2026, 3, 16, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();
        var chart = SourcePayloads.YahooChart("^KS11", 32_400,
            [(monday, 2700m, 2720m, 2690m, 2711.5m, 500_000), (monday + 86_400, 2711m, 2730m, 2700m, 2725m, 100_000)]);
        // regularMarketTime inside the regular session of the last bar: it is live, not a close.
        var open = chart.Replace($"\"regularMarketTime\":{monday + 86_400 + 86_400}", $"\"regularMarketTime\":{monday + 86_400 + 3_600}", StringComparison.Ordinal)
            .Replace($"\"start\":{monday + 86_400 + 80_000},\"end\":{monday + 86_400 + 80_001}", $"\"start\":{monday + 86_400},\"end\":{monday + 86_400 + 23_400}", StringComparison.Ordinal);
        h.Server.On("/v8/finance/chart/^KS11", FakeResponse.Json(open));
        h.Server.On("/v8/finance/chart/^N225", FakeResponse.Json(SourcePayloads.YahooChart("^N225", 32_400, [])));

        var report = await h.Run("yahoo", from: new DateOnly(2026, 3, 16), to: new DateOnly(2026, 3, 17));

        Assert.False(report.Failed, report.Sources[0].Error);
        Assert.Equal([new DateOnly(2026, 3, 16)], h.Store.Store.GetDailyBars(IndexIds.Kospi).Select(b => b.Date));
    }
}
