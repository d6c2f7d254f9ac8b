using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Kabuto.Core.Errors;

namespace Kabuto.Live.Feeds.KabuStation;

/// <summary>The two REST calls the push feed needs: POST /token (API password → token) and PUT /register (the symbols
/// to push, sent with X-API-KEY). Failures are one-line user errors naming the address and the fix; neither the
/// password nor the token ever appears in one.</summary>
internal sealed class KabuStationClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly Uri _baseUrl;

    public KabuStationClient(Uri baseUrl, HttpMessageHandler? handler)
    {
        _baseUrl = baseUrl;
        _http = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        _http.Timeout = TimeSpan.FromSeconds(10);
    }

    public string NotAnswering => $"kabu STATION is not answering at {_baseUrl}: start the app and log in";

    public async Task<string> TokenAsync(string password, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.Serialize(new Dictionary<string, string> { ["APIPassword"] = password });
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        var (status, json) = await SendAsync(HttpMethod.Post, "token", content, null, cancellationToken).ConfigureAwait(false);
        if (status == HttpStatusCode.OK && Property(json, "ResultCode") == "0" && Property(json, "Token") is { Length: > 0 } token)
        {
            return token;
        }

        throw Fail.User($"kabu STATION at {_baseUrl} refused the API password ({Reason(status, json)}): check {KabuStationOptions.PasswordVariable} (the API password set in the app, not the login password)");
    }

    /// <summary>Registers the symbols; false on a 4xx (an expired token after the morning logout): fetch a new token
    /// and try again.</summary>
    public async Task<bool> RegisterAsync(string token, IReadOnlyList<KabuStationSymbol> symbols, bool lastTry, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.Serialize(new { Symbols = symbols.Select(s => new { Symbol = s.Code, s.Exchange }) });
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        var (status, json) = await SendAsync(HttpMethod.Put, "register", content, token, cancellationToken).ConfigureAwait(false);
        if (status == HttpStatusCode.OK)
        {
            return true;
        }

        if ((int)status is >= 400 and < 500 && !lastTry)
        {
            return false;
        }

        throw Fail.User(string.Create(CultureInfo.InvariantCulture,
            $"kabu STATION at {_baseUrl} refused to register {symbols.Count} symbols ({Reason(status, json)}): it takes at most {KabuStationSymbol.MaxRegistered}, each CODE@EXCHANGE it knows (e.g. 101@1)"));
    }

    /// <summary>GET /board/{code}@{exchange}: the symbol's board (the push schema) or, on an error, why not.</summary>
    public async Task<(KabuBoardMessage? Board, string? Problem)> BoardAsync(string token, KabuStationSymbol symbol, CancellationToken cancellationToken)
    {
        var (status, json) = await SendAsync(HttpMethod.Get, "board/" + Uri.EscapeDataString(symbol.Key), null, token, cancellationToken).ConfigureAwait(false);
        return status == HttpStatusCode.OK
            ? (KabuBoardMessage.Parse(Encoding.UTF8.GetBytes(json)), null)
            : (null, Reason(status, json));
    }

    private async Task<(HttpStatusCode Status, string Body)> SendAsync(HttpMethod method, string path, HttpContent? content, string? token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(_baseUrl.AbsoluteUri.TrimEnd('/') + "/" + path)) { Content = content };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (token is not null)
        {
            request.Headers.Add("X-API-KEY", token);
        }

        try
        {
            using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            return (response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
        }
        catch (HttpRequestException)
        {
            throw Fail.User(NotAnswering);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw Fail.User(NotAnswering);
        }
    }

    /// <summary>"HTTP 400, Code 4001009: message" from an error body {"Code":…,"Message":…}, whatever it holds.</summary>
    private static string Reason(HttpStatusCode status, string json)
    {
        var code = Property(json, "Code") ?? Property(json, "ResultCode");
        var message = Property(json, "Message");
        var reason = string.Create(CultureInfo.InvariantCulture, $"HTTP {(int)status}");
        if (code is not null)
        {
            reason += $", Code {code}";
        }

        if (message is not null)
        {
            reason += $": {(message.Length > 120 ? message[..117] + "..." : message)}";
        }

        return reason;
    }

    private static string? Property(string json, string name)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty(name, out var value)
                ? value.ValueKind switch
                {
                    JsonValueKind.String => value.GetString(),
                    JsonValueKind.Number => value.GetRawText(),
                    _ => null,
                }
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public void Dispose() => _http.Dispose();
}
