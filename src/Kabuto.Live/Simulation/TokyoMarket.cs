using Kabuto.Core.Market;
using Kabuto.Live.Universe;

namespace Kabuto.Live.Simulation;

/// <summary>A seeded, made-up Tokyo market: listed stocks with TSE 33 sectors and size classes, a Nikkei-225-like
/// price-weighted index (225 members, factors in 0.1 steps), a TOPIX-like cap-weighted index, its 33 sector indices
/// and the size indices (Core30, Large70, TOPIX100, Mid400, TOPIX500, Small): 41 indices. Same seed, same market.</summary>
public sealed class TokyoMarket
{
    public const int PriceScale = 10;
    public const string Core30 = "TOPIX-CORE30";
    public const string Large70 = "TOPIX-LARGE70";
    public const string Topix100 = "TOPIX100";
    public const string Mid400 = "TOPIX-MID400";
    public const string Topix500 = "TOPIX500";
    public const string Small = "TOPIX-SMALL";

    private static readonly string[] Houses =
    [
        "Asahi", "Aoba", "Chiyoda", "Daito", "Fuji", "Hakuho", "Hinode", "Hokuto", "Kaiyo", "Kanto", "Kasumi", "Kiwa",
        "Kohoku", "Meisei", "Midori", "Minato", "Nakamura", "Nishiki", "Ohara", "Raiden", "Sakura", "Sanwa", "Seiryu",
        "Shinsei", "Showa", "Taisei", "Takumi", "Tenryu", "Toho", "Tokai", "Wakaba", "Yamato", "Yotsuba", "Zuiho",
        "Akebono", "Hikari", "Kotobuki", "Mizuho", "Nanko", "Seiwa", "Tsubasa", "Umeda", "Kabuto", "Hoshino", "Izumi",
    ];

    private static readonly string[] Suffixes = ["", " Holdings", " Group", " Industries", " Corporation", " & Co."];

    private TokyoMarket(LiveUniverse universe, SimulatedStock[] stocks, int noTradeMember)
    {
        Universe = universe;
        Stocks = stocks;
        NoTradeMember = noTradeMember;
    }

    public LiveUniverse Universe { get; }

    /// <summary>Per-stock model parameters, by instrument ordinal.</summary>
    public IReadOnlyList<SimulatedStock> Stocks { get; }

    /// <summary>The Nikkei member that never trades all day (it contributes its base price).</summary>
    public int NoTradeMember { get; }

    /// <summary>The market of a seed. <paramref name="previousCloses"/> (index id → level, e.g. the store's real N225 and
    /// TOPIX closes of the session before <paramref name="date"/>) anchors those indices' starting levels; the other
    /// indices and every draw of the seed stay as they are.</summary>
    public static TokyoMarket Create(int seed, DateOnly date, int stockCount = 2_200, IReadOnlyDictionary<string, decimal>? previousCloses = null)
    {
        if (stockCount < 60)
        {
            throw new ArgumentOutOfRangeException(nameof(stockCount), stockCount, "a simulated Tokyo market needs at least 60 stocks");
        }

        var random = new Random(seed);
        var sectors = TseSectors.All;
        var sectorWeights = sectors.Select(s => (double)s.Listings).ToArray();
        var sectorPick = new AliasTable(sectorWeights);
        var drafts = new List<(int Sector, double Price, double Cap, double Ffw, double Beta, double Order)>();
        for (var i = 0; i < stockCount; i++)
        {
            var sector = sectorPick.Sample(random);
            var price = Math.Clamp(Math.Exp(Math.Log(1_500) + (0.9 * Gaussian(random))), 60, 75_000);
            var cap = Math.Exp(Math.Log(6e10) + (1.5 * Gaussian(random)));
            var ffw = Math.Round((0.25 + (0.75 * random.NextDouble())) * 20) / 20;
            var beta = Math.Clamp(1 + (0.3 * Gaussian(random)), 0.3, 2.0);
            drafts.Add((sector, price, cap, ffw, beta, random.NextDouble()));
        }

        // Codes follow sector order, like TSE codes roughly do.
        drafts = [.. drafts.OrderBy(d => d.Sector).ThenBy(d => d.Order)];
        var capRank = Enumerable.Range(0, stockCount).OrderByDescending(i => drafts[i].Cap * drafts[i].Ffw).ToArray();
        var rankOf = new int[stockCount];
        for (var r = 0; r < stockCount; r++)
        {
            rankOf[capRank[r]] = r;
        }

        var step = Math.Max(1, 8_600 / stockCount);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var instruments = new LiveInstrument[stockCount];
        var stocks = new SimulatedStock[stockCount];
        for (var i = 0; i < stockCount; i++)
        {
            var d = drafts[i];
            var topix500 = rankOf[i] < 500;
            var basePrice = TseTickSize.Round(d.Price, topix500);
            var shares = (long)Math.Max(1_000, d.Cap / d.Price);
            var floatShares = Math.Max(100, (long)Math.Round(shares * d.Ffw));
            var code = (1301 + (i * step)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            instruments[i] = new LiveInstrument(code, UniqueName(random, names, sectors[d.Sector].Noun), sectors[d.Sector].Code, basePrice);
            stocks[i] = new SimulatedStock(d.Sector, floatShares, d.Beta, Math.Pow(d.Cap * d.Ffw, 0.55), topix500, rankOf[i]);
        }

        var nikkei = PickNikkei(random, instruments, capRank, Anchor(previousCloses, IndexIds.N225));
        var indices = new List<LiveIndex> { nikkei };
        indices.Add(CapIndex(random, IndexIds.Topix, "TOPIX (simulated)", Enumerable.Range(0, stockCount), instruments, stocks, 100m, 2_400, 3_200, TimeSpan.FromSeconds(1), Anchor(previousCloses, IndexIds.Topix)));
        for (var s = 0; s < sectors.Count; s++)
        {
            var sector = s;
            var members = Enumerable.Range(0, stockCount).Where(i => stocks[i].Sector == sector).ToList();
            if (members.Count == 0)
            {
                members.Add(capRank[capRank.Length - 1 - s]);
            }

            indices.Add(CapIndex(random, "TOPIX-" + sectors[s].Code, sectors[s].Name, members, instruments, stocks, 100m, 150, 6_000, TimeSpan.FromSeconds(1)));
        }

        indices.Add(CapIndex(random, Core30, "TOPIX Core30 (simulated)", capRank.Take(30), instruments, stocks, 1_000m, 1_000, 3_000, TimeSpan.FromSeconds(1)));
        indices.Add(CapIndex(random, Large70, "TOPIX Large70 (simulated)", capRank.Skip(30).Take(70), instruments, stocks, 1_000m, 1_000, 3_000, TimeSpan.FromSeconds(1)));
        indices.Add(CapIndex(random, Topix100, "TOPIX 100 (simulated)", capRank.Take(100), instruments, stocks, 1_000m, 1_000, 3_000, TimeSpan.FromSeconds(1)));
        indices.Add(CapIndex(random, Mid400, "TOPIX Mid400 (simulated)", capRank.Skip(100).Take(400), instruments, stocks, 1_000m, 1_000, 3_000, TimeSpan.FromSeconds(1)));
        indices.Add(CapIndex(random, Topix500, "TOPIX 500 (simulated)", capRank.Take(500), instruments, stocks, 1_000m, 1_000, 3_000, TimeSpan.FromSeconds(1)));
        indices.Add(CapIndex(random, Small, "TOPIX Small (simulated)", capRank.Skip(500), instruments, stocks, 1_000m, 1_000, 3_000, TimeSpan.FromSeconds(1)));
        var noTrade = nikkei.Members[random.Next(nikkei.Members.Count)].Instrument;
        var universe = new LiveUniverse("tokyo", instruments, indices, PriceScale, TickSession.Tokyo(date));
        return new TokyoMarket(universe, stocks, noTrade);
    }

    // 225 members (fewer in a small test market): the 120 largest plus 105 drawn from the next 380. Factor 1.0 by default; a high price gets a
    // factor below 1 in 0.1 steps, truncated (methodology 1.3); some get legacy factors above 1 (50 / presumed par).
    private static decimal? Anchor(IReadOnlyDictionary<string, decimal>? previousCloses, string id) =>
        previousCloses is not null && previousCloses.TryGetValue(id, out var level) && level > 0 ? level : null;

    private static LiveIndex PickNikkei(Random random, LiveInstrument[] instruments, int[] capRank, decimal? anchor)
    {
        var count = Math.Min(225, capRank.Length / 2);
        var top = count * 120 / 225;
        var pool = capRank.Skip(top).Take(Math.Min(380, capRank.Length - top)).OrderBy(_ => random.Next()).Take(count - top);
        var chosen = capRank.Take(top).Concat(pool).Order().ToList();
        var members = new List<IndexMember>();
        foreach (var i in chosen)
        {
            var yen = instruments[i].BasePrice / (double)PriceScale;
            long factorTenths = 10;
            if (yen > 8_000)
            {
                factorTenths = Math.Max(1, (long)Math.Floor(8_000 / yen * 10));
            }
            else if (random.NextDouble() < 0.15)
            {
                factorTenths = new long[] { 20, 30, 50, 60 }[random.Next(4)];
            }

            members.Add(new IndexMember(i, factorTenths));
        }

        var sum = members.Sum(m => (decimal)instruments[m.Instrument].BasePrice / PriceScale * m.Weight / LiveIndex.FactorScale);
        var invented = 36_000m + random.Next(0, 8_000);
        var target = anchor ?? invented;
        var divisor = Math.Round(sum / target, 8, MidpointRounding.AwayFromZero);
        return LiveIndex.PriceWeighted(IndexIds.N225, "Nikkei 225 (simulated)", members, divisor, PriceScale, TimeSpan.FromSeconds(5));
    }

    private static LiveIndex CapIndex(
        Random random, string id, string name, IEnumerable<int> memberOrdinals, LiveInstrument[] instruments, SimulatedStock[] stocks,
        decimal baseLevel, int minLevel, int maxLevel, TimeSpan cadence, decimal? anchor = null)
    {
        var members = memberOrdinals.Order().Select(i => new IndexMember(i, stocks[i].FloatShares)).ToList();
        if (members.Count == 0)
        {
            // Only in a tiny test market: keep every index non-empty.
            members.Add(new IndexMember(instruments.Length - 1, stocks[^1].FloatShares));
        }

        var marketValue = members.Sum(m => (decimal)instruments[m.Instrument].BasePrice / PriceScale * m.Weight);
        decimal invented = random.Next(minLevel, maxLevel);
        var target = anchor ?? invented;
        var baseMarketValue = Math.Max(1m, Math.Round(marketValue * baseLevel / target, 0, MidpointRounding.AwayFromZero));
        return LiveIndex.CapWeighted(id, name, members, baseMarketValue, baseLevel, PriceScale, cadence);
    }

    private static string UniqueName(Random random, HashSet<string> taken, string noun)
    {
        for (var attempt = 0; ; attempt++)
        {
            var house = Houses[random.Next(Houses.Length)];
            var suffix = attempt < 20 ? Suffixes[random.Next(Suffixes.Length)] : $" {attempt}";
            var name = $"{house} {noun}{suffix}";
            if (taken.Add(name))
            {
                return name;
            }
        }
    }

    internal static double Gaussian(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}

/// <summary>Model parameters of one simulated stock: sector ordinal (into TseSectors.All), float-adjusted shares,
/// beta to the market factor, trading activity weight, TOPIX500 membership (tick table) and float-cap rank.</summary>
public sealed record SimulatedStock(int Sector, long FloatShares, double Beta, double Activity, bool Topix500, int CapRank);
