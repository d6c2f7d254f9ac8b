using Kabuto.Core.Market;

namespace Kabuto.Data.Import;

/// <summary>THE table from file names and vendor tickers to series ids, plus each series' published precision and
/// the tolerance for cross-source disagreements. Names match the file stem (no extension), case-insensitively;
/// a trailing '*' matches any suffix. Documented in docs/formats.md.</summary>
public static class SeriesCatalog
{
    /// <summary>Taiwan Weighted is not a product index; it is imported under this id so nothing is dropped.</summary>
    public const string Twii = "TWII";

    private static readonly (string Pattern, string SeriesId)[] Names =
    [
        ("^N225", IndexIds.N225), ("N225", IndexIds.N225), ("nikkei225", IndexIds.N225), ("nikkei-225", IndexIds.N225),
        ("nikkei_stock_average_daily_*", IndexIds.N225),
        ("^TPX", IndexIds.Topix), ("topix*", IndexIds.Topix),
        ("JPY=X", IndexIds.UsdJpy), ("usd-jpy", IndexIds.UsdJpy), ("DEXJPUS", IndexIds.UsdJpy),
        ("^DJI", IndexIds.Djia), ("DJI", IndexIds.Djia), ("DJIA", IndexIds.Djia),
        ("^SPX", IndexIds.Spx), ("^GSPC", IndexIds.Spx), ("sp500", IndexIds.Spx), ("SP500", IndexIds.Spx),
        ("^IXIC", IndexIds.Nasdaq), ("NASDAQCOM", IndexIds.Nasdaq),
        ("^KS11", IndexIds.Kospi), ("kospi*", IndexIds.Kospi), ("^KQ11", IndexIds.Kosdaq),
        ("^HSI", IndexIds.Hsi), ("^HSTECH", IndexIds.HsTech),
        ("hs300_idx", IndexIds.Csi300), ("000300.SS", IndexIds.Csi300),
        ("000001.SS", IndexIds.Ssec),
        ("^AXJO", IndexIds.Asx200),
        ("^STI", IndexIds.Sti),
        ("^NSEI", IndexIds.Nifty50), ("nifty50", IndexIds.Nifty50),
        ("^TWII", Twii),
    ];

    /// <summary>The series id for a file name ("^N225.csv") or ticker ("^N225"), or null when none matches.</summary>
    public static string? FromName(string fileNameOrTicker)
    {
        var stem = fileNameOrTicker.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
            ? fileNameOrTicker[..^4]
            : fileNameOrTicker;
        foreach (var (pattern, id) in Names)
        {
            var match = pattern.EndsWith('*')
                ? stem.StartsWith(pattern[..^1], StringComparison.OrdinalIgnoreCase)
                : string.Equals(stem, pattern, StringComparison.OrdinalIgnoreCase);
            if (match)
            {
                return id;
            }
        }

        return null;
    }

    /// <summary>A readable name for a stored series, or null when its id says it: J-Quants' indices are stored by code
    /// ("JPX-0070" is "TSE Growth Market 250 Index", "JPX-0080" "TOPIX-17 Foods").</summary>
    public static string? DisplayName(string seriesId) => JpxIndices.Find(seriesId)?.Title;

    /// <summary>Decimals the provider publishes: vendor float noise (39098.6796875) is rounded to this.</summary>
    public static int Decimals(string seriesId) => seriesId switch
    {
        IndexIds.UsdJpy => 4,
        IndexIds.Csi300 => 3,
        _ => 2,
    };

    /// <summary>Closes of two sources differing by more than this are reported. 0.015 points for indices (rounding);
    /// 1 yen for USD/JPY, whose sources are different fixings (noon New York vs Yahoo) that differ by ~0.2 yen daily.</summary>
    public static decimal DisagreementTolerance(string seriesId) => seriesId == IndexIds.UsdJpy ? 1m : 0.015m;
}
