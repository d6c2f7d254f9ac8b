using Kabuto.Core.Errors;
using Kabuto.Core.Market;
using Kabuto.Live.Engine;
using Kabuto.Live.Universe;

namespace Kabuto.Cluster;

/// <summary>A complete cluster session as the store takes it: the session, every index's day and, when asked, every
/// index's snapshot series.</summary>
public sealed record SessionSummaryResult(ComputedSession Session, IReadOnlyList<ComputedIndexDay> Days, IReadOnlyList<ComputedSeries>? Series);

/// <summary>Summarises a complete session from the levels log, as its batches stream by: per index the open, 11:30 and
/// close snapshots (the engine marks them), the high and low over every snapshot emitted, and the count, in published
/// levels (2 dp) from the exact sums; the tick totals from the shares' final batches (each share's engine saw every
/// tick, so they must all agree). Memory is O(indices) unless the series is kept.</summary>
public static class SessionSummary
{
    public static async Task<SessionSummaryResult> ReadAsync(ClusterConnection cluster, string session, bool withSeries, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        var universe = (await cluster.UniverseAsync(session, ct).ConfigureAwait(false)).Decode();
        var origin = await cluster.OriginAsync(session, ct).ConfigureAwait(false);
        var days = new IndexDay[universe.Indices.Count];
        for (var i = 0; i < days.Length; i++)
        {
            days[i] = new IndexDay(withSeries);
        }

        var finals = new SortedDictionary<int, TickCounts?>();
        var shareCount = 0;
        await SessionLevels.ConsumeAsync(cluster, session, (share, batch) =>
        {
            shareCount = batch.Shares;
            foreach (var snapshot in batch.Snapshots)
            {
                days[snapshot.Index].Add(snapshot);
            }

            finals[share] = batch.Final ? batch.Counts : null;
        }, ct).ConfigureAwait(false);

        var complete = finals.Values.Count(c => c is not null);
        if (shareCount == 0 || complete < shareCount)
        {
            throw Fail.Input("--session", null, "session", session, $"is not complete ({complete} of {(shareCount == 0 ? "its" : shareCount.ToString(System.Globalization.CultureInfo.InvariantCulture))} shares computed)",
                "wait for the workers ('kabuto cluster status'), or run 'kabuto cluster store --follow' to store it when it completes");
        }

        var counts = finals.Values.Select(c => c!.Value).ToList();
        if (counts.Select(c => c with { Snapshots = 0 }).Distinct().Count() != 1)
        {
            throw new InvalidDataException($"the shares of {session} report different tick counts, but every share applies every tick: {string.Join("; ", counts.Distinct())}");
        }

        var t = counts[0];
        var computed = new ComputedSession(
            session, universe.Market, universe.Session.Date, origin.Source, origin.Simulated, universe.Indices.Count, shareCount,
            t with { Snapshots = counts.Sum(c => c.Snapshots) });
        var baseLevels = new IndexEngine(universe, new CountingSink());
        var summaries = new List<ComputedIndexDay>(days.Length);
        var series = withSeries ? new List<ComputedSeries>(days.Length) : null;
        for (var i = 0; i < days.Length; i++)
        {
            var definition = universe.Indices[i];
            var day = days[i];
            summaries.Add(new ComputedIndexDay(
                session, definition.Id, definition.Name, universe.Session.Date, LiveIndex.Publish(baseLevels.BaseLevel(i)),
                Level(definition, day.Open), Level(definition, day.MorningClose), Level(definition, day.Close),
                Level(definition, day.High), Level(definition, day.Low), day.Count));
            series?.Add(new ComputedSeries(definition.Id, day.Series!.Select(s => new ComputedLevel(
                new DateTimeOffset(s.TimeUtc, TimeSpan.Zero), LiveIndex.Publish(definition.LevelOf(s.WeightedSum)), s.Kind)).ToList()));
        }

        return new SessionSummaryResult(computed, summaries, series);
    }

    private static decimal? Level(LiveIndex definition, Int128? sum) => sum is { } s ? LiveIndex.Publish(definition.LevelOf(s)) : null;

    /// <summary>One index's running day, in exact sums, as SessionRecorder keeps it: the marked open, 11:30 and
    /// close, the extremes over every emitted snapshot.</summary>
    private sealed class IndexDay(bool keepSeries)
    {
        public Int128? Open { get; private set; }

        public Int128? MorningClose { get; private set; }

        public Int128? Close { get; private set; }

        public Int128? High { get; private set; }

        public Int128? Low { get; private set; }

        public long Count { get; private set; }

        public List<ClusterSnapshot>? Series { get; } = keepSeries ? [] : null;

        public void Add(in ClusterSnapshot snapshot)
        {
            var sum = snapshot.WeightedSum;
            Count++;
            High = High is { } h && h >= sum ? h : sum;
            Low = Low is { } l && l <= sum ? l : sum;
            if ((snapshot.Kind & SnapshotKind.Open) != 0)
            {
                Open = sum;
            }

            if ((snapshot.Kind & SnapshotKind.MorningClose) != 0)
            {
                MorningClose = sum;
            }

            if ((snapshot.Kind & SnapshotKind.Close) != 0)
            {
                Close = sum;
            }

            Series?.Add(snapshot);
        }
    }
}
