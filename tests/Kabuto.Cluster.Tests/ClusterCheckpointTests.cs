using System.Collections.Concurrent;
using System.Globalization;
using Kabuto.Core.Market;
using Kabuto.Live.Engine;
using Kabuto.Live.Simulation;
using Kabuto.TestSupport;
using Xunit.Abstractions;

namespace Kabuto.Cluster.Tests;

/// <summary>Checkpoints that must not be trusted, on a real nats-server (ADR 0019). Worker w1 computes part of a session
/// with a checkpoint every 4 tick-log messages and is stopped; before w2 takes the shares over, their checkpoints are
/// replaced: one by an older genuine checkpoint (what a paused worker writes late), one with another feed's universe id,
/// one claiming a levels message the share's chain does not hold, one with another universe's engine state. w2 must
/// resume from the older checkpoint and replay the other three from the session's start, and every index's snapshot
/// series and every share's tick counts must still equal one IndexEngine's exactly.</summary>
public sealed class ClusterCheckpointTests(ITestOutputHelper output)
{
    private const string Session = "checkpoint-test";
    private static readonly DateOnly Day = new(2026, 3, 18);
    private static readonly SimulationOptions Simulation = new() { Seed = 5, TargetTicks = 60_000, FaultRate = 0.002 };
    private const int Stocks = 300;
    private const int Shares = 4;

    [Fact]
    public async Task Takeover_StaleForeignAndOrphanCheckpoints_OnlyTheValidOneIsUsed_EveryIndexEqualsSingleProcessEngine()
    {
        using var nats = NatsServer.StartOrSkip();
        if (nats is null)
        {
            return;
        }

        var market = TokyoMarket.Create(Simulation.Seed, Day, Stocks);
        var log = new ConcurrentQueue<string>();
        await using var cluster = await ClusterConnection.OpenAsync(nats.Url);
        var feeding = Task.Run(async () =>
        {
            using var ticks = new TokyoSimulator(market, Simulation);
            return await SessionFeed.RunAsync(cluster, ticks, new FeedOrigin("simulated session", Simulated: true), Session, Shares, 1_024, 10_000, CancellationToken.None);
        });

        // w1 computes every share until each has a checkpoint at sequence >= 8 (kept) and then >= 24; then it stops.
        ShareCheckpoint[] early;
        using (var stop = new CancellationTokenSource())
        {
            await using var connection = await ClusterConnection.OpenAsync(nats.Url);
            var w1 = new ClusterWorker(connection, new WorkerOptions { Name = "w1", CheckpointEvery = 4 }, Logger(log)).RunAsync(stop.Token);
            early = await WaitForCheckpointsAsync(cluster, _ => 8);
            // Each share past its own early checkpoint (a share can be well ahead of the others when the first wait ends).
            await WaitForCheckpointsAsync(cluster, s => Math.Max(24, early[s].TickSequence + 1));
            Assert.False(feeding.IsCompleted, "the feed ended before w1 was stopped: the session is too short");
            await stop.CancelAsync();
            await w1.WaitAsync(TimeSpan.FromSeconds(60));
        }

        var late = await Task.WhenAll(Enumerable.Range(0, Shares).Select(s => cluster.CheckpointAsync(Session, s, CancellationToken.None))).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.All(late, c => Assert.NotNull(c));
        Assert.All(Enumerable.Range(0, Shares), s => Assert.True(early[s].TickSequence < late[s]!.TickSequence));
        var otherEngine = new IndexEngine(TokyoMarket.Create(6, Day, 80).Universe, new CountingSink()).WriteCheckpoint();
        await cluster.PutCheckpointAsync(early[0], CancellationToken.None);
        await cluster.PutCheckpointAsync(late[1]! with { UniverseId = "a-session-fed-before" }, CancellationToken.None);
        await cluster.PutCheckpointAsync(late[2]! with { LevelsSequence = late[2]!.LevelsSequence + 1_000_000 }, CancellationToken.None);
        await cluster.PutCheckpointAsync(late[3]! with { Engine = otherEngine }, CancellationToken.None);

        using (var stop = new CancellationTokenSource())
        {
            await using var connection = await ClusterConnection.OpenAsync(nats.Url);
            var w2 = new ClusterWorker(connection, new WorkerOptions { Name = "w2", CheckpointEvery = 4 }, Logger(log)).RunAsync(stop.Token);
            var fed = await feeding.WaitAsync(TimeSpan.FromSeconds(120));
            var levels = await SessionLevels.WaitCompleteAsync(cluster, Session, TimeSpan.FromSeconds(120), CancellationToken.None);
            await stop.CancelAsync();
            await w2.WaitAsync(TimeSpan.FromSeconds(60));
            Assert.True(levels.Complete);
            Assert.All(levels.Shares, s => Assert.Equal(["w1", "w2"], s.Workers));

            var lines = log.ToList();
            Assert.Contains(lines, l => l.Contains(string.Create(CultureInfo.InvariantCulture, $"worker w2: share 1/{Shares} of {Session}: resuming from the checkpoint at tick sequence {early[0].TickSequence} ("), StringComparison.Ordinal));
            Assert.Contains(lines, l => l.Contains($"worker w2: share 2/{Shares} of {Session}: the checkpoint is not used, replaying from the session's start: it was written for share 2 of {Session} as fed with universe a-session-fed-before", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.Contains($"worker w2: share 3/{Shares} of {Session}: the checkpoint is not used, replaying from the session's start: it follows levels message", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.Contains($"worker w2: share 4/{Shares} of {Session}: the checkpoint is not used, replaying from the session's start: the checkpoint is of another universe", StringComparison.Ordinal));
            Assert.Single(lines, l => l.Contains("worker w2: share", StringComparison.Ordinal) && l.Contains("resuming from the checkpoint", StringComparison.Ordinal));

            var reference = SingleProcess(market);
            Assert.Equal(fed.Ticks, reference.Counts.Received);
            Assert.All(levels.Shares, s => Assert.Equal(reference.Counts with { Snapshots = 0 }, s.Counts!.Value with { Snapshots = 0 }));
            Assert.Equal(reference.Counts.Snapshots, levels.Shares.Sum(s => s.Counts!.Value.Snapshots));
            for (var i = 0; i < market.Universe.Indices.Count; i++)
            {
                Assert.True(reference.Series[i].SequenceEqual(levels.Series[i]), $"{market.Universe.Indices[i].Id}: {levels.Series[i].Count:N0} snapshots from the cluster, {reference.Series[i].Count:N0} from one engine");
            }
        }
    }

    private Action<string> Logger(ConcurrentQueue<string> log) => line =>
    {
        log.Enqueue(line);
        output.WriteLine(line);
    };

    // Every share's checkpoint once each is at or past the tick sequence given for it.
    private static async Task<ShareCheckpoint[]> WaitForCheckpointsAsync(ClusterConnection cluster, Func<int, ulong> from)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            var checkpoints = await Task.WhenAll(Enumerable.Range(0, Shares).Select(s => cluster.CheckpointAsync(Session, s, CancellationToken.None))).WaitAsync(TimeSpan.FromSeconds(30));
            if (checkpoints.Select((c, s) => c is not null && c.TickSequence >= from(s)).All(ok => ok))
            {
                return [.. checkpoints.Select(c => c!)];
            }

            await Task.Delay(20);
        }

        throw new TimeoutException("not every share had a checkpoint at the tick sequence waited for within 60 s");
    }

    private static Reference SingleProcess(TokyoMarket market)
    {
        var series = market.Universe.Indices.Select(_ => new List<ClusterSnapshot>()).ToArray();
        var engine = new IndexEngine(market.Universe, new SeriesSink(series));
        using var ticks = new TokyoSimulator(market, Simulation);
        Kabuto.Live.Pipeline.Replayer.Run(ticks, engine);
        return new Reference(engine.Counts, series);
    }

    private sealed record Reference(TickCounts Counts, List<ClusterSnapshot>[] Series);

    private sealed class SeriesSink(List<ClusterSnapshot>[] series) : ISnapshotSink
    {
        public void OnSnapshot(in IndexSnapshot snapshot) =>
            series[snapshot.Index].Add(new ClusterSnapshot(snapshot.Index, snapshot.TimeUtc, snapshot.WeightedSum, snapshot.Kind));
    }
}
