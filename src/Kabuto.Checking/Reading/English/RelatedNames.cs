using System.Text.RegularExpressions;
using Kabuto.Core.Market;

namespace Kabuto.Checking;

/// <summary>The English names of <see cref="RelatedSeries"/>: the named rows, and a small grammar for the instruments any
/// index has — a parent's name with an instrument word after it ("Nikkei 225 futures", "S&amp;P 500 e-minis", "NEXT FUNDS
/// Nikkei 225 Leveraged Index ETF", "Nikkei Stock Average Dividend Point Index", "the Topix bank index") or before it
/// ("futures on the Nikkei", "Futures linked to India's Nifty 50", "E-mini S&amp;P 500", "GIFT Nifty"), and a sector's
/// index ("the TSE's bank index", "the banking sub-index").</summary>
internal static class Related
{
    // Parents as articles write them, longest first; a named row ("Nasdaq 100", "Hang Seng China Enterprises") may be
    // a parent too, its id found by the same lookup.
    private const string Parents = @"Nikkei(?: 225)?(?: Stock Average| stock average| share average| [Aa]verage)?|Topix|TOPIX|Kospi 200|KOSPI 200|Kospi|KOSPI|Kosdaq|KOSDAQ"
        + @"|Hang Seng China Enterprises(?: Index)?|Hang Seng (?:TECH|Tech)(?: Index)?|Hang Seng(?: Index)?|HSI|CSI ?300|Shanghai Composite|S&P/ASX ?200|ASX ?200|ASX|SPI 200"
        + @"|Straits Times(?: Index)?|Nifty(?: 50)?|S&P 500|S&P|Dow Jones Industrial Average|Dow Jones|Dow|Nasdaq[- ]100|NASDAQ[- ]100|Nasdaq(?: Composite)?|NASDAQ(?: Composite)?"
        + @"|Russell 2000|FTSE 100|DAX|Euro Stoxx 50|EURO STOXX 50|Stoxx 600|STOXX 600|Taiex|TAIEX|JPX[- ]Nikkei (?:Index )?400|TOPIX Core ?30|Growth(?: Market)? 250";

    private const string Venue = @"(?:CME|Chicago|Osaka|OSE|SGX|Singapore|NEXT FUNDS|iShares|Simplex|Listed Index Fund|MAXIS|Daiwa|Nomura)(?:-traded|-listed)?";

    private const string Modifier = @"(?:E-mini|e-mini|[Mm]ini|[Mm]icro|[Ll]everaged|[Dd]ouble [Ii]nverse|[Ii]nverse|[Bb]ull(?: 2x)?|[Bb]ear(?: -1x)?|[Ii]ndex|[Ll]inked|[Ee]xchange[- ][Tt]raded|tracking|tracker|yen-denominated|dollar-denominated|[23]x|-1x|225)";

    private const string Instrument = @"(?<inst>futures?|Futures|e-minis?|E-minis?|options?|Options|VI|[Vv]olatility [Ii]ndex|volatility gauge|ETFs?|ETNs?|[Ff]unds?|Dividend Point(?: Index)?|[Dd]ividend [Pp]oint|[Dd]ividend [Ii]ndex|[Ss]ub-?index)";

    private static readonly Lazy<(Regex Anchored, string Pattern, IReadOnlyList<(Regex Regex, string Id)> Rows)> Built = new(Build);

    /// <summary>The alternation of every related name, for the reader's index-name expression (before the headline names).</summary>
    public static string Pattern => Built.Value.Pattern;

    /// <summary>The related series a whole name stands for, or null when it is a headline index's name.</summary>
    public static string? Id(string alias)
    {
        var built = Built.Value;
        var m = built.Anchored.Match(alias);
        if (!m.Success)
        {
            return null;
        }

        if (m.Groups["row"].Success)
        {
            return built.Rows.First(r => r.Regex.IsMatch(alias)).Id;
        }

        if (m.Groups["usfut"].Success || m.Groups["emini"].Success || m.Groups["gift"].Success)
        {
            var parent = m.Groups["parent"].Success ? Aliases.IndexId(m.Groups["parent"].Value)
                : m.Groups["gift"].Success ? IndexIds.Nifty50 : IndexIds.Spx;
            return RelatedSeries.DerivedId(parent, SeriesRelation.Futures);
        }

        if (m.Groups["sector"].Success)
        {
            var word = m.Groups["sector"].Value;
            var tokyo = m.Groups["tse"].Success || !m.Groups["parent"].Success || Aliases.IndexId(m.Groups["parent"].Value) is IndexIds.Topix or IndexIds.N225;
            if (tokyo)
            {
                var name = Aliases.SectorWords.TryGetValue(word, out var n) ? n : Aliases.SectorWords.TryGetValue(word + "s", out var plural) ? plural : null;
                return (name is null ? null : RelatedSeries.TseSector(name)) ?? RelatedSeries.DerivedId(IndexIds.Topix, SeriesRelation.Sector);
            }

            return RelatedSeries.DerivedId(Aliases.IndexId(m.Groups["parent"].Value), SeriesRelation.Sector);
        }

        var parentId = Aliases.IndexId(m.Groups["parent"].Value);
        return RelatedSeries.DerivedId(parentId, Relation(m.Groups["inst"].Value));
    }

    private static SeriesRelation Relation(string instrument) => instrument.ToLowerInvariant() switch
    {
        var i when i.StartsWith("future", StringComparison.Ordinal) || i.StartsWith("e-mini", StringComparison.Ordinal) => SeriesRelation.Futures,
        var i when i.StartsWith("option", StringComparison.Ordinal) => SeriesRelation.Options,
        var i when i == "vi" || i.StartsWith("volatility", StringComparison.Ordinal) => SeriesRelation.Volatility,
        var i when i.StartsWith("dividend", StringComparison.Ordinal) => SeriesRelation.Dividend,
        var i when i.StartsWith("sub", StringComparison.Ordinal) => SeriesRelation.Sector,
        _ => SeriesRelation.Fund,
    };

    private static (Regex, string, IReadOnlyList<(Regex, string)>) Build()
    {
        // A name ending in a number is not followed by a unit: "pushed the Nikkei 300 points higher" names the Nikkei.
        const string NotAFigure = @"(?!\s?(?:points?|pts|yen)\b)";
        var sectors = string.Join("|", Aliases.SectorWords.Keys
            .Concat(["bank", "insurer", "broker", "brokerage", "shipper", "miner", "property", "realty", "energy", "financial", "financials",
                "tech", "technology", "healthcare", "consumer", "materials", "industrials", "transport", "transportation", "semiconductor",
                "chip", "auto", "retail", "utility", "marine transportation", "electric power", "telecommunications", "telecom"])
            .Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(w => w.Length).Select(Regex.Escape));

        string[] derived =
        [
            // "U.S. stock futures", "US equity index futures", "Wall Street futures".
            @"(?<usfut>(?:U\.S\.|US|American|Wall Street) (?:stock |equity |share )?(?:index |indices |indexes )?futures)",
            // "E-mini S&P 500", "e-mini Nasdaq 100 contracts".
            @"(?<emini>(?:E-mini|e-mini|Micro E-mini) (?<parent>S&P 500|S&P|Nasdaq[- ]100|Nasdaq|Dow(?: Jones)?))",
            @"(?<gift>(?:SGX|GIFT) Nifty(?: 50)?)",
            // "the TSE's bank index", "the Topix banking sub-index", "Hang Seng's property sub-index", "the insurance sector index".
            @"(?:(?<tse>TSE|Tokyo Stock Exchange)|(?<parent>" + Parents + @"))(?:'s)?\s+(?:sector\s+)?(?<sector>" + sectors + @")\s+(?:sector\s+)?(?:sub-?index|index)\b",
            @"(?<sector>" + sectors + @")\s+(?:sector\s+)?(?:sub-?index|sector index)\b",
            // "Nikkei 225 futures", "NEXT FUNDS Nikkei 225 Leveraged Index ETF", "Nikkei VI", "S&P 500 e-minis".
            @"(?:" + Venue + @"\s+)?(?:(?:E-mini|e-mini|[Mm]ini)\s+)?(?<parent>" + Parents + @")(?:'s?)?(?:\s+(?:[Ii]ndex|stock index|equity index))?\s+(?:" + Modifier + @"\s+){0,3}" + Instrument + @"\b",
            // "futures on the Nikkei", "Futures linked to India's Nifty 50", "options tied to the Topix", "sub-index of the Hang Seng".
            @"(?<inst>[Ff]utures|[Oo]ptions|ETFs|[Ss]ub-?index)\s+(?:on|linked to|tied to|tracking|for|of|based on)\s+(?:the\s+)?(?:[A-Z][a-z]+'s\s+)?(?:benchmark\s+|broader\s+)?(?<parent>" + Parents + @")\b",
        ];
        var rows = RelatedSeries.Named.Select(r => (new Regex(@"^(?:" + r.English + @")$", RegexOptions.CultureInvariant), r.Id)).ToList();
        var named = "(?<row>" + string.Join("|", RelatedSeries.Named.Select(r => @"\b(?:" + r.English + @")\b" + NotAFigure)) + ")";
        var pattern = string.Join("|", derived.Select(d => @"\b" + d)) + "|" + named;
        return (new Regex(@"^(?:" + pattern + @")$", RegexOptions.CultureInvariant), pattern, rows);
    }
}
