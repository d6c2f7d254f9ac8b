using Kabuto.Core.Indexing;

namespace Kabuto.Core.Tests.Indexing;

/// <summary>Seeded random baskets, prices and event logs for the property tests: every methodology, member factors
/// and share counts of realistic sizes, prices on a 0.01 tick.</summary>
internal sealed class RandomIndices(int seed)
{
    private static readonly Methodology[] Methodologies =
    [
        Methodology.Dow,
        Methodology.Nikkei225,
        Methodology.Nikkei225 with { DivisorRounding = DivisorRounding.None },
        Methodology.Topix,
        new(Weighting.CappedCapWeighted, SplitPolicy.AdjustFactor, DivisorRounding.None) { WeightCap = 0.2m },
        new(Weighting.EqualWeighted, SplitPolicy.AdjustFactor, DivisorRounding.None),
    ];

    private readonly Random _random = new(seed);
    private readonly Dictionary<(string Code, DateOnly Date), decimal> _closes = [];
    private int _nextCode;

    public Methodology AnyMethodology() => Methodologies[_random.Next(Methodologies.Length)];

    public MemberSpec Member(Methodology methodology)
    {
        var code = $"M{_nextCode++}";
        return methodology.IsPriceWeighted
            ? new MemberSpec(code) { Factor = _random.Next(1, 101) / 10m, CappingRatio = _random.Next(4) == 0 ? _random.Next(7, 10) / 10m : 1m }
            : new MemberSpec(code) { Shares = _random.Next(1, 1_000_000), FreeFloat = _random.Next(1, 21) * 0.05m };
    }

    public IndexState State(Methodology methodology, int count) =>
        new(methodology, null, Enumerable.Range(0, count).Select(_ => Member(methodology)).ToList(), Divisor(methodology));

    public decimal Divisor(Methodology methodology) =>
        methodology.IsPriceWeighted ? _random.Next(1, 400_000) / 10_000m : _random.Next(1, 1_000_000) * 1000m;

    public decimal Price() => _random.Next(100, 500_000) / 100m;

    public decimal Near(decimal price) => Math.Max(0.01m, price + (_random.Next(-500, 501) / 100m));

    public int Next(int max) => _random.Next(max);

    public decimal[] Prices(int count) => Enumerable.Range(0, count).Select(_ => Price()).ToArray();

    public Dictionary<string, decimal> Prices(IndexState state) => state.Codes.ToDictionary(c => c, _ => Price(), StringComparer.Ordinal);

    /// <summary>A member's close on the day before <paramref name="date"/>, fixed once drawn.</summary>
    public decimal? Close(string code, DateOnly date)
    {
        if (!_closes.TryGetValue((code, date), out var price))
        {
            price = Price();
            _closes[(code, date)] = price;
        }

        return price;
    }

    /// <summary>A definition with a valid random event log (1-3 events per day, memberships tracked).</summary>
    public IndexDefinition DefinitionWithEvents(int days)
    {
        var methodology = AnyMethodology();
        var members = Enumerable.Range(0, _random.Next(5, 25)).Select(_ => Member(methodology)).ToList();
        var codes = members.Select(m => m.Code).ToList();
        var events = new List<IndexEvent>();
        var date = new DateOnly(2023, 1, 2);
        for (var day = 0; day < days; day++)
        {
            date = date.AddDays(1);
            for (var n = _random.Next(1, 4); n > 0; n--)
            {
                events.Add(Event(methodology, date, codes));
            }
        }

        return new IndexDefinition($"random-{seed}", methodology, members, Divisor(methodology), events);
    }

    private IndexEvent Event(Methodology methodology, DateOnly date, List<string> codes)
    {
        var code = codes[_random.Next(codes.Count)];
        switch (_random.Next(10))
        {
            case 0:
                return _random.Next(2) == 0 ? new SplitEvent(date, code, _random.Next(2, 5), 1m) : new SplitEvent(date, code, 1m, _random.Next(2, 6));
            case 1:
                return new RightsIssueEvent(date, code, _random.Next(1, 6) / 10m, _random.Next(1, 100), 1m);
            case 2:
                var added = Member(methodology);
                codes.Add(added.Code);
                return new AdditionEvent(date, added);
            case 3 when codes.Count > 3:
                codes.Remove(code);
                return new DeletionEvent(date, code);
            case 4:
                var incoming = Member(methodology);
                codes[codes.IndexOf(code)] = incoming.Code;
                return new ReplacementEvent(date, code, incoming);
            case 5 when methodology.IsPriceWeighted:
                return new FactorChangeEvent(date, code, _random.Next(1, 101) / 10m);
            case 6 when methodology.IsPriceWeighted:
                return new CappingChangeEvent(date, code, _random.Next(5, 11) / 10m);
            case 5:
                return new FreeFloatChangeEvent(date, code, _random.Next(1, 21) * 0.05m);
            case 6:
                return new ShareChangeEvent(date, code, _random.Next(1, 1_000_000));
            case 7 when methodology.Rebalances:
                return new RebalanceEvent(date);
            default:
                return new DividendEvent(date, code, _random.Next(1, 500) / 100m);
        }
    }
}
