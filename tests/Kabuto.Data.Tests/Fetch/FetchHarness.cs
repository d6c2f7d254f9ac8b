using Kabuto.Data.Fetch;
using Kabuto.TestSupport;

namespace Kabuto.Data.Tests.Fetch;

/// <summary>A fresh store, a fake server standing in for every source, and a clock that never sleeps.</summary>
internal sealed class FetchHarness : IAsyncDisposable
{
    public const string Key = "sk-test-SECRET-123";

    /// <summary>A Wednesday the member files hold (Tokyo trading day).</summary>
    public static readonly DateOnly Day = new(2026, 3, 18);

    private readonly HttpClient _client = FetchHttp.CreateClient();

    private FetchHarness(FakeHttpServer server) => Server = server;

    public Fixture Store { get; } = new();

    public FakeHttpServer Server { get; }

    public InstantTime Time { get; } = new();

    public static async Task<FetchHarness> StartAsync() => new(await FakeHttpServer.StartAsync());

    public FetchSettings Settings(JQuantsPlan plan = JQuantsPlan.Standard, string? key = Key) => new()
    {
        JQuantsUrl = new Uri(Server.Url, "v2"),
        JQuantsApiKey = key,
        JQuantsPlan = plan,
        NikkeiUrl = new Uri(Server.Url, "nkave/historical/nikkei_stock_average_daily_en.csv"),
        YahooUrl = Server.Url,
        YahooSymbols = ["^KS11"],
        FredUrl = new Uri(Server.Url, "graph/fredgraph.csv"),
        FredSeries = ["DEXJPUS"],
    };

    /// <summary>Each try times out after this (short, so the timeout test is fast).</summary>
    public TimeSpan TryTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public FetchService Service(FetchSettings settings) =>
        new(Store.Store, FetchService.Providers(settings, new FetchHttp(_client, Time, TryTimeout, TimeSpan.FromMilliseconds(1))));

    public Task<FetchReport> Run(string source, FetchSettings? settings = null, DateOnly? from = null, DateOnly? to = null, DateOnly? today = null) =>
        Service(settings ?? Settings()).RunAsync([source], new FetchRange(from ?? Day, to ?? Day, today ?? (to ?? Day).AddDays(1)));

    /// <summary>Every J-Quants route answers an empty page unless a test says otherwise.</summary>
    public void JQuantsEmpty()
    {
        foreach (var path in new[] { "/v2/equities/master", "/v2/equities/bars/daily", "/v2/indices/bars/daily", "/v2/indices/bars/daily/topix" })
        {
            Server.On(path, FakeResponse.Json(SourcePayloads.JQuantsPage([])));
        }
    }

    public long Count(string table) => Store.Store.Count(table);

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        _client.Dispose();
        Store.Dispose();
    }
}
