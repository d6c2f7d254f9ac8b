using System.Globalization;
using Kabuto.Core.Errors;
using Kabuto.Data.Quality;

namespace Kabuto.Data.Import.Formats;

/// <summary>Small helpers the importers share: column lookup by header name and the common rejections.</summary>
internal static class ImporterHelpers
{
    public static int Column(IReadOnlyList<string> header, params string[] names)
    {
        for (var i = 0; i < header.Count; i++)
        {
            foreach (var name in names)
            {
                if (string.Equals(header[i].Trim().Trim('\uFEFF', '"'), name, StringComparison.OrdinalIgnoreCase))
                {
                    return i;
                }
            }
        }

        return -1;
    }

    public static string First(FileSample sample) => sample.FirstLines.Count > 0 ? sample.FirstLines[0].TrimStart('\uFEFF') : string.Empty;

    public static string SeriesOrFail(SourceFile file, string? nameOrTicker = null)
    {
        return SeriesCatalog.FromName(nameOrTicker ?? file.FileName)
            ?? throw Fail.Input(file.Path, null, "file name", nameOrTicker ?? file.FileName, "does not name a known series",
                "rename the file to a name listed in docs/formats.md (e.g. ^N225.csv, topix.csv)");
    }

    /// <summary>Reads an optional price field; false (with the row rejected) when present but not a number.</summary>
    public static bool Optional(IRowSink sink, int line, string raw, IReadOnlyList<string> fields, int column, string name, out decimal? value)
    {
        value = null;
        if (column < 0 || column >= fields.Count || Parse.IsPlaceholder(fields[column]))
        {
            return true;
        }

        if (Parse.TryDecimal(fields[column], out var v))
        {
            value = v;
            return true;
        }

        sink.Reject(line, raw, Rules.BadValue, fields[column], $"{name} '{fields[column]}' is not a number");
        return false;
    }

    public static bool Date(IRowSink sink, int line, string raw, string text, out DateOnly date)
    {
        if (Parse.TryDate(text, out date))
        {
            // A price cannot come from the future (a day of slack covers every time zone), nor from before exchanges.
            if (date > DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1) || date.Year < 1800)
            {
                sink.Reject(line, raw, Rules.BadDate, text, $"date {text} is {(date.Year < 1800 ? "before any exchange" : "in the future")}: a damaged row");
                return false;
            }

            return true;
        }

        sink.Reject(line, raw, Rules.BadDate, text, $"date '{text}' is not a date (expected YYYY-MM-DD, YYYY/MM/DD or M/D/YYYY)");
        return false;
    }

    public static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
