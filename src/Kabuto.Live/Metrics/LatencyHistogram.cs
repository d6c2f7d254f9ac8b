using System.Diagnostics;

namespace Kabuto.Live.Metrics;

/// <summary>Per-tick latency percentiles (ns) in a fixed histogram: 10 ns buckets to 100 µs, then one overflow
/// bucket. Recording is an array increment, so measuring does not allocate.</summary>
public sealed class LatencyHistogram
{
    private const int BucketNs = 10;
    private const int Buckets = 10_000;
    private static readonly double NsPerTimestamp = 1e9 / Stopwatch.Frequency;
    private readonly long[] _counts = new long[Buckets + 1];
    private long _maxNs;

    public long Count { get; private set; }

    public void Record(long stopwatchTicks)
    {
        var ns = (long)(stopwatchTicks * NsPerTimestamp);
        _counts[Math.Min(ns / BucketNs, Buckets)]++;
        _maxNs = Math.Max(_maxNs, ns);
        Count++;
    }

    /// <summary>The upper edge of the bucket holding the p-th percentile (p in 0..100), in ns.</summary>
    public double Percentile(double p)
    {
        if (Count == 0)
        {
            return 0;
        }

        var rank = (long)Math.Ceiling(p / 100 * Count);
        long seen = 0;
        for (var b = 0; b <= Buckets; b++)
        {
            seen += _counts[b];
            if (seen >= rank)
            {
                return b == Buckets ? _maxNs : (b + 1) * BucketNs;
            }
        }

        return _maxNs;
    }

    public LatencySummary Summary() => new(Count, Percentile(50), Percentile(99), Percentile(99.9), _maxNs);
}

/// <summary>Per-tick latency percentiles in nanoseconds over the sampled ticks.</summary>
public readonly record struct LatencySummary(long Samples, double P50Ns, double P99Ns, double P999Ns, double MaxNs);
