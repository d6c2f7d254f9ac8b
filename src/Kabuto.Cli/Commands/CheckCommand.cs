using System.CommandLine;
using System.Globalization;
using Kabuto.Data.Store;
using Kabuto.Checking;

namespace Kabuto.Cli.Commands;

/// <summary>kabuto check FILE [--date D] [--published D] [--json]: a verdict per market claim of an article (docs/checker.md).</summary>
internal static class CheckCommand
{
    public static Command Create(CliGlobals globals)
    {
        ArgumentNullException.ThrowIfNull(globals);
        var file = new Argument<string>("file") { Description = "A plain-text article (like the seeds)" };
        var date = new Option<string?>("--date") { Description = "The session the article speaks of, YYYY-MM-DD (default: inferred from its claims and the days it names)" };
        var published = new Option<string?>("--published")
        {
            Description = "The publication date, YYYY-MM-DD: the latest session the article can speak of (default: the file's DATE: header)",
        };
        var definitions = new Option<string?>("--definitions")
        {
            Description = "Folder of index definitions for member and sector claims (default ./definitions when it exists)",
        };
        var command = new Command("check", "Extract an article's market claims and give each a verdict: supported, contradicted or not checkable")
        {
            file, date, published, definitions,
        };
        command.SetAction(int (ParseResult parse) =>
        {
            var path = parse.GetValue(file) ?? string.Empty;
            var given = CliValues.OptionalDate(parse.GetValue(date), "--date");
            var upTo = CliValues.OptionalDate(parse.GetValue(published), "--published");
            var text = InputFile.ReadText(path, "a plain-text article");
            using var store = MarketStore.OpenToRead(globals.DbPath(parse));
            var members = MemberAttributionOption.Sources(store, parse.GetValue(definitions));
            var report = ArticleChecker.Over(store, members).Check(text, path, given, upTo);
            if (globals.WantsJson(parse))
            {
                globals.WriteJson(CheckReportJson.From(report));
                return 0;
            }

            Write(globals.Out, report);
            return 0;
        });
        return command;
    }

    private static void Write(TextWriter output, CheckReport report)
    {
        var date = report.Date.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "unknown";
        // The explanation says how the date was found ("inferred from ...", "given with --date"); only the nearest-day
        // fallback needs its own label.
        var how = report.Date.Source == "nearest" ? $"nearest day: {report.Date.Explanation}" : report.Date.Explanation;
        output.WriteLine($"{report.Source}: date {date} ({how})");
        if (report.Published is { } p)
        {
            output.WriteLine($"published {p:yyyy-MM-dd}");
        }

        if (report.Note is { } note)
        {
            output.WriteLine($"note: {note}");
        }
        output.WriteLine();
        foreach (var claim in report.Claims)
        {
            var when = claim.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";
            output.WriteLine($"[{Label(claim.Verdict)}] {claim.Kind} {claim.Index ?? "-"} {claim.Session} {when}: \"{Shorten(claim.Text)}\"");
            var evidence = claim.Evidence.Count == 0
                ? string.Empty
                : "  [" + string.Join(", ", claim.Evidence.Select(e => $"{e.Id}={e.Value.ToString(CultureInfo.InvariantCulture)}")) + "]";
            output.WriteLine($"    {claim.Reason}{evidence}");
        }

        output.WriteLine();
        output.WriteLine($"{report.Claims.Count} claims: {report.Supported} supported, {report.Contradicted} contradicted, {report.NotCheckable} not checkable");
    }

    private static string Label(Verdict verdict) => verdict switch
    {
        Verdict.Supported => "supported",
        Verdict.Contradicted => "contradicted",
        _ => "not_checkable",
    };

    private static string Shorten(string text) => text.Length <= 100 ? text : text[..97] + "...";
}
