using System.Net;

namespace Kabuto.Web.Tests;

/// <summary>The page, its modules and the chart library (installed from npm by the build) are served from the assembly.</summary>
public sealed class DashboardFilesTests : IAsyncLifetime
{
    private TestHost _host = null!;

    public async Task InitializeAsync() => _host = await TestHost.StartAsync(Fixtures.SmallTokyo());

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("/", "text/html")]
    [InlineData("/js/app.js", "text/javascript")]
    [InlineData("/css/dashboard.css", "text/css")]
    [InlineData("/lib/lightweight-charts.standalone.production.js", "text/javascript")]
    public async Task Get_DashboardFile_IsServedWithItsType(string path, string mediaType)
    {
        using var response = await _host.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Index_FirstPaint_NamesWhatIsLoadingNotABareLoading()
    {
        var html = await _host.Client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("<h1>Kabuto</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Kabuto market dashboard: loading the index", html, StringComparison.Ordinal);
        Assert.Contains("Loading a year of daily closes", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">Loading…<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChartLibrary_IsTheNpmBuild()
    {
        var script = await _host.Client.GetStringAsync(new Uri("/lib/lightweight-charts.standalone.production.js", UriKind.Relative));

        Assert.Contains("LightweightCharts", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_DescribesEveryEndpoint()
    {
        var document = await _host.GetJsonAsync("/openapi/v1.json");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Superset(
            new HashSet<string>
            {
                "/api/indices", "/api/levels/{index}", "/api/day/{market}/{date}", "/api/records/{index}",
                "/api/wrap/{market}/{date}", "/api/check", "/api/live", "/api/computed/{index}", "/api/computed/{index}/series",
            },
            paths);
    }

    [Fact]
    public async Task OpenApi_NamesFieldsInSnakeCase()
    {
        var document = await _host.GetJsonAsync("/openapi/v1.json");

        var text = document.GetRawText();
        Assert.Contains("\"first\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"First\"", text, StringComparison.Ordinal);
        Assert.Contains("\"time_utc\"", text, StringComparison.Ordinal);
    }
}
