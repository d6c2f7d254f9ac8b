using Kabuto.Core.Json;
using Kabuto.Web.Api;
using Kabuto.Web.Hosting;
using Kabuto.Web.Services;

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
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes;
        });
        AddServices(builder.Services, options);
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRateLimiter();
        app.UseDashboard();
        app.MapOpenApi();
        app.MapKabutoApi();
        app.MapLiveFeed();
        return app;
    }

    private static void AddServices(IServiceCollection services, WebOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton(_ => new SerializedMarketData(options.OpenStore()));
        services.AddSingleton(provider => new UseCases(provider.GetRequiredService<SerializedMarketData>(), options.DefinitionsFolder));
        services.AddSingleton(_ => new DayFactsCache(options.DayCacheEntries));
        services.AddSingleton<SimulatedSessions>();
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.AddClientRateLimit(options.RequestsPerSecondPerClient);
        services.AddOpenApi();
        services.ConfigureHttpJsonOptions(json =>
        {
            // The OpenAPI document describes what the endpoints write, which is KabutoJson.
            json.SerializerOptions.PropertyNamingPolicy = KabutoJson.Compact.PropertyNamingPolicy;
            json.SerializerOptions.DictionaryKeyPolicy = KabutoJson.Compact.DictionaryKeyPolicy;
            json.SerializerOptions.Encoder = KabutoJson.Compact.Encoder;
            foreach (var converter in KabutoJson.Compact.Converters)
            {
                json.SerializerOptions.Converters.Add(converter);
            }
        });
    }
}
