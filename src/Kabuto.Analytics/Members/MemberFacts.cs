using Kabuto.Analytics.Facts;
using Kabuto.Core.Indexing;
using Kabuto.Core.Market;

namespace Kabuto.Analytics.Members;

/// <summary>Member facts of one move, read from the engine's <see cref="Attribution"/>: each member's points, change
/// and close, the residual no price explains, top drivers and draggers, breadth, TSE-33 sectors ranked, and how
/// much of the move the top members made (and the index's move without them).</summary>
public static class MemberFacts
{
    public const int TopMembers = 5;

    public static void Append(MemberMove move, IReadOnlyDictionary<string, Instrument> instruments, List<Fact> into)
    {
        ArgumentNullException.ThrowIfNull(move);
        ArgumentNullException.ThrowIfNull(instruments);
        var attribution = move.Attribution;
        var sink = new FactSink(into, move.Index, move.To, Sessions.Close);
        var publishedPoints = 0m;
        foreach (var m in attribution.Members)
        {
            var name = instruments.TryGetValue(m.Code, out var instrument) ? instrument.Name : null;
            var shortName = ShortName(name);
            var inputs = MemberInputs(move, m);
            publishedPoints += FactMath.Round2(m.Points);
            sink.Add(FactKinds.MemberContributionPoints, FactMath.Round2(m.Points), FactUnits.Points, inputs,
                subject: m.Code, subjectName: name, subjectShortName: shortName, referenceDate: move.From,
                provenance: move.FactorProvenance.TryGetValue(m.Code, out var source) ? $"factor:{source}" : null);
            if (m.PriceFrom != 0m)
            {
                sink.Add(FactKinds.MemberChangePercent, FactMath.Percent(m.PriceTo - m.PriceFrom, m.PriceFrom), FactUnits.Percent,
                    inputs, subject: m.Code, subjectName: name, subjectShortName: shortName, referenceDate: move.From, referenceValue: m.PriceFrom);
            }

            sink.Add(FactKinds.MemberClose, m.PriceTo, FactUnits.Currency, [inputs[1]], subject: m.Code, subjectName: name, subjectShortName: shortName);
        }

        // The residual closes the published table: the rounded contributions plus it equal the rounded change exactly
        // (it differs from the engine's exact residual by at most half a hundredth per member).
        var levels = LevelInputs(move);
        var change = FactMath.Round2(attribution.Change);
        sink.Add(FactKinds.ContributionResidualPoints, change - publishedPoints, FactUnits.Points, levels,
            referenceDate: move.From, referenceValue: change);
        sink.Add(FactKinds.MemberCount, attribution.Members.Count, FactUnits.Count, levels, referenceDate: move.From);
        if (move.Unpriced.Count > 0)
        {
            sink.Add(FactKinds.MemberUnpricedCount, move.Unpriced.Count, FactUnits.Count, levels, referenceDate: move.From);
        }

        AppendRanks(move, instruments, sink);
        AppendBreadth(move, sink);
        AppendConcentration(move, sink);
        SectorFacts.Append(move, instruments, sink);
    }

    private static string? ShortName(string? registered) => registered is null ? null : CompanyNames.Short(registered);

    internal static FactInput[] MemberInputs(MemberMove move, MemberContribution m) =>
    [
        Inputs.Of(m.Code, move.From, Fields.Close, m.PriceFrom),
        Inputs.Of(m.Code, move.To, Fields.Close, m.PriceTo),
        Inputs.Of(m.Code, move.To, "factor", m.Factor),
    ];

    private static FactInput[] LevelInputs(MemberMove move) =>
    [
        Inputs.Of(move.Index, move.From, "computed_level", move.Attribution.LevelFrom),
        Inputs.Of(move.Index, move.To, "computed_level", move.Attribution.LevelTo),
    ];

    private static void AppendRanks(MemberMove move, IReadOnlyDictionary<string, Instrument> instruments, FactSink sink)
    {
        var ordered = move.Attribution.Members.OrderByDescending(m => m.Points).ThenBy(m => m.Code, StringComparer.Ordinal).ToList();
        var drivers = ordered.Where(m => m.Points > 0m).Take(TopMembers).ToList();
        var draggers = ordered.Where(m => m.Points < 0m).Reverse().Take(TopMembers).ToList();
        for (var r = 0; r < drivers.Count; r++)
        {
            var m = drivers[r];
            sink.Add(FactKinds.TopDriverRank, r + 1, FactUnits.Rank, MemberInputs(move, m), subject: m.Code,
                subjectName: instruments.GetValueOrDefault(m.Code)?.Name, subjectShortName: ShortName(instruments.GetValueOrDefault(m.Code)?.Name),
                referenceDate: move.From, referenceValue: FactMath.Round2(m.Points));
        }

        for (var r = 0; r < draggers.Count; r++)
        {
            var m = draggers[r];
            sink.Add(FactKinds.TopDraggerRank, r + 1, FactUnits.Rank, MemberInputs(move, m), subject: m.Code,
                subjectName: instruments.GetValueOrDefault(m.Code)?.Name, subjectShortName: ShortName(instruments.GetValueOrDefault(m.Code)?.Name),
                referenceDate: move.From, referenceValue: FactMath.Round2(m.Points));
        }
    }

    private static void AppendBreadth(MemberMove move, FactSink sink)
    {
        var members = move.Attribution.Members;
        var inputs = LevelInputs(move);
        sink.Add(FactKinds.Advancers, members.Count(m => m.PriceTo > m.PriceFrom), FactUnits.Count, inputs, referenceDate: move.From);
        sink.Add(FactKinds.Decliners, members.Count(m => m.PriceTo < m.PriceFrom), FactUnits.Count, inputs, referenceDate: move.From);
        sink.Add(FactKinds.Unchanged, members.Count(m => m.PriceTo == m.PriceFrom), FactUnits.Count, inputs, referenceDate: move.From);
    }

    /// <summary>The top <see cref="TopMembers"/> members in the direction of the move: their share of it and what the
    /// index would have done without them (the same move minus their points).</summary>
    private static void AppendConcentration(MemberMove move, FactSink sink)
    {
        var change = move.Attribution.Change;
        if (change == 0m)
        {
            return;
        }

        var top = move.Attribution.Members
            .Where(m => Math.Sign(m.Points) == Math.Sign(change))
            .OrderByDescending(m => Math.Abs(m.Points)).ThenBy(m => m.Code, StringComparer.Ordinal)
            .Take(TopMembers).ToList();
        var topPoints = top.Sum(m => m.Points);
        var inputs = LevelInputs(move).Concat(top.Select(m => Inputs.Of(m.Code, move.To, "points", m.Points))).ToList();
        var subject = TopMembers.ToString(System.Globalization.CultureInfo.InvariantCulture);
        sink.Add(FactKinds.TopContributorsSharePercent, FactMath.Round2(topPoints / change * 100m), FactUnits.Percent, inputs,
            subject: subject, referenceDate: move.From, referenceValue: FactMath.Round2(change));
        sink.Add(FactKinds.ChangeExcludingTopPoints, FactMath.Round2(change - topPoints), FactUnits.Points, inputs,
            subject: subject, referenceDate: move.From, referenceValue: FactMath.Round2(change));
    }
}
