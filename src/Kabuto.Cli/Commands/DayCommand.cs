using System.CommandLine;
using System.Globalization;
using Kabuto.Analytics;
using Kabuto.Analytics.Day;
using Kabuto.Analytics.Facts;
using Kabuto.Analytics.Members;
using Kabuto.Core.Indexing;
using Kabuto.Data.Store;
using Kabuto.Writing.Composing;
using Kabuto.Writing.Text;
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
        var all = new Option<bool>("--all") { Description = "Print every fact, every member's included (the digest otherwise)" };
        var language = new Option<string?>("--lang") { Description = "en (default) or ja: table labels in Japanese (--json: adds a label per kind)" };
        var command = new Command("day", "The facts of a trading day: levels, changes, records, milestones, streaks, ranks, region, yen, members")
        {
            target, date, definitions, all, language,
        };
        command.SetAction(int (ParseResult parse) =>
        {
            var what = parse.GetValue(target) ?? string.Empty;
            var day = CliValues.Date(parse.GetValue(date) ?? string.Empty, "date");
            var japanese = CliValues.Choice(() => WrapWriter.ParseLanguage(parse.GetValue(language))) == Kabuto.Writing.Documents.ArticleLanguage.Japanese;
            using var store = MarketStore.OpenToQuery(globals.DbPath(parse));
            var facts = new FactBook(store, MemberAttributionOption.Sources(store, parse.GetValue(definitions))).Day(what, day);
            if (globals.WantsJson(parse))
            {
                if (japanese)
                {
                    globals.WriteJson(new { query = what, date = day, facts = facts.Select(FactJson.From), language = "ja", labels = DayLabels.Japanese(facts) });
                }
                else
                {
                    globals.WriteJson(new { query = what, date = day, facts = facts.Select(FactJson.From) });
                }

                return 0;
            }

            if (parse.GetValue(all))
            {
                FactsTable.Write(globals, japanese ? $"{what} {day:yyyy-MM-dd}: ファクト{facts.Count}件" : $"{what} {day:yyyy-MM-dd}: {facts.Count} facts", facts, japanese: japanese);
                return 0;
            }

            var sections = DayDigest.Build(facts);
            var shown = sections.Sum(s => s.Facts.Count);
            globals.Out.WriteLine(japanese ? $"{what} {day:yyyy-MM-dd}: ファクト{facts.Count}件のうち{shown}件" : $"{what} {day:yyyy-MM-dd}: {shown} of {facts.Count} facts");
            foreach (var section in sections)
            {
                FactsTable.Write(globals, japanese && section.Key is { } key ? JapaneseLabels.DigestSection(key) : section.Title, section.Facts, japanese: japanese);
            }

            globals.Out.WriteLine(japanese
                ? $"ファクトは全{facts.Count}件: --all で全件、--json で入力値とともに出力。"
                : $"{facts.Count} facts in all: --all lists them, --json gives them with their inputs.");
            return 0;
        });
        return command;
    }
}

/// <summary>Facts as a readable table (shared by day and records). Compact tables (one index, one session, as in the
/// records digest) leave out the index and session columns.</summary>
internal static class FactsTable
{
    public static void Write(CliGlobals globals, string title, IReadOnlyList<Fact> facts, bool compact = false, bool japanese = false)
    {
        if (japanese)
        {
            WriteJapanese(globals, title, facts);
            return;
        }

        ArgumentNullException.ThrowIfNull(globals);
        if (compact && facts.Count > 0 && facts.All(f => f.Unit == FactUnits.Rank))
        {
            WriteRanked(globals, title, facts);
            return;
        }

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
            var date = f.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            string[] cells = compact
                ? [date, f.Kind, Subject(f), FactText.Value(f), FactText.Reference(f)]
                : [f.Index, date, f.Session, f.Kind, Subject(f), FactText.Value(f), FactText.Reference(f)];
            table.AddRow(cells.Select(Markup.Escape).ToArray());
        }

        TextTable.Write(globals.Out, table);
    }

    /// <summary>A ranking (the largest moves): the rank first, then the day and its move under "move".</summary>
    private static void WriteRanked(CliGlobals globals, string title, IReadOnlyList<Fact> facts)
    {
        var table = new Table { Border = TableBorder.Simple, Title = new TableTitle(Markup.Escape(title)) };
        table.AddColumn(new TableColumn("rank").RightAligned());
        table.AddColumn("date");
        table.AddColumn("fact");
        var withSubject = facts.Any(f => f.Subject is not null);
        if (withSubject)
        {
            table.AddColumn("subject");
        }

        table.AddColumn(new TableColumn("move").RightAligned());
        foreach (var f in facts)
        {
            var move = f.ReferenceValue is not { } v ? string.Empty
                : f.Kind.EndsWith("_pct", StringComparison.Ordinal) ? v.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture) + "%"
                : v.ToString("+#,##0.00;-#,##0.00;0.00", CultureInfo.InvariantCulture);
            List<string> cells = [FactText.Value(f), f.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), f.Kind];
            if (withSubject)
            {
                cells.Add(Subject(f));
            }

            cells.Add(move);
            table.AddRow(cells.Select(Markup.Escape).ToArray());
        }

        TextTable.Write(globals.Out, table);
    }

    /// <summary>The same table with Japanese labels (<see cref="JapaneseLabels"/>); the numbers are printed as in English.</summary>
    private static void WriteJapanese(CliGlobals globals, string title, IReadOnlyList<Fact> facts)
    {
        var table = new Table { Border = TableBorder.Simple, Title = new TableTitle(Markup.Escape(title)) };
        foreach (var column in new[] { "指数", "日付", "セッション", "項目", "対象" })
        {
            table.AddColumn(column);
        }

        table.AddColumn(new TableColumn("値").RightAligned());
        table.AddColumn("参照");
        foreach (var f in facts)
        {
            var reference = f.ReferenceValue?.ToString("#,##0.00##", CultureInfo.InvariantCulture);
            var on = f.ReferenceDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            string[] cells =
            [
                JapaneseLabels.Index(f.Index), f.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), JapaneseLabels.Session(f.Session),
                JapaneseLabels.Kind(f.Kind), JapaneseLabels.Subject(f), f.Unit == FactUnits.Flag ? (f.Value != 0m ? "はい" : "いいえ") : FactText.Value(f),
                (reference, on) switch { (not null, not null) => $"{reference}({on})", (not null, null) => reference, (null, not null) => on, _ => string.Empty },
            ];
            table.AddRow(cells.Select(Markup.Escape).ToArray());
        }

        TextTable.Write(globals.Out, table);
    }

    private static string Subject(Fact f) => f.SubjectName is null ? f.Subject ?? string.Empty : $"{f.Subject} {f.SubjectName}";
}
