using System.Net;

namespace Kabuto.Web.Tests;

/// <summary>The fact and writer endpoints on a tiny in-memory market (no shared data needed).</summary>
public sealed class FixtureUseCaseTests : IAsyncLifetime
{
    private TestHost _host = null!;

    public async Task InitializeAsync() => _host = await TestHost.StartAsync(Fixtures.SmallTokyo());

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Day_KnownDay_CarriesQueryDateAndFacts()
    {
        var day = await _host.GetJsonAsync("/api/day/Tokyo/2024-03-01");

        Assert.Equal("tokyo", day.GetProperty("query").GetString());
        Assert.Equal("2024-03-01", day.GetProperty("date").GetString());
        Assert.Contains(day.GetProperty("facts").EnumerateArray(), f => f.GetProperty("kind").GetString() == "change_points");
    }

    [Fact]
    public async Task Day_SameDayTwice_ServesIdenticalJson()
    {
        var first = await _host.Client.GetStringAsync(new Uri("/api/day/tokyo/2024-03-01", UriKind.Relative));
        var second = await _host.Client.GetStringAsync(new Uri("/api/day/tokyo/2024-03-01", UriKind.Relative));

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Records_IndexWithoutRows_Returns400WithTheFix()
    {
        using var response = await _host.Client.GetAsync(new Uri("/api/records/HSI", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("import", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrap_Html_IsServedAsHtml()
    {
        using var response = await _host.Client.GetAsync(new Uri("/api/wrap/tokyo/2024-03-01?format=html", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }
}
