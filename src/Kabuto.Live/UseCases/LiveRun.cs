using Kabuto.Core.Market;
using Kabuto.Live.Engine;
using Kabuto.Live.Pipeline;
using Kabuto.Live.Ticks;
using Kabuto.Live.Universe;

namespace Kabuto.Live.UseCases;

/// <summary>One published index value from a live feed (the engine's snapshot, rounded as published).</summary>
/// <param name="Kind">cadence, open, morning_close or close (joined by '+' when several).</param>
/// <param name="LastTick">The exchange time of the latest tick of its members the value rests on; null when none of
/// them has traded in the session yet (the value is the previous close carried, not a level of the day).</param>
public sealed record LiveLevel(string Index, string Name, DateTimeOffset Time, decimal Level, string Kind, DateTimeOffset? LastTick = null)
{
    /// <summary>The morning session's last level (the 11:30 snapshot), resting on a tick of the morning: a feed that
    /// connected after the morning has no morning close to tell.</summary>
    public bool IsMorningClose => LastTick is not null && Kind.Split('+').Contains("morning_close");
}

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
        sink.Engine = engine;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        await ChannelPipeline.RunAsync(source, engine, capacity: 4, batchSize: 256, complete: false).ConfigureAwait(false);
        if ((time ?? TimeProvider.System).GetUtcNow().UtcTicks >= source.Universe.Session.CloseUtc)
        {
            engine.Complete();
        }

        var seconds = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds;
        // Received, not read: a source's clock ticks (the lunch break) are not ticks of the market.
        return new LiveRunResult(engine.Counts.Received, seconds, engine.Counts, sink.Last.Where(l => l is not null).Select(l => l!).ToList());
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

        public IndexEngine? Engine { get; set; }

        public void OnSnapshot(in IndexSnapshot snapshot)
        {
            // An index with neither a previous close nor a tick yet has no value to publish (its sum is 0).
            if (snapshot.WeightedSum == 0)
            {
                return;
            }

            var level = new LiveLevel(snapshot.Definition.Id, snapshot.Definition.Name, universe.Session.ToLocal(snapshot.TimeUtc),
                LiveIndex.Publish(snapshot.Level), KindName(snapshot.Kind), LastTick(snapshot.Definition));
            Last[snapshot.Index] = level;
            onLevel(level);
        }

        // On the engine's thread, so the engine's state is the snapshot's (a live feed's indices have few members).
        private DateTimeOffset? LastTick(LiveIndex index)
        {
            var last = long.MinValue;
            foreach (var member in index.Members)
            {
                last = Math.Max(last, Engine!.LastTickTime(member.Instrument));
            }

            return last == long.MinValue ? null : universe.Session.ToLocal(last);
        }
    }
}
