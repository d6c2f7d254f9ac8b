using Kabuto.Core.Errors;
using Kabuto.Core.Market;
using Kabuto.Data.Quality;

namespace Kabuto.Data.Import.Formats;

/// <summary>Investing.com historical-data exports: UTF-8 with BOM, every field quoted, Korean ("날짜","종가","시가",
/// "고가","저가","거래량","변동 %") or English ("Date","Price","Open","High","Low","Vol.","Change %") headers, dates like
/// "2025- 10- 27", thousands separators ("4,042.83") and volume suffixes ("517.00M"). Either row order.</summary>
public sealed class InvestingImporter : IFormatImporter
{
    public string Format => "investing";

    public bool Detect(FileSample sample)
    {
        var first = ImporterHelpers.First(sample);
        return first.Contains("날짜", StringComparison.Ordinal)
               || first.StartsWith("\"Date\",\"Price\"", StringComparison.OrdinalIgnoreCase)
               || first.StartsWith("Date,Price,Open,High,Low,Vol.", StringComparison.OrdinalIgnoreCase);
    }

    public void Read(SourceFile file, IRowSink sink)
    {
        var series = ImporterHelpers.SeriesOrFail(file);
        int date = 0, close = 1, open = 2, high = 3, low = 4, volume = 5;
        foreach (var (number, text) in file.Lines())
        {
            if (number == 1)
            {
                var header = Csv.Split(text.TrimStart('\uFEFF'));
                date = ImporterHelpers.Column(header, "날짜", "Date");
                close = ImporterHelpers.Column(header, "종가", "Price", "Close");
                open = ImporterHelpers.Column(header, "시가", "Open");
                high = ImporterHelpers.Column(header, "고가", "High");
                low = ImporterHelpers.Column(header, "저가", "Low");
                volume = ImporterHelpers.Column(header, "거래량", "Vol.", "Volume");
                if (date < 0 || close < 0)
                {
                    throw Fail.Input(file.Path, 1, "header", text, "has no date/close columns", "use the CSV as Investing.com exports it");
                }

                continue;
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var f = Csv.Split(text);
            if (f.Count <= Math.Max(date, close))
            {
                sink.Reject(number, text, Rules.ShortRow, f.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), $"has {f.Count} fields, expected 7");
                continue;
            }

            if (!ImporterHelpers.Date(sink, number, text, f[date], out var day)
                || !ImporterHelpers.Optional(sink, number, text, f, close, "close", out var c)
                || !ImporterHelpers.Optional(sink, number, text, f, open, "open", out var o)
                || !ImporterHelpers.Optional(sink, number, text, f, high, "high", out var h)
                || !ImporterHelpers.Optional(sink, number, text, f, low, "low", out var l))
            {
                continue;
            }

            decimal? v = null;
            if (volume >= 0 && volume < f.Count && !Parse.TryVolume(f[volume], out v))
            {
                sink.Reject(number, text, Rules.BadValue, f[volume], $"volume '{f[volume]}' is not a number with an optional K/M/B suffix");
                continue;
            }

            if (c is null)
            {
                sink.Reject(number, text, Rules.MissingValue, f[close], "close is missing");
                continue;
            }

            sink.Bar(number, series, new DailyBar(day, o, h, l, c.Value, v));
        }
    }
}
