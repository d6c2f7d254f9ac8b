namespace Kabuto.Core.Market;

/// <summary>A market of the product (product.md, "Markets"): its id, IANA time zone and the series it publishes.</summary>
public sealed record MarketInfo(string Id, string Name, string TimeZoneId, IReadOnlyList<string> Indices);

public static class Markets
{
    public const string Tokyo = "tokyo";
    public const string Seoul = "seoul";
    public const string HongKong = "hongkong";
    public const string Shanghai = "shanghai";
    public const string Sydney = "sydney";
    public const string Singapore = "singapore";
    public const string Mumbai = "mumbai";
    public const string NewYork = "newyork";

    public static IReadOnlyList<MarketInfo> All { get; } =
    [
        new(Tokyo, "Tokyo", "Asia/Tokyo", [IndexIds.N225, IndexIds.Topix]),
        new(Seoul, "Seoul", "Asia/Seoul", [IndexIds.Kospi, IndexIds.Kosdaq]),
        new(HongKong, "Hong Kong", "Asia/Hong_Kong", [IndexIds.Hsi, IndexIds.HsTech]),
        new(Shanghai, "Shanghai", "Asia/Shanghai", [IndexIds.Ssec, IndexIds.Csi300]),
        new(Sydney, "Sydney", "Australia/Sydney", [IndexIds.Asx200]),
        new(Singapore, "Singapore", "Asia/Singapore", [IndexIds.Sti]),
        new(Mumbai, "Mumbai", "Asia/Kolkata", [IndexIds.Nifty50]),
        new(NewYork, "New York", "America/New_York", [IndexIds.Djia, IndexIds.Spx, IndexIds.Nasdaq]),
    ];

    public static MarketInfo? Find(string id) =>
        All.FirstOrDefault(m => string.Equals(m.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>The market whose session produces a series (USDJPY is read on Tokyo dates; JPX's indices, "JPX-CODE",
    /// trade in Tokyo's sessions).</summary>
    public static MarketInfo? ForSeries(string seriesId) =>
        seriesId == IndexIds.UsdJpy || seriesId.StartsWith(JpxIndices.SeriesPrefix, StringComparison.Ordinal)
            ? Find(Tokyo)
            : All.FirstOrDefault(m => m.Indices.Contains(seriesId, StringComparer.Ordinal));
}
