using Kabuto.Analytics.Facts;
using Kabuto.Analytics.History;
using Kabuto.Core.Market;

namespace Kabuto.Analytics.Day;

/// <summary>The TSE's 33 industry sectors ranked by their own indices (the TOPIX sector indices J-Quants publishes as
/// codes 0040..0060, stored as JPX-0040..JPX-0060), not by members' averages: each sector's change in percent and rank
/// (session close, index TOPIX, subject the sector's 33-industry code, provenance "sector_index:JPX-CODE").
/// A sector without the day's row, or whose previous row is not the previous session, is left out.</summary>
public static class SectorIndexFacts
{
    public const string SeriesPrefix = "JPX-";

    /// <summary>J-Quants' sector index code, the 33-industry code the master gives issues (Sector33Code), the name.</summary>
    public static IReadOnlyList<(string IndexCode, string Sector33Code, string Name)> Sectors { get; } =
    [
        ("0040", "0050", "Fishery, Agriculture & Forestry"), ("0041", "1050", "Mining"), ("0042", "2050", "Construction"),
        ("0043", "3050", "Foods"), ("0044", "3100", "Textiles & Apparels"), ("0045", "3150", "Pulp & Paper"),
        ("0046", "3200", "Chemicals"), ("0047", "3250", "Pharmaceutical"), ("0048", "3300", "Oil & Coal Products"),
        ("0049", "3350", "Rubber Products"), ("004A", "3400", "Glass & Ceramics Products"), ("004B", "3450", "Iron & Steel"),
        ("004C", "3500", "Nonferrous Metals"), ("004D", "3550", "Metal Products"), ("004E", "3600", "Machinery"),
        ("004F", "3650", "Electric Appliances"), ("0050", "3700", "Transportation Equipment"), ("0051", "3750", "Precision Instruments"),
        ("0052", "3800", "Other Products"), ("0053", "4050", "Electric Power & Gas"), ("0054", "5050", "Land Transportation"),
        ("0055", "5100", "Marine Transportation"), ("0056", "5150", "Air Transportation"), ("0057", "5200", "Warehousing & Harbor Transportation"),
        ("0058", "5250", "Information & Communication"), ("0059", "6050", "Wholesale Trade"), ("005A", "6100", "Retail Trade"),
        ("005B", "7050", "Banks"), ("005C", "7100", "Securities & Commodity Futures"), ("005D", "7150", "Insurance"),
        ("005E", "7200", "Other Financing Business"), ("005F", "8050", "Real Estate"), ("0060", "9050", "Services"),
    ];

    /// <param name="history">A series' history by id (null when the store holds none).</param>
    public static void Append(Func<string, HistoryAccumulator?> history, DateOnly date, List<Fact> into)
    {
        ArgumentNullException.ThrowIfNull(history);
        var moves = new List<(string Code, string Name, decimal Exact, FactInput[] Inputs)>();
        foreach (var (indexCode, code, name) in Sectors)
        {
            var series = SeriesPrefix + indexCode;
            if (history(series) is not { } h || h.Series.Find(date) is var row && row <= 0 || h.MissingBefore(row).Count > 0)
            {
                continue;
            }

            var (close, prior) = (h.Series.Closes[row], h.Series.Closes[row - 1]);
            moves.Add((code, name, FactMath.ExactPercent(close - prior, prior),
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
            sink.Add(FactKinds.SectorChangePercent, FactMath.Round2(exact), FactUnits.Percent, inputs, subject: code, subjectName: name,
                referenceDate: inputs[1].Date, provenance: $"sector_index:{inputs[0].Series}");
            sink.Add(FactKinds.SectorRank, r + 1, FactUnits.Rank, inputs, subject: code, subjectName: name, referenceValue: FactMath.Round2(exact),
                provenance: $"sector_index:{inputs[0].Series}");
        }
    }
}
