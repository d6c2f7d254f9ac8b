using System.Globalization;

namespace Kabuto.Core.Indexing;

/// <summary>Reads events[]: one kind per entry, the fields that kind needs, and a membership check in date order
/// so an event naming a code that is not a member on its date is caught when the file is loaded.</summary>
internal static class EventReader
{
    private const string Kinds =
        "split, reverse_split, rights_issue, factor_change, capping_change, free_float_change, share_change, addition, deletion, replacement, rebalance, dividend";

    public static IReadOnlyList<IndexEvent> ReadAll(IReadOnlyList<DefinitionJson> items, Methodology methodology, IReadOnlyList<MemberSpec> members, DateOnly? baseDate)
    {
        var read = items.Select(item => (Item: item, Event: Read(item, methodology))).ToList();
        var codes = members.Select(m => m.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var (item, e) in read.OrderBy(r => r.Event.Date))
        {
            if (baseDate is { } start && e.Date <= start)
            {
                throw item.Error(item.Join("date"), e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    "is not after base_date", "events change the base basket, so date them after base_date (or move base_date back)");
            }

            CheckMembership(item, e, codes);
        }

        return read.Select(r => r.Event).OrderBy(e => e.Date).ToList();
    }

    private static IndexEvent Read(DefinitionJson item, Methodology methodology)
    {
        item.RequireObject("an event");
        var date = item.Date("date");
        var kind = item.String("kind");
        var priceWeighted = methodology.IsPriceWeighted;
        IndexEvent e = kind switch
        {
            "split" => Only(item, new SplitEvent(date, item.String("code"), item.Positive("ratio"), 1m), "code", "ratio"),
            "reverse_split" => Only(item, new SplitEvent(date, item.String("code"), 1m, item.Positive("ratio")), "code", "ratio"),
            "rights_issue" => Only(item, new RightsIssueEvent(date, item.String("code"), item.Positive("new_shares_per_old"),
                item.Positive("subscription_price"), item.OptionalPositive("split_ratio") ?? 1m), "code", "new_shares_per_old", "subscription_price", "split_ratio"),
            "factor_change" when priceWeighted => Only(item, new FactorChangeEvent(date, item.String("code"), item.Positive("factor")), "code", "factor"),
            "capping_change" when priceWeighted => Only(item, new CappingChangeEvent(date, item.String("code"),
                item.OptionalFraction("capping_ratio") ?? throw Missing(item, "capping_ratio")), "code", "capping_ratio"),
            "free_float_change" when !priceWeighted => Only(item, new FreeFloatChangeEvent(date, item.String("code"),
                item.OptionalFraction("free_float") ?? throw Missing(item, "free_float")), "code", "free_float"),
            "share_change" when !priceWeighted => Only(item, new ShareChangeEvent(date, item.String("code"), item.Positive("shares")), "code", "shares"),
            "addition" => Only(item, new AdditionEvent(date, MemberReader.Read(item.Child("member"), methodology)), "member"),
            "deletion" => Only(item, new DeletionEvent(date, item.String("code")), "code"),
            "replacement" => Only(item, new ReplacementEvent(date, item.String("code"), MemberReader.Read(item.Child("member"), methodology)), "code", "member"),
            "rebalance" when methodology.Rebalances => Only(item, new RebalanceEvent(date)),
            "dividend" => Only(item, new DividendEvent(date, item.String("code"), item.Positive("amount")), "code", "amount"),
            "factor_change" or "capping_change" or "free_float_change" or "share_change" or "rebalance" => throw item.Error(
                item.Join("kind"), kind, $"does not apply to a {Name(methodology)} index", "remove the event or change the methodology"),
            _ => throw item.Error(item.Join("kind"), kind, "is not a known event kind", $"use one of: {Kinds}"),
        };

        return e with { ReferencePrice = item.OptionalPositive("reference_price") };
    }

    private static IndexEvent Only(DefinitionJson item, IndexEvent e, params string[] fields)
    {
        item.AllowOnly([.. fields, "date", "kind", "reference_price", "note"]);
        return e;
    }

    private static Errors.UserInputException Missing(DefinitionJson item, string name) =>
        item.Error(item.Join(name), null, "is missing", $"add \"{name}\"");

    private static void CheckMembership(DefinitionJson item, IndexEvent e, HashSet<string> codes)
    {
        var date = e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        switch (e)
        {
            case AdditionEvent a:
                AddNew(item, "member.code", a.Member.Code, date, codes);
                break;
            case ReplacementEvent r:
                RequireMember(item, r.Code, date, codes);
                codes.Remove(r.Code);
                AddNew(item, "member.code", r.Incoming.Code, date, codes);
                break;
            case DeletionEvent d:
                RequireMember(item, d.Code, date, codes);
                codes.Remove(d.Code);
                break;
            case RebalanceEvent:
                break;
            default:
                RequireMember(item, CodeOf(e), date, codes);
                break;
        }
    }

    private static string CodeOf(IndexEvent e) => e switch
    {
        SplitEvent s => s.Code,
        RightsIssueEvent r => r.Code,
        FactorChangeEvent f => f.Code,
        CappingChangeEvent c => c.Code,
        FreeFloatChangeEvent f => f.Code,
        ShareChangeEvent s => s.Code,
        DividendEvent d => d.Code,
        _ => throw new InvalidOperationException($"{e.GetType().Name} has no single code"),
    };

    private static void RequireMember(DefinitionJson item, string code, string date, HashSet<string> codes)
    {
        if (!codes.Contains(code))
        {
            throw item.Error(item.Join("code"), code, $"is not a member on {date}", "fix the code, or add the member with an earlier addition event");
        }
    }

    private static void AddNew(DefinitionJson item, string field, string code, string date, HashSet<string> codes)
    {
        if (!codes.Add(code))
        {
            throw item.Error(item.Join(field), code, $"is already a member on {date}", "add a code that is not in the index, or delete it first");
        }
    }

    private static string Name(Methodology methodology) => methodology.Weighting switch
    {
        Weighting.PriceWeighted => "price_weighted",
        Weighting.CapWeighted => "cap_weighted",
        Weighting.CappedCapWeighted => "capped_cap_weighted",
        _ => "equal_weighted",
    };
}
