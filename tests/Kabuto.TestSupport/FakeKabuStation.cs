using System.Collections.Concurrent;
using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kabuto.TestSupport;

/// <summary>One step of a scripted kabu STATION push session.</summary>
public abstract record KabuStep
{
    /// <summary>Push one message (a /board-shaped JSON object).</summary>
    public sealed record Send(string Json) : KabuStep;

    /// <summary>Send nothing for a while (the lunch break), running <paramref name="Before"/> first (e.g. move a fake clock).</summary>
    public sealed record Pause(TimeSpan Length, Action? Before = null) : KabuStep;

    /// <summary>Drop the connection without a close handshake; the app's morning logout also invalidates the tokens issued.</summary>
    public sealed record Drop(bool Logout = true) : KabuStep;
}

/// <summary>A local kabu STATION (Kestrel on 127.0.0.1, a free port) with POST /kabusapi/token, PUT /kabusapi/register
/// and the push WebSocket /kabusapi/websocket, which plays a script of messages, pauses and drops. The script carries on
/// across connections: after a drop, the next connection continues with the next step. When the script ends the socket
/// stays open and silent.</summary>
public sealed class FakeKabuStation : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<string> _registered = new();
    private readonly object _gate = new();
    private int _step;
    private int _tokenNumber;
    private string? _validToken;

    private FakeKabuStation(WebApplication app, string password, IReadOnlyList<KabuStep> script)
    {
        _app = app;
        Password = password;
        Script = script;
    }

    public string Password { get; }

    public IReadOnlyList<KabuStep> Script { get; }

    /// <summary>The REST base, like http://127.0.0.1:PORT/kabusapi.</summary>
    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/kabusapi");

    public int Tokens => Volatile.Read(ref _tokenNumber);

    public int Connections { get; private set; }

    /// <summary>Each successful PUT /register: the symbols as "code@exchange" joined by commas.</summary>
    public IReadOnlyList<string> Registrations => _registered.ToArray();

    /// <summary>How many PUT /register calls to refuse with 401 (as after the morning logout) before accepting.</summary>
    public int RefuseRegisters { get; set; }

    /// <summary>Whether the script has been played to its end.</summary>
    public bool Finished => Volatile.Read(ref _step) >= Script.Count;

    public static async Task<FakeKabuStation> StartAsync(string password, IReadOnlyList<KabuStep> script)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var fake = new FakeKabuStation(app, password, script);
        app.UseWebSockets();
        app.MapPost("/kabusapi/token", fake.TokenAsync);
        app.MapPut("/kabusapi/register", fake.RegisterAsync);
        app.Map("/kabusapi/websocket", fake.PushAsync);
        app.MapGet("/kabusapi/board/{symbol}", (RequestDelegate)fake.BoardAsync);
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.BaseUrl = new Uri(address.TrimEnd('/') + "/kabusapi");
        return fake;
    }

    private async Task TokenAsync(HttpContext context)
    {
        using var body = await JsonDocument.ParseAsync(context.Request.Body).ConfigureAwait(false);
        if (!body.RootElement.TryGetProperty("APIPassword", out var given) || given.GetString() != Password)
        {
            await WriteAsync(context, 400, new { Code = 4001009, Message = "API password mismatch" }).ConfigureAwait(false);
            return;
        }

        var token = $"token-{Interlocked.Increment(ref _tokenNumber)}";
        lock (_gate)
        {
            _validToken = token;
        }

        await WriteAsync(context, 200, new { ResultCode = 0, Token = token }).ConfigureAwait(false);
    }

    private async Task RegisterAsync(HttpContext context)
    {
        string? valid;
        lock (_gate)
        {
            valid = _validToken;
        }

        if (valid is null || context.Request.Headers["X-API-KEY"] != valid || RefuseRegisters-- > 0)
        {
            await WriteAsync(context, 401, new { Code = 4001017, Message = "Token is invalid" }).ConfigureAwait(false);
            return;
        }

        using var body = await JsonDocument.ParseAsync(context.Request.Body).ConfigureAwait(false);
        var symbols = body.RootElement.GetProperty("Symbols").EnumerateArray()
            .Select(s => $"{s.GetProperty("Symbol").GetString()}@{s.GetProperty("Exchange").GetInt32()}").ToList();
        if (symbols.Count > 50)
        {
            await WriteAsync(context, 400, new { Code = 4002006, Message = "too many symbols registered" }).ConfigureAwait(false);
            return;
        }

        _registered.Enqueue(string.Join(',', symbols));
        await WriteAsync(context, 200, new { RegistList = symbols.Select(s => new { Symbol = s.Split('@')[0], Exchange = int.Parse(s.Split('@')[1], System.Globalization.CultureInfo.InvariantCulture) }) }).ConfigureAwait(false);
    }

    /// <summary>GET /board/{code}@{exchange} answers: "101@1" → a /board JSON object; a symbol not here is a 404.</summary>
    public ConcurrentDictionary<string, string> Boards { get; } = new(StringComparer.Ordinal);

    private async Task BoardAsync(HttpContext context)
    {
        var symbol = Uri.UnescapeDataString(context.Request.RouteValues["symbol"]?.ToString() ?? string.Empty);
        if (context.Request.Headers["X-API-KEY"] != Volatile.Read(ref _validToken))
        {
            await WriteAsync(context, 401, new { Code = 4001017, Message = "Token is invalid" }).ConfigureAwait(false);
            return;
        }

        if (!Boards.TryGetValue(symbol, out var board))
        {
            await WriteAsync(context, 404, new { Code = 4002001, Message = "symbol not found" }).ConfigureAwait(false);
            return;
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(board).ConfigureAwait(false);
    }

    private async Task PushAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        Connections++;
        var aborted = context.RequestAborted;
        try
        {
            while (!aborted.IsCancellationRequested)
            {
                var index = Volatile.Read(ref _step);
                if (index >= Script.Count)
                {
                    await Task.Delay(Timeout.Infinite, aborted).ConfigureAwait(false);
                }

                Interlocked.Increment(ref _step);
                switch (Script[index])
                {
                    case KabuStep.Send send:
                        await socket.SendAsync(Encoding.UTF8.GetBytes(send.Json), WebSocketMessageType.Text, true, aborted).ConfigureAwait(false);
                        break;
                    case KabuStep.Pause pause:
                        pause.Before?.Invoke();
                        await Task.Delay(pause.Length, aborted).ConfigureAwait(false);
                        break;
                    case KabuStep.Drop drop:
                        if (drop.Logout)
                        {
                            lock (_gate)
                            {
                                _validToken = null;
                            }
                        }

                        context.Abort();
                        return;
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or IOException)
        {
            // The client went away or the test ended.
        }
    }

    private static async Task WriteAsync(HttpContext context, int status, object body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(JsonSerializer.Serialize(body)).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>A push message in the documented /board shape (an index carries only the price subset).</summary>
    public static string Board(string symbol, decimal price, string time, decimal? previousClose = null, int exchange = 1, string name = "") =>
        JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["Symbol"] = symbol,
            ["SymbolName"] = name,
            ["Exchange"] = exchange,
            ["ExchangeName"] = "東証",
            ["CurrentPrice"] = price,
            ["CurrentPriceTime"] = time,
            ["CurrentPriceChangeStatus"] = "0057",
            ["CurrentPriceStatus"] = 1,
            ["CalcPrice"] = price,
            ["PreviousClose"] = previousClose,
            ["ChangePreviousClose"] = previousClose is { } p ? price - p : null,
            ["OpeningPrice"] = price,
            ["OpeningPriceTime"] = time,
            ["HighPrice"] = price,
            ["LowPrice"] = price,
        });
}
