using System.Net;
using Kabuto.TestSupport;
using Kabuto.Web.Hosting;

namespace Kabuto.Web.Tests;

/// <summary>Beyond loopback the server requires API keys (stored hashed), limits each key's rate, logs every request,
/// and stays read-only.</summary>
public sealed class ApiKeyTests
{
    [Fact]
    public void Add_StoresOnlyTheHash_AndTheKeyIsRecognised()
    {
        using var folder = new TempDirectory();
        var ring = ApiKeyRing.Load(folder.File("keys.json"));

        var key = ring.Add("desk-fx");

        var file = File.ReadAllText(folder.File("keys.json"));
        Assert.DoesNotContain(key, file, StringComparison.Ordinal);
        Assert.Contains("desk-fx", file, StringComparison.Ordinal);
        Assert.Equal("desk-fx", ApiKeyRing.Load(folder.File("keys.json")).NameOf(key));
        Assert.Null(ring.NameOf(key + "x"));
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080", true)]
    [InlineData("http://localhost:5080;http://[::1]:5080", true)]
    [InlineData("http://0.0.0.0:5080", false)]
    [InlineData("http://127.0.0.1:5080;http://*:5081", false)]
    [InlineData("http://192.168.1.20:5080", false)]
    public void LoopbackOnly_ListenAddresses(string urls, bool expected) =>
        Assert.Equal(expected, ApiKeyRing.LoopbackOnly(urls));

    [Fact]
    public async Task Request_WithoutOrWithWrongKey_Returns401_WithKey200()
    {
        using var folder = new TempDirectory();
        var ring = ApiKeyRing.Load(folder.File("keys.json"));
        var key = ring.Add("desk-a");
        await using var host = await TestHost.StartAsync(Fixtures.SmallTokyo(), o => o with { ApiKeys = ring });

        using var none = await host.Client.GetAsync(new Uri("/api/indices", UriKind.Relative));
        using var wrong = await Send(host, "/api/indices", "X-Api-Key", "kbt_wrong");
        using var header = await Send(host, "/api/indices", "X-Api-Key", key);
        using var bearer = await Send(host, "/api/indices", "Authorization", "Bearer " + key);

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, header.StatusCode);
        Assert.Equal(HttpStatusCode.OK, bearer.StatusCode);
    }

    [Fact]
    public async Task RateLimit_IsPerKey_OneKeyOverItsRateLeavesTheOtherServed()
    {
        using var folder = new TempDirectory();
        var ring = ApiKeyRing.Load(folder.File("keys.json"));
        var a = ring.Add("desk-a");
        var b = ring.Add("desk-b");
        await using var host = await TestHost.StartAsync(Fixtures.SmallTokyo(), o => o with { ApiKeys = ring, RequestsPerSecondPerClient = 2 });

        var statusesA = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await Send(host, "/api/indices", "X-Api-Key", a);
            statusesA.Add(response.StatusCode);
        }

        using var fromB = await Send(host, "/api/indices", "X-Api-Key", b);

        Assert.Contains(HttpStatusCode.TooManyRequests, statusesA);
        Assert.Equal(HttpStatusCode.OK, fromB.StatusCode);
    }

    [Fact]
    public async Task Request_WithKey_IsLoggedWithKeyNamePathAndStatus()
    {
        using var folder = new TempDirectory();
        var ring = ApiKeyRing.Load(folder.File("keys.json"));
        var key = ring.Add("desk-log");
        var lines = new List<string>();
        await using var host = await TestHost.StartAsync(Fixtures.SmallTokyo(), o => o with { ApiKeys = ring }, lines);

        using var ok = await Send(host, "/api/indices", "X-Api-Key", key);
        using var refused = await host.Client.GetAsync(new Uri("/api/indices", UriKind.Relative));

        lock (lines)
        {
            Assert.Contains(lines, l => l.Contains("desk-log", StringComparison.Ordinal) && l.Contains("GET /api/indices 200", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.StartsWith("- ", StringComparison.Ordinal) && l.Contains("GET /api/indices 401", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Post_WithKey_StaysReadOnly_NoWriteRoutes()
    {
        using var folder = new TempDirectory();
        var ring = ApiKeyRing.Load(folder.File("keys.json"));
        var key = ring.Add("desk-w");
        await using var host = await TestHost.StartAsync(Fixtures.SmallTokyo(), o => o with { ApiKeys = ring });

        foreach (var method in new[] { HttpMethod.Put, HttpMethod.Delete, HttpMethod.Post })
        {
            using var request = new HttpRequestMessage(method, new Uri("/api/indices", UriKind.Relative));
            request.Headers.Add("X-Api-Key", key);
            using var response = await host.Client.SendAsync(request);
            Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        }
    }

    private static async Task<HttpResponseMessage> Send(TestHost host, string path, string header, string value)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.TryAddWithoutValidation(header, value);
        return await host.Client.SendAsync(request);
    }
}
