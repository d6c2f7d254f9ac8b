using System.CommandLine;
using System.Globalization;
using Kabuto.Data.Fetch;
using Kabuto.Data.Store;
using Spectre.Console;

namespace Kabuto.Cli.Commands;

/// <summary>kabuto fetch [SOURCE...] [--from D] [--to D] [--dry-run]: asks J-Quants, Nikkei, Yahoo and FRED for what the
/// store lacks in the range and imports it like a file (docs/fetch.md). Exit 1 when a source failed, one line each on
/// stderr naming the source, the request (without secrets) and the fix; what the other requests brought is kept.</summary>
internal static class FetchCommand
{
    private const int DefaultDays = 7;

    private static readonly TimeZoneInfo Tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");

    public static Command Create(CliGlobals globals)
    {
        ArgumentNullException.ThrowIfNull(globals);
        var sources = new Argument<string[]>("source")
        {
            Description = $"Sources to ask: {string.Join(", ", FetchService.Names)} (none: every configured one)",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var from = new Option<string?>("--from") { Description = $"First date, YYYY-MM-DD (default: {DefaultDays} days before --to)" };
        var to = new Option<string?>("--to") { Description = "Last date, YYYY-MM-DD (default: today in Tokyo)" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Say what would be asked and what each source needs; ask nothing, write nothing" };
        var command = new Command("fetch", "Fetch what the store lacks from J-Quants, Nikkei, Yahoo and FRED, imported like files (incremental, safe to repeat)")
        {
            sources, from, to, dryRun,
        };
        command.SetAction(async Task<int> (ParseResult parse, CancellationToken cancellation) =>
        {
            var names = parse.GetValue(sources) ?? [];
            foreach (var name in names.Where(n => !FetchService.Names.Contains(n, StringComparer.OrdinalIgnoreCase)))
            {
                throw new UsageException($"source '{name}' is not a source; use one or more of: {string.Join(", ", FetchService.Names)}");
            }

            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Tokyo).DateTime);
            var last = CliValues.OptionalDate(parse.GetValue(to), "--to") ?? today;
            var first = CliValues.OptionalDate(parse.GetValue(from), "--from") ?? last.AddDays(-DefaultDays);
            CliValues.Range(first, last);
            var range = new FetchRange(first, last, today);
            var settings = FetchSettings.Load();
            using var client = FetchHttp.CreateClient();
            var http = new FetchHttp(client);
            var json = globals.WantsJson(parse);
            if (parse.GetValue(dryRun))
            {
                using var readStore = MarketStore.OpenToRead(globals.DbPath(parse));
                var plan = new FetchService(readStore, FetchService.Providers(settings, http)).Plan(names, range);
                Render(globals, plan, json);
                return KabutoCli.Ok;
            }

            using var store = MarketStore.Open(globals.DbPath(parse));
            var report = await new FetchService(store, FetchService.Providers(settings, http)).RunAsync(names, range, cancellation).ConfigureAwait(false);
            Render(globals, report, json);
            foreach (var failed in report.Sources.Where(s => s.Error is not null))
            {
                globals.Err.WriteLine($"kabuto: {failed.Error}");
            }

            return report.Failed ? KabutoCli.UserError : KabutoCli.Ok;
        });
        return command;
    }

    private static void Render(CliGlobals globals, FetchReport report, bool json)
    {
        if (json)
        {
            globals.WriteJson(report);
            return;
        }

        var output = globals.Out;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"fetch {report.From:yyyy-MM-dd}..{report.To:yyyy-MM-dd}{(report.DryRun ? " (dry run: nothing is asked, nothing written)" : string.Empty)}"));
        if (report.DryRun)
        {
            foreach (var source in report.Sources)
            {
                output.WriteLine($"{source.Source}: needs {source.Needs}");
                if (source.NotReady is { } notReady)
                {
                    output.WriteLine($"  not configured: {notReady}");
                }

                if (source.Steps.Count == 0)
                {
                    output.WriteLine("  nothing to fetch: the store holds the range");
                }

                foreach (var step in source.Steps)
                {
                    output.WriteLine(step.Reason is null
                        ? $"  would fetch {step.What}: GET {step.Request}"
                        : $"  would skip {step.What}: {step.Reason}");
                }
            }

            return;
        }

        var table = new Table().Border(TableBorder.Simple);
        table.AddColumns("source", "status");
        foreach (var name in new[] { "requests", "skipped", "rows read", "accepted", "quarantined", "store rows written" })
        {
            table.AddColumn(new TableColumn(name).RightAligned());
        }

        foreach (var s in report.Sources)
        {
            table.AddRow(Markup.Escape(s.Source), Markup.Escape(s.Status.Replace('_', ' ')), N(s.Requests), N(s.Skipped), N(s.RowsRead), N(s.Accepted),
                N(s.Quarantined), N(s.Inserted));
        }

        TextTable.Write(output, table);
        foreach (var s in report.Sources)
        {
            if (s.NotReady is { } notReady && s.Status == "not_configured")
            {
                output.WriteLine($"{s.Source} not configured: {notReady}");
            }

            foreach (var step in s.Steps.Where(x => x.Status is "skipped" or "empty"))
            {
                output.WriteLine($"{s.Source} {step.Status} {step.What}: {step.Reason}");
            }

            // A request that stored its answer and found something to report (the exchange's calendar against the law).
            foreach (var step in s.Steps.Where(x => x.Status is "fetched" or "unchanged" && x.Reason is not null))
            {
                output.WriteLine($"{s.Source} finding {step.What}: {step.Reason}");
            }
        }

        var written = report.Sources.Sum(s => s.Inserted);
        output.WriteLine(written == 0 && !report.Failed
            ? "nothing new: the store already holds what the sources have for the range"
            : $"store rows written {N(written)}.");
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
