using System.Net;
using System.Text.Json;
using Kabuto.Core.Market;
using Kabuto.Data.Store;
using Kabuto.TestSupport;

namespace Kabuto.Web.Tests;

/// <summary>GET /api/computed/{index}/series: a day's snapshot series as 'kabuto cluster store --series' stored it, read
/// from a real SQLite store through the server's serialized reader. The store holds 2026-03-18 with its series and
/// 2026-03-19 twice (two sessions), days only.</summary>
public sealed class ComputedSeriesEndpointTests : IAsyncLifetime
{
    private static readonly DateOnly WithSeries = new(2026, 3, 18);
    private static readonly DateOnly DaysOnly = new(2026, 3, 19);
    private readonly TempDirectory _dir = new();
    private IMarketStore _store = null!;
    private TestHost _host = null!;

    public async Task InitializeAsync()
    {
        _store = MarketStore.Open(_dir.File("k.db"));
        var open = new DateTimeOffset(2026, 3, 18, 0, 0, 5, TimeSpan.Zero);
        Store("tokyo-2026-03-18", WithSeries,
        [
            new(open, 1_000.5m, SnapshotKind.Cadence | SnapshotKind.Open),
            new(open.AddTicks(12_345_677), 1_003.99m, SnapshotKind.Cadence),
            new(new DateTimeOffset(2026, 3, 18, 2, 30, 0, TimeSpan.Zero), 1_001.25m, SnapshotKind.Cadence | SnapshotKind.MorningClose),
            new(new DateTimeOffset(2026, 3, 18, 6, 30, 0, TimeSpan.Zero), 1_002m, SnapshotKind.Close),
        ]);
        Store("tokyo-2026-03-19", DaysOnly, null);
        Store("tokyo-2026-03-19-again", DaysOnly, null);
        _host = await TestHost.StartAsync(_store);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _store.Dispose();
        _dir.Dispose();
    }

    [Fact]
    public async Task Series_DayStoredWithSeries_EverySnapshotInJstAndUtcPublishedWithItsKind()
    {
        var body = await _host.GetJsonAsync("/api/computed/basket-1/series?date=2026-03-18");

        Assert.Equal(("BASKET-1", "Basket one", "2026-03-18", "tokyo-2026-03-18", "tokyo", true),
            (body.GetProperty("index").GetString(), body.GetProperty("name").GetString(), body.GetProperty("date").GetString(),
             body.GetProperty("session_id").GetString(), body.GetProperty("market").GetString(), body.GetProperty("simulated").GetBoolean()));
        var levels = body.GetProperty("levels").EnumerateArray().ToList();
        Assert.Equal(["open", "cadence", "morning_close", "close"], levels.Select(l => l.GetProperty("kind").GetString()));
        Assert.Equal([1_000.5m, 1_003.99m, 1_001.25m, 1_002m], levels.Select(l => l.GetProperty("level").GetDecimal()));
        Assert.Equal(["2026-03-18T09:00:05+09:00", "2026-03-18T11:30:00+09:00"], new[] { levels[0], levels[2] }.Select(l => l.GetProperty("time").GetString()));
        Assert.Equal(new DateTimeOffset(2026, 3, 18, 0, 0, 5, TimeSpan.Zero).AddTicks(12_345_677), levels[1].GetProperty("time_utc").GetDateTimeOffset());
        Assert.Equal(TimeSpan.Zero, levels[1].GetProperty("time_utc").GetDateTimeOffset().Offset);
        Assert.All(levels, l => Assert.Equal(l.GetProperty("time_utc").GetDateTimeOffset(), l.GetProperty("time").GetDateTimeOffset()));
    }

    [Fact]
    public async Task Series_DayStoredWithoutItsSeries_404SayingToStoreTheSeries()
    {
        var detail = await ProblemAsync("/api/computed/BASKET-1/series?date=2026-03-19&session=tokyo-2026-03-19", HttpStatusCode.NotFound);

        Assert.Contains("not stored, only its day", detail, StringComparison.Ordinal);
        Assert.Contains("'kabuto cluster store --series --session tokyo-2026-03-19'", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Series_TwoSessionsComputedTheDay_400NamingBothAndTheSessionParameter()
    {
        var detail = await ProblemAsync("/api/computed/BASKET-1/series?date=2026-03-19", HttpStatusCode.BadRequest);

        Assert.Contains("tokyo-2026-03-19, tokyo-2026-03-19-again", detail, StringComparison.Ordinal);
        Assert.Contains("session=ID", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Series_DayNotComputed_404ListingTheComputedDays()
    {
        var detail = await ProblemAsync("/api/computed/BASKET-1/series?date=2026-03-17", HttpStatusCode.NotFound);

        Assert.Equal("no computed day of BASKET-1 on 2026-03-17 is stored; its computed days: 2026-03-18 (tokyo-2026-03-18), "
            + "2026-03-19 (tokyo-2026-03-19), 2026-03-19 (tokyo-2026-03-19-again)", detail);
    }

    [Fact]
    public async Task Series_SessionThatDidNotComputeTheDay_404()
    {
        var detail = await ProblemAsync("/api/computed/BASKET-1/series?date=2026-03-18&session=tokyo-2026-03-19", HttpStatusCode.NotFound);

        Assert.StartsWith("no computed day of BASKET-1 on 2026-03-18 in session tokyo-2026-03-19 is stored", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Series_IndexNoSessionComputed_404NamingTheCommandThatStoresOne()
    {
        var detail = await ProblemAsync("/api/computed/BASKET-9/series?date=2026-03-18", HttpStatusCode.NotFound);

        Assert.Contains("kabuto cluster store", detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?date=2026-3-18", "date '2026-3-18' is not a date")]
    [InlineData("?date=2026-02-30", "date '2026-02-30' is not a date")]
    [InlineData("", "date is missing")]
    public async Task Series_BadOrMissingDate_400NamingDate(string query, string expected)
    {
        var detail = await ProblemAsync("/api/computed/BASKET-1/series" + query, HttpStatusCode.BadRequest);

        Assert.Contains(expected, detail, StringComparison.Ordinal);
    }

    private void Store(string sessionId, DateOnly day, IReadOnlyList<ComputedLevel>? series)
    {
        var session = new ComputedSession(sessionId, "tokyo", day, "simulated session", Simulated: true, Indices: 1, Shares: 1,
            new TickCounts(1_000, 900, 10, 50, 4, 6, 1, 2, 3, 4, 850, Snapshots: 4));
        _store.StoreComputedSession(session, [new(sessionId, "BASKET-1", "Basket one", day, 1_000m, 1_000.5m, 1_001.25m, 1_002m, 1_003.99m, 998.01m, 4)],
            series is null ? null : [new ComputedSeries("BASKET-1", series)]);
    }

    private async Task<string> ProblemAsync(string path, HttpStatusCode expected)
    {
        using var response = await _host.Client.GetAsync(new Uri(path, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"GET {path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("detail").GetString()!;
    }
}
