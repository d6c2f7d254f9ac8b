namespace Kabuto.Core.Market;

/// <summary>Which family a JPX index belongs to: it decides how a day tells it (a ranking, or one line).</summary>
public enum JpxIndexGroup
{
    Broad,
    Sector33,
    Topix17,
    Market,
}

/// <summary>One index J-Quants publishes under /indices/bars/daily: its code (stored as series "JPX-" + code), its
/// English and Japanese names, its group, and for the sector families the classification code the master gives issues
/// (S33 for the 33 sectors, S17 for TOPIX-17).</summary>
public sealed record JpxIndex(string Code, string Name, string JapaneseName, JpxIndexGroup Group, string? SectorCode = null)
{
    public string SeriesId => JpxIndices.SeriesPrefix + Code;

    /// <summary>The name standing alone, as a list of series prints it: "TSE sector: Banks", "TOPIX-17 Banks".</summary>
    public string Title => Group switch
    {
        JpxIndexGroup.Sector33 => "TSE sector: " + Name,
        JpxIndexGroup.Topix17 => "TOPIX-17 " + Name,
        _ => Name,
    };

    /// <summary>「東証業種別 銀行業」, 「TOPIX-17 銀行」, 「東証グロース市場250指数」.</summary>
    public string JapaneseTitle => Group switch
    {
        JpxIndexGroup.Sector33 => "東証業種別 " + JapaneseName,
        JpxIndexGroup.Topix17 => "TOPIX-17 " + JapaneseName,
        _ => JapaneseName,
    };
}

/// <summary>J-Quants' index codes (data-sources.md §1; J-Quants' list of index codes, JPX's English index names). The
/// index codes collide with the master's S33 codes (index 0050 is Transportation Equipment, S33 0050 is Fishery):
/// <see cref="JpxIndex.SectorCode"/> is the master's code, <see cref="JpxIndex.Code"/> the index's.</summary>
public static class JpxIndices
{
    public const string SeriesPrefix = "JPX-";

    /// <summary>東証グロース市場250指数 (the former Mothers index, renamed 2023-11-06).</summary>
    public static JpxIndex Growth250 { get; } = new("0070", "TSE Growth Market 250 Index", "東証グロース市場250指数", JpxIndexGroup.Market);

    /// <summary>東証プライム市場指数: every domestic stock on the Prime market.</summary>
    public static JpxIndex PrimeMarket { get; } = new("0500", "TSE Prime Market Index", "東証プライム市場指数", JpxIndexGroup.Market);

    /// <summary>The TSE's 33 sector indices in TSE order, with the master's S33 code.</summary>
    public static IReadOnlyList<JpxIndex> Sectors33 { get; } =
    [
        S33("0040", "0050", "Fishery, Agriculture & Forestry", "水産・農林業"), S33("0041", "1050", "Mining", "鉱業"),
        S33("0042", "2050", "Construction", "建設業"), S33("0043", "3050", "Foods", "食料品"),
        S33("0044", "3100", "Textiles & Apparels", "繊維製品"), S33("0045", "3150", "Pulp & Paper", "パルプ・紙"),
        S33("0046", "3200", "Chemicals", "化学"), S33("0047", "3250", "Pharmaceutical", "医薬品"),
        S33("0048", "3300", "Oil & Coal Products", "石油・石炭製品"), S33("0049", "3350", "Rubber Products", "ゴム製品"),
        S33("004A", "3400", "Glass & Ceramics Products", "ガラス・土石製品"), S33("004B", "3450", "Iron & Steel", "鉄鋼"),
        S33("004C", "3500", "Nonferrous Metals", "非鉄金属"), S33("004D", "3550", "Metal Products", "金属製品"),
        S33("004E", "3600", "Machinery", "機械"), S33("004F", "3650", "Electric Appliances", "電気機器"),
        S33("0050", "3700", "Transportation Equipment", "輸送用機器"), S33("0051", "3750", "Precision Instruments", "精密機器"),
        S33("0052", "3800", "Other Products", "その他製品"), S33("0053", "4050", "Electric Power & Gas", "電気・ガス業"),
        S33("0054", "5050", "Land Transportation", "陸運業"), S33("0055", "5100", "Marine Transportation", "海運業"),
        S33("0056", "5150", "Air Transportation", "空運業"), S33("0057", "5200", "Warehousing & Harbor Transportation", "倉庫・運輸関連業"),
        S33("0058", "5250", "Information & Communication", "情報・通信業"), S33("0059", "6050", "Wholesale Trade", "卸売業"),
        S33("005A", "6100", "Retail Trade", "小売業"), S33("005B", "7050", "Banks", "銀行業"),
        S33("005C", "7100", "Securities & Commodity Futures", "証券・商品先物取引業"), S33("005D", "7150", "Insurance", "保険業"),
        S33("005E", "7200", "Other Financing Business", "その他金融業"), S33("005F", "8050", "Real Estate", "不動産業"),
        S33("0060", "9050", "Services", "サービス業"),
    ];

    /// <summary>The TOPIX-17 series (0080..0090) with the master's S17 code (1..17), JPX's English names.</summary>
    public static IReadOnlyList<JpxIndex> Topix17 { get; } =
    [
        S17("0080", "1", "Foods", "食品"), S17("0081", "2", "Energy Resources", "エネルギー資源"),
        S17("0082", "3", "Construction & Materials", "建設・資材"), S17("0083", "4", "Raw Materials & Chemicals", "素材・化学"),
        S17("0084", "5", "Pharmaceutical", "医薬品"), S17("0085", "6", "Automobiles & Transportation Equipment", "自動車・輸送機"),
        S17("0086", "7", "Steel & Nonferrous Metals", "鉄鋼・非鉄"), S17("0087", "8", "Machinery", "機械"),
        S17("0088", "9", "Electric Appliances & Precision Instruments", "電機・精密"),
        S17("0089", "10", "IT & Services, Others", "情報通信・サービスその他"), S17("008A", "11", "Electric Power & Gas", "電力・ガス"),
        S17("008B", "12", "Transportation & Logistics", "運輸・物流"), S17("008C", "13", "Commercial & Wholesale Trade", "商社・卸売"),
        S17("008D", "14", "Retail Trade", "小売"), S17("008E", "15", "Banks", "銀行"),
        S17("008F", "16", "Financials (ex Banks)", "金融(除く銀行)"), S17("0090", "17", "Real Estate", "不動産"),
    ];

    private static readonly IReadOnlyList<JpxIndex> Others =
    [
        new("0000", "TOPIX", "東証株価指数", JpxIndexGroup.Broad), new("0028", "TOPIX Core30", "TOPIX Core30", JpxIndexGroup.Broad),
        new("0029", "TOPIX Large70", "TOPIX Large70", JpxIndexGroup.Broad), new("002A", "TOPIX 100", "TOPIX 100", JpxIndexGroup.Broad),
        new("002B", "TOPIX Mid400", "TOPIX Mid400", JpxIndexGroup.Broad), new("002C", "TOPIX 500", "TOPIX 500", JpxIndexGroup.Broad),
        new("002D", "TOPIX Small", "TOPIX Small", JpxIndexGroup.Broad), new("002E", "TOPIX 1000", "TOPIX 1000", JpxIndexGroup.Broad),
        new("002F", "TOPIX Small500", "TOPIX Small500", JpxIndexGroup.Broad),
        Growth250, new("0075", "TSE REIT Index", "東証REIT指数", JpxIndexGroup.Broad),
        PrimeMarket, new("0501", "TSE Standard Market Index", "東証スタンダード市場指数", JpxIndexGroup.Market),
        new("0502", "TSE Growth Market Index", "東証グロース市場指数", JpxIndexGroup.Market),
        new("0503", "JPX Prime 150", "JPXプライム150指数", JpxIndexGroup.Broad),
    ];

    private static readonly Dictionary<string, JpxIndex> BySeries =
        Sectors33.Concat(Topix17).Concat(Others).ToDictionary(i => i.SeriesId, StringComparer.OrdinalIgnoreCase);

    /// <summary>The index a stored series id ("JPX-0070") stands for, or null for a code this table does not know.</summary>
    public static JpxIndex? Find(string seriesId) => BySeries.GetValueOrDefault(seriesId);

    private static JpxIndex S33(string code, string s33, string name, string japanese) =>
        new(code, name, japanese, JpxIndexGroup.Sector33, s33);

    private static JpxIndex S17(string code, string s17, string name, string japanese) =>
        new(code, name, japanese, JpxIndexGroup.Topix17, s17);
}
