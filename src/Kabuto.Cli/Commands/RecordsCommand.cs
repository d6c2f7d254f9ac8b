using System.CommandLine;
using Kabuto.Analytics;
using Kabuto.Analytics.Facts;
using Kabuto.Analytics.History;
using Kabuto.Data.Store;

namespace Kabuto.Cli.Commands;

/// <summary>kabuto records INDEX: record and milestone history (docs/facts.md). Text: the scope, then the digest a
/// reporter reads (news records, milestones, largest moves, streaks); --all: every fact row; --json: every fact.</summary>
internal static class RecordsCommand
{
    public static Command Create(CliGlobals globals)
    {
        ArgumentNullException.ThrowIfNull(globals);
        var index = new Argument<string>("index") { Description = "Index id: N225, TOPIX, DJIA, SPX, ..." };
        var all = new Option<bool>("--all") { Description = "Print every record fact (the text digest otherwise)" };
        var command = new Command("records", "Record and milestone history: record closes, first closes above round levels, largest moves, streaks, year-end records")
        {
            index, all,
        };
        command.SetAction(int (ParseResult parse) =>
        {
            var id = parse.GetValue(index) ?? string.Empty;
            using var store = MarketStore.OpenToQuery(globals.DbPath(parse));
            var summary = new FactBook(store).RecordSummary(id);
            if (globals.WantsJson(parse))
            {
                globals.WriteJson(RecordsJson.From(summary));
                return 0;
            }

            globals.Out.WriteLine($"{summary.Index} records: {summary.ScopeText}");
            if (parse.GetValue(all))
            {
                FactsTable.Write(globals, $"{summary.Index} records: {summary.All.Count} facts", summary.All);
                return 0;
            }

            foreach (var section in summary.Sections.Where(s => s.Facts.Count > 0))
            {
                FactsTable.Write(globals, section.Title, section.Facts, compact: true);
            }

            globals.Out.WriteLine($"{summary.All.Count} record facts in all: --all lists them, --json gives them with their inputs.");
            return 0;
        });
        return command;
    }
}
