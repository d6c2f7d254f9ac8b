using Kabuto.Live.Engine;
using Kabuto.Live.Pipeline;
using Kabuto.Live.Ticks;
using Kabuto.Live.Universe;

namespace Kabuto.Live.UseCases;

/// <summary>One published index value from a live feed (the engine's snapshot, rounded as published).</summary>
/// <param name="Kind">cadence, open, morning_close or close (joined by '+' when several).</param>
public sealed record LiveLevel(string Index, string Name, DateTimeOffset Time, decimal Level, string Kind);

/// <summary>A live run: the ticks through the engine, the engine's counts and each index's last value.</summary>
public sealed record LiveRunResult(long Ticks, double Seconds, TickCounts Counts, IReadOnlyList<LiveLevel> Last);

/// <summary>Drives the engine from a live tick source on the live path (<see cref="ChannelPipeline"/>): every snapshot
/// is handed to <paramref name="onLevel"/> as it is taken (on the engine's thread). Ends when the source does (a live
/// source ends when it is told to stop). The snapshots still due (the morning close, the close) are published at the
/// end only when the session is over by <paramref name="time"/>: a run stopped at 10:00 publishes no close.</summary>
public static class LiveRun
{
    /// <summary>The stale limit on the live path: 60 s, not the replay default of 2 s. A live feed's instruments are
    /// stamped by their own publishers at their own cadences (the Nikkei every 5 s, TOPIX every second, a quiet index
    /// only when it changes), so one instrument's tick can arrive after later-stamped ticks of another without being
    /// stale.</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromSeconds(60);

    public static async Task<LiveRunResult> RunAsync(ITickSource source, Action<LiveLevel> onLevel, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var sink = new LevelSink(source.Universe, onLevel);
        // Subscribers get a value per index per boundary, as published, so the changed-only series is rebuilt.
        var engine = new IndexEngine(source.Universe, new DenseSeries(source.Universe, sink), new EngineOptions { StaleAfter = StaleAfter });
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var ticks = await ChannelPipeline.RunAsync(source, engine, capacity: 4, batchSize: 256, complete: false).ConfigureAwait(false);
        if ((time ?? TimeProvider.System).GetUtcNow().UtcTicks >= source.Universe.Session.CloseUtc)
        {
            engine.Complete();
        }

        var seconds = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds;
        return new LiveRunResult(ticks, seconds, engine.Counts, sink.Last.Where(l => l is not null).Select(l => l!).ToList());
    }

    public static string KindName(SnapshotKind kind)
    {
        if (kind is SnapshotKind.Cadence or SnapshotKind.None)
        {
            return "cadence";
        }

        var names = new List<string>(3);
        if (kind.HasFlag(SnapshotKind.Open))
        {
            names.Add("open");
        }

        if (kind.HasFlag(SnapshotKind.MorningClose))
        {
            names.Add("morning_close");
        }

        if (kind.HasFlag(SnapshotKind.Close))
        {
            names.Add("close");
        }

        return names.Count == 0 ? "cadence" : string.Join('+', names);
    }

    private sealed class LevelSink(LiveUniverse universe, Action<LiveLevel> onLevel) : ISnapshotSink
    {
        public LiveLevel?[] Last { get; } = new LiveLevel?[universe.Indices.Count];

        public void OnSnapshot(in IndexSnapshot snapshot)
        {
            // An index with neither a previous close nor a tick yet has no value to publish (its sum is 0).
            if (snapshot.WeightedSum == 0)
            {
                return;
            }

            var level = new LiveLevel(snapshot.Definition.Id, snapshot.Definition.Name, universe.Session.ToLocal(snapshot.TimeUtc),
                LiveIndex.Publish(snapshot.Level), KindName(snapshot.Kind));
            Last[snapshot.Index] = level;
            onLevel(level);
        }
    }
}
