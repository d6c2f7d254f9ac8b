namespace Kabuto.Analytics.Shadow;

/// <summary>One member's points on a day, with where its factor came from.</summary>
public sealed record MemberPoints(string Code, decimal Factor, FactorProvenance Provenance, decimal Points);

/// <summary>A day's official move in short: the biggest drivers and draggers, the members' total and the residual.</summary>
public sealed record AttributionSummary(
    DateOnly Date,
    decimal OfficialChange,
    decimal MemberPoints,
    decimal ResidualPoints,
    bool BasisBreak,
    IReadOnlyList<string> Missing,
    IReadOnlyList<MemberPoints> Drivers,
    IReadOnlyList<MemberPoints> Draggers)
{
    public static IReadOnlyList<AttributionSummary> From(IReadOnlyDictionary<DateOnly, ShadowAttribution> attributions, int top)
    {
        ArgumentNullException.ThrowIfNull(attributions);
        return attributions.OrderBy(a => a.Key).Select(a => Summarize(a.Key, a.Value, top)).ToList();
    }

    private static AttributionSummary Summarize(DateOnly date, ShadowAttribution day, int top)
    {
        var attribution = day.Attribution;
        MemberPoints Point(Kabuto.Core.Indexing.MemberContribution m) =>
            new(m.Code, m.Factor, day.Provenance[m.Code], Math.Round(m.Points, 2, MidpointRounding.AwayFromZero));
        return new AttributionSummary(
            date,
            attribution.Change,
            Math.Round(attribution.Change - attribution.ResidualPoints, 2, MidpointRounding.AwayFromZero),
            Math.Round(attribution.ResidualPoints, 2, MidpointRounding.AwayFromZero),
            day.BasisBreak,
            day.Missing,
            attribution.Members.Where(m => m.Points > 0).OrderByDescending(m => m.Points).Take(top).Select(Point).ToList(),
            attribution.Members.Where(m => m.Points < 0).OrderBy(m => m.Points).Take(top).Select(Point).ToList());
    }
}
