using System.Text.Json;
using Kabuto.Live.Feeds.KabuStation;
using Kabuto.TestSupport;
using static Kabuto.TestSupport.FakeKabuStation;

namespace Kabuto.Cli.Tests;

/// <summary>kabuto live --feed kabustation end to end against a fake kabu STATION on the loopback address (the URL and
/// password come from the environment, as for a user).</summary>
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

        var (code, output, err) = await Task.Run(() => Cli.Run("live", "--feed", "kabustation", "--seconds", "2", "--date", "2099-12-07"));

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

        var (code, output, err) = await Task.Run(() => Cli.Run("live", "--feed", "kabustation", "--seconds", "1", "--date", "2099-12-07", "--json"));

        Assert.True(code == KabutoCli.Ok, err);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(4, json.RootElement.GetProperty("ticks").GetInt64());
        var indices = json.RootElement.GetProperty("indices").EnumerateArray().Select(i => (i.GetProperty("index").GetString(), i.GetProperty("level").GetDecimal())).ToList();
        Assert.Equal([("N225", 38010.50m), ("TOPIX", 2851.00m)], indices);
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

        var run = Task.Run(() => Cli.Run("live", "--feed", "kabustation", "--seconds", "3", "--date", "2099-12-07", "--serve",
            "--urls", $"http://127.0.0.1:{port}", "--db", temp.File("kabuto.db")));
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        string? stream = null;
        for (var attempt = 0; attempt < 50 && stream is null; attempt++)
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
