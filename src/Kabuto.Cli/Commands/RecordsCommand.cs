using System.CommandLine;
using Kabuto.Analytics;
using Kabuto.Analytics.Facts;
using Kabuto.Data.Store;

namespace Kabuto.Cli.Commands;

/// <summary>kabuto records INDEX: record and milestone history (docs/facts.md).</summary>
internal static class RecordsCommand
{
    public static Command Create(CliGlobals globals)
    {
        ArgumentNullException.ThrowIfNull(globals);
        var index = new Argument<string>("index") { Description = "Index id: N225, TOPIX, DJIA, SPX, ..." };
        var command = new Command("records", "Record and milestone history: record closes, first closes above round levels, largest moves, streaks, year-end records") { index };
        command.SetAction(int (ParseResult parse) =>
        {
            var id = parse.GetValue(index) ?? string.Empty;
            using var store = MarketStore.Open(globals.DbPath(parse));
            var facts = new FactBook(store).Records(id);
            if (globals.WantsJson(parse))
            {
                globals.WriteJson(new { index = id.ToUpperInvariant(), facts = facts.Select(FactJson.From) });
                return 0;
            }

            FactsTable.Write(globals, $"{id.ToUpperInvariant()} records: {facts.Count} facts", facts);
            return 0;
        });
        return command;
    }
}
