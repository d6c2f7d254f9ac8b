namespace Kabuto.Core.Indexing;

/// <summary>Reads members[] (and an event's "member"): the fields a methodology uses, and no others.</summary>
internal static class MemberReader
{
    private static readonly string[] PriceFields = ["code", "name", "factor", "capping_ratio"];
    private static readonly string[] CapFields = ["code", "name", "shares", "free_float", "weight_factor"];

    public static IReadOnlyList<MemberSpec> ReadAll(DefinitionJson root, Methodology methodology)
    {
        var items = root.Array("members");
        if (items.Count == 0)
        {
            throw root.Error("members", null, "is empty", "list the index members, e.g. {\"code\": \"AA\", \"factor\": 1}");
        }

        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var members = new List<MemberSpec>(items.Count);
        foreach (var item in items)
        {
            var member = Read(item, methodology);
            if (!seen.TryAdd(member.Code, item.Path))
            {
                throw item.Error(item.Join("code"), member.Code, $"repeats {seen[member.Code]}", "list every member once");
            }

            members.Add(member);
        }

        return members;
    }

    public static MemberSpec Read(DefinitionJson item, Methodology methodology)
    {
        item.RequireObject("a member");
        var code = item.String("code");
        if (methodology.IsPriceWeighted)
        {
            item.AllowOnly(PriceFields);
            return new MemberSpec(code)
            {
                Factor = item.OptionalPositive("factor") ?? 1m,
                CappingRatio = item.OptionalFraction("capping_ratio") ?? 1m,
            };
        }

        item.AllowOnly(CapFields);
        var shares = item.OptionalPositive("shares");
        if (shares is null && methodology.Weighting != Weighting.EqualWeighted)
        {
            throw item.Error(item.Join("shares"), null, "is missing", "add \"shares\": the shares used for the index calculation");
        }

        return new MemberSpec(code)
        {
            Shares = shares ?? 1m,
            FreeFloat = item.OptionalFraction("free_float") ?? 1m,
            WeightFactor = item.OptionalPositive("weight_factor") ?? 1m,
        };
    }
}
