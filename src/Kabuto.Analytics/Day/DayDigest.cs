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
    public const string MarketIndicesKey = "market_indices";
    public const string RegionKey = "region";
    public const string YenKey = "yen";

    private static readonly HashSet<string> MemberKinds =
        [FactKinds.MemberContributionPoints, FactKinds.MemberChangePercent, FactKinds.MemberClose];

    private static readonly HashSet<string> DriverKinds = [FactKinds.TopDriverRank, FactKinds.TopDraggerRank];

    private static readonly HashSet<string> SectorKinds =
        [FactKinds.SectorChangePercent, FactKinds.SectorContributionPoints, FactKinds.SectorRank, FactKinds.Sector17ChangePercent, FactKinds.Sector17Rank];

    private static readonly HashSet<string> RankKinds = [FactKinds.SectorRank, FactKinds.Sector17Rank];

    /// <summary>What the digest shows of the Growth 250 and Prime market indices: the close and the move.</summary>
    private static readonly HashSet<string> MarketIndexKinds =
        [FactKinds.Close, FactKinds.ChangePoints, FactKinds.ChangePercent, FactKinds.ChangeSinceLastHeldPercent, FactKinds.MissingSessionsBefore];

    private static readonly HashSet<string> MarketIndexIds = MarketIndexFacts.Indices.Select(i => i.SeriesId).ToHashSet(StringComparer.Ordinal);

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
            new("Growth 250 and Prime market indices", facts.Where(f => MarketIndexIds.Contains(f.Index) && MarketIndexKinds.Contains(f.Kind)).ToList())
            {
                Key = MarketIndicesKey,
            },
            new($"Sectors: the {SectorsEachWay} best and {SectorsEachWay} worst", Sectors(facts)) { Key = SectorsKey },
            new("Region", facts.Where(f => RegionKinds.Contains(f.Kind)).ToList()) { Key = RegionKey },
            new("Yen", facts.Where(f => YenKinds.Contains(f.Kind)).ToList()) { Key = YenKey },
        };
        return sections.Where(s => s.Facts.Count > 0).ToList();
    }

    private static bool IsIndexLine(Fact f) =>
        !MemberKinds.Contains(f.Kind) && !DriverKinds.Contains(f.Kind) && !SectorKinds.Contains(f.Kind)
        && !RegionKinds.Contains(f.Kind) && !YenKinds.Contains(f.Kind) && !MarketIndexIds.Contains(f.Index);

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

    /// <summary>The sector facts of the best and worst ranked sectors of each index and family (the 33 sectors, then
    /// TOPIX-17), best first.</summary>
    private static List<Fact> Sectors(IReadOnlyList<Fact> facts)
    {
        var result = new List<Fact>();
        foreach (var index in facts.Where(f => RankKinds.Contains(f.Kind)).GroupBy(f => (f.Index, f.Kind)))
        {
            var ranks = index.OrderBy(f => f.Value).ToList();
            var shown = ranks.Count <= 2 * SectorsEachWay
                ? ranks
                : ranks.Take(SectorsEachWay).Concat(ranks.Skip(ranks.Count - SectorsEachWay)).ToList();
            result.AddRange(shown.SelectMany(rank => facts.Where(f =>
                f.Index == rank.Index && f.Subject == rank.Subject && SameFamily(f.Kind, rank.Kind))));
        }

        return result;
    }

    /// <summary>A 33-sector code and a TOPIX-17 code can be equal strings: a rank's facts are those of its own family.</summary>
    private static bool SameFamily(string kind, string rankKind) => rankKind == FactKinds.Sector17Rank
        ? kind is FactKinds.Sector17ChangePercent or FactKinds.Sector17Rank
        : kind is FactKinds.SectorChangePercent or FactKinds.SectorContributionPoints or FactKinds.SectorRank;
}
