using System.Text;
using Kabuto.Core.Market;

namespace Kabuto.Writing.Text;

/// <summary>Names as Japanese wraps print them (shared/docs/japanese-style.md): indices (「日経平均株価」, 「東証株価指数
/// (TOPIX)」, 「NYダウ」), the 33 TSE sectors in Kabutan's short forms (「情報・通信」, 「陸運」), and listed companies by
/// their Nikkei/Kabutan short names (「ファストリ」, 「東エレク」), falling back to the registered Japanese name without
/// 株式会社, full-width letters folded. One style is written; the aliases the checker accepts belong to the checker.</summary>
public static class JapaneseNames
{
    /// <summary>The name in the lede (first mention).</summary>
    public static string Full(string index) => index switch
    {
        IndexIds.N225 => "日経平均株価",
        IndexIds.Topix => "東証株価指数(TOPIX)",
        IndexIds.Djia => "ダウ工業株30種平均(NYダウ)",
        IndexIds.Spx => "S&P500種株価指数",
        IndexIds.Nasdaq => "ナスダック総合株価指数",
        _ => Short(index),
    };

    /// <summary>The name in a headline and on later mentions.</summary>
    public static string Short(string index) => index switch
    {
        IndexIds.N225 => "日経平均",
        IndexIds.Topix => "TOPIX",
        IndexIds.Djia => "NYダウ",
        IndexIds.Spx => "S&P500",
        IndexIds.Nasdaq => "ナスダック総合指数",
        IndexIds.Kospi => "韓国総合株価指数",
        IndexIds.Hsi => "香港ハンセン指数",
        IndexIds.Ssec => "上海総合指数",
        IndexIds.Csi300 => "CSI300指数",
        IndexIds.Asx200 => "S&P/ASX200",
        IndexIds.Nifty50 => "インドNifty50",
        _ => JpxIndices.Find(index)?.JapaneseTitle ?? index,
    };

    private static readonly Dictionary<string, string> Sectors = new(StringComparer.Ordinal)
    {
        ["0050"] = "水産・農林", ["1050"] = "鉱業", ["2050"] = "建設", ["3050"] = "食料品", ["3100"] = "繊維",
        ["3150"] = "パルプ・紙", ["3200"] = "化学", ["3250"] = "医薬品", ["3300"] = "石油・石炭", ["3350"] = "ゴム製品",
        ["3400"] = "ガラス・土石", ["3450"] = "鉄鋼", ["3500"] = "非鉄金属", ["3550"] = "金属製品", ["3600"] = "機械",
        ["3650"] = "電気機器", ["3700"] = "輸送用機器", ["3750"] = "精密機器", ["3800"] = "その他製品", ["4050"] = "電気・ガス",
        ["5050"] = "陸運", ["5100"] = "海運", ["5150"] = "空運", ["5200"] = "倉庫・運輸", ["5250"] = "情報・通信",
        ["6050"] = "卸売", ["6100"] = "小売", ["7050"] = "銀行", ["7100"] = "証券・商品", ["7150"] = "保険",
        ["7200"] = "その他金融", ["8050"] = "不動産", ["9050"] = "サービス",
    };

    /// <summary>A TSE-33 sector by its code (Kabutan's short form), or null for an unknown code.</summary>
    public static string? Sector(string? code) => code is not null && Sectors.TryGetValue(code, out var name) ? name : null;

    private static readonly Dictionary<string, string> Companies = new(StringComparer.Ordinal)
    {
        ["9983"] = "ファストリ", ["9984"] = "SBG", ["8035"] = "東エレク", ["6857"] = "アドテスト", ["6762"] = "TDK",
        ["9433"] = "KDDI", ["4063"] = "信越化", ["6098"] = "リクルート", ["4519"] = "中外薬", ["6367"] = "ダイキン",
        ["4568"] = "第一三共", ["4543"] = "テルモ", ["6954"] = "ファナック", ["6971"] = "京セラ", ["7203"] = "トヨタ",
        ["6758"] = "ソニーG", ["6988"] = "日東電", ["8015"] = "豊田通商", ["9766"] = "コナミG", ["5803"] = "フジクラ",
        ["6920"] = "レーザーテク", ["6146"] = "ディスコ", ["7741"] = "HOYA", ["8058"] = "三菱商", ["7832"] = "バンナムHD",
        ["9735"] = "セコム", ["4503"] = "アステラス", ["8031"] = "三井物", ["7974"] = "任天堂", ["8001"] = "伊藤忠",
        ["4507"] = "塩野義", ["7267"] = "ホンダ", ["8766"] = "東京海上", ["8053"] = "住友商", ["8002"] = "丸紅",
        ["9613"] = "NTTデータ", ["9434"] = "SB", ["8306"] = "三菱UFJ", ["8316"] = "三井住友FG", ["8411"] = "みずほFG",
        ["6501"] = "日立", ["7011"] = "三菱重", ["7012"] = "川重", ["7013"] = "IHI", ["7735"] = "スクリン",
        ["6861"] = "キーエンス", ["4661"] = "OLC", ["4704"] = "トレンド", ["9843"] = "ニトリHD", ["2413"] = "エムスリー",
        ["4502"] = "武田", ["4578"] = "大塚HD", ["3659"] = "ネクソン", ["4901"] = "富士フイルム", ["3382"] = "セブン&アイ",
        ["2802"] = "味の素", ["4452"] = "花王", ["4062"] = "イビデン", ["6723"] = "ルネサス", ["6526"] = "ソシオネクス",
        ["5713"] = "住友鉱", ["6981"] = "村田製",
    };

    /// <summary>The house short names by code (the checker reads them, with other outlets' aliases).</summary>
    public static IReadOnlyDictionary<string, string> ShortNames => Companies;

    /// <summary>A listed company as the wrap names it: the short name when the house table has one, else the registered
    /// Japanese name without 株式会社 and with full-width letters folded, else the English short name, else the code.</summary>
    public static string Company(string code, string? registeredJapanese, string? english)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (Companies.TryGetValue(code, out var name))
        {
            return name;
        }

        if (!string.IsNullOrWhiteSpace(registeredJapanese))
        {
            var folded = registeredJapanese.Normalize(NormalizationForm.FormKC).Replace("株式会社", string.Empty, StringComparison.Ordinal).Trim();
            if (folded.Length > 0)
            {
                return folded;
            }
        }

        return english is { Length: > 0 } ? Kabuto.Analytics.Members.CompanyNames.Short(english) : code;
    }
}
