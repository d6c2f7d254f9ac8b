using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kabuto.TestSupport;
using Kabuto.Web.Hosting;

namespace Kabuto.Web.Tests;

/// <summary>The dashboard beyond loopback, on Kestrel bound to a LAN address: its files load without a key, the API
/// without one is refused, and the key cookie POST /api/session sets opens the API (fetch and the live stream) for a
/// browser; a wrong key sets nothing, and no key ever reaches the access log.</summary>
public sealed class DashboardKeyTests
{
    [Fact]
    public async Task DashboardFiles_LoadWithoutKey_TheApiDoesNot()
    {
        using var folder = new TempDirectory();
        var ring = ApiKeyRing.Load(folder.File("keys.json"));
        ring.Add("desk-a");
        await using var host = await LanHost.StartAsync(Options(ring));
        if (host is null)
        {
            return;
        }

        using var client = Client(host, new CookieContainer());

        foreach (var file in new[] { "/", "/index.html", "/js/app.js", "/js/api.js", "/css/dashboard.css" })
        {
            using var response = await client.GetAsync(new Uri(file, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {file}: {(int)response.StatusCode}");
        }

        Assert.Contains("id=\"key-form\"", await client.GetStringAsync(new Uri("/", UriKind.Relative)), StringComparison.Ordinal);
        foreach (var path in new[] { "/api/indices", "/api/session", "/api/live?pace_ms=0", "/openapi/v1.json", "/missing.html" })
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"GET {path}: {(int)response.StatusCode}");
        }

        // A dashboard file by another method is not a file request: it needs a key like any other.
        using var post = await client.PostAsync(new Uri("/index.html", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Unauthorized, post.StatusCode);
    }

    [Fact]
    public async Task Session_WithKey_SetsAnHttpOnlyStrictCookie_ThatOpensTheApiAndTheLiveStream()
    {
        using var folder = new TempDirectory();
        var ring = ApiKeyRing.Load(folder.File("keys.json"));
        var key = ring.Add("desk-a");
        await using var host = await LanHost.StartAsync(Options(ring));
        if (host is null)
        {
            return;
        }

        var cookies = new CookieContainer();
        using var client = Client(host, cookies);

        using var started = await PostSession(client, key);
        var setCookie = started.Headers.GetValues("Set-Cookie").Single();
        var session = await started.Content.ReadFromJsonAsync<JsonElement>();
        // The browser's next requests carry only the cookie, no header.
        using var indices = await client.GetAsync(new Uri("/api/indices", UriKind.Relative));
        var again = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/session", UriKind.Relative));
        using var live = await client.GetAsync(new Uri("/api/live?pace_ms=0", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        Assert.StartsWith("kabuto_key=", setCookie, StringComparison.Ordinal);
        Assert.Contains("httponly", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", setCookie, StringComparison.OrdinalIgnoreCase);
        // Plain HTTP on a LAN address: a Secure cookie would never come back.
        Assert.DoesNotContain("secure", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.True(session.GetProperty("key_required").GetBoolean());
        Assert.Equal("desk-a", session.GetProperty("key_name").GetString());
        Assert.Equal(HttpStatusCode.OK, indices.StatusCode);
        Assert.Equal("desk-a", again.GetProperty("key_name").GetString());
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("text/event-stream", live.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Session_WithWrongKey_Is401AndSetsNoCookie_AndAWrongCookieIsRefused()
    {
        using var folder = new TempDirectory();
        var ring = ApiKeyRing.Load(folder.File("keys.json"));
        ring.Add("desk-a");
        await using var host = await LanHost.StartAsync(Options(ring));
        if (host is null)
        {
            return;
        }

        var cookies = new CookieContainer();
        using var client = Client(host, cookies);

        using var wrong = await PostSession(client, "kbt_not-a-key");
        var uri = new Uri(host.Url);
        cookies.Add(uri, new Cookie("kabuto_key", "kbt_forged"));
        using var forged = await client.GetAsync(new Uri("/api/indices", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.False(wrong.Headers.Contains("Set-Cookie"));
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
    }

    [Fact]
    public async Task AccessLog_NamesTheKeyNeverTheKey()
    {
        using var folder = new TempDirectory();
        var ring = ApiKeyRing.Load(folder.File("keys.json"));
        var key = ring.Add("desk-log");
        await using var host = await LanHost.StartAsync(Options(ring));
        if (host is null)
        {
            return;
        }

        using var client = Client(host, new CookieContainer());

        using var page = await client.GetAsync(new Uri("/js/app.js", UriKind.Relative));
        using var wrong = await PostSession(client, key + "x");
        using var started = await PostSession(client, key);
        using var indices = await client.GetAsync(new Uri("/api/indices", UriKind.Relative));

        lock (host.AccessLog)
        {
            Assert.Contains(host.AccessLog, l => l.StartsWith("- ", StringComparison.Ordinal) && l.Contains("GET /js/app.js 200", StringComparison.Ordinal));
            Assert.Contains(host.AccessLog, l => l.StartsWith("- ", StringComparison.Ordinal) && l.Contains("POST /api/session 401", StringComparison.Ordinal));
            Assert.Contains(host.AccessLog, l => l.StartsWith("desk-log ", StringComparison.Ordinal) && l.Contains("POST /api/session 200", StringComparison.Ordinal));
            Assert.Contains(host.AccessLog, l => l.StartsWith("desk-log ", StringComparison.Ordinal) && l.Contains("GET /api/indices 200", StringComparison.Ordinal));
            // Neither the key nor any part of what follows its prefix.
            Assert.DoesNotContain(host.AccessLog, l => l.Contains(key[ApiKeyRing.Prefix.Length..12], StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Loopback_Session_NeedsNoKey_AndRefusesToSetOne()
    {
        await using var host = await TestHost.StartAsync(Fixtures.SmallTokyo());

        var session = await host.GetJsonAsync("/api/session");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/session", UriKind.Relative));
        request.Headers.Add("X-Api-Key", "kbt_anything");
        using var post = await host.Client.SendAsync(request);

        Assert.False(session.GetProperty("key_required").GetBoolean());
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.Contains("loopback only", await post.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RateLimit_429_NamesTheKeyAndTheLimit()
    {
        using var folder = new TempDirectory();
        var ring = ApiKeyRing.Load(folder.File("keys.json"));
        var key = ring.Add("desk-a");
        await using var host = await TestHost.StartAsync(Fixtures.SmallTokyo(), o => o with { ApiKeys = ring, RequestsPerSecondPerClient = 2 });

        string? detail = null;
        for (var i = 0; i < 4 && detail is null; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/indices", UriKind.Relative));
            request.Headers.Add("X-Api-Key", key);
            using var response = await host.Client.SendAsync(request);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                detail = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();
            }
        }

        Assert.Equal("key 'desk-a' sent more than 2 requests in a second, this server's rate limit; wait a second and retry", detail);
    }

    private static WebOptions Options(ApiKeyRing ring) => new() { OpenStore = Fixtures.SmallTokyo, ApiKeys = ring };

    private static HttpClient Client(LanHost host, CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies, UseProxy = false }) { BaseAddress = new Uri(host.Url) };

    private static async Task<HttpResponseMessage> PostSession(HttpClient client, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/session", UriKind.Relative));
        request.Headers.Add("X-Api-Key", key);
        return await client.SendAsync(request);
    }
}
