using System.Text.RegularExpressions;
using Kabuto.Core.Market;

namespace Kabuto.Checking;

/// <summary>How articles name the indices, the markets' sessions and the TSE sectors.</summary>
public static partial class Aliases
{
    // Longest names first: "Hang Seng TECH" before "Hang Seng", "S&P/ASX 200" before "S&P 500".
    // "Shares in Japan", "Japanese equities", "Tokyo stocks" stand for the Nikkei 225, the market's headline index.
    // Wall Street and "U.S. stocks" stand for the S&P 500 (the overnight session's broad index); "Japanese markets"
    // for the Nikkei; "Hong Kong" (not its dollar) for the Hang Seng.
    /// <summary>The Growth Market 250 (JPX-0070), the Mothers index until November 2023; the subject patterns use it too.</summary>
    internal const string Growth250Names = @"(?:(?:TSE|Tokyo Stock Exchange)(?:'s)? )?Growth(?: Market)? 250(?: [Ii]ndex)?|(?:TSE )?Mothers (?:[Ii]ndex|market index)";

    // The Growth Market 250's names come before "Tokyo ...".
    private const string HeadlineNames = @"\b(?:" + Growth250Names + @")\b|\bWall Street\b|\b(?:all three |the three |three )?(?:key |main |major )*(?:U\.S\.|US|American) (?:stocks?|shares|equities|markets?|stock (?:gauges|indexes|indices|benchmarks|averages|markets?)|equity (?:indexes|indices|benchmarks|markets?)|indexes|indices|benchmarks)\b|\b(?:all three |the three |three )(?:key |main |major )+(?:averages|indexes|indices)\b|\bHong Kong(?! dollar)\b|\b(?:Japan(?:ese|'s)?|Tokyo) (?:stock )?(?:markets?|shares|stocks|equities)\b|Hang Seng (?:TECH|Tech)|Hang Seng|(?:Japanese|Tokyo) (?:shares|stocks|equities)\b|\b(?:Shares|Stocks|Equities) in (?:Japan|Tokyo)\b|(?<!JPX-)Nikkei(?: 225)?(?: Stock Average| share average)?(?!\s+(?:VI|Volatility|400|500|Asia|futures))|\bTopix\b|\bTOPIX\b|\bKospi\b|\bKOSPI\b|\bKosdaq\b|\bKOSDAQ\b|CSI ?300|Shanghai Composite|Shanghai's benchmark|\bShanghai\b|S&P/ASX ?200|\bASX ?200\b|Straits Times|Nifty(?: 50)?|S&P 500|Dow Jones Industrial Average|\bDow\b|Nasdaq(?: Composite)?|\bNASDAQ\b(?: Composite)?|\byen\b|¥";

    /// <summary>Index names as an article prints them: the related series of <see cref="RelatedSeries"/> first (a
    /// derived instrument, "Nikkei 225 futures", "the TSE's bank index", "futures on the Nikkei"; a named sibling or
    /// sub-index, "Hang Seng China Enterprises Index", "Nasdaq 100"), so that at any position the longer, related name
    /// wins over the headline index it contains; then the headline indices, markets and the yen.</summary>
    public static Regex IndexName() => AllNames.Value;

    // Lazy: the related names are built from the sector words below.
    private static readonly Lazy<Regex> AllNames = new(() => new Regex(Related.Pattern + "|" + HeadlineNames, RegexOptions.Compiled | RegexOptions.CultureInvariant));

    /// <summary>The series id an index name stands for: a related series' own id when the name is one (see
    /// <see cref="RelatedSeries"/>), else the headline index's.</summary>
    public static string IndexId(string alias) => Related.Id(alias) ?? HeadlineId(alias);

    internal static string HeadlineId(string alias) => alias switch
    {
        _ when alias.Contains("Growth", StringComparison.Ordinal) || alias.Contains("Mothers", StringComparison.Ordinal) => JpxIndices.Growth250.SeriesId,
        _ when alias.Contains("Wall Street", StringComparison.Ordinal) || alias.Contains("U.S.", StringComparison.Ordinal)
               || alias.Contains("US ", StringComparison.Ordinal) || alias.Contains("American", StringComparison.Ordinal)
               || alias.Contains("three", StringComparison.Ordinal) => IndexIds.Spx,
        _ when alias.StartsWith("Hong Kong", StringComparison.Ordinal) => IndexIds.Hsi,
        _ when alias.StartsWith("Hang Seng T", StringComparison.Ordinal) => IndexIds.HsTech,
        _ when alias.StartsWith("Hang Seng", StringComparison.Ordinal) || alias == "HSI" => IndexIds.Hsi,
        _ when alias.StartsWith("Nikkei", StringComparison.Ordinal) || alias.Contains("Japan", StringComparison.Ordinal)
               || alias.Contains("Tokyo", StringComparison.Ordinal) => IndexIds.N225,
        _ when alias.Equals("Topix", StringComparison.OrdinalIgnoreCase) => IndexIds.Topix,
        _ when alias.Equals("Kospi", StringComparison.OrdinalIgnoreCase) => IndexIds.Kospi,
        _ when alias.Equals("Kosdaq", StringComparison.OrdinalIgnoreCase) => IndexIds.Kosdaq,
        _ when alias.StartsWith("CSI", StringComparison.Ordinal) => IndexIds.Csi300,
        _ when alias.StartsWith("Shanghai", StringComparison.Ordinal) => IndexIds.Ssec,
        _ when alias.Contains("ASX", StringComparison.Ordinal) => IndexIds.Asx200,
        _ when alias.StartsWith("Straits Times", StringComparison.Ordinal) => IndexIds.Sti,
        _ when alias.StartsWith("Nifty", StringComparison.Ordinal) => IndexIds.Nifty50,
        _ when alias.StartsWith("S&P", StringComparison.Ordinal) => IndexIds.Spx,
        _ when alias.StartsWith("Dow", StringComparison.Ordinal) => IndexIds.Djia,
        _ when alias.StartsWith("Nasdaq", StringComparison.OrdinalIgnoreCase) => IndexIds.Nasdaq,
        _ => IndexIds.UsdJpy,
    };

    /// <summary>Whether a name stands for a market's shares as a group rather than one index ("Tokyo stocks",
    /// "Japanese shares", "Wall Street", "U.S. stocks"): its direction may follow either of the market's indices.</summary>
    public static bool IsGroup(string alias) =>
        GroupWords().IsMatch(alias);

    [GeneratedRegex(@"\b(?:stocks?|shares|equities|markets?|Wall Street|indexes|indices|averages|benchmarks|gauges)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GroupWords();

    /// <summary>A New York index, or a related index of New York's own session (Nasdaq 100, Dow transports, VIX);
    /// futures and funds trade in other hours.</summary>
    public static bool IsUnitedStates(string index) =>
        index is IndexIds.Spx or IndexIds.Djia or IndexIds.Nasdaq
        || (!index.Contains(':', StringComparison.Ordinal) && RelatedSeries.ParentOf(index) is IndexIds.Spx or IndexIds.Djia or IndexIds.Nasdaq);

    /// <summary>TSE 33-sector words as articles write them, mapped to the sector's English name.</summary>
    public static IReadOnlyDictionary<string, string> SectorWords { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["insurance"] = "Insurance",
        ["insurers"] = "Insurance",
        ["miners"] = "Mining",
        ["mining"] = "Mining",
        ["banks"] = "Banks",
        ["banking"] = "Banks",
        ["shippers"] = "Marine Transportation",
        ["shipping"] = "Marine Transportation",
        ["real estate"] = "Real Estate",
        ["utilities"] = "Electric Power & Gas",
        ["pharmaceuticals"] = "Pharmaceutical",
        ["brokerages"] = "Securities & Commodity Futures",
        ["machinery"] = "Machinery",
        ["electric appliances"] = "Electric Appliances",
        ["transport equipment"] = "Transportation Equipment",
        ["automakers"] = "Transportation Equipment",
        ["retailers"] = "Retail Trade",
        ["trading houses"] = "Wholesale Trade",
        ["oil and coal"] = "Oil & Coal Products",
        ["air transport"] = "Air Transportation",
        ["steel"] = "Iron & Steel",
        ["chemicals"] = "Chemicals",

        // The writer's nouns (Phrasebook.SectorNoun), so the checker reads its own wraps' sector lines as sectors.
        ["drugmakers"] = "Pharmaceutical",
        ["oil refiners"] = "Oil & Coal Products",
        ["airlines"] = "Air Transportation",
        ["steelmakers"] = "Iron & Steel",
        ["chemical makers"] = "Chemicals",
        ["builders"] = "Construction",
        ["food makers"] = "Foods",
        ["textile makers"] = "Textiles & Apparels",
        ["paper makers"] = "Pulp & Paper",
        ["tire and rubber makers"] = "Rubber Products",
        ["glass and ceramics makers"] = "Glass & Ceramics Products",
        ["nonferrous metal"] = "Nonferrous Metals",
        ["nonferrous metals"] = "Nonferrous Metals",
        ["metal products"] = "Metal Products",
        ["electric appliance"] = "Electric Appliances",
        ["precision instrument"] = "Precision Instruments",
        ["precision instruments"] = "Precision Instruments",
        ["railways"] = "Land Transportation",
        ["warehousing"] = "Warehousing & Harbor Transportation Services",
        ["information and communication"] = "Information & Communication",
        ["non-bank lenders"] = "Other Financing Business",
        ["services stocks"] = "Services",
        ["makers of other products"] = "Other Products",
        ["fishery and farming"] = "Fishery, Agriculture & Forestry",
    };

    public static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
}
