using System.Net;

namespace Kabuto.Web.Tests;

/// <summary>GET /api/live streams a simulated session through the live engine as server-sent events.</summary>
public sealed class LiveFeedTests : IAsyncLifetime
{
    private TestHost _host = null!;

    public async Task InitializeAsync() => _host = await TestHost.StartAsync(Fixtures.SmallTokyo());

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Live_Unpaced_StreamsSnapshotsThenTheDay()
    {
        using var response = await _host.Client.GetAsync(new Uri("/api/live?pace_ms=0&seed=3", UriKind.Relative));
        var stream = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("event: snapshot\ndata: {\"index\":", stream, StringComparison.Ordinal);
        Assert.Contains("\"kind\":\"morning_close\"", stream, StringComparison.Ordinal);
        Assert.Contains("event: end\ndata: [{\"index\":\"N225\"", stream, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/live?seed=-1")]
    [InlineData("/api/live?pace_ms=5000")]
    [InlineData("/api/live?date=tomorrow")]
    public async Task Live_BadParameter_Returns400(string path)
    {
        using var response = await _host.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}

/// <summary>GET /api/live?source=feed streams the index values a live feed publishes ('kabuto live --serve').</summary>
public sealed class LiveFeedSourceTests
{
    [Fact]
    public async Task LiveFeed_PublishedThenEnded_StreamsHistoryNewValuesThenEnd()
    {
        var feed = new Services.LiveBroadcast();
        var jst = TimeSpan.FromHours(9);
        feed.Publish(new Services.LiveSnapshot("N225", new DateTimeOffset(2026, 12, 7, 9, 0, 5, jst), 38000.10m, "open"));
        await using var host = await TestHost.StartAsync(Fixtures.SmallTokyo(), o => o with { LiveFeed = feed });

        var reading = host.Client.GetStringAsync(new Uri("/api/live?source=feed", UriKind.Relative));
        await Task.Delay(100);
        feed.Publish(new Services.LiveSnapshot("N225", new DateTimeOffset(2026, 12, 7, 9, 0, 10, jst), 38010.50m, "cadence"));
        feed.End();
        var stream = await reading.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.StartsWith("event: snapshot\ndata: {\"index\":\"N225\",\"time\":\"2026-12-07T09:00:05+09:00\",\"level\":38000.10,\"kind\":\"open\"}", stream, StringComparison.Ordinal);
        Assert.Contains("\"level\":38010.50", stream, StringComparison.Ordinal);
        Assert.EndsWith("event: end\ndata: []\n\n", stream, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LiveFeed_NoFeedRunning_Returns400()
    {
        await using var host = await TestHost.StartAsync(Fixtures.SmallTokyo());

        using var response = await host.Client.GetAsync(new Uri("/api/live?source=feed", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
