using System.CommandLine;
using System.Globalization;
using Kabuto.Analytics;
using Kabuto.Analytics.Facts;
using Kabuto.Analytics.Members;
using Kabuto.Core.Indexing;
using Kabuto.Data.Store;
using Spectre.Console;

namespace Kabuto.Cli.Commands;

/// <summary>kabuto day MARKET-OR-INDEX DATE: the day's facts (docs/facts.md).</summary>
internal static class DayCommand
{
    public static Command Create(CliGlobals globals)
    {
        ArgumentNullException.ThrowIfNull(globals);
        var target = new Argument<string>("market-or-index") { Description = "A market (tokyo, seoul, ..., newyork) or an index id (N225, TOPIX, DJIA, ...)" };
        var date = new Argument<string>("date") { Description = "The trading date, YYYY-MM-DD (the market's own date)" };
        var definitions = new Option<string?>("--definitions")
        {
            Description = "Folder of index definitions for member facts (default ./definitions when it exists)",
        };
        var command = new Command("day", "The facts of a trading day: levels, changes, records, milestones, streaks, ranks, region, yen, members")
        {
            target, date, definitions,
        };
        command.SetAction(int (ParseResult parse) =>
        {
            var what = parse.GetValue(target) ?? string.Empty;
            var day = CliValues.Date(parse.GetValue(date) ?? string.Empty, "date");
            using var store = MarketStore.OpenToRead(globals.DbPath(parse));
            var facts = new FactBook(store, MemberAttributionOption.Sources(store, parse.GetValue(definitions))).Day(what, day);
            if (globals.WantsJson(parse))
            {
                globals.WriteJson(new { query = what, date = day, facts = facts.Select(FactJson.From) });
                return 0;
            }

            FactsTable.Write(globals, $"{what} {day:yyyy-MM-dd}: {facts.Count} facts", facts);
            return 0;
        });
        return command;
    }
}

/// <summary>Facts as a readable table (shared by day and records). Compact tables (one index, one session, as in the
/// records digest) leave out the index and session columns.</summary>
internal static class FactsTable
{
    public static void Write(CliGlobals globals, string title, IReadOnlyList<Fact> facts, bool compact = false)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(globals.Out),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
        });
        console.Profile.Width = 160;
        var table = new Table { Border = TableBorder.Simple, Title = new TableTitle(Markup.Escape(title)) };
        if (!compact)
        {
            table.AddColumn("index");
        }

        table.AddColumn("date");
        if (!compact)
        {
            table.AddColumn("session");
        }

        table.AddColumn("fact");
        table.AddColumn("subject");
        table.AddColumn(new TableColumn("value").RightAligned());
        table.AddColumn("reference");
        foreach (var f in facts)
        {
            var subject = f.SubjectName is null ? f.Subject ?? string.Empty : $"{f.Subject} {f.SubjectName}";
            var date = f.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            string[] cells = compact
                ? [date, f.Kind, subject, FactText.Value(f), FactText.Reference(f)]
                : [f.Index, date, f.Session, f.Kind, subject, FactText.Value(f), FactText.Reference(f)];
            table.AddRow(cells.Select(Markup.Escape).ToArray());
        }

        console.Write(table);
    }
}
