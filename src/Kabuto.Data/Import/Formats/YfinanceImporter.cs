using System.Text.RegularExpressions;
using Kabuto.Core.Calendars;
using Kabuto.Core.Errors;
using Kabuto.Core.Market;
using Kabuto.Data.Quality;

namespace Kabuto.Data.Import.Formats;

/// <summary>yfinance ≥ 0.2.5x CSVs with a three-line header: "Price,Close,High,Low,Open,Volume" (any order, sometimes
/// "Adj Close" first) / "Ticker,^HSI,..." / "Date,,,,,". Index tickers become daily series; Tokyo stock tickers
/// ("7203.T") become member prices with a per-row <see cref="PriceBasis"/> (see <see cref="BasisOn"/>).</summary>
public sealed partial class YfinanceImporter : IFormatImporter
{
    public string Format => "yfinance";

    public bool Detect(FileSample sample) =>
        sample.FirstLines.Count >= 3
        && ImporterHelpers.First(sample).StartsWith("Price,", StringComparison.OrdinalIgnoreCase)
        && sample.FirstLines[1].StartsWith("Ticker,", StringComparison.OrdinalIgnoreCase)
        && sample.FirstLines[2].StartsWith("Date", StringComparison.OrdinalIgnoreCase);

    public void Read(SourceFile file, IRowSink sink)
    {
        var lines = file.Lines().Take(3).ToList();
        if (lines.Count < 3)
        {
            throw Fail.Input(file.Path, 1, "header", null, "has fewer than the three yfinance header lines", "use the CSV as yfinance wrote it (Price / Ticker / Date lines)");
        }

        var header = Csv.Split(lines[0].Text.TrimStart('\uFEFF'));
        var tickers = Csv.Split(lines[1].Text);
        var ticker = tickers.Count > 1 ? tickers[1] : string.Empty;
        var stock = TokyoStock().Match(ticker);
        string? series = null;
        if (!stock.Success)
        {
            series = SeriesCatalog.FromName(ticker) ?? ImporterHelpers.SeriesOrFail(file);
        }

        int open = ImporterHelpers.Column(header, "Open"), high = ImporterHelpers.Column(header, "High"),
            low = ImporterHelpers.Column(header, "Low"), close = ImporterHelpers.Column(header, "Close"),
            volume = ImporterHelpers.Column(header, "Volume");
        if (close < 0)
        {
            throw Fail.Input(file.Path, 1, "header", lines[0].Text, "has no Close column", "use the CSV as yfinance wrote it");
        }

        var rows = new List<(int Line, string Raw, DateOnly Date, decimal? O, decimal? H, decimal? L, decimal C, decimal? V)>();
        foreach (var (number, text) in file.Lines())
        {
            if (number <= 3 || string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var f = Csv.Split(text);
            if (f.Count <= close)
            {
                sink.Reject(number, text, Rules.ShortRow, f.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), $"has {f.Count} fields; the header has {header.Count}");
                continue;
            }

            if (!ImporterHelpers.Date(sink, number, text, f[0], out var day))
            {
                continue;
            }

            if (Parse.IsPlaceholder(f[close]))
            {
                sink.Reject(number, text, Rules.Placeholder, f[close], "close is empty: the vendor's holiday row, not a trading day");
                continue;
            }

            if (!ImporterHelpers.Optional(sink, number, text, f, open, "open", out var o)
                || !ImporterHelpers.Optional(sink, number, text, f, high, "high", out var h)
                || !ImporterHelpers.Optional(sink, number, text, f, low, "low", out var l)
                || !ImporterHelpers.Optional(sink, number, text, f, close, "close", out var c)
                || !ImporterHelpers.Optional(sink, number, text, f, volume, "volume", out var v))
            {
                continue;
            }

            if (series is not null)
            {
                sink.Bar(number, series, new DailyBar(day, o, h, l, c!.Value, v));
            }
            else
            {
                rows.Add((number, text, day, o, h, l, c!.Value, v));
            }
        }

        if (series is null && rows.Count > 0)
        {
            var code = stock.Groups["code"].Value;
            var exDate = LastExDividendDate(rows.Max(r => r.Date));
            foreach (var r in rows)
            {
                sink.Member(r.Line, new MemberBar(code, r.Date, Round(r.O), Round(r.H), Round(r.L), Round(r.C)!.Value, r.V, BasisOn(r.Date, exDate)));
            }
        }
    }

    /// <summary>yfinance back-adjusts every price before a stock's latest ex-dividend date and leaves later rows raw.
    /// Most TSE stocks close their year in March (interim in September), so rows from the last March/September
    /// ex-dividend date on or before the file's last row are <see cref="PriceBasis.Raw"/>, earlier rows
    /// <see cref="PriceBasis.Adjusted"/>. Known limit: December/February year-end stocks are raw earlier than this says
    /// (they are marked Adjusted, the safe side: changes are usable, levels are not).</summary>
    public static PriceBasis BasisOn(DateOnly date, DateOnly exDividendDate) => date >= exDividendDate ? PriceBasis.Raw : PriceBasis.Adjusted;

    /// <summary>The ex-dividend date for March/September record dates: the trading day before the month's last trading
    /// day (T+2 settlement), the latest one on or before <paramref name="lastRow"/>. For 2026-03 it is 2026-03-30.</summary>
    public static DateOnly LastExDividendDate(DateOnly lastRow)
    {
        var tokyo = TokyoCalendar.Instance;
        for (var month = new DateOnly(lastRow.Year, lastRow.Month, 1); month.Year > lastRow.Year - 2; month = month.AddMonths(-1))
        {
            if (month.Month is not (3 or 9))
            {
                continue;
            }

            var lastTradingDay = tokyo.PreviousTradingDay(month.AddMonths(1));
            var exDate = tokyo.PreviousTradingDay(lastTradingDay);
            if (exDate <= lastRow)
            {
                return exDate;
            }
        }

        return DateOnly.MinValue;
    }

    // Float32 noise (156.35000610351562): four decimals keep adjusted prices and restore printed ones.
    private static decimal? Round(decimal? value) => value is { } v ? Math.Round(v, 4, MidpointRounding.AwayFromZero) : null;

    [GeneratedRegex("^(?<code>[0-9][0-9A-Z]{3})\\.T$", RegexOptions.CultureInvariant)]
    private static partial Regex TokyoStock();
}
