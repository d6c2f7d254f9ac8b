using System.Globalization;
using System.Security.Cryptography;
using Kabuto.Core.Errors;
using Kabuto.Data.Quality;
using Kabuto.Data.Store;

namespace Kabuto.Data.Import;

/// <summary>The import use case: expands folders, detects each file's format, reads it through its importer, runs
/// the quality checks, merges by source precedence and writes everything in ONE transaction. Files whose bytes were
/// imported before (same SHA-256) are reported "unchanged" and not read again.</summary>
public sealed class ImportService(MarketStore store, IHolidayOracle? holidays = null, IReadOnlyList<IFormatImporter>? importers = null)
{
    private readonly IHolidayOracle _holidays = holidays ?? LawCalendarHolidays.Instance;
    private readonly IReadOnlyList<IFormatImporter> _importers = importers ?? ImporterRegistry.All;

    private static readonly string[] DataExtensions = [".csv", ".zip", ".txt"];

    public ImportSummary Import(IReadOnlyList<string> paths, string? format = null, IProgress<ImportProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var forced = format is null ? null : _importers.FirstOrDefault(i => string.Equals(i.Format, format, StringComparison.OrdinalIgnoreCase))
            ?? throw Fail.Input("--format", null, "format", format, "is not known", $"use one of: {Formats()}");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var files = Expand(paths);
        var results = new List<FileImportResult>(files.Count);
        using (var writer = new StoreWriter(store))
        {
            for (var i = 0; i < files.Count; i++)
            {
                progress?.Report(new ImportProgress(i + 1, files.Count, files[i].Path));
                try
                {
                    results.Add(ImportFile(writer, files[i].Path, files[i].Explicit, forced));
                }
                catch (UserInputException e) when (files.Count > 1)
                {
                    // The run is one transaction: one bad file rolls back every file before it too.
                    throw Fail.User($"{e.Message}; nothing was imported (the {files.Count:N0} files are one transaction): "
                                    + $"fix {Path.GetFileName(files[i].Path)} or leave it out and run the import again");
                }
            }

            writer.Commit();
        }

        return new ImportSummary(results, Totals(results)) { ElapsedSeconds = Math.Round(clock.Elapsed.TotalSeconds, 3) };
    }

    private FileImportResult ImportFile(StoreWriter writer, string path, bool explicitFile, IFormatImporter? forced)
    {
        var source = SourceName(path);
        var bytes = File.ReadAllBytes(path);
        var isZip = path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);
        if (bytes.Length == 0 || (!isZip && SourceText.IsBinary(bytes)))
        {
            var what = bytes.Length == 0 ? "is empty" : "is binary (not text)";
            return explicitFile
                ? throw Fail.Input(path, null, "the file", null, what, $"give a data file (CSV or text{(forced is null ? ", or a LEAN .zip" : string.Empty)}); see docs/formats.md")
                : Skipped(path, source, "unknown", $"the file {what}");
        }

        // The hash and the decoding each take a tenth of a second on a 100 MB file: done side by side.
        var hashing = Task.Run(() => Convert.ToHexStringLower(SHA256.HashData(bytes)));
        var (text, encoding) = isZip ? (string.Empty, "zip") : SourceText.Decode(bytes);
        var sha = hashing.GetAwaiter().GetResult();
        var sample = new FileSample(Path.GetFileName(path), Path.GetFileName(Path.GetDirectoryName(path) ?? string.Empty),
            isZip ? [] : SourceText.Lines(text).Take(5).Select(l => l.Text).ToList(), isZip);
        var importer = forced ?? _importers.FirstOrDefault(i => i.Detect(sample));
        if (importer is null)
        {
            if (explicitFile)
            {
                throw Fail.Input(path, 1, "format", sample.FirstLines.FirstOrDefault() ?? sample.FileName, "is not a known format",
                    $"pass --format with one of: {Formats()}");
            }

            return Skipped(path, source, "unknown", "no importer recognises this file (see docs/formats.md)");
        }

        if (writer.FindImport(sha) is { } previous)
        {
            return new FileImportResult(path, source, importer.Format, "unchanged", [], 0, 0, 0, 0,
                $"same bytes (sha256 {sha[..12]}) imported as import #{previous.ImportId} at {previous.ImportedUtc}", []);
        }

        var rank = SourcePrecedence.Rank(importer.Format);
        var importId = writer.BeginImport(path, source, sha, importer.Format);
        var before = writer.Inserted;
        var file = new SourceFile(path, source, text, encoding);
        var sink = new FileSink(writer, importId, file, rank);
        try
        {
            importer.Read(file, sink);
        }
        catch (InvalidDataException e) when (isZip)
        {
            throw Fail.Input(path, null, "zip", null, $"is not a readable zip archive ({e.Message})", "re-download the file");
        }
        catch (Exception e) when (e is IndexOutOfRangeException or ArgumentException or FormatException or OverflowException
                                      or InvalidDataException or KeyNotFoundException or InvalidOperationException)
        {
            // A file damaged past what the row rules handle (e.g. a header missing columns the format needs).
            throw Fail.Input(path, null, importer.Format, null, $"could not be read ({Damage(e)})",
                "check that the file is a complete, unmodified export or pass the right --format");
        }

        WriteBars(writer, importId, source, rank, sink);
        writer.FlushAll();
        var inserted = writer.Inserted - before;
        var series = sink.Series.ToList();
        writer.FinishImport(importId, string.Join(',', series), sink.RowsRead, inserted, sink.Quarantined);
        return new FileImportResult(path, source, importer.Format, "imported", series, sink.RowsRead, sink.RowsRead - sink.Quarantined,
            inserted, sink.Quarantined, null, sink.Findings.OrderBy(f => f.Line).ToList());
    }

    private void WriteBars(StoreWriter writer, long importId, string source, int rank, FileSink sink)
    {
        foreach (var group in sink.Bars.GroupBy(b => b.SeriesId, StringComparer.Ordinal))
        {
            sink.Series.Add(group.Key);
            var rows = group.ToList();
            var (verdicts, checkedRows) = QualityChecks.Run(rows, _holidays);
            var accepted = checkedRows.ToList();
            var others = writer.OtherSources(group.Key, source);
            var tolerance = SeriesCatalog.DisagreementTolerance(group.Key);
            foreach (var v in verdicts)
            {
                if (v.Rule == Rules.PartialLastRow && Confirmation(rows.First(r => r.Line == v.Line), others, tolerance) is { } confirmedBy)
                {
                    // Another source has the same close for that date: the zero-volume last row is final after all.
                    accepted.Add(rows.First(r => r.Line == v.Line));
                    sink.Note(v.Line, Rules.PartialConfirmed, v.Value, $"last row has volume 0 but {confirmedBy} has the same close; kept");
                }
                else if (v.Quarantine)
                {
                    sink.Quarantine(v.Line, v.Rule, v.Value, v.Message);
                }
                else
                {
                    sink.Note(v.Line, v.Rule, v.Value, v.Message);
                }
            }

            foreach (var row in accepted)
            {
                writer.AddBar(importId, source, rank, group.Key, row.Line, row.Bar);
                if (!others.TryGetValue(row.Bar.Date, out var list))
                {
                    continue;
                }

                foreach (var (otherSource, otherRank, close) in list)
                {
                    var diff = row.Bar.Close - close;
                    if (Math.Abs(diff) > tolerance)
                    {
                        var winner = otherRank > rank ? otherSource : source;
                        sink.Note(row.Line, Rules.SourceDisagreement, row.Bar.Close.ToString(CultureInfo.InvariantCulture),
                            $"{group.Key} {row.Bar.Date:yyyy-MM-dd} close {row.Bar.Close} differs from {close} in {otherSource} by {diff:+0.####;-0.####} (> {tolerance}); {winner} is used");
                    }
                }
            }
        }
    }

    private string Formats() => string.Join(", ", _importers.Select(i => i.Format));

    /// <summary>What a reader's failure says about the file, in words (the exception's type means nothing to a user).</summary>
    private static string Damage(Exception e) => e switch
    {
        IndexOutOfRangeException or ArgumentOutOfRangeException => "a column or field the format needs is missing",
        FormatException or OverflowException => "a value is not written the way the format writes it",
        KeyNotFoundException => "a name the format needs is missing",
        _ => "it is not laid out like this format",
    };

    private static string? Confirmation(PendingBar row, Dictionary<DateOnly, List<(string Source, int Rank, decimal Close)>> others, decimal tolerance) =>
        others.TryGetValue(row.Bar.Date, out var list)
            ? list.Where(o => Math.Abs(o.Close - row.Bar.Close) <= tolerance).Select(o => o.Source).FirstOrDefault()
            : null;

    private static List<(string Path, bool Explicit)> Expand(IReadOnlyList<string> paths)
    {
        var files = new List<(string, bool)>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add((Path.GetFullPath(path), true));
            }
            else if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => DataExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Select(Path.GetFullPath)
                    .Order(StringComparer.Ordinal)
                    .Select(f => (f, false)));
            }
            else
            {
                throw Fail.Input(path, null, "path", path, "does not exist", "pass an existing file or folder");
            }
        }

        return files;
    }

    private static string SourceName(string path) =>
        $"{Path.GetFileName(Path.GetDirectoryName(path))}/{Path.GetFileName(path)}";

    private static FileImportResult Skipped(string path, string source, string format, string reason) =>
        new(path, source, format, "skipped", [], 0, 0, 0, 0, reason, []);

    private static ImportTotals Totals(List<FileImportResult> results)
    {
        var byReason = results.SelectMany(r => r.Findings).Where(f => f.Quarantined)
            .GroupBy(f => f.Rule, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (long)g.Count(), StringComparer.Ordinal);
        var byRule = results.SelectMany(r => r.Findings)
            .GroupBy(f => f.Rule, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (long)g.Count(), StringComparer.Ordinal);
        return new ImportTotals(
            results.Count,
            results.Count(r => r.Status == "imported"),
            results.Count(r => r.Status == "unchanged"),
            results.Count(r => r.Status == "skipped"),
            results.Sum(r => r.RowsRead),
            results.Sum(r => r.Imported),
            results.Sum(r => r.Inserted),
            results.Sum(r => r.Quarantined),
            byReason,
            byRule);
    }
}

/// <summary>Which source wins when several hold the same series and date: official publishers first, then
/// official-derived archives, then data vendors. Ties go to the latest import.</summary>
public static class SourcePrecedence
{
    public static int Rank(string format) => format switch
    {
        "nikkei-official" => 100,
        "jquants-daily-quotes" => 90,
        "plain-csv" => 80,
        "fred" => 70,
        "derived-members" => 60,
        "uci-dow-jones" => 50,
        "investing" => 50,
        "topix-sjis" => 40,
        _ => 30,
    };
}
