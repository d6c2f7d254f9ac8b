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
/// share's tick counts must equal what one IndexEngine computes from the same ticks: nothing lost, nothing twice.</summary>
public sealed class ClusterFailoverTests(ITestOutputHelper output)
{
    private static readonly DateOnly Day = new(2026, 3, 18);
    private static readonly SimulationOptions Simulation = new() { Seed = 7, TargetTicks = 400_000, FaultRate = 0.002 };
    private const int Stocks = 1_200;
    private const int Shares = 6;
    private const double TicksPerSecond = 40_000;

    [Fact]
    public async Task ThreeWorkers_OneKilledMidSession_EveryIndexEqualsSingleProcessEngine()
    {
        using var nats = NatsServer.StartOrSkip();
        if (nats is null)
        {
            return;
        }

        var workers = Enumerable.Range(1, 3)
            .Select(n => new CliProcess("cluster", "worker", "--nats", nats.Url, "--name", $"w{n}", "--ack-wait", "2"))
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
            await WaitUntilPublishedAsync(cluster, "w1");
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

    private static async Task WaitUntilPublishedAsync(ClusterConnection cluster, string worker)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            var status = await ClusterStatusReport.ReadAsync(cluster, CancellationToken.None);
            if (status.Sessions.SelectMany(s => s.Published).Any(p => p.Worker == worker && !p.Final && p.Batches >= 2))
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"{worker} published nothing within 60 s");
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
