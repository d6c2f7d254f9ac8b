namespace Kabuto.Live.Feeds.KabuStation;

/// <summary>How the kabu STATION feed connects and behaves. Time and waiting are injected so tests replay a day's
/// silences and reconnections in milliseconds.</summary>
public sealed record KabuStationOptions
{
    public const string DefaultBaseUrl = "http://localhost:18080/kabusapi";
    public const string UrlVariable = "KABUTO_KABUSTATION_URL";
    public const string PasswordVariable = "KABUTO_KABUSTATION_PASSWORD";

    /// <summary>The REST base (…/kabusapi); the push socket is its ws:// twin plus /websocket.</summary>
    public Uri BaseUrl { get; init; } = new(DefaultBaseUrl);

    /// <summary>The API password set in the app (never printed or logged).</summary>
    public required string Password { get; init; }

    public IReadOnlyList<KabuStationSymbol> Symbols { get; init; } = KabuStationSymbol.Defaults;

    /// <summary>The session the ticks belong to (its windows and named instants).</summary>
    public required DateOnly Date { get; init; }

    /// <summary>The wall clock, used only to tell a quiet socket in trading hours (an outage) from the lunch break or
    /// the hours outside the session (expected silence).</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Silence in trading hours longer than this means a dead connection: reconnect.</summary>
    public TimeSpan SilenceTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Wait before reconnection attempt n (0-based): 1, 2, 4 … 30 s.</summary>
    public Func<int, TimeSpan> Backoff { get; init; } = attempt => TimeSpan.FromSeconds(Math.Min(30, 1 << Math.Min(attempt, 5)));

    /// <summary>Waits (a test passes a short or instant one).</summary>
    public Func<TimeSpan, CancellationToken, Task> Delay { get; init; } = Task.Delay;

    /// <summary>One line per event worth telling the user (connected, dropped, lunch break…); never the password or token.</summary>
    public Action<string> Log { get; init; } = _ => { };

    public HttpMessageHandler? Handler { get; init; }

    /// <summary>The push WebSocket address: http→ws, https→wss, plus /websocket.</summary>
    public Uri WebSocketUrl
    {
        get
        {
            var builder = new UriBuilder(BaseUrl) { Scheme = BaseUrl.Scheme == Uri.UriSchemeHttps ? "wss" : "ws" };
            builder.Path = builder.Path.TrimEnd('/') + "/websocket";
            return builder.Uri;
        }
    }

    /// <summary>Reads KABUTO_KABUSTATION_URL (default <see cref="DefaultBaseUrl"/>) and KABUTO_KABUSTATION_PASSWORD.</summary>
    public static (Uri BaseUrl, string? Password) FromEnvironment(Func<string, string?>? read = null)
    {
        read ??= Environment.GetEnvironmentVariable;
        var url = read(UrlVariable) is { Length: > 0 } u ? u : DefaultBaseUrl;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw Core.Errors.Fail.Input(UrlVariable, null, "URL", url, "is not an http:// address", $"set it like {DefaultBaseUrl}");
        }

        return (uri, read(PasswordVariable) is { Length: > 0 } p ? p : null);
    }
}
