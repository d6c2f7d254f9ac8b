namespace Kabuto.Core.Market;

/// <summary>The product's series ids (product.md, "Index ids"). The only place these strings are spelled.</summary>
public static class IndexIds
{
    public const string N225 = "N225";
    public const string Topix = "TOPIX";
    public const string Djia = "DJIA";
    public const string Spx = "SPX";
    public const string Nasdaq = "NASDAQ";
    public const string Kospi = "KOSPI";
    public const string Kosdaq = "KOSDAQ";
    public const string Hsi = "HSI";
    public const string HsTech = "HSTECH";
    public const string Csi300 = "CSI300";
    public const string Ssec = "SSEC";
    public const string Asx200 = "ASX200";
    public const string Sti = "STI";
    public const string Nifty50 = "NIFTY50";
    public const string UsdJpy = "USDJPY";

    public static IReadOnlyList<string> All { get; } =
    [
        N225, Topix, Djia, Spx, Nasdaq, Kospi, Kosdaq, Hsi, HsTech, Csi300, Ssec, Asx200, Sti, Nifty50, UsdJpy,
    ];

    public static bool IsKnown(string id) => All.Contains(id, StringComparer.Ordinal);
}
