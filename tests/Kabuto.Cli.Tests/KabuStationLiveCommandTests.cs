using System.Text.Json;
using Kabuto.Core.Market;
using Kabuto.Data.Store;
using Kabuto.Live.Feeds.KabuStation;
using Kabuto.TestSupport;
using static Kabuto.TestSupport.FakeKabuStation;

namespace Kabuto.Cli.Tests;

/// <summary>kabuto live --feed kabustation end to end against a fake kabu STATION on the loopback address (the URL and
/// password come from the environment, as for a user).</summary>
[Collection(KabuStationEnvironmentCollection.Name)]
public sealed class KabuStationLiveCommandTests
{
    private const string Password = "cli-secret-pw";

    // A session in the future: the run stops long before its close, so no close is published whatever today is.
    private static readonly KabuStep[] Session =
    [
        new KabuStep.Send(Board("101", 38000.10m, "2099-12-07T08:00:05+08:00", 37900m)),
        new KabuStep.Send(Board("151", 2850.25m, "2099-12-07T08:00:06+08:00", 2840m)),
        new KabuStep.Send(Board("101", 38010.50m, "2099-12-07T08:00:10+08:00")),
        new KabuStep.Send(Board("151", 2851.00m, "2099-12-07T08:00:11+08:00")),
    ];

    [Fact]
    public async Task Live_FakeKabuStation_PrintsPublishedLevelsAndSummary()
    {
        await using var fake = await FakeKabuStation.StartAsync(Password, Session);
        fake.Boards["101@1"] = Board("101", 38000m, "2026-12-04T15:30:00+09:00", 37900m);
        fake.Boards["151@1"] = Board("151", 2840m, "2026-12-04T15:30:00+09:00", 2840m);
        UseFake(fake.BaseUrl.ToString(), Password);

        using var temp = new TempDirectory();
        var (code, output, err) = await Task.Run(() => Cli.Run("live", "--feed", "kabustation", "--seconds", "2", "--date", "2099-12-07", "--db", temp.File("kabuto.db")));

        Assert.True(code == KabutoCli.Ok, err);
        Assert.Contains("kabu STATION: connected to ws://127.0.0.1:", output, StringComparison.Ordinal);
        Assert.Contains("09:00:05.000 JST  N225        38,000.10  open", output, StringComparison.Ordinal);
        Assert.Contains("09:00:05.000 JST  TOPIX        2,840.00  open", output, StringComparison.Ordinal);
        Assert.Contains("09:00:06.000 JST  TOPIX        2,850.25\n", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.DoesNotContain("09:00:06.000 JST  N225", output, StringComparison.Ordinal);
        Assert.Contains("4 messages, 4 ticks", output, StringComparison.Ordinal);
        Assert.Contains("N225        38,010.50 at 09:00:11 JST  (+110.50 on the previous close 37,900.00)", output, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, output + err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Live_Json_ReportsFeedCountsAndLastLevels()
    {
        await using var fake = await FakeKabuStation.StartAsync(Password, Session);
        fake.Boards["101@1"] = Board("101", 38000m, "2026-12-04T15:30:00+09:00", 37900m);
        fake.Boards["151@1"] = Board("151", 2840m, "2026-12-04T15:30:00+09:00", 2840m);
        UseFake(fake.BaseUrl.ToString(), Password);

        using var temp = new TempDirectory();
        var (code, output, err) = await Task.Run(() => Cli.Run("live", "--feed", "kabustation", "--seconds", "1", "--date", "2099-12-07", "--json", "--db", temp.File("kabuto.db")));

        Assert.True(code == KabutoCli.Ok, err);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(4, json.RootElement.GetProperty("ticks").GetInt64());
        var indices = json.RootElement.GetProperty("indices").EnumerateArray().Select(i => (i.GetProperty("index").GetString(), i.GetProperty("level").GetDecimal())).ToList();
        Assert.Equal([("N225", 38010.50m), ("TOPIX", 2851.00m)], indices);
    }

    /// <summary>A past session replayed (so the run ends after its close and the engine publishes the 11:30 snapshot):
    /// the 11:30 levels reach the store, and the midday edition tells TOPIX's morning beside the Nikkei's (en and ja),
    /// which it did not before the feed wrote TOPIX's level.</summary>
    [Fact]
    public async Task Live_PastMorningInChinaTime_StoresThe1130LevelsAndTheMiddayWrapTellsTopix()
    {
        if (SharedData.Require(SourcePayloads.NikkeiCsv) is not { } nikkei || SharedData.Require("raw/market-indicators-dashboard/topix.csv") is not { } topix
            || SharedData.Require("raw/published-session-levels/levels.csv") is not { } levels)
        {
            return;
        }

        using var dir = new TempDirectory();
        var db = dir.File("k.db");
        Assert.Equal(KabutoCli.Ok, Cli.Run("import", nikkei, topix, levels, "--db", db).Code);
        string Wrap(string language) => Cli.Run("wrap", "tokyo", "2026-02-10", "--edition", "midday", "--lang", language, "--db", db).Out;
        var (englishBefore, japaneseBefore) = (Wrap("en"), Wrap("ja"));
        KabuStep[] morning =
        [
            new KabuStep.Send(Board("101", 57500.00m, "2026-02-10T08:00:05+08:00")),
            new KabuStep.Send(Board("151", 3830.00m, "2026-02-10T08:00:06+08:00")),
            new KabuStep.Send(Board("151", 3861.47m, "2026-02-10T10:29:59+08:00")),
            new KabuStep.Send(Board("101", 57926.07m, "2026-02-10T10:30:00+08:00")),
            // After the break: not a morning level.
            new KabuStep.Send(Board("151", 3870.00m, "2026-02-10T11:30:05+08:00")),
        ];
        await using var fake = await FakeKabuStation.StartAsync(Password, morning);
        UseFake(fake.BaseUrl.ToString(), Password);

        var (code, output, err) = await Task.Run(() => Cli.Run("live", "--feed", "kabustation", "--seconds", "2", "--date", "2026-02-10", "--db", db));

        Assert.True(code == KabutoCli.Ok, err + output);
        Assert.Contains("kabu STATION push 151@1: TOPIX at 11:30 on 2026-02-10 was 3,861.47, written to the store (session_levels)", output, StringComparison.Ordinal);
        using (var store = MarketStore.OpenToRead(db))
        {
            Assert.Contains(store.GetSessionLevels(IndexIds.N225, new DateOnly(2026, 2, 10)), l => l.Source == "kabu STATION push 101@1" && l.Level == 57926.07m);
        }

        Assert.DoesNotContain("TOPIX", englishBefore, StringComparison.Ordinal);
        Assert.DoesNotContain("TOPIX", japaneseBefore, StringComparison.Ordinal);
        var english = Wrap("en");
        var japanese = Wrap("ja");
        Assert.Single(english.Split('\n'), l => l.Contains("TOPIX", StringComparison.Ordinal) && l.Contains(" to 3,861.47", StringComparison.Ordinal));
        Assert.Single(japanese.Split('\n'), l => l.StartsWith("東証株価指数(TOPIX)", StringComparison.Ordinal) && l.Contains("高の3861.47で前場を終えた。", StringComparison.Ordinal));
        // The Nikkei's part is what it was: the same 11:30 level from either outlet.
        Assert.Equal(englishBefore.Split('\n')[0], english.Split('\n')[0]);
    }

    [Fact]
    public void WatchFeed_AppNotRunning_OneLineBeforeTheWatchStarts()
    {
        UseFake("http://127.0.0.1:9/kabusapi", Password);
        using var dir = new TempDirectory();

        var (code, output, err) = Cli.Run("watch", "tokyo", "--feed", "kabustation", "--out", dir.File("editions"), "--db", dir.File("k.db"));

        Assert.Equal(KabutoCli.UserError, code);
        Assert.Equal("kabuto: kabu STATION is not answering at http://127.0.0.1:9/kabusapi: start the app and log in", err.TrimEnd());
        Assert.DoesNotContain("edition", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir.File("editions")));
    }

    [Theory]
    [InlineData("watch", "tokyo", "--feed", "kabustation", "--once")]
    [InlineData("serve", "--feed", "kabustation")]
    public void Feed_WithoutARunningWatch_Usage(params string[] args)
    {
        var (code, _, err) = Cli.Run(args);

        Assert.Equal(KabutoCli.Usage, code);
        Assert.Contains("--feed runs beside", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Live_AppNotRunning_OneLineStartTheApp()
    {
        UseFake("http://127.0.0.1:9/kabusapi", Password);

        var (code, _, err) = Cli.Run("live", "--feed", "kabustation", "--seconds", "1");

        Assert.Equal(KabutoCli.UserError, code);
        Assert.Equal("kabuto: kabu STATION is not answering at http://127.0.0.1:9/kabusapi: start the app and log in", err.TrimEnd());
    }

    [Fact]
    public void Live_NoPassword_OneLineNamesTheVariable()
    {
        UseFake("http://127.0.0.1:9/kabusapi", null);

        var (code, _, err) = Cli.Run("live", "--feed", "kabustation");

        Assert.Equal(KabutoCli.UserError, code);
        Assert.StartsWith("kabuto: KABUTO_KABUSTATION_PASSWORD is not set", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Live_FiftyOneSymbols_TooManyWithoutConnecting()
    {
        UseFake("http://127.0.0.1:9/kabusapi", Password);

        var (code, _, err) = Cli.Run("live", "--feed", "kabustation", "--symbols", string.Join(',', Enumerable.Range(1000, 51).Select(c => $"{c}@1")));

        Assert.Equal(KabutoCli.UserError, code);
        Assert.Contains("too many symbols: 51 given, kabu STATION registers at most 50", err, StringComparison.Ordinal);
        Assert.Single(err.TrimEnd().Split('\n'));
    }

    [Fact]
    public void Live_UnknownFeed_Usage()
    {
        var (code, _, err) = Cli.Run("live", "--feed", "tachibana");

        Assert.Equal(KabutoCli.Usage, code);
        Assert.Contains("tachibana", err, StringComparison.Ordinal);
    }

    private static void UseFake(string url, string? password)
    {
        Environment.SetEnvironmentVariable(KabuStationOptions.UrlVariable, url);
        Environment.SetEnvironmentVariable(KabuStationOptions.PasswordVariable, password);
    }
}

/// <summary>kabuto live --serve: the dashboard's live stream (GET /api/live?source=feed) follows the feed.</summary>
[Collection(KabuStationEnvironmentCollection.Name)]
public sealed class KabuStationLiveServeTests
{
    [Fact]
    public async Task LiveServe_FakeKabuStation_DashboardStreamCarriesTheLevels()
    {
        KabuStep[] session =
        [
            new KabuStep.Pause(TimeSpan.FromMilliseconds(800)),
            new KabuStep.Send(Board("101", 38000.10m, "2099-12-07T09:00:05+09:00", 37900m)),
            new KabuStep.Send(Board("101", 38010.50m, "2099-12-07T09:00:10+09:00")),
        ];
        await using var fake = await FakeKabuStation.StartAsync("serve-pw", session);
        Environment.SetEnvironmentVariable(KabuStationOptions.UrlVariable, fake.BaseUrl.ToString());
        Environment.SetEnvironmentVariable(KabuStationOptions.PasswordVariable, "serve-pw");
        using var temp = new TempDirectory();
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        // The feed runs 8 s (not less): CI's parallel test assemblies on two cores have starved a 3 s run of the two messages.
        var run = Task.Run(() => Cli.Run("live", "--feed", "kabustation", "--seconds", "8", "--date", "2099-12-07", "--serve",
            "--urls", $"http://127.0.0.1:{port}", "--db", temp.File("kabuto.db")));
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        string? stream = null;
        for (var attempt = 0; attempt < 200 && stream is null; attempt++)
        {
            try
            {
                stream = await http.GetStringAsync(new Uri("/api/live?source=feed", UriKind.Relative));
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100);
            }
        }

        var (code, output, err) = await run;

        Assert.True(code == KabutoCli.Ok, err + output);
        Assert.NotNull(stream);
        Assert.Contains("\"index\":\"N225\",\"time\":\"2099-12-07T09:00:05+09:00\",\"level\":38000.1,\"kind\":\"open\"", stream, StringComparison.Ordinal);
        Assert.Contains("\"level\":38010.5,\"kind\":\"cadence\"", stream, StringComparison.Ordinal);
        Assert.DoesNotContain("TOPIX", stream, StringComparison.Ordinal); // no previous close (no board) and no tick: nothing to publish
        Assert.EndsWith("event: end\ndata: []\n\n", stream, StringComparison.Ordinal);
    }
}

/// <summary>Both classes set the process-wide KABUTO_KABUSTATION_* variables before running the CLI in-process; run in
/// parallel, one class's run could read the other's fake URL and password (CI saw the dashboard stream of a run connected
/// to another test's fake, with no N225 board in its script).</summary>
[CollectionDefinition(Name)]
public sealed class KabuStationEnvironmentCollection
{
    public const string Name = "kabu STATION environment";
}
