using System.Globalization;
using Kabuto.Core.Market;
using Kabuto.TestSupport;

namespace Kabuto.Writing.Tests;

/// <summary>A tiny test-local loader of the real series under ../shared/data/raw into <see cref="InMemoryMarketData"/>
/// (the importers are another project's concern). Null when the data is not present.</summary>
internal static class RealData
{
    private static readonly Lazy<InMemoryMarketData?> Shared = new(Load);

    public static InMemoryMarketData? Market => Shared.Value;

    private static InMemoryMarketData? Load()
    {
        var official = SharedData.Require("raw/nikkei-official-kabutan/nikkei_stock_average_daily_en.csv");
        if (official is null)
        {
            return null;
        }

        var data = new InMemoryMarketData();
        var n225 = ReadCsv(official, 1, l => Bar(l[0], l[1], l[2], l[3], l[4]));

        // The official file starts in 2023; older closes (the 1989 record among them) come from the long close series.
        var longHistory = DateValue("raw/market-indicators-dashboard/nikkei-225.csv").Where(b => b.Date < n225[0].Date);
        data.AddBars(IndexIds.N225, longHistory.Concat(n225));
        data.AddBars(IndexIds.Topix, DateValue("raw/market-indicators-dashboard/topix.csv"));
        data.AddBars(IndexIds.UsdJpy, DateValue("raw/market-indicators-dashboard/usd-jpy.csv"));
        data.AddBars(IndexIds.Spx, DateValue("raw/market-indicators-dashboard/sp500.csv"));
        data.AddBars(IndexIds.Nasdaq, DateValue("raw/fred-acc102/NASDAQCOM.csv"));
        data.AddBars(IndexIds.Csi300, DateValue("raw/csi300-all-weather/hs300_idx.csv"));
        data.AddBars(IndexIds.Djia, Yahoo("raw/yahoo-storage-data-fy/^DJI.csv", 1));
        data.AddBars(IndexIds.Nifty50, Yahoo("raw/nifty-daily-moves/nifty50.csv", 1));
        data.AddBars(IndexIds.Hsi, Yahoo("raw/yahoo-recent-blank-app/^HSI.csv", 3));
        data.AddBars(IndexIds.Ssec, Yahoo("raw/sse-signal-dashboard/000001.SS.csv", 1));
        data.AddBars(IndexIds.Asx200, Yahoo("raw/yahoo-recent-blank-app/^AXJO.csv", 3));
        if (SharedData.Require("raw/kospi-investing-bond-simulator/kospi_2015_2026.csv") is { } kospi)
        {
            data.AddBars(IndexIds.Kospi, ReadCsv(kospi, 1, l => Bar(l[0].Replace(" ", string.Empty, StringComparison.Ordinal), l[1], l[2], l[3], l[4])));
        }

        return data;
    }

    private static List<DailyBar> DateValue(string relative)
    {
        var path = SharedData.Require(relative);
        return path is null ? [] : ReadCsv(path, 1, l => l.Length < 2 || l[1].Length == 0 ? null : DailyBar.CloseOnly(Date(l[0]), Number(l[1])));
    }

    /// <summary>Yahoo layout: Date,Close,High,Low,Open,... (new) after <paramref name="headerLines"/> lines.</summary>
    private static List<DailyBar> Yahoo(string relative, int headerLines)
    {
        var path = SharedData.Require(relative);
        if (path is null)
        {
            return [];
        }

        var header = File.ReadLines(path).First().Split(',');
        int Col(string name) => Array.FindIndex(header, h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase) || (name == "Date" && h == "Price"));
        int close = Col("Close"), open = Col("Open"), high = Col("High"), low = Col("Low");
        return ReadCsv(path, headerLines, l => l.Length <= close || l[close].Length == 0 ? null
            : new DailyBar(Date(l[0]), Round(Number(l[open])), Round(Number(l[high])), Round(Number(l[low])), Round(Number(l[close])), null));
    }

    private static List<DailyBar> ReadCsv(string path, int skip, Func<string[], DailyBar?> parse)
    {
        var bars = new List<DailyBar>();
        foreach (var line in File.ReadLines(path).Skip(skip))
        {
            var cells = line.Split("\",\"").Select(c => c.Trim('"', '\uFEFF')).ToArray();
            if (cells.Length == 1)
            {
                cells = line.Split(',');
            }

            if (cells.Length < 2 || !DateOnly.TryParse(cells[0].Replace('/', '-'), CultureInfo.InvariantCulture, out _))
            {
                continue;
            }

            if (parse(cells) is { } bar)
            {
                bars.Add(bar);
            }
        }

        return bars.OrderBy(b => b.Date).ToList();
    }

    private static DailyBar? Bar(string date, string close, string open, string high, string low) =>
        new DailyBar(Date(date), Number(open), Number(high), Number(low), Number(close), null);

    private static DateOnly Date(string text) => DateOnly.Parse(text.Replace('/', '-'), CultureInfo.InvariantCulture);

    private static decimal Number(string text) =>
        decimal.Parse(text.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
