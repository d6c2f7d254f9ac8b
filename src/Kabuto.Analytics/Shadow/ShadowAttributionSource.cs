using Kabuto.Analytics.Members;
using Kabuto.Core.Market;

namespace Kabuto.Analytics.Shadow;

/// <summary>Nikkei 225 member moves from the calibrated shadow basket: member points from the shadow's factors and
/// divisor, the residual closing the gap to the OFFICIAL change (factor errors, missing members, basis breaks), and
/// each factor's provenance. The shadow is run once, on first use.</summary>
public sealed class ShadowAttributionSource : IAttributionSource
{
    private readonly Lazy<ShadowReport?> _report;
    private readonly IMarketDataReader _data;

    public ShadowAttributionSource(IMarketDataReader data, Func<NikkeiMembership?> membership)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(membership);
        _data = data;
        _report = new Lazy<ShadowReport?>(() => membership() is { } members ? NikkeiShadow.Run(data, members) : null);
    }

    public MemberMove? MoveInto(string index, DateOnly date)
    {
        // The calibration costs about a second: only run it for a date that has member prices at all.
        if (!string.Equals(index, IndexIds.N225, StringComparison.Ordinal)
            || _data.GetMemberBars(null, date, date).Count == 0
            || _report.Value is not { } report
            || !report.Attributions.TryGetValue(date, out var day))
        {
            return null;
        }

        var from = report.Attributions.Keys.Where(d => d < date).DefaultIfEmpty(report.From).Max();
        return new MemberMove(index, from, date, day.Attribution)
        {
            FactorProvenance = day.Provenance.ToDictionary(p => p.Key, p => p.Value.ToString().ToLowerInvariant(), StringComparer.Ordinal),
            Unpriced = day.Missing,
        };
    }
}
