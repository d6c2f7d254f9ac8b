using System.Net;
using Kabuto.Core.Market;
using Kabuto.Data.Store;
using Kabuto.TestSupport;

namespace Kabuto.Web.Tests;

/// <summary>GET /api/computed/{index}: the days the cluster computed (kabuto cluster store), read from a real store
/// through the server's serialized reader.</summary>
public sealed class ComputedEndpointTests : IAsyncLifetime
{
    private static readonly DateOnly Day = new(2026, 3, 18);
    private readonly TempDirectory _dir = new();
    private IMarketStore _store = null!;
    private TestHost _host = null!;

    public async Task InitializeAsync()
    {
        _store = MarketStore.Open(_dir.File("k.db"));
        var session = new ComputedSession("tokyo-2026-03-18", "tokyo", Day, "simulated session", Simulated: true, Indices: 1, Shares: 1,
            new TickCounts(1_000, 900, 10, 50, 4, 6, 1, 2, 3, 4, 850, Snapshots: 25));
        _store.StoreComputedSession(session, [new("tokyo-2026-03-18", "BASKET-1", "Basket one", Day, 1_000m, 1_000.5m, 1_001.25m, 1_002m, 1_003.99m, 998.01m, 25)]);
        _host = await TestHost.StartAsync(_store);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _store.Dispose();
        _dir.Dispose();
    }

    [Fact]
    public async Task Computed_StoredIndexAnyCase_ItsDaysWithTheSessionMarkedSimulated()
    {
        var body = await _host.GetJsonAsync("/api/computed/basket-1");

        Assert.Equal(("BASKET-1", "Basket one"), (body.GetProperty("index").GetString(), body.GetProperty("name").GetString()));
        var day = Assert.Single(body.GetProperty("days").EnumerateArray());
        Assert.Equal("2026-03-18", day.GetProperty("date").GetString());
        Assert.Equal("tokyo-2026-03-18", day.GetProperty("session_id").GetString());
        Assert.True(day.GetProperty("simulated").GetBoolean());
        Assert.Equal((1_002m, 1_003.99m, 998.01m, 25L),
            (day.GetProperty("close").GetDecimal(), day.GetProperty("high").GetDecimal(), day.GetProperty("low").GetDecimal(), day.GetProperty("snapshots").GetInt64()));
    }

    [Fact]
    public async Task Computed_RangeOutsideTheDays_AnEmptyList()
    {
        var body = await _host.GetJsonAsync("/api/computed/BASKET-1?from=2026-03-19");

        Assert.Empty(body.GetProperty("days").EnumerateArray());
    }

    [Fact]
    public async Task Computed_IndexNoSessionComputed_404NamingTheCommandThatStoresOne()
    {
        using var response = await _host.Client.GetAsync(new Uri("/api/computed/BASKET-9", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("kabuto cluster store", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
