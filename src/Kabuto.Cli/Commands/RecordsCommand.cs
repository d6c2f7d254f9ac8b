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
            using var store = MarketStore.Open(globals.DbPath(parse));
            var summary = new FactBook(store).RecordSummary(id);
            if (globals.WantsJson(parse))
            {
                globals.WriteJson(new { index = summary.Index, scope = Scope(summary), facts = summary.All.Select(FactJson.From) });
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

    private static object Scope(RecordSummary s) => new
    {
        held_from = s.Scope.FirstHeld,
        held_to = s.HeldTo,
        sessions = s.SessionsHeld,
        index_history_from = s.Scope.HistoryStart,
        complete = s.Scope.IsComplete,
        records_of_highs = s.Scope.KnowsHighs,
        records_of_highs_after = s.Scope.HighsKnownAfter?.Date,
        records_of_lows = s.Scope.KnowsLows,
        records_of_lows_after = s.Scope.LowsKnownAfter?.Date,
        catalogue = s.Scope.Catalogue.Select(k => new { date = k.Date, value = k.Value, kind = k.Kind, source = k.Source }),
        text = s.ScopeText,
    };
}
