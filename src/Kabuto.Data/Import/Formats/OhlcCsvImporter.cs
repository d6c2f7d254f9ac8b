using Kabuto.Core.Errors;
using Kabuto.Core.Market;
using Kabuto.Data.Quality;

namespace Kabuto.Data.Import.Formats;

/// <summary>Daily OHLC CSVs with a one-line header naming the columns, in any order: classic Yahoo downloads
/// (Date,Open,High,Low,Close,Adj Close,Volume, with "null" holiday rows), newer exports (Date,Close,High,Low,Open,Volume;
/// Date,Close,Dividends,...), Stooq-like files (Date,Open,High,Low,Close,Volume, sometimes newest first) and files with a
/// title line before the header (the Shift_JIS TOPIX file: "ＴＯＰＩＸ,,,," then Date,Time,Open,...). The series comes
/// from the file name (<see cref="SeriesCatalog"/>). Rows may be ragged (no volume on old ^STI rows).</summary>
public sealed class OhlcCsvImporter : IFormatImporter
{
    public string Format => "ohlc-csv";

    public bool Detect(FileSample sample) =>
        HeaderLine(sample.FirstLines) >= 0 && SeriesCatalog.FromName(sample.FileName) is not null;

    public void Read(SourceFile file, IRowSink sink)
    {
        var series = ImporterHelpers.SeriesOrFail(file);
        var headerIndex = HeaderLine(file.Lines().Take(3).Select(l => l.Text).ToList());
        if (headerIndex < 0)
        {
            throw Fail.Input(file.Path, 1, "header", file.Lines().FirstOrDefault().Text, "has no Date and Close columns",
                "use a CSV whose first (or second, after a title) line is a header such as Date,Open,High,Low,Close,Volume");
        }

        List<string> header = [];
        int date = -1, open = -1, high = -1, low = -1, close = -1, volume = -1;
        foreach (var (number, text) in file.Lines())
        {
            if (number <= headerIndex)
            {
                continue;
            }

            if (number == headerIndex + 1)
            {
                header = Csv.Split(text.TrimStart('\uFEFF'));
                date = ImporterHelpers.Column(header, "Date");
                open = ImporterHelpers.Column(header, "Open");
                high = ImporterHelpers.Column(header, "High");
                low = ImporterHelpers.Column(header, "Low");
                close = ImporterHelpers.Column(header, "Close");
                volume = ImporterHelpers.Column(header, "Volume");
                continue;
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var f = Csv.Split(text);
            if (f.Count <= close)
            {
                sink.Reject(number, text, Rules.ShortRow, f.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    $"has {f.Count} fields; the close is field {close + 1} of the header");
                continue;
            }

            if (!ImporterHelpers.Date(sink, number, text, f[date], out var day))
            {
                continue;
            }

            if (Parse.IsPlaceholder(f[close]))
            {
                sink.Reject(number, text, Rules.Placeholder, f[close], "close is a placeholder ('null' or empty): the vendor's holiday row, not a trading day");
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

            sink.Bar(number, series, new DailyBar(day, Positive(o), Positive(h), Positive(l), c!.Value, v));
        }
    }

    /// <summary>0-based index of the header line among the first lines (0, or 1 after a title line), or -1.</summary>
    internal static int HeaderLine(IReadOnlyList<string> firstLines)
    {
        for (var i = 0; i < Math.Min(2, firstLines.Count); i++)
        {
            var fields = Csv.Split(firstLines[i].TrimStart('\uFEFF'));
            if (fields.Count >= 2 && string.Equals(fields[0], "Date", StringComparison.OrdinalIgnoreCase)
                && ImporterHelpers.Column(fields, "Close") > 0)
            {
                return i;
            }
        }

        return -1;
    }

    // Yahoo writes 0 for an unknown open/high/low in early history; 0 is never a real index level.
    private static decimal? Positive(decimal? value) => value is > 0 ? value : null;
}
