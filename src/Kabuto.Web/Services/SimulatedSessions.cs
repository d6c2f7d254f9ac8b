using System.Collections.Concurrent;
using Kabuto.Core.Market;
using Kabuto.Live.Engine;
using Kabuto.Live.Pipeline;
using Kabuto.Live.Simulation;
using Kabuto.Live.Universe;

namespace Kabuto.Web.Services;

/// <summary>One index value of a replayed session, as GET /api/live sends it.</summary>
/// <param name="Kind">open, morning_close, close or cadence.</param>
public sealed record LiveSnapshot(string Index, DateTimeOffset Time, decimal Level, string Kind);

/// <summary>The end of a replay: each index's published open, high, low and close.</summary>
public sealed record LiveSummary(string Index, DateOnly Date, decimal PreviousClose, decimal Open, decimal High, decimal Low, decimal Close, long Ticks);

public sealed record LiveSession(IReadOnlyList<LiveSnapshot> Snapshots, IReadOnlyList<LiveSummary> Summaries);

/// <summary>Simulated Tokyo sessions driven through the live engine (the same engine as file replay), sampled once a
/// minute for the chart. The simulation is deterministic per (seed, date), so each is run once and kept.</summary>
internal sealed class SimulatedSessions
{
    private const long TargetTicks = 150_000;
    private const int StockCount = 1_000;
    private static readonly string[] Shown = [IndexIds.N225, IndexIds.Topix];
    private static readonly TimeSpan Tokyo = TimeSpan.FromHours(9);

    private readonly ConcurrentDictionary<(int Seed, DateOnly Date), Lazy<LiveSession>> _sessions = new();
    private readonly SemaphoreSlim _running = new(1, 1);

    public async Task<LiveSession> GetAsync(int seed, DateOnly date, CancellationToken cancellationToken)
    {
        var key = (seed, date);
        if (_sessions.TryGetValue(key, out var known) && known.IsValueCreated)
        {
            return known.Value;
        }

        // One simulation at a time: a burst of requests for new seeds queues instead of taking every core.
        await _running.WaitAsync(cancellationToken);
        try
        {
            if (_sessions.Count > 16)
            {
                _sessions.Clear();
            }

            return await Task.Run(() => _sessions.GetOrAdd(key, k => new Lazy<LiveSession>(() => Run(k.Seed, k.Date))).Value, cancellationToken);
        }
        finally
        {
            _running.Release();
        }
    }

    private static LiveSession Run(int seed, DateOnly date)
    {
        var market = TokyoMarket.Create(seed, date, StockCount);
        var universe = market.Universe;
        var recorder = new SessionRecorder(universe, TimeSpan.FromMinutes(1));
        var engine = new IndexEngine(universe, recorder);
        using var simulator = new TokyoSimulator(market, new SimulationOptions { Seed = seed, TargetTicks = TargetTicks });
        var stats = Replayer.Run(simulator, engine, sampleEvery: 0);

        var snapshots = new List<LiveSnapshot>();
        var summaries = new List<LiveSummary>();
        foreach (var id in Shown)
        {
            var ordinal = universe.IndexOrdinal(id);
            var track = recorder.Track(ordinal);
            snapshots.AddRange(track.Kept.Select(s => new LiveSnapshot(
                id, new DateTimeOffset(s.TimeUtc, TimeSpan.Zero).ToOffset(Tokyo), LiveIndex.Publish(s.Level), KindName(s.Kind))));
            var result = Kabuto.Live.UseCases.DemoSession.Summarise(engine, track, ordinal);
            summaries.Add(new LiveSummary(id, date, result.PreviousClose, result.Open, result.High, result.Low, result.Close, stats.Ticks));
        }

        return new LiveSession(snapshots.OrderBy(s => s.Time).ThenBy(s => s.Index, StringComparer.Ordinal).ToList(), summaries);
    }

    private static string KindName(SnapshotKind kind) =>
        (kind & SnapshotKind.Close) != 0 ? "close"
        : (kind & SnapshotKind.MorningClose) != 0 ? "morning_close"
        : (kind & SnapshotKind.Open) != 0 ? "open"
        : "cadence";
}
