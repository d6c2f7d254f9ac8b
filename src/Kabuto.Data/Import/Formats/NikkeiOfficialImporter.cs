using Kabuto.Core.Errors;
using Kabuto.Core.Market;
using Kabuto.Data.Quality;

namespace Kabuto.Data.Import.Formats;

/// <summary>Nikkei Indexes' official daily CSV, English ("Date of Data,Close,Open,High,Low") or Japanese in Shift_JIS
/// ("データ日付,終値,始値,高値,安値"). Close comes FIRST; every value is quoted; dates are YYYY/MM/DD; the last line is a
/// quoted copyright note (CP932 apostrophe), which is a footer, not a data row.</summary>
public sealed class NikkeiOfficialImporter : IFormatImporter
{
    public string Format => "nikkei-official";

    public bool Detect(FileSample sample)
    {
        var first = ImporterHelpers.First(sample);
        return first.StartsWith("Date of Data", StringComparison.OrdinalIgnoreCase)
               || first.StartsWith("\"Date of Data\"", StringComparison.OrdinalIgnoreCase)
               || first.Contains("データ日付", StringComparison.Ordinal);
    }

    public void Read(SourceFile file, IRowSink sink)
    {
        var series = SeriesCatalog.FromName(file.FileName) ?? IndexIds.N225;
        int date = 0, close = 1, open = 2, high = 3, low = 4;
        foreach (var (number, text) in file.Lines())
        {
            if (number == 1)
            {
                var header = Csv.Split(text.TrimStart('\uFEFF'));
                close = ImporterHelpers.Column(header, "Close", "終値");
                open = ImporterHelpers.Column(header, "Open", "始値");
                high = ImporterHelpers.Column(header, "High", "高値");
                low = ImporterHelpers.Column(header, "Low", "安値");
                if (close < 0)
                {
                    throw Fail.Input(file.Path, 1, "header", text, "has no Close (終値) column", "use the official file as downloaded from indexes.nikkei.co.jp");
                }

                continue;
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var f = Csv.Split(text);
            if (f.Count == 1 && !Parse.TryDate(f[0], out _))
            {
                continue; // the copyright footer
            }

            if (f.Count <= close)
            {
                sink.Reject(number, text, Rules.ShortRow, f.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), $"has {f.Count} fields, expected 5 (date, close, open, high, low)");
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

            if (c is null)
            {
                sink.Reject(number, text, Rules.MissingValue, f[close], "close is missing");
                continue;
            }

            sink.Bar(number, series, new DailyBar(day, o, h, l, c.Value, null));
        }
    }
}
