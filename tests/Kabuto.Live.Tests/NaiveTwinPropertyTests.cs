using Kabuto.Live.Engine;
using Kabuto.Live.Simulation;
using Kabuto.Live.Ticks;
using Kabuto.Live.Universe;

namespace Kabuto.Live.Tests;

/// <summary>The incremental fixed-point engine against the plain decimal twin, at every snapshot of seeded simulated
/// sessions with injected feed faults (small universe for speed).</summary>
public sealed class NaiveTwinPropertyTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Apply_SimulatedSessionWithFaults_EqualsNaiveTwinAtEverySnapshot(int seed)
    {
        var market = TokyoMarket.Create(seed, TinyMarket.Date, stockCount: 120);
        var twin = new NaiveTwin(market.Universe);
        var checker = new TwinChecker(market.Universe, twin);
        var engine = new IndexEngine(market.Universe, checker);
        using var simulator = new TokyoSimulator(market, new SimulationOptions { Seed = seed, TargetTicks = 8_000, FaultRate = 0.02 });

        var buffer = new Tick[512];
        int read;
        while ((read = simulator.Read(buffer)) > 0)
        {
            foreach (var tick in buffer.AsSpan(0, read))
            {
                engine.Apply(tick);
                twin.Apply(tick);
            }
        }

        engine.Complete();

        Assert.True(checker.Compared > 5_000, $"only {checker.Compared} snapshots compared");
        Assert.Empty(checker.Mismatches);
        Assert.True(engine.Counts.Rejected > 0, "the fault injection produced no rejected tick");
    }

    [Fact]
    public void Level_FixedPoint_RoundsLikeDecimalRecompute()
    {
        var random = new Random(42);
        var market = TokyoMarket.Create(5, TinyMarket.Date, stockCount: 200);
        var engine = new IndexEngine(market.Universe, new CountingSink());
        var twin = new NaiveTwin(market.Universe);
        var time = market.Universe.Session.OpenUtc;

        var mismatches = 0;
        for (var n = 0; n < 5_000; n++)
        {
            time += TimeSpan.TicksPerMillisecond;
            var instrument = random.Next(market.Universe.Instruments.Count);
            var tick = Tick.Trade(time, instrument, random.Next(1, 500_000), 100);
            engine.Apply(tick);
            twin.Apply(tick);
            var index = random.Next(market.Universe.Indices.Count);
            mismatches += LiveIndex.Publish(engine.Level(index)) == LiveIndex.Publish(twin.Level(index)) ? 0 : 1;
        }

        Assert.Equal(0, mismatches);
    }

    private sealed class TwinChecker(LiveUniverse universe, NaiveTwin twin) : ISnapshotSink
    {
        public List<string> Mismatches { get; } = [];

        public long Compared { get; private set; }

        public void OnSnapshot(in IndexSnapshot snapshot)
        {
            Compared++;
            var naive = twin.Level(snapshot.Index);
            if (LiveIndex.Publish(naive) != LiveIndex.Publish(snapshot.Level) || Math.Abs(naive - snapshot.Level) > 1e-15m)
            {
                Mismatches.Add($"{universe.Indices[snapshot.Index].Id} at {snapshot.TimeUtc}: engine {snapshot.Level}, naive {naive}");
            }
        }
    }
}
