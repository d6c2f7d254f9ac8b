using System.Net;

namespace Kabuto.Web.Tests;

/// <summary>GET /api/indices and /api/levels read the store as the CLI does.</summary>
public sealed class StoreEndpointTests : IAsyncLifetime
{
    private TestHost _host = null!;

    public async Task InitializeAsync() => _host = await TestHost.StartAsync(Fixtures.SmallTokyo());

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Indices_ListsEachSeriesWithCoverage()
    {
        var indices = await _host.GetJsonAsync("/api/indices");

        var n225 = indices.EnumerateArray().Single(i => i.GetProperty("index").GetString() == "N225");
        Assert.Equal("2024-02-28", n225.GetProperty("first").GetString());
        Assert.Equal("2024-03-01", n225.GetProperty("last").GetString());
        Assert.Equal(3, n225.GetProperty("days").GetInt32());
        Assert.Equal("tokyo", n225.GetProperty("market").GetString());
    }

    [Fact]
    public async Task Levels_WithRange_ReturnsOnlyDaysInsideIt()
    {
        var levels = await _host.GetJsonAsync("/api/levels/N225?from=2024-02-29&to=2024-03-01");

        var dates = levels.GetProperty("levels").EnumerateArray().Select(b => b.GetProperty("date").GetString()).ToList();
        Assert.Equal(["2024-02-29", "2024-03-01"], dates);
    }

    [Fact]
    public async Task Levels_CloseIsAJsonNumber()
    {
        var levels = await _host.GetJsonAsync("/api/levels/n225?from=2024-03-01");

        var close = levels.GetProperty("levels")[0].GetProperty("close");
        Assert.Equal(39_910.82m, close.GetDecimal());
    }

    [Fact]
    public async Task Levels_SeriesNotStored_Returns404WithTheFix()
    {
        using var response = await _host.Client.GetAsync(new Uri("/api/levels/KOSPI", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("import a file holding KOSPI", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
