using System.CommandLine;
using System.Globalization;
using Kabuto.Data.Store;
using Kabuto.Checking;
using Kabuto.Writing.Composing;
using Kabuto.Writing.Documents;
using Kabuto.Writing.Text;

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
        var language = new Option<string?>("--lang") { Description = "en (default) or ja: verdicts and reasons in Japanese (either language's articles are read)" };
        var command = new Command("check", "Extract an article's market claims and give each a verdict: supported, contradicted or not checkable")
        {
            file, date, published, definitions, language,
        };
        command.SetAction(int (ParseResult parse) =>
        {
            var path = parse.GetValue(file) ?? string.Empty;
            var given = CliValues.OptionalDate(parse.GetValue(date), "--date");
            var upTo = CliValues.OptionalDate(parse.GetValue(published), "--published");
            var japanese = CliValues.Choice(() => WrapWriter.ParseLanguage(parse.GetValue(language))) == ArticleLanguage.Japanese;
            var text = InputFile.ReadText(path, "a plain-text article");
            using var store = MarketStore.OpenToQuery(globals.DbPath(parse));
            var members = MemberAttributionOption.Sources(store, parse.GetValue(definitions));
            var report = ArticleChecker.Over(store, members).Check(text, path, given, upTo);
            if (globals.WantsJson(parse))
            {
                globals.WriteJson(CheckReportJson.From(report, japanese));
                return 0;
            }

            if (japanese)
            {
                WriteJapanese(globals.Out, report);
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

    /// <summary>The same report with Japanese labels and reasons (<see cref="JapaneseReasons"/>); the date inference's
    /// explanation and the note stay in English.</summary>
    private static void WriteJapanese(TextWriter output, CheckReport report)
    {
        var date = report.Date.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "不明";
        output.WriteLine($"{report.Source}: 対象日 {date}({report.Date.Explanation})");
        if (report.Published is { } p)
        {
            output.WriteLine($"公表日 {p:yyyy-MM-dd}");
        }

        if (report.Note is { } note)
        {
            output.WriteLine($"注記: {note}");
        }

        output.WriteLine();
        foreach (var claim in report.Claims)
        {
            var when = claim.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";
            var index = claim.Index is null ? "-" : JapaneseLabels.Index(claim.Index);
            output.WriteLine($"[{JapaneseReasons.Verdict(claim.Verdict)}] {JapaneseReasons.Kind(claim.Kind)} {index} {JapaneseLabels.Session(claim.Session)} {when}: 「{Shorten(claim.Text)}」");
            output.WriteLine($"    {JapaneseReasons.Reason(claim)}");
        }

        output.WriteLine();
        output.WriteLine($"主張{report.Claims.Count}件: 裏付けあり{report.Supported}件、データと矛盾{report.Contradicted}件、確認できず{report.NotCheckable}件");
    }

    private static string Label(Verdict verdict) => verdict switch
    {
        Verdict.Supported => "supported",
        Verdict.Contradicted => "contradicted",
        _ => "not_checkable",
    };

    private static string Shorten(string text) => text.Length <= 100 ? text : text[..97] + "...";
}
