using System.Buffers;
using System.Diagnostics;

namespace Kabuto.HttpLoad;

/// <summary>One open-loop run: request i is due at start + i / rate and is sent then, whether or not earlier ones have
/// answered. Latency counts from the due time, not the send time, so time a request spent waiting for the generator
/// (or for a connection) is charged to it.</summary>
internal sealed class OpenLoop(HttpClient client, Uri target, int rate, TimeSpan duration)
{
    private const int Failed = -1;

    private readonly int _count = checked((int)(rate * duration.TotalSeconds));
    private readonly double _intervalTicks = (double)Stopwatch.Frequency / rate;

    public async Task<RunResult> RunAsync(CancellationToken cancellationToken)
    {
        var latencyTicks = new long[_count];
        var statuses = new int[_count];
        var bytes = new long[_count];
        var pending = new Task[_count];
        var inFlight = 0;
        var maxInFlight = 0;

        var start = Stopwatch.GetTimestamp();
        var scheduler = new Thread(() =>
        {
            for (var i = 0; i < _count; i++)
            {
                var due = start + (long)(i * _intervalTicks);
                // Sleeping, not spinning: the generator shares the machine with the server. A late wake-up sends a
                // small batch, and the lateness is in the measured latency (counted from 'due').
                while (Stopwatch.GetTimestamp() < due)
                {
                    Thread.Sleep(1);
                }

                var now = Interlocked.Increment(ref inFlight);
                if (now > maxInFlight)
                {
                    maxInFlight = now;
                }

                // Off the scheduler thread: connecting and writing the request must not delay the next send.
                var index = i;
                pending[i] = Task.Run(() => SendAsync(index, due), cancellationToken);
            }
        })
        { IsBackground = true, Name = "open-loop scheduler", Priority = ThreadPriority.AboveNormal };
        scheduler.Start();
        await Task.Run(scheduler.Join, cancellationToken);
        var sentTicks = Stopwatch.GetTimestamp() - start;
        await Task.WhenAll(pending);
        var elapsedTicks = Stopwatch.GetTimestamp() - start;

        return RunResult.From(target, rate, latencyTicks, statuses, bytes, sentTicks, elapsedTicks, maxInFlight);

        async Task SendAsync(int i, long due)
        {
            var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
            try
            {
                using var response = await client.GetAsync(target, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
                await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
                long total = 0;
                int read;
                while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    total += read;
                }

                statuses[i] = (int)response.StatusCode;
                bytes[i] = total;
            }
            catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException)
            {
                statuses[i] = Failed;
            }
            finally
            {
                latencyTicks[i] = Stopwatch.GetTimestamp() - due;
                ArrayPool<byte>.Shared.Return(buffer);
                Interlocked.Decrement(ref inFlight);
            }
        }
    }
}

/// <summary>What one run measured. Latencies in milliseconds; rates over the run's wall time.</summary>
internal sealed record RunResult(
    string Path,
    int TargetRate,
    int Requests,
    int Ok,
    int NonSuccess,
    int Failed,
    double SentPerSecond,
    double CompletedPerSecond,
    double P50Ms,
    double P90Ms,
    double P99Ms,
    double P999Ms,
    double MaxMs,
    double MeanBytes,
    int MaxInFlight)
{
    /// <summary>The server's CPU time (user + system) over the run divided by its requests, when its process is known.</summary>
    public double? ServerCpuUsPerRequest { get; init; }

    public static RunResult From(
        Uri target, int rate, long[] latencyTicks, int[] statuses, long[] bytes, long sentTicks, long elapsedTicks, int maxInFlight)
    {
        var ms = new double[latencyTicks.Length];
        for (var i = 0; i < ms.Length; i++)
        {
            ms[i] = latencyTicks[i] * 1000.0 / Stopwatch.Frequency;
        }

        Array.Sort(ms);
        var ok = statuses.Count(s => s is >= 200 and < 300);
        var failed = statuses.Count(s => s < 0);
        var seconds = (double)Stopwatch.Frequency;
        return new RunResult(
            target.PathAndQuery, rate, statuses.Length, ok, statuses.Length - ok - failed, failed,
            statuses.Length / (sentTicks / seconds), statuses.Length / (elapsedTicks / seconds),
            Percentile(ms, 0.50), Percentile(ms, 0.90), Percentile(ms, 0.99), Percentile(ms, 0.999), ms[^1],
            bytes.Average(), maxInFlight);
    }

    /// <summary>Nearest rank on sorted values: the smallest value with at least p of the samples at or below it.</summary>
    public static double Percentile(double[] sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
