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
        var engine = new IndexEngine(market.Universe, new DenseSeries(market.Universe, checker));
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

    // The bench's worst case: every tick moves a member's price by one tick, so every tick goes through the slot loop
    // and updates every index holding the instrument. After each tick the touched indices' levels, tick highs and lows,
    // and every member contribution of a random index must equal the naive twin's plain recompute.
    [Theory]
    [InlineData(21)]
    [InlineData(22)]
    public void Apply_EveryTickChangesAPrice_LevelsHighsLowsAndContributionsEqualNaiveTwin(int seed)
    {
        var random = new Random(seed);
        var market = TokyoMarket.Create(seed, TinyMarket.Date, stockCount: 200);
        var universe = market.Universe;
        var engine = new IndexEngine(universe, new CountingSink());
        var twin = new NaiveTwin(universe);
        var holders = Enumerable.Range(0, universe.Instruments.Count)
            .Select(i => Enumerable.Range(0, universe.Indices.Count).Where(x => universe.Indices[x].Members.Any(m => m.Instrument == i)).ToArray())
            .ToArray();
        var price = universe.Instruments.Select(i => i.BasePrice).ToArray();
        var high = new decimal?[universe.Indices.Count];
        var low = new decimal?[universe.Indices.Count];
        var time = universe.Session.OpenUtc;
        var mismatches = new List<string>();
        const int Ticks = 3_000;

        for (var n = 0; n < Ticks; n++)
        {
            time += TimeSpan.TicksPerMillisecond;
            var i = random.Next(universe.Instruments.Count);
            var step = TseTickSize.At(price[i], market.Stocks[i].Topix500);
            price[i] = random.Next(2) == 0 || price[i] - step < step ? price[i] + step : price[i] - step;
            var tick = Tick.Trade(time, i, price[i], 100);
            engine.Apply(tick);
            twin.Apply(tick);
            foreach (var x in holders[i])
            {
                var naive = twin.Level(x);
                high[x] = Math.Max(high[x] ?? naive, naive);
                low[x] = Math.Min(low[x] ?? naive, naive);
                Compare(mismatches, $"{universe.Indices[x].Id} level after tick {n}", engine.Level(x), naive);
                Compare(mismatches, $"{universe.Indices[x].Id} high after tick {n}", engine.TickHigh(x), high[x]!.Value);
                Compare(mismatches, $"{universe.Indices[x].Id} low after tick {n}", engine.TickLow(x), low[x]!.Value);
            }

            var index = random.Next(universe.Indices.Count);
            var definition = universe.Indices[index];
            var sum = 0m;
            foreach (var member in definition.Members)
            {
                var points = engine.Contribution(index, member);
                sum += points;
                Compare(mismatches, $"{definition.Id} contribution of {member.Instrument} after tick {n}", points, NaiveContribution(universe, twin, definition, member));
            }

            Compare(mismatches, $"{definition.Id} contributions after tick {n}", sum, twin.Level(index) - engine.BaseLevel(index));
        }

        Assert.Equal(Ticks, engine.Counts.PriceChanges);
        Assert.Empty(mismatches);
    }

    private static decimal NaiveContribution(LiveUniverse universe, NaiveTwin twin, LiveIndex definition, IndexMember member)
    {
        var move = (twin.Price(member.Instrument) - universe.ToCurrency(universe.Instruments[member.Instrument].BasePrice)) * definition.WeightOf(member);
        return definition.Method == WeightingMethod.PriceWeighted ? move / definition.Divisor : move / definition.Divisor * definition.BaseLevel;
    }

    private static void Compare(List<string> mismatches, string what, decimal engine, decimal naive)
    {
        if (LiveIndex.Publish(engine) != LiveIndex.Publish(naive) || Math.Abs(engine - naive) > 1e-15m)
        {
            mismatches.Add($"{what}: engine {engine}, naive {naive}");
        }
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
