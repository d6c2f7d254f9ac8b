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
}
