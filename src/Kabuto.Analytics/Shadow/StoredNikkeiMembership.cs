using Kabuto.Core.Errors;
using Kabuto.Core.Market;

namespace Kabuto.Analytics.Shadow;

/// <summary>Builds the shadow's membership from what <c>kabuto import</c> stored for N225 (one row per code and
/// factor period, names from the instruments), so the shadow needs no member file.</summary>
public static class StoredNikkeiMembership
{
    /// <summary>Factor of a stored row without one (no evidence): the PAF-1 default, estimated by calibration.</summary>
    private const decimal DefaultFactor = 1m;

    public static NikkeiMembership Load(IIndexMembershipReader membership, IMarketDataReader market)
    {
        ArgumentNullException.ThrowIfNull(membership);
        ArgumentNullException.ThrowIfNull(market);
        var rows = membership.GetMembership(IndexIds.N225);
        if (rows.Count == 0)
        {
            throw Fail.User(
                "the store holds no Nikkei 225 membership; run 'kabuto import ../shared/data/derived/nikkei225-members.csv' "
                + "(or pass --members with the derived member table)");
        }

        var names = market.GetInstruments(rows.Select(r => r.Code).Distinct().ToList()).ToDictionary(i => i.Code, i => i.Name, StringComparer.Ordinal);
        return Create(rows, names);
    }

    /// <summary>A code's first row gives its factor before the review and its last row the factor after it. A member
    /// since the table's first day counts as a member throughout (its start is where the table begins, not a join).</summary>
    public static NikkeiMembership Create(IReadOnlyList<IndexMembershipRow> rows, IReadOnlyDictionary<string, string> names)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(names);
        var tableStart = rows.Min(r => r.From);
        var members = new List<ShadowMember>();
        var factorChanges = new HashSet<DateOnly>();
        foreach (var periods in rows.GroupBy(r => r.Code, StringComparer.Ordinal))
        {
            var ordered = periods.OrderBy(r => r.From).ToList();
            var (first, last) = (ordered[0], ordered[^1]);
            var source = ordered.Select(r => r.FactorSource).FirstOrDefault(s => !string.IsNullOrWhiteSpace(s)) ?? "assumed 1";
            var provenance = first.Factor is null ? FactorProvenance.Assumed : Provenance(source, periods.Key);
            var factor = first.Factor ?? DefaultFactor;
            var afterReview = last.Factor ?? factor;
            if (afterReview != factor)
            {
                factorChanges.Add(last.From);
            }

            members.Add(new ShadowMember(
                periods.Key,
                names.TryGetValue(periods.Key, out var name) ? name : periods.Key,
                first.From == tableStart ? null : first.From,
                last.To,
                factor,
                afterReview,
                provenance,
                source));
        }

        if (factorChanges.Count > 1)
        {
            throw Fail.User(
                $"the stored N225 factors change on {factorChanges.Count} dates ({string.Join(", ", factorChanges.Order())}); "
                + "the shadow handles one review per window");
        }

        return NikkeiMembership.Create(members, factorChanges.Count == 1 ? factorChanges.Single() : null);
    }

    private static FactorProvenance Provenance(string source, string code) =>
        ShadowMember.ProvenanceOf(source)
        ?? throw Fail.User(
            $"stored N225 factor source '{source}' of {code} is not kabukabu:n, fact, fact+kabukabu, assumed 1 or calibrated; "
            + "re-import the derived member table");
}
