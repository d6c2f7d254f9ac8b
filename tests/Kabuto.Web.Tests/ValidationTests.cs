using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Kabuto.Web.Tests;

/// <summary>Every route parameter is checked at the edge: a bad one is a 400 ProblemDetails naming the value and the fix.</summary>
public sealed class ValidationTests : IAsyncLifetime
{
    private TestHost _host = null!;

    public async Task InitializeAsync() => _host = await TestHost.StartAsync(Fixtures.SmallTokyo());

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("/api/levels/NIKKEI", "index 'NIKKEI' is not a known index")]
    [InlineData("/api/levels/N225?from=2024-13-01", "from '2024-13-01' is not a date")]
    [InlineData("/api/levels/N225?to=01/03/2024", "to '01/03/2024' is not a date")]
    [InlineData("/api/levels/N225?from=2024-03-02&to=2024-03-01", "is after to")]
    [InlineData("/api/day/osaka/2024-03-01", "market 'osaka' is not a known market")]
    [InlineData("/api/day/tokyo/2024-3-1", "date '2024-3-1' is not a date")]
    [InlineData("/api/records/..%2F..%2Fetc%2Fpasswd", "is not a known index")]
    [InlineData("/api/wrap/tokyo/2024-03-01?edition=evening", "edition 'evening' is not allowed")]
    [InlineData("/api/wrap/tokyo/2024-03-01?format=pdf", "format 'pdf' is not allowed")]
    [InlineData("/api/wrap/mars/2024-03-01", "market 'mars' is not a known market")]
    [InlineData("/api/wrap/tokyo/2024-02-30", "date '2024-02-30' is not a date")]
    [InlineData("/api/day/tokyo/20240301", "date '20240301' is not a date")]
    [InlineData("/api/levels/N225?from=2024-03-01T00:00", "from '2024-03-01T00:00' is not a date")]
    [InlineData("/api/live?seed=abc", "seed 'abc' is not allowed")]
    [InlineData("/api/live?seed=0", "seed '0' is not allowed")]
    [InlineData("/api/live?seed=1000001", "seed '1000001' is not allowed")]
    [InlineData("/api/live?pace_ms=-1", "pace_ms '-1' is not allowed")]
    [InlineData("/api/live?pace_ms=1001", "pace_ms '1001' is not allowed")]
    [InlineData("/api/live?date=2024-13-01", "date '2024-13-01' is not a date")]
    public async Task Get_BadParameter_Returns400ProblemNamingIt(string path, string reason)
    {
        using var response = await _host.Client.GetAsync(new Uri(path, UriKind.Relative));

        await AssertProblemAsync(response, reason);
    }

    [Theory]
    [InlineData("/api/check?date=yesterday", "text/plain", "Nikkei rose 1%.", "date 'yesterday' is not a date")]
    [InlineData("/api/check", "application/json", "{\"text\": \"Nikkei rose 1%.\", \"date\": \"1 March 2024\"}", "date '1 March 2024' is not a date")]
    [InlineData("/api/check", "application/json", "{\"text\": 42}", "the JSON body is not valid")]
    public async Task Check_BadParameter_Returns400ProblemNamingIt(string path, string mediaType, string body, string reason)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, mediaType);

        using var response = await _host.Client.PostAsync(new Uri(path, UriKind.Relative), content);

        await AssertProblemAsync(response, reason);
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, string reason)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(reason, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_HugeParameter_EchoesOnlyItsStart()
    {
        var path = "/api/levels/" + new string('X', 4000);

        using var response = await _host.Client.GetAsync(new Uri(path, UriKind.Relative));

        var detail = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;
        Assert.True(detail.Length < 400, $"detail is {detail.Length} characters long");
    }

    [Fact]
    public async Task Delete_OnReadOnlyRoute_Returns405()
    {
        using var response = await _host.Client.DeleteAsync(new Uri("/api/levels/N225", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Post_OnGetRoute_Returns405()
    {
        using var content = new StringContent("x");
        using var response = await _host.Client.PostAsync(new Uri("/api/indices", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
