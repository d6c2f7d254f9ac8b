using Kabuto.Core.Errors;
using Kabuto.Core.Market;
using Kabuto.Data.Quality;

namespace Kabuto.Data.Import.Formats;

/// <summary>Shared reader of close-only "date,value" files; the subclasses differ in detection and series naming.</summary>
public abstract class TwoColumnImporter : IFormatImporter
{
    public abstract string Format { get; }

    public abstract bool Detect(FileSample sample);

    public void Read(SourceFile file, IRowSink sink)
    {
        string? series = null;
        foreach (var (number, text) in file.Lines())
        {
            if (number == 1)
            {
                var header = Csv.Split(text.TrimStart('\uFEFF'));
                series = SeriesFor(file, header);
                continue;
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var f = Csv.Split(text);
            if (f.Count < 2)
            {
                sink.Reject(number, text, Rules.ShortRow, f.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), "has 1 field, expected date,value");
                continue;
            }

            if (!ImporterHelpers.Date(sink, number, text, f[0], out var day))
            {
                continue;
            }

            if (Parse.IsPlaceholder(f[1]))
            {
                sink.Reject(number, text, Rules.Placeholder, f[1], "value is empty or '.': the publisher's holiday row, not a trading day");
                continue;
            }

            if (!Parse.TryDecimal(f[1], out var value))
            {
                sink.Reject(number, text, Rules.BadValue, f[1], $"value '{f[1]}' is not a number");
                continue;
            }

            sink.Bar(number, series!, DailyBar.CloseOnly(day, value));
        }
    }

    protected virtual string SeriesFor(SourceFile file, IReadOnlyList<string> header) => ImporterHelpers.SeriesOrFail(file);
}

/// <summary>FRED downloads: "observation_date,SERIES" (or "DATE,SERIES"); holidays are blank or "." values.
/// The series comes from the column name (NASDAQCOM), else from the file name.</summary>
public sealed class FredImporter : TwoColumnImporter
{
    public override string Format => "fred";

    public override bool Detect(FileSample sample)
    {
        var first = ImporterHelpers.First(sample);
        return first.StartsWith("observation_date,", StringComparison.OrdinalIgnoreCase)
               || (first.StartsWith("DATE,", StringComparison.Ordinal) && Csv.Split(first).Count == 2);
    }

    protected override string SeriesFor(SourceFile file, IReadOnlyList<string> header) =>
        (header.Count > 1 ? SeriesCatalog.FromName(header[1]) : null) ?? ImporterHelpers.SeriesOrFail(file);
}

/// <summary>Plain two-column CSVs: "date,value" or "date,close", ascending ISO dates; series from the file name.</summary>
public sealed class PlainCsvImporter : TwoColumnImporter
{
    public override string Format => "plain-csv";

    public override bool Detect(FileSample sample) => HasHeader(sample) && SeriesCatalog.FromName(sample.FileName) is not null;

    /// <summary>The header is this format's ("date,value" or "date,close"), whatever the file's name says.</summary>
    public static bool HasHeader(FileSample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var header = Csv.Split(ImporterHelpers.First(sample));
        return header.Count == 2 && string.Equals(header[0], "date", StringComparison.OrdinalIgnoreCase)
               && header[1].ToLowerInvariant() is "value" or "close";
    }

    protected override string SeriesFor(SourceFile file, IReadOnlyList<string> header)
    {
        if (header.Count < 2)
        {
            throw Fail.Input(file.Path, 1, "header", string.Join(',', header), "is not 'date,value'", "use a two-column CSV with a date,value header");
        }

        return base.SeriesFor(file, header);
    }
}
