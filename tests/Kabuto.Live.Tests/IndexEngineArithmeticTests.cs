using Kabuto.Live.Engine;
using Kabuto.Live.Ticks;
using Kabuto.Live.Universe;

namespace Kabuto.Live.Tests;

/// <summary>The slot update takes a 64-bit product when |delta| × the largest weight fits, the 128-bit one otherwise;
/// both must give the exact sum.</summary>
public sealed class IndexEngineArithmeticTests
{
    [Theory]
    [InlineData(1_000L, 10_001L)]                    // narrow: 1,000 × 1 fits in 64 bits
    [InlineData(1L << 40, (1L << 40) + 12_345L)]     // wide: 2^40 × ~2^40 does not
    public void Apply_PriceMove_WeightedSumIsTheExactProductSum(long weight, long newPrice)
    {
        var instruments = new[] { new LiveInstrument("1", "A", "3650", 10_000), new LiveInstrument("2", "B", "3650", 20_000) };
        var index = LiveIndex.CapWeighted("X", "X", [new IndexMember(0, weight), new IndexMember(1, 3)], 1m, 1m, 10, TimeSpan.FromSeconds(1));
        var universe = new LiveUniverse("tokyo", instruments, [index], 10, TickSession.Tokyo(TinyMarket.Date));
        var engine = new IndexEngine(universe, new CountingSink());

        engine.Apply(TinyMarket.Trade(1, 0, newPrice));
        engine.Apply(TinyMarket.Trade(2, 0, 9_999));

        Assert.Equal(((Int128)weight * 9_999) + (3 * 20_000), engine.WeightedSum(0));
        Assert.Equal(((Int128)weight * Math.Max(newPrice, 10_000)) + (3 * 20_000), (Int128)(engine.TickHigh(0) * 10));
    }

    // Weights near 2^31 and moves near 2^30 push an index's 64-bit move past 2^62 every few ticks, so the fold into the
    // 128-bit origin runs hundreds of times; sum, high and low must still equal a plain Int128 twin after every tick.
    [Fact]
    public void Apply_MovesPastTheFoldLimit_SumHighAndLowEqualA128BitTwin()
    {
        var random = new Random(15);
        var instruments = Enumerable.Range(0, 4).Select(i => new LiveInstrument($"{i}", $"S{i}", "3650", 1L << 32)).ToArray();
        long[] weights = [(1L << 31) - 1, 1L << 30, 3, (1L << 31) - 7];
        var index = LiveIndex.CapWeighted("X", "X", [.. weights.Select((w, i) => new IndexMember(i, w))], 1m, 1m, 10, TimeSpan.FromSeconds(1));
        var universe = new LiveUniverse("tokyo", instruments, [index], 10, TickSession.Tokyo(TinyMarket.Date));
        var engine = new IndexEngine(universe, new CountingSink());
        var prices = instruments.Select(i => i.BasePrice).ToArray();
        Int128 Sum() => weights.Select((w, i) => (Int128)w * prices[i]).Aggregate(Int128.Zero, (a, b) => a + b);
        Int128 high = Int128.MinValue, low = Int128.MaxValue;
        for (var n = 0; n < 2_000; n++)
        {
            var i = random.Next(4);
            prices[i] = Math.Clamp(prices[i] + random.NextInt64(-(1L << 30), 1L << 30), 1, long.MaxValue / 4);
            engine.Apply(TinyMarket.Trade(1 + (n * 0.001), i, prices[i]));
            var sum = Sum();
            (high, low) = (Int128.Max(high, sum), Int128.Min(low, sum));
            Assert.Equal(sum, engine.WeightedSum(0));
        }

        Assert.Equal(index.LevelOf(high), engine.TickHigh(0));
        Assert.Equal(index.LevelOf(low), engine.TickLow(0));
    }
}
