using Kabuto.Live.Engine;
using Kabuto.Live.Simulation;
using Kabuto.Live.Ticks;
using Kabuto.Live.Universe;

namespace Kabuto.Live.Tests;

/// <summary>The engine sends only changed indices at a boundary; the full series rebuilt from them (DenseSeries, the
/// recorder) must be exactly the naive twin's plainly scheduled series, on seeded sessions with feed faults.</summary>
public sealed class ChangedOnlySnapshotTests
{
    [Theory]
    [InlineData(31)]
    [InlineData(32)]
    public void DenseSeries_SimulatedSessionWithFaults_EqualsNaiveTwinSeries(int seed)
    {
        var (universe, ticks) = Session(seed);
        var naive = new NaiveSnapshotSeries(universe, new NaiveTwin(universe));
        var rebuilt = new ListSink();
        var engine = new IndexEngine(universe, new DenseSeries(universe, rebuilt));

        foreach (var tick in ticks)
        {
            engine.Apply(tick);
            naive.Apply(tick);
        }

        engine.Complete();
        naive.Complete();

        var expected = naive.Snapshots.OrderBy(s => s.Index).ThenBy(s => s.TimeUtc).ToList();
        var actual = rebuilt.Snapshots.OrderBy(s => s.Index).ThenBy(s => s.TimeUtc)
            .Select(s => new NaiveSnapshot(s.Index, s.TimeUtc, s.Level, s.Kind)).ToList();
        Assert.True(expected.Count > 20_000, $"only {expected.Count} snapshots in the naive series");
        Assert.Equal(expected.Count, actual.Count);
        var mismatches = expected.Zip(actual)
            .Where(p => p.First.TimeUtc != p.Second.TimeUtc || p.First.Kind != p.Second.Kind || p.First.Index != p.Second.Index
                        || LiveIndex.Publish(p.First.Level) != LiveIndex.Publish(p.Second.Level) || Math.Abs(p.First.Level - p.Second.Level) > 1e-15m)
            .Take(5).Select(p => $"naive {p.First}, engine {p.Second}").ToList();
        Assert.Empty(mismatches);
        Assert.True(engine.Counts.Snapshots < expected.Count, $"the engine sent {engine.Counts.Snapshots} of {expected.Count}: nothing was left out");
    }

    [Fact]
    public void SessionRecorder_ChangedOnly_RecordsWhatTheFullSeriesRecords()
    {
        var (universe, ticks) = Session(33);
        var direct = new SessionRecorder(universe, TimeSpan.FromMinutes(1));
        var viaDense = new SessionRecorder(universe, TimeSpan.FromMinutes(1));
        var sparse = new IndexEngine(universe, direct);
        var dense = new IndexEngine(universe, new DenseSeries(universe, viaDense));

        foreach (var tick in ticks)
        {
            sparse.Apply(tick);
            dense.Apply(tick);
        }

        sparse.Complete();
        dense.Complete();

        for (var x = 0; x < universe.Indices.Count; x++)
        {
            var (a, b) = (direct.Track(x), viaDense.Track(x));
            Assert.Equal(b.Count, a.Count);
            Assert.Equal(b.Last, a.Last);
            Assert.Equal(b.Open, a.Open);
            Assert.Equal(b.MorningClose, a.MorningClose);
            Assert.Equal(b.Close, a.Close);
            Assert.Equal(b.High, a.High);
            Assert.Equal(b.Low, a.Low);
            Assert.Equal(b.Kept, a.Kept);
        }
    }

    [Fact]
    public void Apply_OneInstrumentMoves_SendsOnlyTheIndicesHoldingIt()
    {
        // Both indices at 1 s; the cap-weighted one holds only Gamma, so Alpha's trades move the price-weighted one alone.
        var tiny = TinyMarket.Create(pwCadenceSeconds: 1);
        var universe = tiny with { Indices = [tiny.Indices[0], tiny.Indices[1] with { Members = [new IndexMember(2, 400)] }] };
        var sink = new ListSink();
        var engine = new IndexEngine(universe, sink);

        engine.Apply(TinyMarket.Trade(0.5, 0, 10_100));
        engine.Apply(TinyMarket.Trade(1.5, 0, 10_200));
        engine.Apply(TinyMarket.Trade(2.5, 0, 10_300));

        Assert.Equal([(0, TinyMarket.At(9, 0, 1)), (1, TinyMarket.At(9, 0, 1)), (0, TinyMarket.At(9, 0, 2))],
            sink.Snapshots.Select(s => (s.Index, s.TimeUtc)));
        Assert.Equal(2, sink.Boundaries.Count);
    }

    private static (LiveUniverse Universe, List<Tick> Ticks) Session(int seed)
    {
        var market = TokyoMarket.Create(seed, TinyMarket.Date, stockCount: 120);

        // Mixed cadences and sizes: the first index every tick, N225 5 s, the rest 1 s; only 12 indices to stay quick.
        var indices = market.Universe.Indices.Take(12).ToList();
        indices[2] = indices[2] with { CadenceTicks = LiveIndex.EveryTick };
        var universe = market.Universe with { Indices = indices };
        using var simulator = new TokyoSimulator(market, new SimulationOptions { Seed = seed, TargetTicks = 6_000, FaultRate = 0.02 });
        var ticks = new List<Tick>();
        var buffer = new Tick[512];
        int read;
        while ((read = simulator.Read(buffer)) > 0)
        {
            ticks.AddRange(buffer.AsSpan(0, read));
        }

        return (universe, ticks);
    }

    private sealed class ListSink : ISnapshotSink
    {
        public List<IndexSnapshot> Snapshots { get; } = [];

        public List<CadenceBoundary> Boundaries { get; } = [];

        public void OnSnapshot(in IndexSnapshot snapshot) => Snapshots.Add(snapshot);

        public void OnBoundary(in CadenceBoundary boundary) => Boundaries.Add(boundary);
    }
}
