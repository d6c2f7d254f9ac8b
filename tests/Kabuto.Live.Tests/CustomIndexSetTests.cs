using Kabuto.Live.Engine;
using Kabuto.Live.Simulation;
using Kabuto.Live.UseCases;

namespace Kabuto.Live.Tests;

public sealed class CustomIndexSetTests
{
    private static readonly TokyoMarket Market = TokyoMarket.Create(11, TinyMarket.Date, stockCount: 600);

    private static readonly IReadOnlyList<CustomBasket> Set = CustomIndexSet.Create(Market, 200);

    [Fact]
    public void Create_EveryBasket_WeightsSumToOneAndStartsAtItsBaseLevel()
    {
        var universe = Market.Universe with { Indices = [.. Set.Select(b => b.Index)] };
        var engine = new IndexEngine(universe, new CountingSink());

        for (var x = 0; x < Set.Count; x++)
        {
            Assert.Equal(1m, Math.Round(CustomIndexSet.BaseWeights(Set[x].Index, universe).Sum(), 20));
            Assert.Equal(CustomIndexSet.BaseLevel, engine.BaseLevel(x));
        }
    }

    [Fact]
    public void Create_EqualWeightBaskets_MembersWeighTheSameAtBasePrices()
    {
        foreach (var basket in Set.Where(b => b.Family is BasketFamily.SectorEqualWeight or BasketFamily.EqualWeight))
        {
            var weights = CustomIndexSet.BaseWeights(basket.Index, Market.Universe);
            var equal = 1m / weights.Length;
            Assert.All(weights, w => Assert.InRange(Math.Abs(w - equal) / equal, 0m, 1e-5m));
        }
    }

    [Fact]
    public void Create_CappedBaskets_NoMemberAboveTheCapAndTheCapBinds()
    {
        var capped = Set.Where(b => b.Family is BasketFamily.SectorCapped or BasketFamily.Capped).ToList();
        var binding = 0;
        foreach (var basket in capped)
        {
            var weights = CustomIndexSet.BaseWeights(basket.Index, Market.Universe);
            Assert.All(weights, w => Assert.True(w <= basket.Cap * 1.0001m, $"{basket.Index.Id}: weight {w} above cap {basket.Cap}"));
            binding += weights.Max() >= basket.Cap * 0.9999m ? 1 : 0;
        }

        Assert.True(binding > capped.Count / 2, $"the cap binds in only {binding} of {capped.Count} capped baskets");
    }

    [Fact]
    public void CappedWeights_LargestAboveCap_CapsItAndSpreadsTheExcessProRata()
    {
        var weights = CustomIndexSet.CappedWeights([50m, 30m, 10m, 10m], 0.4m);

        Assert.Equal([0.4m, 0.36m, 0.12m, 0.12m], weights.Select(w => Math.Round(w, 10)));
    }

    [Fact]
    public void Create_SameMarketCountAndSeed_SameSetOfEveryFamilyWith20To50Members()
    {
        var again = CustomIndexSet.Create(Market, 200);

        Assert.Equal(Set.Select(b => b.Index.Members), again.Select(b => b.Index.Members), new MembersComparer());
        Assert.Equal(Enum.GetValues<BasketFamily>(), Set.Select(b => b.Family).Distinct().Order());
        // A sector basket holds the whole sector when it is smaller (sectors under 5 listings are left out).
        Assert.All(Set, b => Assert.InRange(b.Index.Members.Count, b.Family is BasketFamily.SectorEqualWeight or BasketFamily.SectorCapped ? 5 : 20, 50));
        Assert.All(Set, b => Assert.Equal(b.Index.Members.Count, b.Index.Members.Select(m => m.Instrument).Distinct().Count()));
        Assert.Equal(Set.Count, Set.Select(b => b.Index.Id).Distinct().Count());
    }

    [Theory]
    [InlineData(40, 40, 0)]
    [InlineData(41, 41, 0)]
    [InlineData(100, 41, 59)]
    public void Universe_Count_MarketIndicesFirstThenCustomBaskets(int count, int standard, int custom)
    {
        var universe = CustomIndexSet.Universe(Market, count);

        Assert.Equal(count, universe.Indices.Count);
        Assert.Equal(Market.Universe.Indices.Take(standard), universe.Indices.Take(standard));
        Assert.Equal(custom, universe.Indices.Count(i => i.Id.StartsWith("CX", StringComparison.Ordinal)));
    }

    [Fact]
    public void BenchWorkload_Mixes_WorstCaseMovesEveryTickRealisticItsShareWithinTheSessionSeconds()
    {
        var workload = BenchWorkload.Create(new BenchWorkloadOptions { Instruments = 300, Indices = 60, Ticks = 40_000, SessionSeconds = 600, PriceChangeShare = 0.3 });
        var session = workload.Universe.Session;
        var engine = new IndexEngine(workload.Universe, new CountingSink());
        var realistic = new IndexEngine(workload.Universe, new CountingSink());

        engine.Apply(workload.WorstCase);
        realistic.Apply(workload.Realistic);

        Assert.InRange(workload.WorstCase.Length, 39_000, 40_000);
        Assert.Equal(workload.WorstCase.Length, engine.Counts.PriceChanges);
        Assert.InRange((double)realistic.Counts.PriceChanges / workload.Realistic.Length, 0.29, 0.31);
        Assert.All(workload.WorstCase, t => Assert.InRange(t.TimeUtc, session.OpenUtc, session.OpenUtc + (600 * TimeSpan.TicksPerSecond)));
        Assert.Equal(workload.WorstCase.Select(t => (t.TimeUtc, t.Instrument)), workload.Realistic.Select(t => (t.TimeUtc, t.Instrument)));
    }

    private sealed class MembersComparer : IEqualityComparer<IReadOnlyList<Universe.IndexMember>>
    {
        public bool Equals(IReadOnlyList<Universe.IndexMember>? x, IReadOnlyList<Universe.IndexMember>? y) =>
            x is not null && y is not null && x.SequenceEqual(y);

        public int GetHashCode(IReadOnlyList<Universe.IndexMember> obj) => obj.Count;
    }
}
