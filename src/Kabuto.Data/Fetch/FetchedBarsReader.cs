using System.Globalization;
using System.Text;
using Kabuto.Core.Market;
using Kabuto.Data.Import;
using Kabuto.Data.Import.Formats;
using Kabuto.Data.Quality;

namespace Kabuto.Data.Fetch;

/// <summary>Reads what providers make of a JSON answer's bars: "series,date,open,high,low,close,volume", one row per
/// bar, an empty value for a null. Not a file format (it is not in the importer registry): it exists so an API's bars
/// meet the same row rules (placeholder, bad value) and then the same quality checks as a file's.</summary>
internal sealed class FetchedBarsReader : IFormatImporter
{
    public const string Header = "series,date,open,high,low,close,volume";

    public static FetchedBarsReader Instance { get; } = new();

    public string Format => "fetched-bars";

    public bool Detect(FileSample sample) => false;

    public void Read(SourceFile file, IRowSink sink)
    {
        var f = new List<string>(7);
        foreach (var (number, text) in file.Lines())
        {
            if (number == 1 || string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            Csv.Split(text, f);
            if (f.Count != 7)
            {
                sink.Reject(number, text, Rules.ShortRow, f.Count.ToString(CultureInfo.InvariantCulture), "has not the 7 fields series,date,open,high,low,close,volume");
                continue;
            }

            if (!ImporterHelpers.Date(sink, number, text, f[1], out var day))
            {
                continue;
            }

            if (Parse.IsPlaceholder(f[5]))
            {
                sink.Reject(number, text, Rules.Placeholder, f[5], $"{f[0]} has no close on {f[1]} (null in the answer: no trade, or not yet published)");
                continue;
            }

            if (!ImporterHelpers.Optional(sink, number, text, f, 2, "open", out var o)
                || !ImporterHelpers.Optional(sink, number, text, f, 3, "high", out var h)
                || !ImporterHelpers.Optional(sink, number, text, f, 4, "low", out var l)
                || !ImporterHelpers.Optional(sink, number, text, f, 5, "close", out var c)
                || !ImporterHelpers.Optional(sink, number, text, f, 6, "volume", out var v))
            {
                continue;
            }

            sink.Bar(number, f[0], new DailyBar(day, o, h, l, c!.Value, v));
        }
    }
}

/// <summary>Builds the text of a fetched document row by row (CSV, values written as the answer gave them).</summary>
internal sealed class DocumentText
{
    private readonly StringBuilder _text = new();

    public DocumentText(string header) => _text.Append(header).Append('\n');

    public int Rows { get; private set; }

    public void Row(params string?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (i > 0)
            {
                _text.Append(',');
            }

            var value = values[i] ?? string.Empty;
            _text.Append(value.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value);
        }

        _text.Append('\n');
        Rows++;
    }

    public override string ToString() => _text.ToString();
}
