using System.Globalization;
using Kabuto.Core.Market;
using Kabuto.Data.Store;
using Kabuto.Live.Engine;
using Kabuto.Live.Simulation;
using Kabuto.Live.Universe;
using Kabuto.TestSupport;
using Xunit.Abstractions;

namespace Kabuto.Cluster.Tests;

/// <summary>The cluster's results into the store, on a real nats-server: two workers compute a short simulated session;
/// `kabuto cluster store` (the real CLI) writes it into a SQLite file, and the same use case into PostgreSQL when a
/// server is available. Every index's stored day (previous close, open, 11:30, close, high, low, snapshot count), the
/// tick totals and, with --series, every snapshot must equal what one IndexEngine computes from the same ticks; running
/// the writer again must write nothing. One worker is stopped mid-session, so shares the other took over are stored too.</summary>
public sealed class ClusterStoreTests(ITestOutputHelper output)
{
    private const string Session = "store-test";
    private static readonly DateOnly Day = new(2026, 3, 18);
    private static readonly SimulationOptions Simulation = new() { Seed = 11, TargetTicks = 40_000, FaultRate = 0.002 };
    private const int Stocks = 300;
    private const int Shares = 4;
    private const double TicksPerSecond = 20_000;

    [Fact]
    public async Task TwoWorkers_StoreRunTwice_EveryIndexDayEqualsSingleProcessEngineOnce()
    {
        using var nats = NatsServer.StartOrSkip();
        if (nats is null)
        {
            return;
        }

        var market = TokyoMarket.Create(Simulation.Seed, Day, Stocks);
        var reference = SingleProcess(market);
        await ComputeWithTwoWorkersAsync(nats.Url, market);
        using var folder = new TempDirectory();
        var db = folder.File("cluster.db");

        // The writer as users run it: first the days, then the series added, then nothing left to write.
        var days = RunCli("cluster", "store", "--nats", nats.Url, "--db", db);
        var series = RunCli("cluster", "store", "--nats", nats.Url, "--db", db, "--series");
        var again = RunCli("cluster", "store", "--nats", nats.Url, "--db", db, "--series", "--session", Session);

        var indices = market.Universe.Indices.Count;
        Assert.Equal($"stored {Session}: {indices} index days", days);
        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"stored {Session}: its days were stored already; added {reference.Emitted.Sum(e => e.Count):N0} snapshots"), series);
        Assert.Equal($"{Session}: already stored, nothing written", again);
        using (var store = MarketStore.OpenToRead(db))
        {
            AssertStoredEqualsReference(store, market.Universe, reference);
            Assert.Equal((1L, (long)indices), (store.Count("computed_sessions"), store.Count("computed_index_days")));
        }

        var sector = market.Universe.Indices[2];
        var levels = RunCli("levels", sector.Id, "--db", db);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"2026-03-18 {LiveIndex.Publish(reference.Recorder.Track(2).Open!.Value.Level),12:F2}"), levels, StringComparison.Ordinal);
        Assert.Contains($"{Session} (simulated)", levels, StringComparison.Ordinal);
        Assert.Contains("from made-up ticks, not a market's level", levels, StringComparison.Ordinal);

        if (PostgresServer.CreateDatabase() is { } postgres)
        {
            using (postgres)
            {
                await using var cluster = await ClusterConnection.OpenAsync(nats.Url);
                using var store = MarketStore.Open(postgres.ConnectionString);
                var writer = new ClusterStore(cluster, store, withSeries: true);
                var first = await writer.StoreCompleteAsync(null, CancellationToken.None);
                var second = await writer.StoreCompleteAsync(null, CancellationToken.None);

                Assert.Equal(StoreOutcome.Stored, first.Single().Outcome);
                Assert.Equal(StoreOutcome.AlreadyStored, second.Single().Outcome);
                AssertStoredEqualsReference(store, market.Universe, reference);
                output.WriteLine($"PostgreSQL: {first.Single().Written}, then {second.Single().Outcome}");
            }
        }
    }

    private static void AssertStoredEqualsReference(IMarketStore store, LiveUniverse universe, Reference reference)
    {
        var session = store.ListComputedSessions().Single();
        var c = reference.Engine.Counts;
        Assert.Equal(
            new ComputedSession(Session, "tokyo", Day, "simulated session", true, universe.Indices.Count, Shares, c),
            session.Session);
        Assert.Equal(c.Snapshots, session.LevelRows);
        for (var i = 0; i < universe.Indices.Count; i++)
        {
            var definition = universe.Indices[i];
            var track = reference.Recorder.Track(i);
            var expected = new ComputedIndexDay(
                Session, definition.Id, definition.Name, Day, LiveIndex.Publish(reference.Engine.BaseLevel(i)),
                Published(track.Open), Published(track.MorningClose), Published(track.Close),
                track.High is { } h ? LiveIndex.Publish(h) : null, track.Low is { } l ? LiveIndex.Publish(l) : null,
                reference.Emitted[i].Count);
            Assert.Equal(expected, store.GetComputedDays(definition.Id).Single());
            Assert.True(reference.Emitted[i].SequenceEqual(store.GetComputedLevels(Session, definition.Id)), $"{definition.Id}: the stored series differs from one engine's");
        }
    }

    private static decimal? Published(IndexSnapshot? snapshot) => snapshot is { } s ? LiveIndex.Publish(s.Level) : null;

    /// <summary>Two workers of two shares each; w1 is stopped while it holds shares it has published part of, so w2
    /// takes them over (replaying the tick log, publishing only what follows): the stored session includes shares
    /// that were redelivered.</summary>
    private async Task ComputeWithTwoWorkersAsync(string url, TokyoMarket market)
    {
        var log = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var stops = new[] { new CancellationTokenSource(), new CancellationTokenSource() };
        var connections = new List<ClusterConnection>();
        var workers = new List<Task>();
        try
        {
            foreach (var (name, stop) in new[] { ("w1", stops[0]), ("w2", stops[1]) })
            {
                var connection = await ClusterConnection.OpenAsync(url);
                connections.Add(connection);
                workers.Add(new ClusterWorker(connection, new WorkerOptions { Name = name, MaxShares = 2 }, line =>
                {
                    log.Enqueue(line);
                    output.WriteLine(line);
                }).RunAsync(stop.Token));
            }

            await using var cluster = await ClusterConnection.OpenAsync(url);
            var feeding = Task.Run(async () =>
            {
                using var ticks = new TokyoSimulator(market, Simulation);
                return await SessionFeed.RunAsync(cluster, ticks, new FeedOrigin("simulated session", Simulated: true), Session, Shares, 1_024, TicksPerSecond, CancellationToken.None);
            });
            await WaitUntilPublishedAsync(cluster, "w1");
            Assert.False(feeding.IsCompleted, "the feed ended before w1 was stopped: the session is too short");
            await stops[0].CancelAsync();
            await feeding;

            var levels = await SessionLevels.WaitCompleteAsync(cluster, Session, TimeSpan.FromSeconds(120), CancellationToken.None);
            Assert.True(levels.Complete, "the workers did not complete the session within 120 s");
            Assert.Contains(levels.Shares, s => s.Workers.SequenceEqual(["w1", "w2"]));
            Assert.Contains(log, line => line.Contains("worker w1: released share", StringComparison.Ordinal));
        }
        finally
        {
            foreach (var stop in stops)
            {
                await stop.CancelAsync();
            }

            await Task.WhenAll(workers);
            foreach (var connection in connections)
            {
                await connection.DisposeAsync();
            }

            foreach (var stop in stops)
            {
                stop.Dispose();
            }
        }
    }

    private static async Task WaitUntilPublishedAsync(ClusterConnection cluster, string worker)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            var status = await ClusterStatusReport.ReadAsync(cluster, CancellationToken.None);
            if (status.Sessions.SelectMany(s => s.Published).Any(p => p.Worker == worker && !p.Final))
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"{worker} published nothing within 60 s");
    }

    private string RunCli(params string[] args)
    {
        using var kabuto = new CliProcess(args);
        var exit = kabuto.WaitForExit(TimeSpan.FromSeconds(120));
        var text = string.Join('\n', kabuto.Lines.Select(l => l.Line));
        output.WriteLine($"kabuto {string.Join(' ', args)} -> {exit}\n{text}");
        Assert.Equal(0, exit);
        return text;
    }

    private static Reference SingleProcess(TokyoMarket market)
    {
        var universe = market.Universe;
        var emitted = universe.Indices.Select(_ => new List<ComputedLevel>()).ToArray();
        var recorder = new SessionRecorder(universe);
        var engine = new IndexEngine(universe, new Tee(recorder, emitted));
        using var ticks = new TokyoSimulator(market, Simulation);
        Kabuto.Live.Pipeline.Replayer.Run(ticks, engine);
        return new Reference(engine, recorder, emitted);
    }

    private sealed record Reference(IndexEngine Engine, SessionRecorder Recorder, List<ComputedLevel>[] Emitted);

    /// <summary>The recorder (open, 11:30, close, high, low) and every emitted snapshot as the store keeps it.</summary>
    private sealed class Tee(SessionRecorder recorder, List<ComputedLevel>[] emitted) : ISnapshotSink
    {
        public void OnSnapshot(in IndexSnapshot snapshot)
        {
            recorder.OnSnapshot(snapshot);
            emitted[snapshot.Index].Add(new ComputedLevel(new DateTimeOffset(snapshot.TimeUtc, TimeSpan.Zero), LiveIndex.Publish(snapshot.Level), snapshot.Kind));
        }

        public void OnBoundary(in CadenceBoundary boundary) => recorder.OnBoundary(boundary);
    }
}
