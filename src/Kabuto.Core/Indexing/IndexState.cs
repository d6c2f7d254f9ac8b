namespace Kabuto.Core.Indexing;

/// <summary>A member as the calculators see it: its definition and its price multiplier.</summary>
public readonly record struct IndexMember(MemberSpec Spec, decimal Multiplier)
{
    public string Code => Spec.Code;
}

/// <summary>The basket and divisor in force from <see cref="AsOf"/> on, after replaying the definition's events.
/// Members are addressed by ordinal (0-based position) so calculators can keep plain arrays.</summary>
public sealed class IndexState
{
    private readonly Dictionary<string, int> _ordinals;

    public IndexState(Methodology methodology, DateOnly? asOf, IReadOnlyList<MemberSpec> members, decimal divisor)
    {
        ArgumentNullException.ThrowIfNull(methodology);
        ArgumentNullException.ThrowIfNull(members);
        Methodology = methodology;
        AsOf = asOf;
        Divisor = divisor;
        var weighting = IMemberWeighting.For(methodology);
        var built = new IndexMember[members.Count];
        _ordinals = new Dictionary<string, int>(members.Count, StringComparer.Ordinal);
        for (var i = 0; i < members.Count; i++)
        {
            built[i] = new IndexMember(members[i], weighting.Multiplier(members[i]));
            _ordinals.Add(members[i].Code, i);
        }

        Members = built;
    }

    public Methodology Methodology { get; }

    /// <summary>The first date this basket is used for (null = the definition's base, open-ended back in time).</summary>
    public DateOnly? AsOf { get; }

    public IReadOnlyList<IndexMember> Members { get; }

    public decimal Divisor { get; }

    public int Count => Members.Count;

    public IEnumerable<string> Codes => Members.Select(m => m.Code);

    public static IndexState Initial(IndexDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return new IndexState(definition.Methodology, definition.BaseDate, definition.Members, definition.Divisor);
    }

    public bool Contains(string code) => _ordinals.ContainsKey(code);

    /// <summary>The member's position, or -1 when it is not in this basket.</summary>
    public int OrdinalOf(string code) => _ordinals.TryGetValue(code, out var ordinal) ? ordinal : -1;

    /// <summary>Σ price × multiplier over the basket; prices by code (every member must be present).</summary>
    public decimal WeightedSum(IReadOnlyDictionary<string, decimal> prices)
    {
        ArgumentNullException.ThrowIfNull(prices);
        var sum = 0m;
        foreach (var member in Members)
        {
            sum += prices[member.Code] * member.Multiplier;
        }

        return sum;
    }

    /// <summary>The unrounded level at these prices (the naive, obviously-correct definition).</summary>
    public decimal Level(IReadOnlyDictionary<string, decimal> prices) => WeightedSum(prices) / Divisor;

    /// <summary>Members of this basket with no price in <paramref name="prices"/> (never compute without them).</summary>
    public IReadOnlyList<string> MissingFrom(IReadOnlyDictionary<string, decimal> prices)
    {
        ArgumentNullException.ThrowIfNull(prices);
        return Members.Where(m => !prices.ContainsKey(m.Code)).Select(m => m.Code).ToList();
    }
}
