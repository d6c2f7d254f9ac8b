using Kabuto.Analytics.Shadow;
using Kabuto.Core.Indexing;
using Kabuto.Core.Market;

namespace Kabuto.Analytics.Members;

/// <summary>The one place the member-attribution sources are assembled: official definitions first (the 2011 Dow),
/// then the calibrated Nikkei 225 shadow basket when the store holds its membership and member prices.</summary>
public static class MemberAttributions
{
    public static IAttributionSource For(IMarketDataReader data, IEnumerable<IndexDefinition> definitions, IIndexMembershipReader? membership)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(definitions);
        var sources = new List<IAttributionSource> { new DefinitionAttributionSource(data, definitions) };
        if (membership is not null)
        {
            sources.Add(new ShadowAttributionSource(data, () =>
                membership.GetMembership(IndexIds.N225).Count == 0 ? null : StoredNikkeiMembership.Load(membership, data)));
        }

        return new CompositeAttributionSource(sources);
    }
}
