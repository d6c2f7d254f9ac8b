using Kabuto.Core.Indexing;

namespace Kabuto.Core.Tests.Indexing;

/// <summary>Seeded random properties: the incremental calculator equals its naive twin, contributions plus residual
/// equal the move, and every replayed adjustment is continuous up to the provider's divisor rounding.</summary>
public sealed class EnginePropertyTests
{
    [Fact]
    public void Update_RandomTicks_IncrementalEqualsNaive()
    {
        var random = new RandomIndices(seed: 20110311);
        for (var trial = 0; trial < 2000; trial++)
        {
            var state = random.State(random.AnyMethodology(), random.Next(40) + 1);
            var prices = random.Prices(state.Count);
            var incremental = new IncrementalIndex(state, prices);

            for (var tick = 0; tick < 25; tick++)
            {
                var ordinal = random.Next(state.Count);
                prices[ordinal] = random.Near(prices[ordinal]);
                incremental.Update(ordinal, prices[ordinal]);

                Assert.Equal(NaiveIndex.Level(state, prices), incremental.Level);
            }
        }
    }

    [Fact]
    public void Between_RandomMoves_PointsPlusResidualEqualChangeExactly()
    {
        var random = new RandomIndices(seed: 19500907);
        for (var trial = 0; trial < 2000; trial++)
        {
            var state = random.State(random.AnyMethodology(), random.Next(100) + 1);
            var from = random.Prices(state);
            var to = from.ToDictionary(p => p.Key, p => random.Near(p.Value), StringComparer.Ordinal);

            var attribution = Attribution.Between(state, from, to);

            Assert.Equal(attribution.LevelTo - attribution.LevelFrom, attribution.Members.Sum(m => m.Points) + attribution.ResidualPoints);
            Assert.True(Math.Abs(attribution.ResidualPoints) < 1e-12m, $"trial {trial}: residual {attribution.ResidualPoints} with no divisor change");
        }
    }

    [Fact]
    public void Replay_RandomEventLogs_EveryAdjustmentIsContinuous()
    {
        var random = new RandomIndices(seed: 18960526);
        for (var trial = 0; trial < 400; trial++)
        {
            var definition = random.DefinitionWithEvents(days: 8);

            foreach (var adjustment in EventReplay.Replay(definition, null, random.Close))
            {
                var gap = Math.Abs(adjustment.LevelAfter - adjustment.LevelBefore);
                Assert.True(gap <= Tolerance(adjustment), $"trial {trial}, {adjustment.Date}: {adjustment.LevelBefore} -> {adjustment.LevelAfter}");
            }
        }
    }

    [Fact]
    public void Across_RandomEventLogs_NoPriceMoveMeansResidualOnly()
    {
        var random = new RandomIndices(seed: 19680104);
        for (var trial = 0; trial < 400; trial++)
        {
            var definition = random.DefinitionWithEvents(days: 5);

            foreach (var adjustment in EventReplay.Replay(definition, null, random.Close))
            {
                var attribution = Attribution.Across(adjustment, adjustment.BasePrices);

                Assert.All(attribution.Members, m => Assert.Equal(0m, m.Points));
                Assert.Equal(attribution.Change, attribution.ResidualPoints);
            }
        }
    }

    [Fact]
    public void Reset_AfterRandomAdjustments_IncrementalEqualsNaiveOnNewBasket()
    {
        var random = new RandomIndices(seed: 20201001);
        for (var trial = 0; trial < 300; trial++)
        {
            var definition = random.DefinitionWithEvents(days: 4);
            var initial = IndexState.Initial(definition);
            var incremental = new IncrementalIndex(initial, random.Prices(initial.Count));

            foreach (var adjustment in EventReplay.Replay(definition, null, random.Close))
            {
                var prices = adjustment.After.Codes.Select(c => adjustment.BasePrices[c]).ToArray();
                incremental.Reset(adjustment.After, prices);
                var ordinal = random.Next(prices.Length);
                prices[ordinal] = random.Near(prices[ordinal]);
                incremental.Update(ordinal, prices[ordinal]);

                Assert.Equal(NaiveIndex.Level(adjustment.After, prices), incremental.Level);
            }
        }
    }

    [Fact]
    public void Update_SteadyState_AllocatesNothing()
    {
        var random = new RandomIndices(seed: 225);
        var state = random.State(Methodology.Nikkei225, 225);
        var prices = random.Prices(state.Count);
        var incremental = new IncrementalIndex(state, prices);
        incremental.Update(0, prices[0]);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var tick = 0; tick < 10_000; tick++)
        {
            incremental.Update(tick % 225, prices[tick % 225] + (tick % 7));
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    /// <summary>Exact arithmetic leaves ~1e-20 relative; a rounded divisor moves the level by at most
    /// level × half a unit of its last place / divisor.</summary>
    private static decimal Tolerance(Adjustment adjustment)
    {
        var level = Math.Abs(adjustment.LevelBefore);
        var arithmetic = (level * 1e-18m) + 1e-18m;
        var probe = adjustment.After.Methodology.DivisorRounding.Apply(1.123456789012345678m, adjustment.Date);
        var decimals = probe.Scale;
        var rounding = decimals >= 18 ? 0m : level * 0.5m * (decimal)Math.Pow(10, -decimals) / adjustment.After.Divisor;
        return arithmetic + rounding;
    }
}
