using System.Diagnostics;
using Kabuto.Live.Engine;
using Kabuto.Live.Metrics;
using Kabuto.Live.Ticks;

namespace Kabuto.Live.Pipeline;

/// <summary>What one drive of the engine measured.</summary>
/// <summary>What one drive of the engine measured: wall-clock seconds and process CPU seconds (on a shared machine the
/// wall clock includes time the thread waited for a core; CPU seconds do not).</summary>
public readonly record struct RunStats(long Ticks, double Seconds, double CpuSeconds, LatencySummary Latency)
{
    public double TicksPerSecond => Seconds > 0 ? Ticks / Seconds : 0;

    public double TicksPerCpuSecond => CpuSeconds > 0 ? Ticks / CpuSeconds : 0;

    public static double CpuNow()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime.TotalSeconds;
    }
}

/// <summary>The replay path: reads a source in batches and calls the engine directly on this thread. Every
/// <c>sampleEvery</c>-th tick is timed on its own (two Stopwatch timestamps) for latency percentiles.</summary>
public static class Replayer
{
    public static RunStats Run(ITickSource source, IndexEngine engine, int sampleEvery = 16, int batchSize = 8192)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(engine);
        var buffer = new Tick[batchSize];
        var histogram = new LatencyHistogram();
        var cpu = RunStats.CpuNow();
        var start = Stopwatch.GetTimestamp();
        long ticks = 0;
        int read;
        while ((read = source.Read(buffer)) > 0)
        {
            ticks += read;
            Drive(engine, buffer.AsSpan(0, read), sampleEvery, histogram);
        }

        engine.Complete();
        var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        return new RunStats(ticks, seconds, RunStats.CpuNow() - cpu, histogram.Summary());
    }

    /// <summary>Applies ticks, timing every sampleEvery-th one (0: none).</summary>
    public static void Drive(IndexEngine engine, ReadOnlySpan<Tick> ticks, int sampleEvery, LatencyHistogram histogram)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(histogram);
        if (sampleEvery <= 0)
        {
            engine.Apply(ticks);
            return;
        }

        var i = 0;
        while (i < ticks.Length)
        {
            var run = Math.Min(sampleEvery - 1, ticks.Length - i);
            engine.Apply(ticks.Slice(i, run));
            i += run;
            if (i < ticks.Length)
            {
                var before = Stopwatch.GetTimestamp();
                engine.Apply(in ticks[i]);
                histogram.Record(Stopwatch.GetTimestamp() - before);
                i++;
            }
        }
    }
}
