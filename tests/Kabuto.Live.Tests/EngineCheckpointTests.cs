using Kabuto.Core.Market;
using Kabuto.Live.Engine;
using Kabuto.Live.Simulation;
using Kabuto.Live.Ticks;
using Kabuto.Live.Universe;

namespace Kabuto.Live.Tests;

/// <summary>An engine restored from a checkpoint and fed the remaining ticks against one engine that was never
/// interrupted: random universes (price- and cap-weighted, every-tick and cadence indices, weights large enough to fold),
/// random tick streams (halts, special quotes and their withdrawal, plain quotes, suspicious, out-of-order, duplicate and
/// stale ticks, ticks outside the windows, clock ticks in the lunch break), checkpoints at random points, several in a
/// row. Every snapshot and boundary, every count, level, high, low and instrument state must be the same, exactly.</summary>
public sealed class EngineCheckpointTests
{
    [Fact]
    public void RestoreCheckpoint_RandomUniversesAndTicks_ContinuesExactlyLikeTheUninterruptedEngine()
    {
        var failures = new List<string>();
        var folded = 0;
        var everyTick = 0;
        for (var seed = 1; seed <= 150; seed++)
        {
            var random = new Random(seed);
            var universe = RandomUniverse(random);
            var ticks = RandomTicks(random, universe);
            var cuts = Enumerable.Range(0, random.Next(1, 5)).Select(_ => random.Next(ticks.Length + 1)).Order().ToArray();
            var difference = CompareWithCheckpoints(universe, ticks, cuts, random);
            if (difference is not null)
            {
                failures.Add($"seed {seed} (cuts at {string.Join(", ", cuts)} of {ticks.Length}): {difference}");
            }

            folded += universe.Indices.Any(i => i.Members.Any(m => m.Weight > 1_000_000_000)) ? 1 : 0;
            everyTick += universe.Indices.Any(i => i.CadenceTicks == LiveIndex.EveryTick) ? 1 : 0;
        }

        Assert.Empty(failures);
        Assert.True(folded > 10 && everyTick > 10, $"the generator made {folded} universes with folding weights and {everyTick} with every-tick indices");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void RestoreCheckpoint_SimulatedSessionWithFaults_ContinuesExactly(int seed)
    {
        var market = TokyoMarket.Create(seed, TinyMarket.Date, stockCount: 150);
        using var simulator = new TokyoSimulator(market, new SimulationOptions { Seed = seed, TargetTicks = 30_000, FaultRate = 0.02 });
        var ticks = new List<Tick>();
        var buffer = new Tick[4096];
        int read;
        while ((read = simulator.Read(buffer)) > 0)
        {
            ticks.AddRange(buffer.AsSpan(0, read));
        }

        var random = new Random(seed);
        int[] cuts = [ticks.Count / 7, ticks.Count / 3, ticks.Count / 2, ticks.Count * 5 / 6];
        Assert.Null(CompareWithCheckpoints(market.Universe, [.. ticks], cuts, random));
    }

    [Fact]
    public void RestoreCheckpoint_AnotherUniverse_IsRefusedAndChangesNothing()
    {
        var universe = TinyMarket.Create();
        var engine = new IndexEngine(universe, new CountingSink());
        engine.Apply(TinyMarket.Trade(1, 0, 10_100));
        var checkpoint = engine.WriteCheckpoint();

        var moreInstruments = universe with { Instruments = [.. universe.Instruments, new LiveInstrument("1004", "Delta", "3650", 1_000)] };
        var fewerIndices = universe with { Indices = [universe.Indices[0]] };
        var otherWeight = universe with { Indices = [universe.Indices[0] with { Members = [new(0, 10), new(1, 5), new(2, 30)] }, universe.Indices[1]] };
        var otherCadence = TinyMarket.Create(pwCadenceSeconds: 10);
        foreach (var other in (LiveUniverse[])[moreInstruments, fewerIndices, otherWeight, otherCadence])
        {
            var target = new IndexEngine(other, new CountingSink());
            target.Apply(TinyMarket.Trade(2, 1, 20_300));
            var before = target.WriteCheckpoint();
            var refused = Assert.Throws<InvalidDataException>(() => target.RestoreCheckpoint(checkpoint));
            Assert.Contains("another universe", refused.Message, StringComparison.Ordinal);
            Assert.Equal(before, target.WriteCheckpoint());
        }

        var stricter = new IndexEngine(universe, new CountingSink(), new EngineOptions { StaleAfter = TimeSpan.FromSeconds(5) });
        Assert.Contains("another universe", Assert.Throws<InvalidDataException>(() => stricter.RestoreCheckpoint(checkpoint)).Message, StringComparison.Ordinal);

        var same = new IndexEngine(universe, new CountingSink());
        var untouched = same.WriteCheckpoint();
        Assert.Contains("truncated", Assert.Throws<InvalidDataException>(() => same.RestoreCheckpoint(checkpoint[..^3])).Message, StringComparison.Ordinal);
        var corrupt = (byte[])checkpoint.Clone();
        corrupt[4] = 9;
        Assert.Contains("version 9", Assert.Throws<InvalidDataException>(() => same.RestoreCheckpoint(corrupt)).Message, StringComparison.Ordinal);
        Assert.Equal(untouched, same.WriteCheckpoint());

        same.RestoreCheckpoint(checkpoint);
        Assert.Equal(engine.Counts, same.Counts);
        Assert.Equal(engine.Level(0), same.Level(0));
        Assert.NotEqual(engine.BaseLevel(0), same.Level(0));
    }

    // Applies the ticks once without interruption, and once in legs: each leg's engine is new, restored from the previous
    // leg's checkpoint. Returns the first difference, or null.
    private static string? CompareWithCheckpoints(LiveUniverse universe, Tick[] ticks, int[] cuts, Random random)
    {
        var expected = new EventLog();
        var reference = new IndexEngine(universe, expected);
        ApplyInRandomBatches(reference, ticks, random);
        reference.Complete();

        var actual = new EventLog();
        var engine = new IndexEngine(universe, actual);
        var from = 0;
        foreach (var cut in cuts)
        {
            ApplyInRandomBatches(engine, ticks.AsSpan(from, cut - from), random);
            var checkpoint = engine.WriteCheckpoint();
            engine = new IndexEngine(universe, actual);
            engine.RestoreCheckpoint(checkpoint);
            from = cut;
        }

        ApplyInRandomBatches(engine, ticks.AsSpan(from), random);
        engine.Complete();

        for (var k = 0; k < Math.Min(expected.Events.Count, actual.Events.Count); k++)
        {
            if (expected.Events[k] != actual.Events[k])
            {
                return $"event #{k}: expected {expected.Events[k]}, got {actual.Events[k]}";
            }
        }

        if (expected.Events.Count != actual.Events.Count)
        {
            return $"{actual.Events.Count} events, expected {expected.Events.Count}";
        }

        if (expected.Events.Count(e => e.Step == 0) < 2)
        {
            return "fewer than two snapshots: nothing compared";
        }

        if (reference.Counts != engine.Counts || reference.Clock != engine.Clock)
        {
            return $"counts {engine.Counts} at clock {engine.Clock}, expected {reference.Counts} at {reference.Clock}";
        }

        for (var i = 0; i < universe.Indices.Count; i++)
        {
            if (reference.WeightedSum(i) != engine.WeightedSum(i) || reference.TickHigh(i) != engine.TickHigh(i) || reference.TickLow(i) != engine.TickLow(i))
            {
                return $"index {i}: sum/high/low {engine.WeightedSum(i)}/{engine.TickHigh(i)}/{engine.TickLow(i)}, expected {reference.WeightedSum(i)}/{reference.TickHigh(i)}/{reference.TickLow(i)}";
            }
        }

        for (var i = 0; i < universe.Instruments.Count; i++)
        {
            if (reference.EffectivePrice(i) != engine.EffectivePrice(i) || reference.LastTickTime(i) != engine.LastTickTime(i) || reference.LastTradePrice(i) != engine.LastTradePrice(i)
                || reference.IsHalted(i) != engine.IsHalted(i) || reference.HasSpecialQuote(i) != engine.HasSpecialQuote(i))
            {
                return $"instrument {i} differs";
            }
        }

        return reference.WriteCheckpoint().AsSpan().SequenceEqual(engine.WriteCheckpoint()) ? null : "the final states' checkpoints differ";
    }

    private static void ApplyInRandomBatches(IndexEngine engine, ReadOnlySpan<Tick> ticks, Random random)
    {
        while (ticks.Length > 0)
        {
            var take = Math.Min(ticks.Length, random.Next(1, 300));
            engine.Apply(ticks[..take]);
            ticks = ticks[take..];
        }
    }

    private static LiveUniverse RandomUniverse(Random random)
    {
        var instruments = Enumerable.Range(0, random.Next(3, 30))
            .Select(i => new LiveInstrument($"{1000 + i}", $"Stock {i}", "3650", random.Next(50, 200_000)))
            .ToArray();
        var indices = new List<LiveIndex>();
        var bigWeights = random.Next(4) == 0;
        for (var x = 0; x < random.Next(1, 9); x++)
        {
            var members = Enumerable.Range(0, instruments.Length).Where(_ => random.Next(3) > 0)
                .Select(i => new IndexMember(i, bigWeights && random.Next(2) == 0 ? random.NextInt64(1_000_000_000_000, 900_000_000_000_000) : random.Next(1, 5_000)))
                .ToList();
            if (members.Count == 0)
            {
                members.Add(new IndexMember(random.Next(instruments.Length), 10));
            }

            TimeSpan[] cadences = [TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(15), TimeSpan.FromMinutes(1)];
            var cadence = cadences[random.Next(cadences.Length)];
            indices.Add(random.Next(2) == 0
                ? LiveIndex.PriceWeighted($"PW{x}", $"Price weighted {x}", members, random.Next(1, 100) / 3m, 10, cadence)
                : LiveIndex.CapWeighted($"CW{x}", $"Cap weighted {x}", members, random.Next(1_000, 10_000_000), 100m, 10, cadence));
        }

        var date = TinyMarket.Date;
        var session = random.Next(3) > 0
            ? TickSession.Tokyo(date)
            : SingleWindow(date);
        return new LiveUniverse("random", instruments, indices, 10, session);
    }

    // A market without a lunch break (no morning close mark): 09:00-10:00 JST.
    private static TickSession SingleWindow(DateOnly date)
    {
        var open = TickSession.At(date, new TimeOnly(9, 0), TimeSpan.FromHours(9));
        var close = TickSession.At(date, new TimeOnly(10, 0), TimeSpan.FromHours(9));
        return new TickSession(date, [new(open, close)], open, 0, close, TimeSpan.FromHours(9));
    }

    private static Tick[] RandomTicks(Random random, LiveUniverse universe)
    {
        var session = universe.Session;
        var count = random.Next(500, 5_000);
        var start = session.OpenUtc - TimeSpan.TicksPerMinute;
        var step = (session.CloseUtc + TimeSpan.TicksPerMinute - start) / count;
        var prices = universe.Instruments.Select(i => i.BasePrice).ToArray();
        var ticks = new List<Tick>(count + 64);
        var time = start;
        while (ticks.Count < count)
        {
            time += random.NextInt64(0, 2 * step);
            var i = random.Next(prices.Length);
            var roll = random.Next(100);
            if (session.MorningCloseUtc != 0 && time > session.MorningCloseUtc && time < session.Windows[1].StartUtc && random.Next(4) == 0)
            {
                ticks.Add(Tick.Clock(time));
                continue;
            }

            if (roll < 5 && ticks.Count > 0)
            {
                ticks.Add(ticks[^1]);
                continue;
            }

            var at = roll switch
            {
                < 9 => time - random.NextInt64(1, 10 * TimeSpan.TicksPerSecond), // out of order or stale
                _ => time,
            };
            prices[i] = Math.Max(1, prices[i] + (random.Next(10) == 0 ? random.Next(-50_000, 50_000) : random.Next(-30, 31)));
            ticks.Add(roll switch
            {
                < 60 => Tick.Trade(at, i, prices[i], random.Next(1, 10) * 100),
                < 70 => Tick.SpecialQuote(at, i, random.Next(5) == 0 ? 0 : prices[i], random.Next(2) == 0 ? TickFlags.Bid : TickFlags.Ask),
                < 80 => Tick.Quote(at, i, prices[i], 100, TickFlags.Bid),
                < 84 => new Tick(at, 0, 0, i, TickKind.Status, random.Next(2) == 0 ? TickFlags.Halt : TickFlags.Resume),
                < 87 => Tick.Trade(at, i, prices[i], 100, TickFlags.Suspicious),
                < 89 => Tick.Clock(at),
                _ => Tick.Trade(at, i, prices[i], 100, random.Next(10) == 0 ? TickFlags.Auction : TickFlags.None),
            });
        }

        return [.. ticks];
    }

    private readonly record struct Event(int Index, long Time, Int128 Sum, SnapshotKind Kind, long Step);

    private sealed class EventLog : ISnapshotSink
    {
        public List<Event> Events { get; } = [];

        public void OnSnapshot(in IndexSnapshot snapshot) =>
            Events.Add(new Event(snapshot.Index, snapshot.TimeUtc, snapshot.WeightedSum, snapshot.Kind, 0));

        public void OnBoundary(in CadenceBoundary boundary) =>
            Events.Add(new Event(-1, boundary.TimeUtc, 0, SnapshotKind.None, boundary.CadenceTicks));
    }
}
