using Kabuto.Live.Universe;

namespace Kabuto.Live.Simulation;

/// <summary>The kinds of basket in the custom index set.</summary>
public enum BasketFamily
{
    /// <summary>A sector's largest members (by float cap), equal weight at base prices.</summary>
    SectorEqualWeight,

    /// <summary>A sector's largest members, float-cap weighted with a cap per member.</summary>
    SectorCapped,

    /// <summary>A band of consecutive float-cap ranks, float-cap weighted.</summary>
    SizeBand,

    /// <summary>A seeded draw from the whole universe, equal weight.</summary>
    EqualWeight,

    /// <summary>A seeded draw from the whole universe, float-cap weighted with a cap per member.</summary>
    Capped,
}

/// <summary>One custom basket: its definition as the engine runs it, its family and its cap (1 for uncapped).</summary>
public sealed record CustomBasket(LiveIndex Index, BasketFamily Family, decimal Cap);

/// <summary>Many custom indices over a simulated TSE universe, the way index teams run them (thematic and client
/// baskets beside the official families): sector equal-weight and capped baskets, size bands, equal-weight and capped
/// draws. Each is cap-weighted in the engine's terms, Σ(price × shares) / base market value × 1,000, with integer
/// shares chosen so that the members' base-price weights are the basket's target weights (equal, or float cap with a
/// cap, the excess spread pro rata); every basket starts at 1,000.00. Baskets have 20–50 members (a sector basket
/// fewer when its sector is smaller), like the client baskets they stand for, so a stock's number of indices grows with the set, not with the universe. Same market,
/// same count, same seed: the same set.</summary>
public static class CustomIndexSet
{
    public const decimal BaseLevel = 1_000m;

    // Base notional per basket in currency: large enough that rounding shares to integers moves a weight by < 1e-6 of itself.
    private const decimal Notional = 1_000_000_000_000m;

    public static IReadOnlyList<CustomBasket> Create(TokyoMarket market, int count, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(market);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var random = new Random(seed);
        var stocks = market.Stocks;
        var universe = market.Universe;
        var byCap = Enumerable.Range(0, stocks.Count).OrderBy(i => stocks[i].CapRank).ToArray();
        var sectors = Enumerable.Range(0, TseSectors.All.Count)
            .Select(s => byCap.Where(i => stocks[i].Sector == s).ToArray())
            .Where(members => members.Length >= 5)
            .ToArray();
        var families = Enum.GetValues<BasketFamily>();
        var baskets = new List<CustomBasket>(count);
        for (var n = 0; n < count; n++)
        {
            var family = families[n % families.Length];
            var round = n / families.Length;
            var size = random.Next(20, 51);
            var bandStart = round * 25 % Math.Max(1, byCap.Length - size);
            var (members, label) = family switch
            {
                BasketFamily.SectorEqualWeight => Sector(sectors, round, size, "equal-weight top"),
                BasketFamily.SectorCapped => Sector(sectors, round + 7, size, "capped top"),
                BasketFamily.SizeBand => (byCap.Skip(bandStart).Take(size).ToArray(), $"size band from rank {bandStart + 1},"),
                BasketFamily.EqualWeight => (Draw(random, byCap.Length, size), "equal-weight draw of"),
                _ => (Draw(random, byCap.Length, size), "capped draw of"),
            };

            // A cap between 2 and 4 times equal weight: binding for the largest names, always feasible.
            var cap = family is BasketFamily.SectorCapped or BasketFamily.Capped
                ? Math.Round((2m + random.Next(0, 3)) / members.Length, 4, MidpointRounding.ToZero)
                : 1m;

            var equal = family is BasketFamily.SectorEqualWeight or BasketFamily.EqualWeight;
            var targets = equal
                ? members.Select(_ => 1m / members.Length).ToArray()
                : CappedWeights(members.Select(i => (decimal)stocks[i].FloatShares * universe.Instruments[i].BasePrice).ToArray(), cap);
            var id = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"CX{n + 1:D5}");
            var sector = family is BasketFamily.SectorEqualWeight or BasketFamily.SectorCapped
                ? TseSectors.All[stocks[members[0]].Sector].Name + " " : "";
            var name = $"{sector}{label} {members.Length} (simulated custom)";
            baskets.Add(new CustomBasket(Compile(id, name, members, targets, universe), family, cap));
        }

        return baskets;
    }

    /// <summary>The market's own indices (N225, TOPIX, sectors, sizes; the first <paramref name="count"/> of them) and
    /// custom baskets after them up to <paramref name="count"/>.</summary>
    public static LiveUniverse Universe(TokyoMarket market, int count, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(market);
        var standard = market.Universe.Indices;
        var indices = count <= standard.Count
            ? standard.Take(count).ToList()
            : [.. standard, .. Create(market, count - standard.Count, seed).Select(b => b.Index)];
        return market.Universe with { Indices = indices };
    }

    /// <summary>Each member's weight at base prices: price × shares over the basket's base market value.</summary>
    public static decimal[] BaseWeights(LiveIndex index, LiveUniverse universe)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(universe);
        var values = index.Members.Select(m => (decimal)universe.Instruments[m.Instrument].BasePrice * m.Weight).ToArray();
        var total = values.Sum();
        return [.. values.Select(v => v / total)];
    }

    /// <summary>Weights proportional to <paramref name="values"/>, none above <paramref name="cap"/>: capped members
    /// are set to the cap and the excess is spread pro rata over the rest, until none is above it.</summary>
    public static decimal[] CappedWeights(decimal[] values, decimal cap)
    {
        ArgumentNullException.ThrowIfNull(values);
        var weights = new decimal[values.Length];
        var capped = new bool[values.Length];
        while (true)
        {
            var free = 1m - (capped.Count(c => c) * cap);
            var freeValue = values.Where((_, i) => !capped[i]).Sum();
            var changed = false;
            for (var i = 0; i < values.Length; i++)
            {
                weights[i] = capped[i] ? cap : values[i] / freeValue * free;
                if (!capped[i] && weights[i] > cap)
                {
                    capped[i] = true;
                    changed = true;
                }
            }

            if (!changed)
            {
                return weights;
            }
        }
    }

    private static (int[] Members, string Label) Sector(int[][] sectors, int round, int size, string label)
    {
        var members = sectors[round % sectors.Length];
        return (members.Take(size).ToArray(), label);
    }

    private static int[] Draw(Random random, int universeSize, int size)
    {
        var chosen = new HashSet<int>();
        while (chosen.Count < Math.Min(size, universeSize))
        {
            chosen.Add(random.Next(universeSize));
        }

        return [.. chosen.Order()];
    }

    // Shares so that price × shares is the target weight of the notional; the base market value is the exact value of
    // those integer shares, so the basket starts at exactly 1,000.
    private static LiveIndex Compile(string id, string name, int[] members, decimal[] targets, LiveUniverse universe)
    {
        var scale = universe.PriceScale;
        var slots = new List<IndexMember>(members.Length);
        var marketValue = 0m;
        for (var k = 0; k < members.Length; k++)
        {
            var price = (decimal)universe.Instruments[members[k]].BasePrice / scale;
            var shares = Math.Max(1L, (long)Math.Round(Notional * targets[k] / price, MidpointRounding.AwayFromZero));
            slots.Add(new IndexMember(members[k], shares));
            marketValue += price * shares;
        }

        slots.Sort((a, b) => a.Instrument.CompareTo(b.Instrument));
        return LiveIndex.CapWeighted(id, name, slots, marketValue, BaseLevel, scale, TimeSpan.FromSeconds(1));
    }
}
