using Kabuto.Core.Errors;

namespace Kabuto.Web.Hosting;

/// <summary>How the dashboard presents a key. A browser page cannot put a header on everything it asks for (its
/// EventSource on /api/live and the edition links send none), so the page asks for the key once and POSTs it here as
/// <c>X-Api-Key</c>; once the gate has accepted it, it comes back as an HttpOnly, SameSite=Strict session cookie that
/// the browser then sends with every request. Page scripts cannot read it, no URL carries it, and another site
/// can neither send it (SameSite) nor set it (a cross-site X-Api-Key header needs CORS, which this server never
/// grants).</summary>
internal static class KeySession
{
    public static void MapKeySession(this IEndpointRouteBuilder app)
    {
        var session = app.MapGroup("/api/session").WithTags("api");
        session.MapGet("/", Current).WithName("session")
            .WithSummary("Whether this server requires an API key, and the name of the key this request sent (never the key).");
        session.MapPost("/", Start).WithName("session-start").ProducesProblem(StatusCodes.Status400BadRequest)
            .WithSummary("Beyond loopback: the key sent as X-Api-Key, once accepted, set as the dashboard's HttpOnly SameSite=Strict cookie.");
    }

    private static KeySessionJson Current(HttpContext context, WebOptions options) =>
        new(options.ApiKeys is not null, context.Items[ApiKeyGate.KeyItem] as string);

    private static KeySessionJson Start(HttpContext context, WebOptions options)
    {
        if (options.ApiKeys is null)
        {
            throw Fail.Input("request", null, "POST /api/session", null, "is not needed: this server listens on loopback only and asks for no key",
                "open the dashboard without a key");
        }

        // The gate has already checked the key (a header's before any cookie) and named it.
        var key = ApiKeyGate.HeaderKeyOf(context.Request)
            ?? throw Fail.Input("request", null, "X-Api-Key", null, "is missing", "send the key as 'X-Api-Key: KEY'");
        context.Response.Cookies.Append(ApiKeyGate.CookieName, key, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            // Secure only over HTTPS: a browser drops a Secure cookie sent over plain HTTP on a LAN address.
            Secure = context.Request.IsHttps,
            Path = "/",
            IsEssential = true,
        });
        return new KeySessionJson(true, context.Items[ApiKeyGate.KeyItem] as string);
    }
}

/// <param name="KeyRequired">True when the server listens beyond loopback.</param>
/// <param name="KeyName">The name of the key the request sent (never the key); null without one.</param>
internal sealed record KeySessionJson(bool KeyRequired, string? KeyName);
