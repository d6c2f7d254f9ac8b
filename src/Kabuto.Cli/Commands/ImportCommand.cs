using System.CommandLine;
using System.Globalization;
using Kabuto.Data.Import;
using Kabuto.Data.Store;
using Spectre.Console;

namespace Kabuto.Cli.Commands;

/// <summary>kabuto import PATH... [--format F]: files or folders, format auto-detected, one transaction.</summary>
internal static class ImportCommand
{
    public static Command Create(CliGlobals globals)
    {
        ArgumentNullException.ThrowIfNull(globals);
        var paths = new Argument<string[]>("path") { Description = "Files or folders to import (folders are searched recursively)", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string?>("--format") { Description = $"Force a format: {string.Join(", ", ImporterRegistry.All.Select(i => i.Format))}" };
        var verbose = new Option<bool>("--verbose") { Description = "One row per file and every finding with its line (a table per folder and findings by kind otherwise)" };
        var command = new Command("import", "Import market data files; report rows read, accepted, quarantined (with reasons) and store rows written") { paths, format, verbose };
        command.SetAction(int (ParseResult parse) =>
        {
            var forced = parse.GetValue(format);
            if (forced is not null && !ImporterRegistry.All.Any(i => string.Equals(i.Format, forced, StringComparison.OrdinalIgnoreCase)))
            {
                throw new UsageException($"--format '{forced}' is not a format; use one of: {string.Join(", ", ImporterRegistry.All.Select(i => i.Format))}");
            }

            using var store = MarketStore.Open(globals.DbPath(parse));
            var progress = ShowsProgress(globals) ? new Progress(globals.Err) : null;
            var summary = new ImportService(store).Import(parse.GetValue(paths) ?? [], forced, progress);
            progress?.Done();
            if (globals.WantsJson(parse))
            {
                globals.WriteJson(summary);
            }
            else
            {
                Render(globals.Out, summary, parse.GetValue(verbose));
            }

            return 0;
        });
        return command;
    }

    private static bool ShowsProgress(CliGlobals globals) => ReferenceEquals(globals.Err, Console.Error) && !Console.IsErrorRedirected;

    private static void Render(TextWriter output, ImportSummary summary, bool verbose)
    {
        var t = summary.Totals;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"import: {t.Files} file(s): {t.FilesImported} imported, {t.FilesUnchanged} unchanged (imported before), {t.FilesSkipped} skipped; {summary.ElapsedSeconds:0.00} s, {N(summary.RowsPerSecond)} rows/s"));
        var table = new Table().Border(TableBorder.Simple);
        table.AddColumns("folder", "format", "files", "series");
        foreach (var name in new[] { "rows read", "accepted", "quarantined", "store rows written" })
        {
            table.AddColumn(new TableColumn(name).RightAligned());
        }

        var files = verbose ? summary.Files.Select(f => (Name: f.Source, Files: (IReadOnlyList<FileImportResult>)[f]))
            : summary.Files.GroupBy(f => Path.GetDirectoryName(f.Source) is { Length: > 0 } d ? d.Replace('\\', '/') : ".")
                .Select(g => (Name: g.Key, Files: (IReadOnlyList<FileImportResult>)g.ToList()));
        foreach (var (name, group) in files)
        {
            table.AddRow(Markup.Escape(name), Markup.Escape(string.Join(",", group.Select(f => f.Format).Distinct())), Count(group),
                Markup.Escape(Abbreviated(group.SelectMany(f => f.Series).Distinct().ToList())),
                N(group.Sum(f => f.RowsRead)), N(group.Sum(f => f.Imported)), N(group.Sum(f => f.Quarantined)), N(group.Sum(f => f.Inserted)));
        }

        TextTable.Write(output, table);
        foreach (var skipped in summary.Files.Where(f => f.Status == "skipped"))
        {
            output.WriteLine($"skipped {skipped.Source}: {skipped.Reason}");
        }

        var findings = summary.Files.SelectMany(f => f.Findings).ToList();
        if (findings.Count > 0)
        {
            var kinds = new Table().Border(TableBorder.Simple);
            kinds.AddColumn("finding");
            kinds.AddColumn(new TableColumn("count").RightAligned());
            kinds.AddColumn(new TableColumn("rows quarantined").RightAligned());
            kinds.AddColumn(new TableColumn("files").RightAligned());
            kinds.AddColumn("example");
            foreach (var kind in findings.GroupBy(f => f.Rule).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
            {
                var first = kind.First();
                kinds.AddRow(Markup.Escape(kind.Key), N(kind.Count()), N(kind.LongCount(f => f.Quarantined)), N(kind.Select(f => f.File).Distinct().LongCount()),
                    Markup.Escape(Shortened($"{first.File} line {first.Line}: {first.Message}")));
            }

            TextTable.Write(output, kinds);
        }

        if (verbose)
        {
            foreach (var file in summary.Files.Where(f => f.Findings.Count > 0))
            {
                output.WriteLine($"{file.Source}: {file.Findings.Count} finding(s)");
                foreach (var f in file.Findings)
                {
                    output.WriteLine($"  line {f.Line} [{f.Rule}{(f.Quarantined ? ", quarantined" : string.Empty)}] {f.Message}");
                }
            }
        }
        else if (findings.Count > 0)
        {
            output.WriteLine($"{N(findings.Count)} finding(s) in {N(summary.Files.Count(f => f.Findings.Count > 0))} file(s): --verbose lists each file and line, --json gives them all.");
        }

        output.WriteLine($"rows read {N(t.RowsRead)} = {N(t.Imported)} accepted + {N(t.Quarantined)} quarantined; store rows written {N(t.Inserted)}.");
        output.WriteLine("Store rows written counts rows added to every table of the store: an accepted row the store already holds adds none,");
        output.WriteLine("and a member-list row adds up to two (the membership and the instrument's name), so it can be larger or smaller than accepted.");
    }

    private static string Count(IReadOnlyList<FileImportResult> files) => N(files.Count);

    private static string Abbreviated(IReadOnlyList<string> series) =>
        series.Count <= 3 ? string.Join(",", series) : $"{string.Join(",", series.Take(3))} +{series.Count - 3}";

    private static string Shortened(string text) => text.Length <= 70 ? text : text[..69] + "…";

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A one-line indicator rewritten in place; only used when stderr is a terminal.</summary>
    private sealed class Progress(TextWriter err) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value)
        {
            var name = Path.GetFileName(value.Source);
            err.Write($"\rimporting {value.FileNumber}/{value.FileCount} {name,-40}");
            err.Flush();
        }

        public void Done()
        {
            err.Write("\r" + new string(' ', 70) + "\r");
            err.Flush();
        }
    }
}
