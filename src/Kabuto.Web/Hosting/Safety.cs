using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Kabuto.Web.Hosting;

/// <summary>The host's defences: a per-client (per-key when keys are required) token bucket, a body size limit and headers that keep the page to its
/// own origin.</summary>
internal static class Safety
{
    public static void AddClientRateLimit(this IServiceCollection services, int perSecond)
    {
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                RateLimitPartition.GetTokenBucketLimiter(
                    // Per API key when the server requires keys (a desk behind one address gets its own budget), else per address.
                    context.Items[ApiKeyGate.KeyItem] is string key ? "key:" + key : context.Connection.RemoteIpAddress?.ToString() ?? "local",
                    _ => new TokenBucketRateLimiterOptions
                    {
                        TokenLimit = perSecond,
                        TokensPerPeriod = perSecond,
                        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                        QueueLimit = 0,
                        AutoReplenishment = true,
                    }));
            limiter.OnRejected = async (rejected, cancellationToken) =>
            {
                var context = rejected.HttpContext;
                context.Response.Headers.RetryAfter = "1";
                var who = context.Items[ApiKeyGate.KeyItem] is string key ? $"key '{key}'" : "this address";
                await context.Response.WriteAsJsonAsync(new
                {
                    title = "Too many requests",
                    status = StatusCodes.Status429TooManyRequests,
                    detail = string.Create(CultureInfo.InvariantCulture,
                        $"{who} sent more than {perSecond:N0} requests in a second, this server's rate limit; wait a second and retry"),
                }, cancellationToken).ConfigureAwait(false);
            };
        });
    }

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            // Set as the response starts: the exception handler clears headers set earlier, and errors need them too.
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                headers.ContentSecurityPolicy =
                    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
                return Task.CompletedTask;
            });
            return next(context);
        });
}
