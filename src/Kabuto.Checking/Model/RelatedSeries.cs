using Kabuto.Core.Market;

namespace Kabuto.Checking;

/// <summary>How a series an article names stands to the headline index it resembles.</summary>
public enum SeriesRelation
{
    /// <summary>Another index of the same market or family: the Nasdaq 100 beside the Nasdaq Composite, the Shenzhen
    /// Component beside the Shanghai Composite, the STOXX 600, the All Ordinaries.</summary>
    Sibling,

    /// <summary>An index drawn from the parent's members or market: TOPIX Core30, the Hang Seng China Enterprises Index.</summary>
    SubIndex,

    /// <summary>A sector index (the TSE's bank index, 「銀行業指数」, the Hang Seng's property sub-index).</summary>
    Sector,

    Futures,
    Options,

    /// <summary>An implied-volatility index on the parent's options (Nikkei VI, 日経VI; the VIX is a row of its own).</summary>
    Volatility,

    /// <summary>A fund tracking the parent: an ETF, a leveraged or inverse fund (NEXT FUNDS Nikkei 225 ETF).</summary>
    Fund,

    /// <summary>The parent's dividend index (Nikkei Stock Average Dividend Point Index).</summary>
    Dividend,
}

/// <summary>A series with a name of its own that articles print beside (and often inside) a headline index's name.
/// <see cref="English"/> is a regular-expression fragment the English reader tries before the headline names;
/// <see cref="Japanese"/> are names the Japanese reader matches longest first. <see cref="Id"/> is the series id a store
/// would hold it under (JPX codes for the TSE's indices), so a store that holds it settles its claims.</summary>
public sealed record RelatedSeriesName(string Id, string Name, string? Parent, SeriesRelation Relation, string English, IReadOnlyList<string> Japanese);

/// <summary>The lexicon of series related to the headline indices (ADR 0021): siblings and sub-indices by name, and the
/// instruments derived from any index (futures, options, volatility indices, funds, dividend and sector indices), whose
/// ids are the parent's with the relation appended ("N225:futures"). A figure after such a name is that series' own: the
/// verifier judges it on that series when the store holds it, and otherwise leaves it not checkable, never as the
/// parent's.</summary>
public static class RelatedSeries
{
    public static IReadOnlyList<RelatedSeriesName> Named { get; } =
    [
        // Japan: the TSE's own indices under the JPX codes J-Quants publishes (JpxIndices), and Nikkei's other indices.
        Jpx("0028", IndexIds.Topix, SeriesRelation.SubIndex, @"TOPIX[ -]?Core ?30|Topix[ -]?Core ?30", "TOPIXコア30", "TOPIX Core30"),
        Jpx("0029", IndexIds.Topix, SeriesRelation.SubIndex, @"TOPIX[ -]?Large ?70|Topix[ -]?Large ?70", "TOPIXラージ70", "TOPIX Large70"),
        Jpx("002A", IndexIds.Topix, SeriesRelation.SubIndex, @"TOPIX[ -]?100|Topix[ -]?100", "TOPIX100", "TOPIX 100"),
        Jpx("002B", IndexIds.Topix, SeriesRelation.SubIndex, @"TOPIX[ -]?Mid ?400|Topix[ -]?Mid ?400", "TOPIXミッド400", "TOPIX Mid400"),
        Jpx("002C", IndexIds.Topix, SeriesRelation.SubIndex, @"TOPIX[ -]?500|Topix[ -]?500", "TOPIX500", "TOPIX 500"),
        Jpx("002E", IndexIds.Topix, SeriesRelation.SubIndex, @"TOPIX[ -]?1000|Topix[ -]?1000", "TOPIX1000"),
        Jpx("002F", IndexIds.Topix, SeriesRelation.SubIndex, @"TOPIX[ -]?Small ?500|Topix[ -]?Small ?500", "TOPIXスモール500", "TOPIX Small500"),
        Jpx("002D", IndexIds.Topix, SeriesRelation.SubIndex, @"TOPIX[ -]?Small|Topix[ -]?Small", "TOPIXスモール", "TOPIX Small"),
        new("TOPIX-GROWTH", "TOPIX Growth", IndexIds.Topix, SeriesRelation.SubIndex, @"TOPIX[ -]Growth|Topix[ -]Growth", ["TOPIXグロース"]),
        new("TOPIX-VALUE", "TOPIX Value", IndexIds.Topix, SeriesRelation.SubIndex, @"TOPIX[ -]Value|Topix[ -]Value", ["TOPIXバリュー"]),
        Jpx("0075", IndexIds.Topix, SeriesRelation.Sibling, @"(?:TSE|Tokyo Stock Exchange)(?:'s)? REIT [Ii]ndex", "東証REIT指数"),
        Jpx("0500", IndexIds.Topix, SeriesRelation.Sibling, @"(?:TSE |Tokyo Stock Exchange )?Prime Market [Ii]ndex|TSE Prime [Ii]ndex", "東証プライム市場指数", "プライム市場指数", "東証プライム指数"),
        Jpx("0501", IndexIds.Topix, SeriesRelation.Sibling, @"(?:TSE |Tokyo Stock Exchange )?Standard Market [Ii]ndex|TSE Standard [Ii]ndex", "東証スタンダード市場指数", "スタンダード市場指数"),
        // Not the Growth Market 250 (held as JPX-0070): the Growth market's all-share index.
        Jpx("0502", IndexIds.Topix, SeriesRelation.Sibling, @"(?:TSE |Tokyo Stock Exchange )?Growth Market [Ii]ndex|TSE Growth [Ii]ndex", "東証グロース市場指数", "グロース市場指数"),
        Jpx("0503", IndexIds.Topix, SeriesRelation.Sibling, @"JPX Prime 150(?: [Ii]ndex)?", "JPXプライム150指数", "JPXプライム150"),
        new("JPXNK400", "JPX-Nikkei Index 400", IndexIds.N225, SeriesRelation.Sibling, @"JPX[- ]Nikkei (?:[Ii]ndex )?400(?: [Ii]ndex)?", ["JPX日経インデックス400", "JPX日経400", "JPX日経400指数"]),
        new("NK300", "Nikkei 300", IndexIds.N225, SeriesRelation.Sibling, @"Nikkei 300(?: [Ii]ndex)?", ["日経300", "日経株価指数300"]),
        new("NK500", "Nikkei 500 Stock Average", IndexIds.N225, SeriesRelation.Sibling, @"Nikkei 500(?: Stock Average| [Ii]ndex)?", ["日経500種平均株価", "日経500種平均", "日経500"]),
        new("NKHDY50", "Nikkei 225 High Dividend Yield Stock 50", IndexIds.N225, SeriesRelation.SubIndex, @"Nikkei(?: 225| Stock Average)? High Dividend(?: Yield)?(?: Stock)? 50(?: [Ii]ndex)?", ["日経平均高配当株50指数", "日経平均高配当株50"]),
        new("JASDAQ", "JASDAQ index", IndexIds.Topix, SeriesRelation.Sibling, @"JASDAQ(?: [Ii]ndex| market| Index)?|Jasdaq(?: [Ii]ndex)?", ["日経ジャスダック平均", "ジャスダック指数"]),
        new("TSE2", "TSE Second Section index", IndexIds.Topix, SeriesRelation.Sibling, @"(?:TSE|Tokyo Stock Exchange)(?:'s)? [Ss]econd [Ss]ection(?: [Ii]ndex)?", ["東証2部指数", "東証二部指数"]),
        new("NKVI", "Nikkei Stock Average Volatility Index", IndexIds.N225, SeriesRelation.Volatility,
            @"Nikkei(?: 225| Stock Average| [Aa]verage)? (?:VI|Volatility [Ii]ndex|volatility index)\b", ["日経平均ボラティリティー・インデックス", "日経平均ボラティリティ・インデックス", "日経平均VI指数", "日経平均VI", "日経VI指数", "日経VI", "日経225VI"]),

        // Hong Kong and China.
        new("HSCEI", "Hang Seng China Enterprises Index", IndexIds.Hsi, SeriesRelation.SubIndex,
            @"Hang Seng China Enterprises?(?: [Ii]ndex)?|(?:Hong Kong's |the )?China Enterprises? [Ii]ndex|H-shares? [Ii]ndex|\bHSCEI?\b", ["ハンセン中国企業株指数", "香港H株指数", "H株指数", "中国企業株指数", "HSCEI"]),
        new("HSCCI", "Hang Seng China-Affiliated Corporations Index", IndexIds.Hsi, SeriesRelation.SubIndex,
            @"Hang Seng China-Affiliated Corporations?(?: [Ii]ndex)?|red[- ]chips? [Ii]ndex", ["レッドチップ指数"]),
        new("HSCI", "Hang Seng Composite Index", IndexIds.Hsi, SeriesRelation.Sibling, @"Hang Seng (?:Composite|Mainland Composite|China H-Financials)(?: [Ii]ndex)?", ["ハンセン総合指数"]),
        new(IndexIds.HsTech, "Hang Seng TECH Index", IndexIds.Hsi, SeriesRelation.SubIndex, @"Hang Seng (?:TECH|Tech(?:nology)?)(?: [Ii]ndex)?", ["ハンセンテック指数", "ハンセン・テック指数", "ハンセンテック"]),
        new("SZSC", "Shenzhen Component Index", IndexIds.Ssec, SeriesRelation.Sibling,
            @"Shenzhen (?:Component|Composite|Stock Exchange Component)(?: [Ii]ndex)?|Shenzhen's (?:benchmark|main index|index)|\bShenzhen\b(?! ?-?listed)", ["深セン成分指数", "深セン総合指数", "深圳成分指数", "深セン市場", "深セン株"]),
        new("CHINEXT", "ChiNext Index", IndexIds.Ssec, SeriesRelation.Sibling, @"ChiNext(?: [Ii]ndex| board| [Bb]oard)?", ["創業板指数", "創業板"]),
        new("STAR50", "STAR 50 Index", IndexIds.Ssec, SeriesRelation.Sibling, @"STAR ?50(?: [Ii]ndex)?|STAR Market(?: [Ii]ndex)?", ["科創50指数", "科創板50"]),
        new("SSE50", "SSE 50 Index", IndexIds.Ssec, SeriesRelation.SubIndex, @"SSE ?50(?: [Ii]ndex)?|Shanghai 50(?: [Ii]ndex)?", ["上海50指数", "上証50"]),
        new("CSI500", "CSI 500 Index", IndexIds.Csi300, SeriesRelation.Sibling, @"CSI ?500(?: [Ii]ndex)?", ["CSI500"]),
        new("CSI1000", "CSI 1000 Index", IndexIds.Csi300, SeriesRelation.Sibling, @"CSI ?1000(?: [Ii]ndex)?", ["CSI1000"]),

        // United States.
        new("NDX", "Nasdaq 100", IndexIds.Nasdaq, SeriesRelation.SubIndex, @"(?:Nasdaq|NASDAQ)[- ]100(?: [Ii]ndex)?|\bNDX\b", ["ナスダック100指数", "ナスダック100"]),
        new("HXC", "Nasdaq Golden Dragon China Index", IndexIds.Nasdaq, SeriesRelation.Sibling, @"(?:Nasdaq )?Golden Dragon(?: China)?(?: [Ii]ndex)?", ["ナスダック・ゴールデン・ドラゴン中国指数", "ゴールデン・ドラゴン指数"]),
        new("DJT", "Dow Jones Transportation Average", IndexIds.Djia, SeriesRelation.Sibling,
            @"Dow Jones Transportation(?: Average| [Ii]ndex)?|Dow Jones Transports?(?: [Ii]ndex| Average)?|Dow [Tt]ransports?(?: [Ii]ndex| [Aa]verage)?|Dow [Tt]ransportation(?: [Ii]ndex| [Aa]verage)?", ["ダウ輸送株20種平均", "ダウ輸送株平均", "ダウ輸送株指数", "ダウ輸送株"]),
        new("DJU", "Dow Jones Utility Average", IndexIds.Djia, SeriesRelation.Sibling, @"Dow Jones Utilit(?:y|ies)(?: Average| [Ii]ndex)?|Dow [Uu]tilities", ["ダウ公共株15種平均", "ダウ公共株平均", "ダウ公共株"]),
        new("RUT", "Russell 2000", IndexIds.Spx, SeriesRelation.Sibling, @"Russell (?:2000|1000|3000)(?: [Ii]ndex)?", ["ラッセル2000指数", "ラッセル2000"]),
        new("SOX", "Philadelphia SE Semiconductor Index", IndexIds.Nasdaq, SeriesRelation.Sibling,
            @"Philadelphia (?:SE |Stock Exchange )?[Ss]emiconductor(?: [Ss]ector)? [Ii]ndex|PHLX [Ss]emiconductor(?: [Ss]ector)?(?: [Ii]ndex)?|\bSOX\b(?: [Ii]ndex)?", ["フィラデルフィア半導体株指数", "フィラデルフィア半導体指数", "米半導体株指数", "SOX指数", "SOX"]),
        new("SP400", "S&P MidCap 400", IndexIds.Spx, SeriesRelation.Sibling, @"S&P (?:MidCap |SmallCap |Mid[- ]?Cap |Small[- ]?Cap )?(?:400|600)(?: [Ii]ndex)?|S&P 500 [Ee]qual[- ][Ww]eight(?:ed)?(?: [Ii]ndex)?", ["S&P中型株400", "S&P小型株600"]),
        new("NYA", "NYSE Composite", IndexIds.Spx, SeriesRelation.Sibling, @"NYSE Composite(?: [Ii]ndex)?", ["NYSE総合"]),
        new("VIX", "Cboe Volatility Index (VIX)", IndexIds.Spx, SeriesRelation.Volatility,
            @"(?:the )?(?:Cboe|CBOE|Chicago Board Options Exchange)(?:'s)? (?:Volatility|volatility|Market Volatility) [Ii]ndex|\bVIX\b(?: [Ii]ndex| volatility index| gauge)?|Wall Street's (?:fear|volatility) gauge|(?:the )?fear (?:gauge|index)", ["VIX指数", "VIX", "恐怖指数"]),

        // Other Asia-Pacific.
        new("KOSPI200", "KOSPI 200", IndexIds.Kospi, SeriesRelation.SubIndex, @"(?:KOSPI|Kospi) ?200(?: [Ii]ndex)?", ["KOSPI200", "コスピ200"]),
        new(IndexIds.Kosdaq, "KOSDAQ", IndexIds.Kospi, SeriesRelation.Sibling, @"(?:KOSDAQ|Kosdaq)(?: ?150)?(?: [Ii]ndex| [Cc]omposite)?", ["コスダック指数", "コスダック", "KOSDAQ"]),
        new("VKOSPI", "VKOSPI", IndexIds.Kospi, SeriesRelation.Volatility, @"\bV-?KOSPI\b", ["VKOSPI"]),
        new("AORD", "All Ordinaries", IndexIds.Asx200, SeriesRelation.Sibling, @"(?:S&P/ASX )?All Ordinaries(?: [Ii]ndex)?|All Ords", ["オールオーディナリーズ指数", "オール・オーディナリーズ"]),
        new("ASXOTHER", "S&P/ASX 20/50/100/300", IndexIds.Asx200, SeriesRelation.Sibling, @"S&P/ASX (?:20|50|100|300)\b(?! *200)(?: [Ii]ndex)?", []),
        new("SENSEX", "S&P BSE Sensex", IndexIds.Nifty50, SeriesRelation.Sibling, @"(?:S&P )?(?:BSE )?Sensex(?: [Ii]ndex)?|BSE's (?:benchmark|index)", ["SENSEX", "センセックス"]),
        new("NIFTYBANK", "Nifty Bank", IndexIds.Nifty50, SeriesRelation.Sector, @"(?:NSE )?Nifty (?:Bank|Next 50|Midcap(?: ?\d+)?|Smallcap(?: ?\d+)?|IT|Auto|Pharma|Metal|FMCG|Financial Services|Realty|PSU Bank)(?: [Ii]ndex)?|Bank Nifty", []),
        new("INDIAVIX", "India VIX", IndexIds.Nifty50, SeriesRelation.Volatility, @"India VIX", []),
        new("TWII", "Taiwan Weighted Index (TAIEX)", null, SeriesRelation.Sibling, @"Taiwan(?: Stock Exchange)? (?:Weighted|Capitalization Weighted Stock) [Ii]ndex|\bTAIEX\b|\bTaiex\b|Taiwan's (?:benchmark|main|weighted) (?:index|stock index)", ["台湾加権指数", "加権指数"]),

        // Europe and the world.
        new("STOXX600", "STOXX Europe 600", null, SeriesRelation.Sibling, @"(?:pan-European )?(?:STOXX|Stoxx)(?: Europe)? 600(?: [Ii]ndex)?", ["ストックス600", "STOXX600"]),
        new("SX5E", "EURO STOXX 50", null, SeriesRelation.Sibling, @"(?:Euro|EURO|euro)[- ]?(?:STOXX|Stoxx|zone blue chip) 50(?: [Ii]ndex)?|Eurostoxx 50", ["ユーロ・ストックス50", "ユーロストックス50"]),
        new("FTSE100", "FTSE 100", null, SeriesRelation.Sibling, @"FTSE ?(?:100|250)(?: [Ii]ndex)?|FTSE MIB", ["FTSE100"]),
        new("DAX", "DAX", null, SeriesRelation.Sibling, @"\bDAX(?: 40)?\b(?: [Ii]ndex)?", ["DAX指数", "DAX"]),
        new("CAC40", "CAC 40", null, SeriesRelation.Sibling, @"\bCAC(?: 40)?\b(?: [Ii]ndex)?|\bIBEX(?: 35)?\b", ["CAC40"]),
        new("MSCI", "an MSCI index", null, SeriesRelation.Sibling, @"\bMSCI(?:'s)?(?: [A-Z][\w-]*| ex-Japan| broadest| stock| equity| share){0,6} (?:[Ii]ndex|gauge)|Morgan Stanley Capital International(?: [A-Z][\w-]*){0,4} [Ii]ndex", ["MSCI"]),
    ];

    /// <summary>The instruments any index has, with the words that name them after the parent's name (English; the
    /// Japanese reader's words are in <see cref="JapaneseInstruments"/>).</summary>
    public static IReadOnlyList<(SeriesRelation Relation, string Words)> Instruments { get; } =
    [
        (SeriesRelation.Futures, "futures"),
        (SeriesRelation.Options, "options"),
        (SeriesRelation.Volatility, "volatility index"),
        (SeriesRelation.Fund, "fund"),
        (SeriesRelation.Dividend, "dividend index"),
        (SeriesRelation.Sector, "sector index"),
    ];

    /// <summary>Japanese words after an index's name that make it a derived instrument: 「日経平均先物」「日経225オプション」
    /// 「日経平均VI」「日経平均レバレッジ」「日経平均配当指数」.</summary>
    public static IReadOnlyList<(string Suffix, SeriesRelation Relation)> JapaneseInstruments { get; } =
    [
        ("先物", SeriesRelation.Futures), ("先物ミニ", SeriesRelation.Futures), ("ミニ先物", SeriesRelation.Futures), ("mini", SeriesRelation.Futures),
        ("オプション", SeriesRelation.Options),
        ("VI", SeriesRelation.Volatility), ("ボラティリティー・インデックス", SeriesRelation.Volatility), ("ボラティリティ・インデックス", SeriesRelation.Volatility),
        ("連動型上場投信", SeriesRelation.Fund), ("連動型上場投資信託", SeriesRelation.Fund), ("連動型ETF", SeriesRelation.Fund), ("ETF", SeriesRelation.Fund),
        ("上場投信", SeriesRelation.Fund), ("レバレッジ", SeriesRelation.Fund), ("ダブルインバース", SeriesRelation.Fund), ("インバース", SeriesRelation.Fund),
        ("ブル2倍", SeriesRelation.Fund), ("ベア", SeriesRelation.Fund),
        ("配当指数", SeriesRelation.Dividend), ("配当ポイント", SeriesRelation.Dividend), ("配当ポイント指数", SeriesRelation.Dividend),
    ];

    /// <summary>Venues written before an index's futures: 「シカゴ日経平均先物」「CME日経平均先物」「大阪日経平均先物」.</summary>
    public static IReadOnlyList<string> JapaneseVenues { get; } = ["シカゴ", "CME", "大阪", "SGX", "米国の", "夜間"];

    /// <summary>The id of an instrument derived from <paramref name="parent"/>: "N225:futures"; a volatility index with a
    /// row of its own is that row's ("N225" -> NKVI, "SPX" -> VIX).</summary>
    public static string DerivedId(string parent, SeriesRelation relation) =>
        (relation == SeriesRelation.Volatility ? Named.FirstOrDefault(r => r.Parent == parent && r.Relation == relation)?.Id : null)
        ?? $"{parent}:{relation.ToString().ToLowerInvariant()}";

    /// <summary>Whether an id names a series of this lexicon rather than a headline index.</summary>
    public static bool IsRelated(string? id) =>
        id is not null && (id.Contains(':', StringComparison.Ordinal) || (ById.ContainsKey(id) && !IndexIds.IsKnown(id))
                           || (JpxIndices.Find(id) is not null && id != JpxIndices.Growth250.SeriesId));

    /// <summary>What a related series is, for a reason: "Hang Seng China Enterprises Index (a sub-index of HSI)",
    /// "N225 futures".</summary>
    public static string Describe(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (ById.TryGetValue(id, out var row))
        {
            return row.Parent is null ? row.Name : $"{row.Name} ({Relation(row.Relation)} of {row.Parent})";
        }

        var colon = id.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && Enum.TryParse<SeriesRelation>(id[(colon + 1)..], ignoreCase: true, out var relation))
        {
            var parent = id[..colon];
            var words = Instruments.First(i => i.Relation == relation).Words;
            return $"{(ById.TryGetValue(parent, out var p) ? p.Name : parent)} {words}";
        }

        return JpxIndices.Find(id) is { } jpx ? jpx.Title : id;
    }

    /// <summary>The parent index of a related series (the headline index it must not be judged as), or null.</summary>
    public static string? ParentOf(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var colon = id.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 ? id[..colon] : ById.TryGetValue(id, out var row) ? row.Parent : JpxIndices.Find(id) is not null ? IndexIds.Topix : null;
    }

    /// <summary>The TSE sector index a sector word's English sector name stands for ("Banks" -> JPX-005B), or null.</summary>
    public static string? TseSector(string sectorName) =>
        JpxIndices.Sectors33.FirstOrDefault(s => s.Name.Equals(sectorName, StringComparison.OrdinalIgnoreCase))?.SeriesId;

    private static readonly Dictionary<string, RelatedSeriesName> ById = Named.ToDictionary(r => r.Id, StringComparer.Ordinal);

    private static string Relation(SeriesRelation relation) => relation switch
    {
        SeriesRelation.Sibling => "a sibling index",
        SeriesRelation.SubIndex => "a sub-index",
        SeriesRelation.Sector => "a sector index",
        SeriesRelation.Volatility => "the volatility index",
        _ => relation.ToString().ToLowerInvariant(),
    };

    private static RelatedSeriesName Jpx(string code, string parent, SeriesRelation relation, string english, params string[] japanese) =>
        new(JpxIndices.SeriesPrefix + code, JpxIndices.Find(JpxIndices.SeriesPrefix + code)?.Name ?? code, parent, relation, english, japanese);
}
