using System.Globalization;
using System.Collections.Concurrent;
using System.IO.Compression;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kabuto.TestSupport;

/// <summary>What the fake server answers to one request: a status, a body and its media type; optionally gzip-encoded,
/// or cut off (a Content-Length larger than the bytes sent, then the connection is dropped).</summary>
public sealed record FakeResponse(int Status, byte[] Body, string ContentType = "application/json", bool Gzip = false, bool CutOff = false, TimeSpan Delay = default)
{
    public static FakeResponse Json(string json, int status = 200, bool gzip = false) => new(status, Encoding.UTF8.GetBytes(json), "application/json", gzip);

    public static FakeResponse Text(string text, string contentType = "text/csv", int status = 200) => new(status, Encoding.UTF8.GetBytes(text), contentType);

    public static FakeResponse Html(int status = 200) =>
        new(status, Encoding.UTF8.GetBytes("<!DOCTYPE html><html><head><title>Just a moment...</title></head><body>checking your browser</body></html>"), "text/html");
}

/// <summary>One request the fake server saw: the path with its query, and the headers.</summary>
public sealed record RecordedRequest(string PathAndQuery, IReadOnlyDictionary<string, string> Headers);

/// <summary>A local HTTP server (Kestrel on 127.0.0.1, a free port) standing in for a market-data API in tests: routes
/// match a path and, optionally, the query; each route serves its responses in order and repeats the last one. No test
/// touches the internet.</summary>
public sealed class FakeHttpServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<Route> _routes = [];
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    private FakeHttpServer(WebApplication app) => _app = app;

    public Uri Url { get; private set; } = new("http://127.0.0.1/");

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToArray();

    public static async Task<FakeHttpServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new FakeHttpServer(app);
        app.Run(server.Serve);

        // As J-Quants, the trading calendar of any range in the documented shape (from the law calendar); a test that
        // needs the exchange to differ routes /v2/markets/calendar itself (a later route wins).
        server.Answer("/v2/markets/calendar", q => FakeResponse.Json(SourcePayloads.JQuantsCalendar(
            DateOnly.Parse(q["from"].ToString(), CultureInfo.InvariantCulture), DateOnly.Parse(q["to"].ToString(), CultureInfo.InvariantCulture))));
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Url = new Uri(address);
        return server;
    }

    /// <summary>Serves <paramref name="responses"/> in turn (then the last again) to GETs of <paramref name="path"/> whose query
    /// passes <paramref name="query"/>. A later route is tried before an earlier one.</summary>
    public void On(string path, Func<IQueryCollection, bool>? query, params FakeResponse[] responses)
    {
        lock (_routes)
        {
            _routes.Insert(0, new Route(path, query ?? (_ => true), responses));
        }
    }

    public void On(string path, params FakeResponse[] responses) => On(path, null, responses);

    /// <summary>Answers GETs of <paramref name="path"/> with what <paramref name="respond"/> makes of the query at the time
    /// of the request (a source whose answer depends on the moment, say a CSV that gains the day's row after the close).</summary>
    public void Answer(string path, Func<IQueryCollection, FakeResponse> respond)
    {
        lock (_routes)
        {
            _routes.Insert(0, new Route(path, _ => true, [], respond));
        }
    }

    public int Count(string path) => Requests.Count(r => r.PathAndQuery.StartsWith(path, StringComparison.Ordinal));

    private async Task Serve(HttpContext context)
    {
        var request = context.Request;
        _requests.Enqueue(new RecordedRequest(request.Path + request.QueryString,
            request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase)));
        Route? route;
        lock (_routes)
        {
            var path = Uri.UnescapeDataString(request.Path.Value ?? string.Empty);
            route = _routes.FirstOrDefault(r => string.Equals(r.Path, path, StringComparison.Ordinal) && r.Query(request.Query));
        }

        if (route is null)
        {
            context.Response.StatusCode = 404;
            await context.Response.WriteAsync("{\"message\":\"no route in the fake server\"}").ConfigureAwait(false);
            return;
        }

        var response = route.Next(request.Query);
        if (response.Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(response.Delay, context.RequestAborted).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        context.Response.StatusCode = response.Status;
        context.Response.ContentType = response.ContentType;
        var body = response.Body;
        if (response.Gzip)
        {
            using var packed = new MemoryStream();
            using (var gzip = new GZipStream(packed, CompressionLevel.Fastest, leaveOpen: true))
            {
                gzip.Write(body);
            }

            body = packed.ToArray();
            context.Response.Headers.ContentEncoding = "gzip";
        }

        if (response.CutOff)
        {
            context.Response.ContentLength = body.Length + 1_000;
            await context.Response.Body.WriteAsync(body).ConfigureAwait(false);
            await context.Response.Body.FlushAsync().ConfigureAwait(false);
            context.Abort();
            return;
        }

        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private sealed class Route(string path, Func<IQueryCollection, bool> query, FakeResponse[] responses, Func<IQueryCollection, FakeResponse>? respond = null)
    {
        private int _served;

        public string Path { get; } = path;

        public Func<IQueryCollection, bool> Query { get; } = query;

        public FakeResponse Next(IQueryCollection query)
        {
            if (respond is not null)
            {
                return respond(query);
            }

            var n = Interlocked.Increment(ref _served) - 1;
            return responses[Math.Min(n, responses.Length - 1)];
        }
    }
}

/// <summary>A time provider that never sleeps: every timer fires at once (on the thread pool) and its delay is recorded,
/// so a test sees that a 429 made the client wait a minute without waiting one.</summary>
public sealed class InstantTime : TimeProvider
{
    private readonly ConcurrentQueue<TimeSpan> _waits = new();

    public IReadOnlyList<TimeSpan> Waits => _waits.ToArray();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            _waits.Enqueue(dueTime);
            ThreadPool.QueueUserWorkItem(_ => callback(state));
        }

        return new Fired();
    }

    private sealed class Fired : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
