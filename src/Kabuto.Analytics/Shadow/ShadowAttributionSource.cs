using Kabuto.Analytics.Members;
using Kabuto.Core.Market;

namespace Kabuto.Analytics.Shadow;

/// <summary>Nikkei 225 member moves from the calibrated shadow basket: member points from the shadow's factors and
/// divisor, the residual closing the gap to the OFFICIAL change (factor errors, missing members, basis breaks), and
/// each factor's provenance. The shadow is run once, on first use.</summary>
public sealed class ShadowAttributionSource : IAttributionSource
{
    private readonly Lazy<ShadowReport?> _report;

    public ShadowAttributionSource(IMarketDataReader data, Func<NikkeiMembership?> membership)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(membership);
        _report = new Lazy<ShadowReport?>(() => membership() is { } members ? NikkeiShadow.Run(data, members) : null);
    }

    public MemberMove? MoveInto(string index, DateOnly date)
    {
        if (!string.Equals(index, IndexIds.N225, StringComparison.Ordinal)
            || _report.Value is not { } report
            || !report.Attributions.TryGetValue(date, out var day))
        {
            return null;
        }

        var from = report.Attributions.Keys.Where(d => d < date).DefaultIfEmpty(report.From).Max();
        return new MemberMove(index, from, date, day.Attribution)
        {
            FactorProvenance = day.Provenance.ToDictionary(p => p.Key, p => p.Value.ToString().ToLowerInvariant(), StringComparer.Ordinal),
        };
    }
}
