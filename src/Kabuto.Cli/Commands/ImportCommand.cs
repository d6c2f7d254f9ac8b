using System.CommandLine;
using System.Globalization;
using Kabuto.Data.Import;
using Kabuto.Data.Store;
using Spectre.Console;

namespace Kabuto.Cli.Commands;

/// <summary>kabuto import PATH... [--format F]: files or folders, format auto-detected, one transaction.</summary>
internal static class ImportCommand
{
    private const int FindingsShownPerFile = 5;

    public static Command Create(CliGlobals globals)
    {
        ArgumentNullException.ThrowIfNull(globals);
        var paths = new Argument<string[]>("path") { Description = "Files or folders to import (folders are searched recursively)", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string?>("--format") { Description = $"Force a format: {string.Join(", ", ImporterRegistry.All.Select(i => i.Format))}" };
        var command = new Command("import", "Import market data files; report rows read, inserted and quarantined with reasons") { paths, format };
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
                Render(globals.Out, summary);
            }

            return 0;
        });
        return command;
    }

    private static bool ShowsProgress(CliGlobals globals) => ReferenceEquals(globals.Err, Console.Error) && !Console.IsErrorRedirected;

    private static void Render(TextWriter output, ImportSummary summary)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        console.Profile.Width = 160;
        var table = new Table().Border(TableBorder.Simple);
        table.AddColumns("file", "format", "status", "series", "read", "inserted", "quarantined");
        foreach (var file in summary.Files)
        {
            table.AddRow(Markup.Escape(file.Source), file.Format, file.Status, Markup.Escape(string.Join(",", file.Series)),
                N(file.RowsRead), N(file.Inserted), N(file.Quarantined));
        }

        console.Write(table);
        foreach (var file in summary.Files.Where(f => f.Findings.Count > 0))
        {
            output.WriteLine($"{file.Source}: {file.Findings.Count} finding(s)");
            foreach (var f in file.Findings.Take(FindingsShownPerFile))
            {
                output.WriteLine($"  line {f.Line} [{f.Rule}{(f.Quarantined ? ", quarantined" : string.Empty)}] {f.Message}");
            }

            if (file.Findings.Count > FindingsShownPerFile)
            {
                output.WriteLine($"  ... {file.Findings.Count - FindingsShownPerFile} more (use --json for all)");
            }
        }

        var t = summary.Totals;
        output.WriteLine($"files {t.Files} (imported {t.FilesImported}, unchanged {t.FilesUnchanged}, skipped {t.FilesSkipped}); rows read {N(t.RowsRead)}, imported {N(t.Imported)}, inserted {N(t.Inserted)}, quarantined {N(t.Quarantined)}; {summary.ElapsedSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s, {N(summary.RowsPerSecond)} rows/s");
        foreach (var (reason, count) in t.QuarantinedByReason)
        {
            output.WriteLine($"  quarantined {reason}: {N(count)}");
        }
    }

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
