using System.Globalization;
using System.Security.Cryptography;
using Kabuto.Core.Errors;
using Kabuto.Data.Quality;
using Kabuto.Data.Store;

namespace Kabuto.Data.Import;

/// <summary>The import use case: expands folders, detects each file's format, reads it through its importer, runs
/// the quality checks, merges by source precedence and writes everything in ONE transaction. Files whose bytes were
/// imported before (same SHA-256) are reported "unchanged" and not read again.</summary>
public sealed class ImportService(IMarketStore store, IHolidayOracle? holidays = null, IReadOnlyList<IFormatImporter>? importers = null)
{
    private readonly IHolidayOracle _holidays = holidays ?? new CalendarHolidays(store);
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
        using (var writer = store.BeginWrite())
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

            ConfirmHeldRows(writer, results);
            writer.Commit();
        }

        return new ImportSummary(results, Totals(results)) { ElapsedSeconds = Math.Round(clock.Elapsed.TotalSeconds, 3) };
    }

    /// <summary>Partial last rows are held back (quarantined with their values). At the end of every run, each held row
    /// that another source now matches (close within the tolerance) is stored after all, and every confirmed row's
    /// finding names all the sources that confirm it so far: the outcome depends on which files the store holds, never
    /// on the order they came in. A row released in this run updates its file's result.</summary>
    private static void ConfirmHeldRows(IStoreWriter writer, List<FileImportResult> results)
    {
        foreach (var held in writer.HeldBars())
        {
            var tolerance = SeriesCatalog.DisagreementTolerance(held.SeriesId);
            var others = writer.OtherSources(held.SeriesId, held.Source);
            var sameDay = others.TryGetValue(held.Bar.Date, out var list) ? list : [];
            var confirming = sameDay.Where(o => Math.Abs(o.Close - held.Bar.Close) <= tolerance)
                .OrderByDescending(o => o.Rank).ThenByDescending(o => o.Source, StringComparer.Ordinal).Select(o => o.Source).ToList();
            if (confirming.Count == 0)
            {
                continue;
            }

            var value = held.Bar.Close.ToString(CultureInfo.InvariantCulture);
            var message = $"last row has volume 0 but {string.Join(", ", confirming)} {(confirming.Count == 1 ? "has" : "have")} the same close; kept";
            var released = new List<Finding>();
            if (!held.Released)
            {
                writer.ReleaseHeld(held);
                foreach (var other in sameDay.Where(o => Math.Abs(o.Close - held.Bar.Close) > tolerance))
                {
                    released.Add(Disagreement(writer, held.ImportId, held.SeriesId, held.Bar.Date, (held.Source, held.Rank, held.Bar.Close, held.Line), other));
                }
            }

            writer.ReplaceFinding(held.ImportId, held.Source, held.Line, Rules.PartialConfirmed, value, message);
            var index = results.FindIndex(r => r.Source == held.Source && r.Status == "imported");
            if (index >= 0 && !held.Released)
            {
                var r = results[index];
                var findings = r.Findings.Where(f => !(f.Line == held.Line && f.Rule == Rules.PartialLastRow))
                    .Append(new Finding(held.Source, held.Line, Rules.PartialConfirmed, value, message, Quarantined: false))
                    .Concat(released).OrderBy(f => f.Line).ToList();
                results[index] = r with { Imported = r.Imported + 1, Inserted = r.Inserted + 1, Quarantined = r.Quarantined - 1, Findings = findings };
            }
        }
    }

    /// <summary>Two sources' closes of a date differ beyond the tolerance: the finding is about the row that is not used
    /// (the lower precedence: rank, then source name, as best_bars decides), whichever file came first, so the same
    /// pair gives the same finding in any order.</summary>
    private static Finding Disagreement(IStoreWriter writer, long importId, string seriesId, DateOnly date,
        (string Source, int Rank, decimal Close, int Line) row, OtherClose other)
    {
        var rowWins = row.Rank > other.Rank || (row.Rank == other.Rank && string.CompareOrdinal(row.Source, other.Source) > 0);
        var (winner, winnerClose) = rowWins ? (row.Source, row.Close) : (other.Source, other.Close);
        var (loser, loserClose, loserLine) = rowWins ? (other.Source, other.Close, other.Line) : (row.Source, row.Close, row.Line);
        var decimals = SeriesCatalog.Decimals(seriesId);
        string Text(decimal v) => Math.Round(v, decimals, MidpointRounding.AwayFromZero).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var diff = loserClose - winnerClose;
        var message = $"{seriesId} {date:yyyy-MM-dd} close {Text(loserClose)} in {loser} differs from {Text(winnerClose)} in {winner} by "
                      + $"{diff.ToString("+0.####;-0.####", CultureInfo.InvariantCulture)} (> {SeriesCatalog.DisagreementTolerance(seriesId)}); {winner} takes precedence";
        writer.AddFinding(importId, loser, loserLine, Rules.SourceDisagreement, Text(loserClose), message);
        return new Finding(loser, loserLine, Rules.SourceDisagreement, Text(loserClose), message, Quarantined: false);
    }

    private FileImportResult ImportFile(IStoreWriter writer, string path, bool explicitFile, IFormatImporter? forced)
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
            // A plain date,value CSV takes its series from the file name: the header is fine, the name is what to fix.
            if (Kabuto.Data.Import.Formats.PlainCsvImporter.HasHeader(sample))
            {
                const string Fix = "rename the file to a series name listed in docs/formats.md (e.g. nikkei-225.csv, topix.csv, ^N225.csv)";
                return explicitFile
                    ? throw Fail.Input(path, null, "file name", sample.FileName, "does not name a known series, and a plain date,value CSV takes its series from its name", Fix)
                    : Skipped(path, source, "plain-csv", $"the file name does not name a known series; {Fix}");
            }

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

        var file = new SourceFile(path, source, text, encoding);
        try
        {
            return ReadInto(writer, file, sha, importer, importer.Format, importedUtc: null);
        }
        catch (InvalidDataException e) when (isZip)
        {
            throw Fail.Input(path, null, "zip", null, $"is not a readable zip archive ({e.Message})", "re-download the file");
        }
    }

    /// <summary>Imports documents fetched from a source's API (Fetch/) exactly as files are imported: the same readers,
    /// quality checks, quarantine, precedence and provenance (imports.path is the URL without secrets, imports.source the
    /// document's name, imported_utc the fetch time), all in ONE transaction. A document whose source name and text were
    /// imported before is "unchanged".</summary>
    public ImportSummary ImportDocuments(IReadOnlyList<FetchedDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var results = new List<FileImportResult>(documents.Count);
        using (var writer = store.BeginWrite())
        {
            foreach (var document in documents)
            {
                var sha = Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(document.Source + "\n" + document.Text)));
                if (writer.FindImport(sha) is { } previous)
                {
                    results.Add(new FileImportResult(document.Url, document.Source, document.Format, "unchanged", [], 0, 0, 0, 0,
                        $"same answer (sha256 {sha[..12]}) imported as import #{previous.ImportId} at {previous.ImportedUtc}", []));
                    continue;
                }

                var file = new SourceFile(document.Url, document.Source, document.Text, "utf-8", document.FileName);
                results.Add(ReadInto(writer, file, sha, document.Reader, document.Format, document.FetchedUtc));
            }

            ConfirmHeldRows(writer, results);
            writer.Commit();
        }

        return new ImportSummary(results, Totals(results)) { ElapsedSeconds = Math.Round(clock.Elapsed.TotalSeconds, 3) };
    }

    /// <summary>Reads one file or document through its importer into the store: rows, quarantine, findings, provenance.
    /// <paramref name="format"/> decides the source's precedence and is what imports.format records.</summary>
    private FileImportResult ReadInto(IStoreWriter writer, SourceFile file, string sha, IFormatImporter importer, string format, DateTimeOffset? importedUtc)
    {
        var (path, source) = (file.Path, file.Source);
        var rank = SourcePrecedence.Rank(format);
        var importId = writer.BeginImport(path, source, sha, format, importedUtc);
        var before = writer.Inserted;
        var sink = new FileSink(writer, importId, file, rank);
        try
        {
            importer.Read(file, sink);
        }
        catch (Exception e) when (e is IndexOutOfRangeException or ArgumentException or FormatException or OverflowException
                                      or KeyNotFoundException or InvalidOperationException
                                      || (e is InvalidDataException && !path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase)))
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
        return new FileImportResult(path, source, format, "imported", series, sink.RowsRead, sink.RowsRead - sink.Quarantined,
            inserted, sink.Quarantined, null, sink.Findings.OrderBy(f => f.Line).ToList());
    }

    private void WriteBars(IStoreWriter writer, long importId, string source, int rank, FileSink sink)
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
                if (v.Quarantine)
                {
                    sink.Quarantine(v.Line, v.Rule, v.Value, v.Message);
                    if (v.Rule == Rules.PartialLastRow)
                    {
                        // Held with its values: a source with the same close confirms it at the end of the run (or of a later one).
                        var partial = rows.First(r => r.Line == v.Line);
                        writer.HoldBar(importId, source, rank, group.Key, partial.Line, partial.Bar);
                    }
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

                foreach (var other in list.Where(o => Math.Abs(row.Bar.Close - o.Close) > tolerance))
                {
                    var finding = Disagreement(writer, importId, group.Key, row.Bar.Date, (source, rank, row.Bar.Close, row.Line), other);
                    sink.Noted(finding);
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
/// official-derived archives, then data vendors. Ties go to the greater source name ("folder/file"), never to the
/// later import, so the same files in any order give the same store. Instrument descriptions use the same ranks
/// (Store.InstrumentPrecedence): the J-Quants listing, the derived member table, the JPX list, the code list.</summary>
public static class SourcePrecedence
{
    public static int Rank(string format) => format switch
    {
        "nikkei-official" => 100,
        "jquants-daily-quotes" or "jquants-listed-info" or "jquants-indices" => 90,
        "plain-csv" => 80,
        "fred" => 70,
        "derived-members" => 60,
        "uci-dow-jones" => 50,
        "investing" => 50,
        "topix-sjis" or "jpx-listed-issues" => 40,
        _ => 30,
    };
}
