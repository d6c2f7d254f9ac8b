using Kabuto.Data.Fetch;
using Kabuto.TestSupport;

namespace Kabuto.Cli.Tests;

/// <summary>Sets the fetch variables (the CLI reads the environment) for one test and restores them after. Tests that
/// use it are in one collection, so they never run side by side.</summary>
internal sealed class FetchEnvironment : IDisposable
{
    private static readonly string[] Names = [.. FetchSettings.Variables, FetchSettings.ConfigVariable];

    // An empty config file, so a developer's own ~/.config/kabuto/config.json never reaches a test.
    private readonly TempDirectory _config = new();

    private readonly Dictionary<string, string?> _saved = Names.ToDictionary(n => n, Environment.GetEnvironmentVariable);

    public FetchEnvironment(FakeHttpServer? server, string? key = null, string plan = "standard")
    {
        foreach (var name in Names)
        {
            Environment.SetEnvironmentVariable(name, null);
        }

        var config = _config.File("config.json");
        File.WriteAllText(config, "{}");
        Environment.SetEnvironmentVariable(FetchSettings.ConfigVariable, config);
        Environment.SetEnvironmentVariable(FetchSettings.JQuantsKeyVariable, key);
        Environment.SetEnvironmentVariable(FetchSettings.JQuantsPlanVariable, plan);
        if (server is not null)
        {
            // Every source points at the fake server: no test reaches the internet.
            Environment.SetEnvironmentVariable(FetchSettings.JQuantsUrlVariable, new Uri(server.Url, "v2").ToString());
            Environment.SetEnvironmentVariable(FetchSettings.NikkeiUrlVariable, new Uri(server.Url, "nkave/historical/nikkei_stock_average_daily_en.csv").ToString());
            Environment.SetEnvironmentVariable(FetchSettings.YahooUrlVariable, server.Url.ToString());
            Environment.SetEnvironmentVariable(FetchSettings.YahooSymbolsVariable, "^KS11");
            Environment.SetEnvironmentVariable(FetchSettings.FredUrlVariable, new Uri(server.Url, "graph/fredgraph.csv").ToString());
            Environment.SetEnvironmentVariable(FetchSettings.FredSeriesVariable, "DEXJPUS");
        }
    }

    public void Dispose()
    {
        foreach (var (name, value) in _saved)
        {
            Environment.SetEnvironmentVariable(name, value);
        }

        _config.Dispose();
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FetchEnvironmentCollection
{
    public const string Name = "fetch environment";
}

/// <summary>kabuto fetch end to end in-process, every source a fake server on the loopback address.</summary>
[Collection(FetchEnvironmentCollection.Name)]
public sealed class FetchCommandTests
{
    private const string Key = "sk-cli-SECRET-42";
    private const string NikkeiPath = "/nkave/historical/nikkei_stock_average_daily_en.csv";

    [Fact]
    public void DryRun_NoKey_SaysWhatItWouldFetchAndWhatEachSourceNeeds()
    {
        using var dir = new TempDirectory();
        using var env = new FetchEnvironment(server: null);

        var (code, stdout, stderr) = Cli.Run("fetch", "--dry-run", "--db", dir.File("k.db"), "--from", "2026-03-16", "--to", "2026-03-18");

        Assert.Equal(KabutoCli.Ok, code);
        Assert.Empty(stderr);
        Assert.Contains("jquants: needs KABUTO_JQUANTS_API_KEY (not set)", stdout, StringComparison.Ordinal);
        Assert.Contains("not configured: no API key: set KABUTO_JQUANTS_API_KEY", stdout, StringComparison.Ordinal);
        Assert.Contains("nikkei: needs nothing", stdout, StringComparison.Ordinal);
        Assert.Contains("yahoo: needs", stdout, StringComparison.Ordinal);
        Assert.Contains("fred: needs", stdout, StringComparison.Ordinal);
        Assert.Contains("would fetch daily bars of every issue 2026-03-16: GET /v2/equities/bars/daily?date=2026-03-16", stdout, StringComparison.Ordinal);
        Assert.Contains("would fetch Nikkei 225 daily CSV", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadKey_ExitsOneWithOneLineNamingSourceRequestAndFix_KeyNeverPrintedNothingStored()
    {
        using var dir = new TempDirectory();
        await using var server = await FakeHttpServer.StartAsync();
        server.On("/v2/equities/master", FakeResponse.Json("{\"message\":\"The incoming api key is invalid or expired.\"}", 403));
        using var env = new FetchEnvironment(server, Key);
        var db = dir.File("k.db");

        var (code, stdout, stderr) = Cli.Run("fetch", "jquants", "--db", db, "--from", "2026-03-18", "--to", "2026-03-18");

        Assert.Equal(KabutoCli.UserError, code);
        var line = Assert.Single(stderr.TrimEnd('\n').Split('\n'));
        Assert.StartsWith("kabuto: jquants: GET /v2/equities/master?date=2026-03-18: HTTP 403 bad API key", line, StringComparison.Ordinal);
        Assert.Contains("set KABUTO_JQUANTS_API_KEY", line, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, stdout + stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, File.ReadAllText(db, System.Text.Encoding.Latin1), StringComparison.Ordinal);
        Assert.Equal(KabutoCli.Ok, Cli.Run("indices", "--db", db).Code);
        Assert.Contains("no series", Cli.Run("indices", "--db", db).Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nikkei_Json_SnakeCaseSummary_SecondRunInsertsNothing()
    {
        if (SourcePayloads.NikkeiCsvBytes() is not { } bytes)
        {
            return;
        }

        using var dir = new TempDirectory();
        await using var server = await FakeHttpServer.StartAsync();
        server.On(NikkeiPath, new FakeResponse(200, bytes, "text/csv"));
        using var env = new FetchEnvironment(server);
        var db = dir.File("k.db");

        var first = Cli.Run("fetch", "nikkei", "--json", "--db", db, "--from", "2026-03-16", "--to", "2026-03-18");
        var second = Cli.Run("fetch", "nikkei", "--db", db, "--from", "2026-03-16", "--to", "2026-03-18");

        Assert.Equal(KabutoCli.Ok, first.Code);
        Assert.Contains("\"sources\":", first.Out, StringComparison.Ordinal);
        Assert.Contains("\"rows_read\":", first.Out, StringComparison.Ordinal);
        Assert.Contains("\"dry_run\": false", first.Out, StringComparison.Ordinal);
        Assert.Equal(KabutoCli.Ok, second.Code);
        Assert.Contains("nothing new", second.Out, StringComparison.Ordinal);
        Assert.Equal(1, server.Count(NikkeiPath));
    }

    [Fact]
    public async Task Table_OneRowPerSourceWithCounts()
    {
        using var dir = new TempDirectory();
        await using var server = await FakeHttpServer.StartAsync();
        server.On("/graph/fredgraph.csv", FakeResponse.Text("observation_date,DEXJPUS\n2026-03-16,149.12\n2026-03-17,.\n2026-03-18,150.01\n"));
        using var env = new FetchEnvironment(server);

        var (code, stdout, _) = Cli.Run("fetch", "fred", "--db", dir.File("k.db"), "--from", "2026-03-16", "--to", "2026-03-18");

        Assert.Equal(KabutoCli.Ok, code);
        Assert.Contains("store rows written", stdout, StringComparison.Ordinal);
        var row = stdout.Split('\n').Single(l => l.TrimStart().StartsWith("fred ", StringComparison.Ordinal));
        Assert.Equal(["fred", "ok", "1", "0", "3", "2", "1", "2"], row.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task UnknownSymbol_ExitsOneWithYahoosDescription()
    {
        using var dir = new TempDirectory();
        await using var server = await FakeHttpServer.StartAsync();
        server.On("/v8/finance/chart/^KS11", FakeResponse.Json(SourcePayloads.YahooNotFound, 404));
        using var env = new FetchEnvironment(server);

        var (code, _, stderr) = Cli.Run("fetch", "yahoo", "--db", dir.File("k.db"), "--from", "2026-03-18", "--to", "2026-03-18");

        Assert.Equal(KabutoCli.UserError, code);
        var line = Assert.Single(stderr.TrimEnd('\n').Split('\n'));
        Assert.Contains("yahoo: GET /v8/finance/chart/%5EKS11", line, StringComparison.Ordinal);
        Assert.Contains("No data found, symbol may be delisted", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nosuch")]
    [InlineData("--from", "2026-02-30")]
    [InlineData("--from", "2026-03-18", "--to", "2026-03-01")]
    public void BadUsage_ExitsTwo(params string[] args)
    {
        using var dir = new TempDirectory();
        using var env = new FetchEnvironment(server: null);

        var (code, _, stderr) = Cli.Run(["fetch", "--dry-run", "--db", dir.File("k.db"), .. args]);

        Assert.Equal(KabutoCli.Usage, code);
        Assert.Single(stderr.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void DryRun_KeyAndPlanInTheConfigFile_AsksJQuantsAtThatPlanAndNeverPrintsTheKey()
    {
        using var dir = new TempDirectory();
        using var env = new FetchEnvironment(server: null, plan: "");
        var config = Environment.GetEnvironmentVariable(FetchSettings.ConfigVariable)!;
        File.WriteAllText(config, $"{{\"KABUTO_JQUANTS_API_KEY\": \"{Key}\", \"KABUTO_JQUANTS_PLAN\": \"standard\"}}");
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        File.SetUnixFileMode(config, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        var (code, stdout, stderr) = Cli.Run("fetch", "--dry-run", "--db", dir.File("k.db"), "--from", "2026-03-16", "--to", "2026-03-18");
        File.SetUnixFileMode(config, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        var readable = Cli.Run("fetch", "--dry-run", "--db", dir.File("k.db"));

        Assert.True(code == KabutoCli.Ok, stderr);
        Assert.DoesNotContain("needs KABUTO_JQUANTS_API_KEY (not set)", stdout, StringComparison.Ordinal);
        Assert.Contains("would fetch every index (33 sectors", stdout, StringComparison.Ordinal);
        Assert.Equal(KabutoCli.UserError, readable.Code);
        Assert.Equal($"kabuto: {config}: permissions 'KABUTO_JQUANTS_API_KEY' is in a file others can read; run chmod 600 {config}", readable.Err.TrimEnd('\n'));
        Assert.DoesNotContain(Key, stdout + stderr + readable.Out + readable.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void BadPlan_ExitsOneNamingTheVariable()
    {
        using var dir = new TempDirectory();
        using var env = new FetchEnvironment(server: null, plan: "gold");

        var (code, _, stderr) = Cli.Run("fetch", "--dry-run", "--db", dir.File("k.db"));

        Assert.Equal(KabutoCli.UserError, code);
        Assert.Contains("KABUTO_JQUANTS_PLAN", stderr, StringComparison.Ordinal);
        Assert.Contains("free, light, standard or premium", stderr, StringComparison.Ordinal);
    }
}

/// <summary>The acceptance case: a day whose data came only from the (fake) sources gives the same wrap as the same
/// day imported from the files the answers were built from.</summary>
[Collection(FetchEnvironmentCollection.Name)]
public sealed class FetchThenWrapTests
{
    [Fact]
    public async Task FetchThenWrap_SameWrapAsTheDayImportedFromFiles()
    {
        var day = new DateOnly(2026, 3, 18);
        var previous = new DateOnly(2026, 3, 17);
        if (SourcePayloads.NikkeiCsvBytes() is not { } nikkei || SourcePayloads.JQuantsDailyRows(day) is not { Count: > 0 } rows
            || SourcePayloads.JQuantsDailyRows(previous) is not { } previousRows)
        {
            return;
        }

        using var dir = new TempDirectory();
        await using var server = await FakeHttpServer.StartAsync();
        foreach (var path in new[] { "/v2/equities/master", "/v2/indices/bars/daily", "/v2/indices/bars/daily/topix" })
        {
            server.On(path, FakeResponse.Json(SourcePayloads.JQuantsPage([])));
        }

        server.On("/v2/equities/bars/daily", q => q["date"] == "2026-03-18", FakeResponse.Json(SourcePayloads.JQuantsPage(rows)));
        server.On("/v2/equities/bars/daily", q => q["date"] == "2026-03-17", FakeResponse.Json(SourcePayloads.JQuantsPage(previousRows)));
        server.On("/nkave/historical/nikkei_stock_average_daily_en.csv", new FakeResponse(200, nikkei, "text/csv"));
        using var env = new FetchEnvironment(server, "sk-e2e");
        var fetched = dir.File("fetched.db");
        var imported = dir.File("imported.db");
        var nikkeiFile = Path.Combine(dir.Path, "nikkei-official-kabutan", "nikkei_stock_average_daily_en.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(nikkeiFile)!);
        File.WriteAllBytes(nikkeiFile, nikkei);

        var fetch = Cli.Run("fetch", "jquants", "nikkei", "--db", fetched, "--from", "2026-03-17", "--to", "2026-03-18");
        var members = SharedData.Require(SourcePayloads.MembersFolder)!;
        Assert.Equal(KabutoCli.Ok, Cli.Run("import", nikkeiFile, members, "--db", imported).Code);

        Assert.True(fetch.Code == KabutoCli.Ok, fetch.Err);
        var fromFetch = Cli.Run("wrap", "tokyo", "2026-03-18", "--db", fetched, "--format", "md");
        var fromFiles = Cli.Run("wrap", "tokyo", "2026-03-18", "--db", imported, "--format", "md");
        Assert.Equal(KabutoCli.Ok, fromFetch.Code);
        Assert.Contains("Nikkei", fromFetch.Out, StringComparison.Ordinal);
        Assert.Equal(fromFiles.Out, fromFetch.Out);
        var again = Cli.Run("fetch", "jquants", "nikkei", "--dry-run", "--db", fetched, "--from", "2026-03-17", "--to", "2026-03-18").Out;
        Assert.DoesNotContain("daily bars of every issue", again, StringComparison.Ordinal);
        Assert.DoesNotContain("Nikkei 225 daily CSV", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchThenWrap_WithTheRegionAndOvernightUs_SameWrapAsTheFilesImported()
    {
        string[] symbols = ["^KS11", "^HSI", "000001.SS", "^AXJO", "^NSEI", "^DJI", "^GSPC", "^IXIC"];
        var charts = symbols.ToDictionary(s => s, SourcePayloads.YahooDailyFromFile);
        if (SourcePayloads.NikkeiCsvBytes() is not { } nikkei || charts.Values.Any(c => c is null)
            || SourcePayloads.JQuantsDailyRows(new DateOnly(2026, 3, 5)) is not { Count: > 0 } rows
            || SourcePayloads.JQuantsDailyRows(new DateOnly(2026, 3, 4)) is not { } previousRows)
        {
            return;
        }

        using var dir = new TempDirectory();
        await using var server = await FakeHttpServer.StartAsync();
        foreach (var path in new[] { "/v2/equities/master", "/v2/indices/bars/daily", "/v2/indices/bars/daily/topix" })
        {
            server.On(path, FakeResponse.Json(SourcePayloads.JQuantsPage([])));
        }

        server.On("/v2/equities/bars/daily", q => q["date"] == "2026-03-05", FakeResponse.Json(SourcePayloads.JQuantsPage(rows)));
        server.On("/v2/equities/bars/daily", q => q["date"] == "2026-03-04", FakeResponse.Json(SourcePayloads.JQuantsPage(previousRows)));
        server.On("/nkave/historical/nikkei_stock_average_daily_en.csv", new FakeResponse(200, nikkei, "text/csv"));
        foreach (var (symbol, chart) in charts)
        {
            server.On($"/v8/finance/chart/{symbol}", FakeResponse.Json(chart!));
        }

        using var env = new FetchEnvironment(server, "sk-e2e");
        Environment.SetEnvironmentVariable(FetchSettings.YahooSymbolsVariable, string.Join(',', symbols));
        var fetched = dir.File("fetched.db");
        var imported = dir.File("imported.db");
        var nikkeiFile = Path.Combine(dir.Path, "nikkei-official-kabutan", "nikkei_stock_average_daily_en.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(nikkeiFile)!);
        File.WriteAllBytes(nikkeiFile, nikkei);
        var yahooFiles = symbols.Select(s => SharedData.Require($"{SourcePayloads.YahooFolder}/{s}.csv")!);

        var fetch = Cli.Run("fetch", "jquants", "nikkei", "yahoo", "--db", fetched, "--from", "2026-03-04", "--to", "2026-03-05");
        var import = Cli.Run(["import", nikkeiFile, SharedData.Require(SourcePayloads.MembersFolder)!, .. yahooFiles, "--db", imported]);

        Assert.True(fetch.Code == KabutoCli.Ok, fetch.Err);
        Assert.Equal(KabutoCli.Ok, import.Code);
        var fromFetch = Cli.Run("wrap", "tokyo", "2026-03-05", "--db", fetched, "--format", "md");
        var fromFiles = Cli.Run("wrap", "tokyo", "2026-03-05", "--db", imported, "--format", "md");
        Assert.Equal(KabutoCli.Ok, fromFetch.Code);
        Assert.Contains("Kospi", fromFetch.Out, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(fromFiles.Out, fromFetch.Out);
    }
}
