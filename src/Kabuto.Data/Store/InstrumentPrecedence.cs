namespace Kabuto.Data.Store;

/// <summary>Another source's close of a series on a date (cross-source checks).</summary>
internal sealed record OtherClose(string Source, int Rank, decimal Close, int Line);

/// <summary>A row held back as a partial last row until another source confirms its close (held_bars).</summary>
internal sealed record HeldBar(string SeriesId, string Source, int Rank, Kabuto.Core.Market.DailyBar Bar, long ImportId, int Line, bool Released);

/// <summary>One source's description of an instrument: the <see cref="InstrumentPrecedence.Fields"/> in order.</summary>
internal sealed record InstrumentCandidate(string Source, int Rank, int Line, string?[] Values, long ImportId);

/// <summary>Which source's value an instrument field takes, whatever the order of the imports: per field, among the
/// sources that give it, a value in the field's language first (English names and sector names in Latin script, the
/// Japanese name in Japanese), then the higher source rank (J-Quants listing 90 > derived member table 60 > JPX list 40 >
/// code list 30), then the source name (descending, as for daily bars), then the earlier line.</summary>
/// <remarks>So the derived member table's English sector names win over J-Quants' Japanese ones, and J-Quants' company
/// name wins over the derived table's where both are English (9434: "SoftBank Corp.", not the preferred shares).</remarks>
internal static class InstrumentPrecedence
{
    public static readonly string[] Fields =
        ["name", "name_ja", "sector33_code", "sector33_name", "sector17_code", "sector17_name", "market_segment", "scale_category"];

    /// <summary>Fields whose readers expect English (the writer, the dashboard, sector nouns).</summary>
    private static readonly HashSet<int> English = [0, 3, 5];

    private const int NameJa = 1;

    /// <summary>The value of every field and the candidate the name came from (the row's provenance).</summary>
    public static (string?[] Values, InstrumentCandidate NameFrom) Resolve(IReadOnlyList<InstrumentCandidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var values = new string?[Fields.Length];
        InstrumentCandidate? nameFrom = null;
        for (var field = 0; field < Fields.Length; field++)
        {
            var best = candidates
                .Where(c => !string.IsNullOrEmpty(c.Values[field]))
                .OrderByDescending(c => Quality(field, c.Values[field]!))
                .ThenByDescending(c => c.Rank)
                .ThenByDescending(c => c.Source, StringComparer.Ordinal)
                .ThenBy(c => c.Line)
                .FirstOrDefault();
            values[field] = best?.Values[field];
            if (field == 0)
            {
                nameFrom = best;
            }
        }

        return (values, nameFrom ?? throw new InvalidOperationException("An instrument description without a name."));
    }

    private static int Quality(int field, string value) =>
        English.Contains(field) ? (IsJapanese(value) ? 0 : 1)
        : field == NameJa ? (IsJapanese(value) ? 1 : 0)
        : 0;

    /// <summary>Any kana, CJK ideograph or full-width form (U+2E80 and above).</summary>
    private static bool IsJapanese(string value) => value.Any(c => c >= '\u2E80');
}
