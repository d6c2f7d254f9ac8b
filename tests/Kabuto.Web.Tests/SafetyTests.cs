using System.Net;
using System.Text;

namespace Kabuto.Web.Tests;

/// <summary>Safe by default: bounded bodies, a per-client rate limit, same-origin headers, an OpenAPI description.</summary>
public sealed class SafetyTests
{
    [Fact]
    public async Task Check_BodyOverLimit_Returns413()
    {
        await using var host = await TestHost.StartAsync(Fixtures.SmallTokyo(), o => o with { MaxRequestBodyBytes = 1024 });
        using var content = new StringContent(new string('a', 2048), Encoding.UTF8, "text/plain");

        using var response = await host.Client.PostAsync(new Uri("/api/check", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Check_UnsupportedContentType_Returns415()
    {
        await using var host = await TestHost.StartAsync(Fixtures.SmallTokyo());
        using var content = new StringContent("<xml/>", Encoding.UTF8, "application/xml");

        using var response = await host.Client.PostAsync(new Uri("/api/check", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var detail = await response.Content.ReadAsStringAsync();
        Assert.Contains("content type 'application/xml", detail, StringComparison.Ordinal);
        Assert.Contains("text/plain", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownRouteAndWrongMethod_SayWhatWasAskedAndTheFix()
    {
        await using var host = await TestHost.StartAsync(Fixtures.SmallTokyo());

        using var missing = await host.Client.GetAsync(new Uri("/api/no-such-route", UriKind.Relative));
        using var content = new StringContent("x", Encoding.UTF8, "text/plain");
        using var wrong = await host.Client.PostAsync(new Uri("/api/indices", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("GET /api/no-such-route: no such route", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, wrong.StatusCode);
        Assert.Contains("POST /api/indices is not allowed", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text/plain", "   ")]
    [InlineData("application/json", "{\"date\": \"2024-03-01\"}")]
    [InlineData("application/json", "{not json")]
    public async Task Check_EmptyOrMalformedArticle_Returns400(string mediaType, string body)
    {
        await using var host = await TestHost.StartAsync(Fixtures.SmallTokyo());
        using var content = new StringContent(body, Encoding.UTF8, mediaType);

        using var response = await host.Client.PostAsync(new Uri("/api/check", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task AnyRoute_OverTheClientRate_Returns429WithRetryAfter()
    {
        await using var host = await TestHost.StartAsync(Fixtures.SmallTokyo(), o => o with { RequestsPerSecondPerClient = 3 });
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i < 6; i++)
        {
            using var response = await host.Client.GetAsync(new Uri("/api/indices", UriKind.Relative));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Equal("1", response.Headers.RetryAfter?.ToString());
            }
        }

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
    }

    [Fact]
    public async Task Dashboard_HasSameOriginPolicyHeaders()
    {
        await using var host = await TestHost.StartAsync(Fixtures.SmallTokyo());

        using var response = await host.Client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task ProblemResponse_KeepsTheSecurityHeaders()
    {
        await using var host = await TestHost.StartAsync(Fixtures.SmallTokyo());

        using var response = await host.Client.GetAsync(new Uri("/api/levels/XX", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public void Options_Default_BindsLoopbackOnly()
    {
        var options = new WebOptions { OpenStore = Fixtures.SmallTokyo };

        Assert.Equal("http://127.0.0.1:5080", options.Urls);
    }
}
