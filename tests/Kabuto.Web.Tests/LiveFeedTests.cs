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
