using Kabuto.Analytics.Facts;
using Kabuto.Analytics.History;
using Kabuto.Core.Market;

namespace Kabuto.Analytics.Day;

/// <summary>The TSE's sector families ranked by their own indices (J-Quants' index bars, stored as "JPX-CODE"), not by
/// members' averages: the 33 industry sectors (codes 0040..0060; kinds sector_change_pct and sector_rank, subject the
/// master's S33 code, provenance "sector_index:JPX-CODE") and the TOPIX-17 series (0080..0090; sector17_change_pct and
/// sector17_rank, subject the S17 code, provenance "topix17_index:JPX-CODE"), as facts of TOPIX's day (session close).
/// A sector without the day's row, or whose previous row is not the previous session, is left out.</summary>
public static class SectorIndexFacts
{
    public const string SeriesPrefix = JpxIndices.SeriesPrefix;

    /// <summary>J-Quants' sector index code, the 33-industry code the master gives issues (Sector33Code), the name.</summary>
    public static IReadOnlyList<(string IndexCode, string Sector33Code, string Name)> Sectors { get; } =
        JpxIndices.Sectors33.Select(s => (s.Code, s.SectorCode!, s.Name)).ToList();

    /// <param name="history">A series' history by id (null when the store holds none).</param>
    public static void Append(Func<string, HistoryAccumulator?> history, DateOnly date, List<Fact> into)
    {
        ArgumentNullException.ThrowIfNull(history);
        Rank(history, date, JpxIndices.Sectors33, (FactKinds.SectorChangePercent, FactKinds.SectorRank), "sector_index", into);
        Rank(history, date, JpxIndices.Topix17, (FactKinds.Sector17ChangePercent, FactKinds.Sector17Rank), "topix17_index", into);
    }

    private static void Rank(Func<string, HistoryAccumulator?> history, DateOnly date, IReadOnlyList<JpxIndex> family,
        (string Change, string Rank) kinds, string provenance, List<Fact> into)
    {
        var moves = new List<(string Code, string Name, decimal Exact, FactInput[] Inputs)>();
        foreach (var index in family)
        {
            var series = index.SeriesId;
            if (history(series) is not { } h || h.Series.Find(date) is var row && row <= 0 || h.MissingBefore(row).Count > 0)
            {
                continue;
            }

            var (close, prior) = (h.Series.Closes[row], h.Series.Closes[row - 1]);
            moves.Add((index.SectorCode!, index.Name, FactMath.ExactPercent(close - prior, prior),
                [Inputs.Of(series, date, Fields.Close, close), Inputs.Of(series, h.Series.Dates[row - 1], Fields.Close, prior)]));
        }

        if (moves.Count < 2)
        {
            return;
        }

        var sink = new FactSink(into, IndexIds.Topix, date, Sessions.Close);
        var ranked = moves.OrderByDescending(m => m.Exact).ThenBy(m => m.Code, StringComparer.Ordinal).ToList();
        for (var r = 0; r < ranked.Count; r++)
        {
            var (code, name, exact, inputs) = ranked[r];
            sink.Add(kinds.Change, FactMath.Round2(exact), FactUnits.Percent, inputs, subject: code, subjectName: name,
                referenceDate: inputs[1].Date, provenance: $"{provenance}:{inputs[0].Series}");
            sink.Add(kinds.Rank, r + 1, FactUnits.Rank, inputs, subject: code, subjectName: name, referenceValue: FactMath.Round2(exact),
                provenance: $"{provenance}:{inputs[0].Series}");
        }
    }
}
