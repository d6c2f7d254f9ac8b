using Kabuto.Core.Market;

namespace Kabuto.Web;

/// <summary>How the web host runs. The defaults are the safe ones: loopback only, small bodies, a per-client limit.</summary>
public sealed record WebOptions
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public const int DefaultRequestsPerSecondPerClient = 2_000;

    /// <summary>Opens the market data (the SQLite store for 'kabuto serve', an in-memory fixture in tests). Called once
    /// at start; a disposable reader is disposed when the host stops.</summary>
    public required Func<IMarketDataReader> OpenStore { get; init; }

    /// <summary>Folder of index definitions (*.json) for member facts, as the CLI's --definitions; null = none.</summary>
    public string? DefinitionsFolder { get; init; }

    /// <summary>Index values of a live feed ('kabuto live --serve'), streamed by GET /api/live?source=feed; null = none.</summary>
    public Services.LiveBroadcast? LiveFeed { get; init; }

    /// <summary>Folder of the editions the watch writes ('kabuto serve --watch'), listed by GET /api/editions; null = none.</summary>
    public string? EditionsFolder { get; init; }

    /// <summary>Semicolon-separated listen addresses (ASP.NET Core's --urls syntax).</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>Sustained requests per second allowed per client address; also the burst size ('kabuto serve
    /// --rate-limit'). Generous enough for a dashboard and the 1,000 requests/s load test on loopback, small enough to
    /// stop a runaway client.</summary>
    public int RequestsPerSecondPerClient { get; init; } = DefaultRequestsPerSecondPerClient;

    /// <summary>The keys a request must carry (one of), the rate limit then applying per key and every request logged
    /// (category Kabuto.Access); null = open, as on loopback. 'kabuto serve' sets it when it binds beyond loopback.</summary>
    public Hosting.ApiKeyRing? ApiKeys { get; init; }

    /// <summary>Largest request body accepted (only POST /api/check has one).</summary>
    public long MaxRequestBodyBytes { get; init; } = 256 * 1024;

    /// <summary>How many (market, date) day-fact results are kept in memory.</summary>
    public int DayCacheEntries { get; init; } = 1_024;

    /// <summary>How often the store's version is checked; when an import has changed it, every cached result is
    /// dropped. Zero turns the check off (the cache then lives as long as the process).</summary>
    public TimeSpan StorePollInterval { get; init; } = TimeSpan.FromSeconds(1);
}
