using System.Globalization;
using Kabuto.Core.Market;
using Kabuto.Live.Engine;
using Kabuto.Live.Simulation;
using Kabuto.TestSupport;
using Xunit.Abstractions;

namespace Kabuto.Cluster.Tests;

/// <summary>The cluster against the single-process engine, with real processes on a real nats-server: three
/// `kabuto cluster worker` processes compute a simulated session fed at a live pace, one is killed with SIGKILL while it
/// holds shares, and every index's snapshot series (instant, exact sum, kind), final level, high and low, and every
/// share's tick counts must equal what one IndexEngine computes from the same ticks: nothing lost, nothing twice. Once
/// without checkpoints (the new owner replays the session from its start) and once with a checkpoint every 16 tick-log
/// messages (the new owner resumes from the dead worker's latest checkpoint and replays only what follows it).</summary>
public sealed class ClusterFailoverTests(ITestOutputHelper output)
{
    private static readonly DateOnly Day = new(2026, 3, 18);
    private static readonly SimulationOptions Simulation = new() { Seed = 7, TargetTicks = 400_000, FaultRate = 0.002 };
    private const int Stocks = 1_200;
    private const int Shares = 6;
    private const double TicksPerSecond = 40_000;

    [Theory]
    [InlineData(0)]
    [InlineData(16)]
    public async Task ThreeWorkers_OneKilledMidSession_EveryIndexEqualsSingleProcessEngine(int checkpointEvery)
    {
        using var nats = NatsServer.StartOrSkip();
        if (nats is null)
        {
            return;
        }

        var workers = Enumerable.Range(1, 3)
            .Select(n => new CliProcess("cluster", "worker", "--nats", nats.Url, "--name", $"w{n}", "--ack-wait", "2", "--checkpoint-every", checkpointEvery.ToString(CultureInfo.InvariantCulture)))
            .ToList();
        try
        {
            foreach (var worker in workers)
            {
                Assert.True(worker.WaitFor("waiting for shares", TimeSpan.FromSeconds(60)) is not null, Describe(workers));
            }

            await using var cluster = await ClusterConnection.OpenAsync(nats.Url, new ClusterOptions { AckWait = TimeSpan.FromSeconds(2) });
            var market = TokyoMarket.Create(Simulation.Seed, Day, Stocks);
            var feeding = Task.Run(async () =>
            {
                using var ticks = new TokyoSimulator(market, Simulation);
                return await SessionFeed.RunAsync(cluster, ticks, new FeedOrigin("simulated session", Simulated: true), "test-session", Shares, 1_024, TicksPerSecond, CancellationToken.None);
            });

            // Mid-session: the victim holds shares and has published part of them, and the feed is still going.
            var victim = workers[0];
            Assert.True(victim.WaitFor("took share", TimeSpan.FromSeconds(60)) is not null, Describe(workers));
            await WaitUntilPublishedAsync(cluster, "w1", () => victim.Lines.Count(l => l.Line.Contains("took share", StringComparison.Ordinal)), checkpointedFrom: (ulong)checkpointEvery * 4);
            Assert.False(feeding.IsCompleted, "the feed ended before the kill: the session is too short for a mid-session kill");
            var killedAt = DateTimeOffset.UtcNow;
            victim.Kill();

            var fed = await feeding;
            var levels = await SessionLevels.WaitCompleteAsync(cluster, "test-session", TimeSpan.FromSeconds(120), CancellationToken.None);
            Assert.True(levels.Complete, Describe(workers));
            Report(workers, killedAt, fed);

            var taken = levels.Shares.Where(s => s.Workers.Count > 1).ToList();
            Assert.NotEmpty(taken);
            Assert.All(taken, s => Assert.Equal("w1", s.Workers[0]));
            Assert.All(taken, s => Assert.NotEqual("w1", s.Workers[^1]));
            AssertTakeoversResumed(workers, taken.Select(s => s.Share), checkpointEvery > 0);

            var reference = SingleProcess(market);
            Assert.Equal(fed.Ticks, reference.Counts.Received);
            Assert.All(levels.Shares, s => Assert.Equal(reference.Counts with { Snapshots = 0 }, s.Counts!.Value with { Snapshots = 0 }));
            Assert.Equal(reference.Counts.Snapshots, levels.Shares.Sum(s => s.Counts!.Value.Snapshots));
            for (var i = 0; i < market.Universe.Indices.Count; i++)
            {
                var definition = market.Universe.Indices[i];
                var expected = reference.Series[i];
                var actual = levels.Series[i];
                Assert.True(expected.SequenceEqual(actual), $"{definition.Id}: {actual.Count:N0} snapshots from the cluster, {expected.Count:N0} from one engine; first difference at {FirstDifference(expected, actual)}");
                Assert.Equal(reference.Engine.Level(i), definition.LevelOf(actual[^1].WeightedSum));
                Assert.Equal(reference.Recorder.Track(i).High, definition.LevelOf(actual.Max(s => s.WeightedSum)));
                Assert.Equal(reference.Recorder.Track(i).Low, definition.LevelOf(actual.Min(s => s.WeightedSum)));
            }
        }
        finally
        {
            foreach (var worker in workers)
            {
                worker.Dispose();
            }
        }
    }

    // With checkpoints, every share taken over resumed from one (sequence > 0) and applied fewer ticks than the session
    // has; without, each replayed the whole session.
    private static void AssertTakeoversResumed(List<CliProcess> workers, IEnumerable<int> shares, bool checkpointed)
    {
        var lines = workers.Skip(1).SelectMany(w => w.Lines).Select(l => l.Line).ToList();
        foreach (var share in shares)
        {
            var what = $"share {share + 1}/{Shares} of test-session";
            var resumed = lines.Where(l => l.Contains($"{what}: resuming from the checkpoint at tick sequence ", StringComparison.Ordinal)).ToList();
            var done = lines.Single(l => l.Contains($"done {what}: ", StringComparison.Ordinal));
            var counted = System.Text.RegularExpressions.Regex.Match(done, @": ([\d,]+) ticks \(([\d,]+) applied here\)");
            Assert.True(counted.Success, done);
            var total = long.Parse(counted.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
            var applied = long.Parse(counted.Groups[2].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
            if (checkpointed)
            {
                var line = Assert.Single(resumed);
                var sequence = ulong.Parse(System.Text.RegularExpressions.Regex.Match(line, @"tick sequence (\d+)").Groups[1].Value, CultureInfo.InvariantCulture);
                var restored = long.Parse(System.Text.RegularExpressions.Regex.Match(line, @"\(([\d,]+) ticks, written by").Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
                Assert.True(sequence > 0 && restored > 0, line);
                Assert.True(applied == total - restored, $"{done} (after {line})");
            }
            else
            {
                Assert.Empty(resumed);
                Assert.Equal(total, applied);
            }
        }
    }

    // Until the worker has published at least two batches of a share and, with checkpoints, every share it took has one
    // at or after the given tick sequence (a few checkpoints into the session).
    private static async Task WaitUntilPublishedAsync(ClusterConnection cluster, string worker, Func<int> took, ulong checkpointedFrom)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            var status = await ClusterStatusReport.ReadAsync(cluster, CancellationToken.None);
            var held = status.Sessions.SelectMany(s => s.Published).Where(p => p.Worker == worker && !p.Final).ToList();
            if (held.Any(p => p.Batches >= 2) && (checkpointedFrom == 0 || (held.Count == took() && held.All(p => p.CheckpointSequence >= checkpointedFrom))))
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"{worker} published nothing{(checkpointedFrom > 0 ? $" or no checkpoint at or after tick sequence {checkpointedFrom}" : string.Empty)} within 60 s");
    }

    private static Reference SingleProcess(TokyoMarket market)
    {
        var series = market.Universe.Indices.Select(_ => new List<ClusterSnapshot>()).ToArray();
        var recorder = new SessionRecorder(market.Universe);
        var sink = new Tee(recorder, series);
        var engine = new IndexEngine(market.Universe, sink);
        using var ticks = new TokyoSimulator(market, Simulation);
        Kabuto.Live.Pipeline.Replayer.Run(ticks, engine);
        return new Reference(engine, recorder, engine.Counts, series);
    }

    private static string FirstDifference(List<ClusterSnapshot> expected, IReadOnlyList<ClusterSnapshot> actual)
    {
        for (var k = 0; k < Math.Min(expected.Count, actual.Count); k++)
        {
            if (expected[k] != actual[k])
            {
                return string.Create(CultureInfo.InvariantCulture, $"#{k}: expected {expected[k]}, got {actual[k]}");
            }
        }

        return "the end of the shorter series";
    }

    private void Report(List<CliProcess> workers, DateTimeOffset killedAt, FedSession fed)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fed {fed.Ticks:N0} ticks in {fed.Seconds:F2} s; w1 killed at {killedAt:HH:mm:ss.fff}"));
        foreach (var (at, line) in workers.SelectMany(w => w.Lines).OrderBy(l => l.At))
        {
            output.WriteLine(line);
        }

        var takeover = workers.Skip(1).SelectMany(w => w.Lines).Where(l => l.Line.Contains("taking over", StringComparison.Ordinal)).OrderBy(l => l.At).FirstOrDefault();
        if (takeover.Line is not null)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fail-over: first share taken over {(takeover.At - killedAt).TotalSeconds:F2} s after the kill"));
        }
    }

    private static string Describe(List<CliProcess> workers) =>
        string.Join(Environment.NewLine, workers.SelectMany(w => w.Lines).OrderBy(l => l.At).Select(l => l.Line).TakeLast(60));

    private sealed record Reference(IndexEngine Engine, SessionRecorder Recorder, TickCounts Counts, List<ClusterSnapshot>[] Series);

    private sealed class Tee(SessionRecorder recorder, List<ClusterSnapshot>[] series) : ISnapshotSink
    {
        public void OnSnapshot(in IndexSnapshot snapshot)
        {
            recorder.OnSnapshot(snapshot);
            series[snapshot.Index].Add(new ClusterSnapshot(snapshot.Index, snapshot.TimeUtc, snapshot.WeightedSum, snapshot.Kind));
        }
    }
}
