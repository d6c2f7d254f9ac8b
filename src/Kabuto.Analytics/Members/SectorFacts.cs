using Kabuto.Analytics.Facts;
using Kabuto.Core.Market;

namespace Kabuto.Analytics.Members;

/// <summary>TSE-33 sectors of a move, from the members' Sector33Code/Name. A sector's change is its members' change
/// as weighted in THIS index (Σ factor × price, to over from), which is what the index's move is made of; it is not
/// the TSE sector index (which is cap-weighted over every listed stock). Sectors are ranked by that change, best first.</summary>
public static class SectorFacts
{
    public static void Append(MemberMove move, IReadOnlyDictionary<string, Instrument> instruments, FactSink sink)
    {
        ArgumentNullException.ThrowIfNull(move);
        ArgumentNullException.ThrowIfNull(instruments);
        ArgumentNullException.ThrowIfNull(sink);
        var sectors = move.Attribution.Members
            .Select(m => (Member: m, Instrument: instruments.GetValueOrDefault(m.Code)))
            .Where(x => x.Instrument?.Sector33Code is { Length: > 0 })
            .GroupBy(x => x.Instrument!.Sector33Code!, StringComparer.Ordinal)
            .Select(g => new Sector(
                g.Key,
                g.First().Instrument!.Sector33Name,
                g.Sum(x => x.Member.Factor * x.Member.PriceFrom),
                g.Sum(x => x.Member.Factor * x.Member.PriceTo),
                g.Sum(x => x.Member.Points),
                g.Select(x => x.Member).ToList()))
            .Where(s => s.ValueFrom != 0m)
            .OrderByDescending(s => s.ExactPercent).ThenBy(s => s.Code, StringComparer.Ordinal)
            .ToList();

        for (var r = 0; r < sectors.Count; r++)
        {
            var s = sectors[r];
            var inputs = s.Members.SelectMany(m => MemberFacts.MemberInputs(move, m)).ToList();
            sink.Add(FactKinds.SectorChangePercent, FactMath.Round2(s.ExactPercent), FactUnits.Percent, inputs,
                subject: s.Code, subjectName: s.Name, referenceDate: move.From);
            sink.Add(FactKinds.SectorContributionPoints, FactMath.Round2(s.Points), FactUnits.Points, inputs,
                subject: s.Code, subjectName: s.Name, referenceDate: move.From);
            sink.Add(FactKinds.SectorRank, r + 1, FactUnits.Rank, inputs,
                subject: s.Code, subjectName: s.Name, referenceDate: move.From, referenceValue: FactMath.Round2(s.ExactPercent));
        }
    }

    private sealed record Sector(string Code, string? Name, decimal ValueFrom, decimal ValueTo, decimal Points,
        IReadOnlyList<Core.Indexing.MemberContribution> Members)
    {
        public decimal ExactPercent => FactMath.ExactPercent(ValueTo - ValueFrom, ValueFrom);
    }
}
