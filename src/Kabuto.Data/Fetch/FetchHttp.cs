using System.Net;
using System.Text;
using Polly;
using Polly.Retry;

namespace Kabuto.Data.Fetch;

/// <summary>A failed request as one line: the source, the request (never a secret), what went wrong and the fix.</summary>
public sealed class FetchException(string source, string request, string problem, string fix)
    : Exception($"{source}: GET {request}: {problem}; {fix}")
{
    public string SourceName { get; } = source;

    public string Request { get; } = request;

    public string Problem { get; } = problem;

    public string Fix { get; } = fix;
}

/// <summary>One GET of one source: the URL (which must hold no secret), headers (where a key travels) and how long a
/// 429 makes the source wait before the next try.</summary>
public sealed record SourceCall(string Source, Uri Url, IReadOnlyDictionary<string, string> Headers, TimeSpan RateLimitedWait, string UrlVariable)
{
    /// <summary>The request as shown to the user: path and query, the host only when it is not the default.</summary>
    public string Shown => Url.PathAndQuery;
}

/// <summary>A source's answer after retries: the status, the media type and the body (decompressed).</summary>
public sealed record SourceAnswer(int Status, string? MediaType, byte[] Body, int Tries)
{
    public string Text => Encoding.UTF8.GetString(Body);

    /// <summary>An HTML page where data was expected (a login, consent, block or proof-of-work page), whatever the status.</summary>
    public bool IsHtml
    {
        get
        {
            if (MediaType is { } type && type.Contains("html", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            var head = Encoding.UTF8.GetString(Body, 0, Math.Min(Body.Length, 256)).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
            return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
        }
    }
}

/// <summary>The HTTP side of fetching: gzip, a timeout per try, and retries with exponential backoff and jitter on
/// network errors, timeouts and 5xx; a 429 waits at least the source's <see cref="SourceCall.RateLimitedWait"/> (J-Quants
/// sends no Retry-After). Every wait goes through <see cref="TimeProvider"/>, so tests pass one that does not sleep.
/// Statuses other than these are returned for the provider to put in words.</summary>
public sealed class FetchHttp
{
    public const int MaxRetries = 3;

    private readonly HttpClient _client;
    private readonly TimeProvider _time;
    private readonly TimeSpan _tryTimeout;
    private readonly TimeSpan _firstBackoff;

    public FetchHttp(HttpClient client, TimeProvider? time = null, TimeSpan? tryTimeout = null, TimeSpan? firstBackoff = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
        _time = time ?? TimeProvider.System;
        _tryTimeout = tryTimeout ?? TimeSpan.FromSeconds(30);
        _firstBackoff = firstBackoff ?? TimeSpan.FromSeconds(2);
    }

    public TimeProvider Time => _time;

    /// <summary>A client that asks for gzip (and deflate, brotli) and decompresses, follows redirects, and leaves
    /// timeouts to <see cref="FetchHttp"/>.</summary>
    public static HttpClient CreateClient()
    {
        var handler = new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = TimeSpan.FromSeconds(15),
        };
        return new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    public async Task<SourceAnswer> GetAsync(SourceCall call, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(call);
        var tries = 0;
        var pipeline = new ResiliencePipelineBuilder<SourceAnswer> { TimeProvider = _time }
            .AddRetry(new RetryStrategyOptions<SourceAnswer>
            {
                MaxRetryAttempts = MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = _firstBackoff,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome switch
                {
                    { Exception: HttpRequestException or TimeoutException or IOException } => true,
                    { Result: { } r } => r.Status is 429 or >= 500,
                    _ => false,
                }),
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(args.Outcome.Result?.Status == 429
                    ? call.RateLimitedWait + TimeSpan.FromSeconds(Random.Shared.Next(0, 10) + (30 * args.AttemptNumber))
                    : null),
            })
            .Build();
        try
        {
            return await pipeline.ExecuteAsync(async token =>
            {
                tries++;
                return await TryOnce(call, tries, token).ConfigureAwait(false);
            }, cancellation).ConfigureAwait(false);
        }
        catch (HttpRequestException e) when (e.HttpRequestError == HttpRequestError.ResponseEnded || e.InnerException is IOException)
        {
            throw new FetchException(call.Source, call.Shown, $"the answer was cut off after {tries} tries ({Reason(e)}); nothing of it was stored",
                "try again; if it keeps happening the source is unwell");
        }
        catch (HttpRequestException e)
        {
            throw new FetchException(call.Source, call.Shown, $"could not reach {call.Url.Host}:{call.Url.Port} after {tries} tries ({Reason(e)})",
                $"check the network, or {call.UrlVariable} if you set it");
        }
        catch (IOException e)
        {
            throw new FetchException(call.Source, call.Shown, $"the answer was cut off after {tries} tries ({e.Message.TrimEnd('.')}); nothing of it was stored",
                "try again; if it keeps happening the source is unwell");
        }
        catch (TimeoutException)
        {
            throw new FetchException(call.Source, call.Shown, $"no answer within {_tryTimeout.TotalSeconds:0} s, {tries} tries",
                "try again later, or check the network");
        }
    }

    private async Task<SourceAnswer> TryOnce(SourceCall call, int tries, CancellationToken cancellation)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(_tryTimeout);
        using var request = new HttpRequestMessage(HttpMethod.Get, call.Url);
        foreach (var (name, value) in call.Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        try
        {
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            var body = await response.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false);
            return new SourceAnswer((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, body, tries);
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            throw new TimeoutException($"no answer within {_tryTimeout.TotalSeconds:0} s");
        }
    }

    private static string Reason(HttpRequestException e) =>
        e.HttpRequestError switch
        {
            HttpRequestError.NameResolutionError => "the host name does not resolve",
            HttpRequestError.ConnectionError => "connection refused or unreachable",
            HttpRequestError.SecureConnectionError => "TLS failed",
            HttpRequestError.ResponseEnded => "the answer ended early",
            _ => e.Message.TrimEnd('.'),
        };
}
