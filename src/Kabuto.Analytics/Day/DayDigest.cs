using Kabuto.Analytics.Facts;
using Kabuto.Analytics.History;

namespace Kabuto.Analytics.Day;

/// <summary>A day's facts as a reporter reads them: the index lines (levels, changes, records, streaks, breadth), the
/// five members that lifted and the five that weighed most, the three best and three worst sectors, the region and the
/// yen. Every member's close, change and points (hundreds of rows on a day with member prices) stay out; the caller
/// keeps the full list for --all and --json.</summary>
public static class DayDigest
{
    public const int SectorsEachWay = 3;

    /// <summary>The sections' keys (<see cref="RecordSection.Key"/>), for renderers that title them in another language.</summary>
    public const string IndexKey = "index";
    public const string DriversKey = "drivers";
    public const string SectorsKey = "sectors";
    public const string RegionKey = "region";
    public const string YenKey = "yen";

    private static readonly HashSet<string> MemberKinds =
        [FactKinds.MemberContributionPoints, FactKinds.MemberChangePercent, FactKinds.MemberClose];

    private static readonly HashSet<string> DriverKinds = [FactKinds.TopDriverRank, FactKinds.TopDraggerRank];

    private static readonly HashSet<string> SectorKinds =
        [FactKinds.SectorChangePercent, FactKinds.SectorContributionPoints, FactKinds.SectorRank];

    private static readonly HashSet<string> RegionKinds =
        [FactKinds.RegionalClose, FactKinds.RegionalChangePoints, FactKinds.RegionalChangePercent];

    private static readonly HashSet<string> YenKinds =
        [FactKinds.YenLevel, FactKinds.YenChange, FactKinds.YenChangePercent, FactKinds.YenWeaker];

    /// <summary>The digest's sections, in reading order; empty sections are left out.</summary>
    public static IReadOnlyList<RecordSection> Build(IReadOnlyList<Fact> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var sections = new List<RecordSection>
        {
            new("Index lines", facts.Where(IsIndexLine).ToList()) { Key = IndexKey },
            new("Drivers: the members that added and took away the most points", Drivers(facts)) { Key = DriversKey },
            new($"Sectors: the {SectorsEachWay} best and {SectorsEachWay} worst", Sectors(facts)) { Key = SectorsKey },
            new("Region", facts.Where(f => RegionKinds.Contains(f.Kind)).ToList()) { Key = RegionKey },
            new("Yen", facts.Where(f => YenKinds.Contains(f.Kind)).ToList()) { Key = YenKey },
        };
        return sections.Where(s => s.Facts.Count > 0).ToList();
    }

    private static bool IsIndexLine(Fact f) =>
        !MemberKinds.Contains(f.Kind) && !DriverKinds.Contains(f.Kind) && !SectorKinds.Contains(f.Kind)
        && !RegionKinds.Contains(f.Kind) && !YenKinds.Contains(f.Kind);

    /// <summary>Each top driver's and dragger's points and change, best first, then the draggers worst first.</summary>
    private static List<Fact> Drivers(IReadOnlyList<Fact> facts)
    {
        var ranked = facts.Where(f => f.Kind == FactKinds.TopDriverRank).OrderBy(f => f.Value)
            .Concat(facts.Where(f => f.Kind == FactKinds.TopDraggerRank).OrderBy(f => f.Value));
        return ranked.SelectMany(rank => facts.Where(f =>
                f.Index == rank.Index && f.Subject == rank.Subject
                && f.Kind is FactKinds.MemberContributionPoints or FactKinds.MemberChangePercent))
            .ToList();
    }

    /// <summary>The sector facts of the best and worst ranked sectors of each index, best first.</summary>
    private static List<Fact> Sectors(IReadOnlyList<Fact> facts)
    {
        var result = new List<Fact>();
        foreach (var index in facts.Where(f => f.Kind == FactKinds.SectorRank).GroupBy(f => f.Index))
        {
            var ranks = index.OrderBy(f => f.Value).ToList();
            var shown = ranks.Count <= 2 * SectorsEachWay
                ? ranks
                : ranks.Take(SectorsEachWay).Concat(ranks.Skip(ranks.Count - SectorsEachWay)).ToList();
            result.AddRange(shown.SelectMany(rank => facts.Where(f =>
                f.Index == rank.Index && f.Subject == rank.Subject && SectorKinds.Contains(f.Kind))));
        }

        return result;
    }
}
