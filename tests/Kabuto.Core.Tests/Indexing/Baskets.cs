using Kabuto.Core.Indexing;

namespace Kabuto.Core.Tests.Indexing;

/// <summary>Small builders shared by the engine tests.</summary>
internal static class Baskets
{
    public static readonly DateOnly Day1 = new(2024, 1, 4);
    public static readonly DateOnly Day2 = new(2024, 1, 5);

    public static Dictionary<string, decimal> Prices(params (string Code, decimal Price)[] prices) =>
        prices.ToDictionary(p => p.Code, p => p.Price, StringComparer.Ordinal);

    public static IndexState PriceWeighted(Methodology methodology, decimal divisor, params (string Code, decimal Factor)[] members) =>
        new(methodology, null, members.Select(m => new MemberSpec(m.Code) { Factor = m.Factor }).ToList(), divisor);

    public static IndexDefinition Definition(Methodology methodology, decimal divisor, IReadOnlyList<MemberSpec> members, params IndexEvent[] events) =>
        new("test", methodology, members, divisor, events);

    public static ReferencePrices From(IReadOnlyDictionary<string, decimal> closes) =>
        (code, _) => closes.TryGetValue(code, out var price) ? price : null;
}
