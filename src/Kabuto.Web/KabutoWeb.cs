using Kabuto.Core.Json;
using Kabuto.Web.Api;
using Kabuto.Web.Hosting;
using Kabuto.Web.Services;
using Microsoft.AspNetCore.OpenApi;

namespace Kabuto.Web;

/// <summary>Builds the web host: the HTTP API under /api, its OpenAPI description at /openapi/v1.json and the dashboard
/// at /. The caller runs it ('kabuto serve') or starts it in a test.</summary>
public static class KabutoWeb
{
    /// <param name="options">Listen addresses, the store and the limits.</param>
    /// <param name="configure">Last say over the builder before it is built (a test swaps in the test server).</param>
    public static WebApplication Build(WebOptions options, Action<WebApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(KabutoWeb).Assembly.GetName().Name });
        builder.WebHost.UseUrls(options.Urls);
        // ASP.NET Core logs every request at Information (about ten console lines each): at 1,000 requests/s that was
        // most of the server's CPU time. Warnings and errors still show; the host's start and stop lines too.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes;
        });
        AddServices(builder.Services, options);
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseSecurityHeaders();
        app.UseResponseCompression();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        if (options.ApiKeys is { } keys)
        {
            app.UseApiKeys(keys);
        }

        app.UseRateLimiter();
        app.UseDashboard();
        app.MapOpenApi();
        app.MapKabutoApi();
        app.MapLiveFeed();
        app.MapEditions();
        app.MapKeySession();
        return app;
    }

    private static void AddServices(IServiceCollection services, WebOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton(_ => new SerializedMarketData(options.OpenStore()));
        services.AddSingleton(provider =>
        {
            var data = provider.GetRequiredService<SerializedMarketData>();
            return new StoreGenerations(data, () => new UseCases(data, data.Membership, options.DefinitionsFolder, options.DayCacheEntries));
        });
        // Per request: the use cases of the store's current state (a reference read; see StoreGenerations).
        services.AddTransient(provider => provider.GetRequiredService<StoreGenerations>().Current);
        services.AddHostedService<StoreWatcher>();
        services.AddSingleton<SimulatedSessions>();
        // The framework's own 404, 405 and 415 (no route, wrong method, a body type the route does not accept) carry no
        // detail; every error names the request and the fix, so they get one here.
        services.AddProblemDetails(problems => problems.CustomizeProblemDetails = context =>
        {
            var request = context.HttpContext.Request;
            context.ProblemDetails.Detail ??= context.ProblemDetails.Status switch
            {
                StatusCodes.Status415UnsupportedMediaType =>
                    $"{request.Method} {request.Path}: content type '{request.ContentType ?? "none"}' is not accepted; send the article as text/plain "
                    + "or application/json {\"text\": \"...\"} (curl: -H 'Content-Type: text/plain' --data-binary @article.txt)",
                StatusCodes.Status405MethodNotAllowed =>
                    $"{request.Method} {request.Path} is not allowed; every route is GET, except POST /api/check",
                StatusCodes.Status404NotFound when request.Path.StartsWithSegments("/api", StringComparison.Ordinal) =>
                    $"{request.Method} {request.Path}: no such route; the routes are listed in /openapi/v1.json",
                _ => null,
            };
        });
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.AddClientRateLimit(options.RequestsPerSecondPerClient);
        services.AddCompression();
        services.AddOpenApi(openApi =>
            // Two records are called FactJson: the day's and records' (Analytics) and the article's (Writing).
            openApi.CreateSchemaReferenceId = type => type.Type == typeof(Kabuto.Writing.Documents.FactJson)
                ? "ArticleFactJson"
                : OpenApiOptions.CreateDefaultSchemaReferenceId(type));
        services.ConfigureHttpJsonOptions(json =>
        {
            // The OpenAPI document describes what the endpoints write, which is KabutoJson.
            json.SerializerOptions.PropertyNamingPolicy = KabutoJson.Compact.PropertyNamingPolicy;
            json.SerializerOptions.DictionaryKeyPolicy = KabutoJson.Compact.DictionaryKeyPolicy;
            json.SerializerOptions.Encoder = KabutoJson.Compact.Encoder;
            json.SerializerOptions.NumberHandling = KabutoJson.Compact.NumberHandling;
            json.SerializerOptions.DefaultIgnoreCondition = KabutoJson.Compact.DefaultIgnoreCondition;
            foreach (var converter in KabutoJson.Compact.Converters)
            {
                json.SerializerOptions.Converters.Add(converter);
            }
        });
    }
}
