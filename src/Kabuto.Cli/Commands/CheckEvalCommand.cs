using System.CommandLine;
using System.Globalization;
using Kabuto.Data.Store;
using Kabuto.Checking;
using Kabuto.Checking.Evaluation;

namespace Kabuto.Cli.Commands;

/// <summary>kabuto check-eval DIR [--json]: the checker measured on a labelled corpus (shared/docs/checker-corpus.md):
/// contradiction and support precision, recall, date accuracy, the confusion matrix and every error.</summary>
internal static class CheckEvalCommand
{
    public static Command Create(CliGlobals globals)
    {
        ArgumentNullException.ThrowIfNull(globals);
        var folder = new Argument<string>("dir") { Description = "A labelled corpus: NAME.txt articles and expectations.jsonl" };
        var definitions = new Option<string?>("--definitions")
        {
            Description = "Folder of index definitions for member and sector claims (default ./definitions when it exists)",
        };
        var command = new Command("check-eval", "Measure the checker on a labelled corpus of articles: precision, recall, date accuracy, errors")
        {
            folder, definitions,
        };
        command.SetAction(int (ParseResult parse) =>
        {
            var corpus = LabelledCorpus.Read(parse.GetValue(folder) ?? string.Empty);
            using var store = MarketStore.OpenToQuery(globals.DbPath(parse));
            var members = MemberAttributionOption.Sources(store, parse.GetValue(definitions));
            var report = CheckEvaluation.Run(ArticleChecker.Over(store, members), corpus);
            if (globals.WantsJson(parse))
            {
                globals.WriteJson(report);
                return 0;
            }

            Write(globals.Out, report);
            return 0;
        });
        return command;
    }

    private static void Write(TextWriter output, EvaluationReport r)
    {
        void Line(FormattableString text) => output.WriteLine(text.ToString(CultureInfo.InvariantCulture));
        Line($"{r.Articles} articles checked in {r.ElapsedSeconds:0.00} s");
        Line($"contradiction precision {CheckEvaluation.Percent(r.ContradictionPrecision)} ({r.Contradicted} contradicted)");
        Line($"support precision       {CheckEvaluation.Percent(r.SupportPrecision)} ({r.Supported} supported)");
        Line($"recall                  {CheckEvaluation.Percent(r.Recall)} ({r.RecalledVerdicts} of {r.ExpectedVerdicts} labelled supported/contradicted claims)");
        Line($"date without header     {CheckEvaluation.Percent(r.DateAccuracy)} ({r.DatesRight} of {r.Dates.Count})");
        output.WriteLine();
        var columns = new[] { CheckEvaluation.Supported, CheckEvaluation.Contradicted, CheckEvaluation.NotCheckable, CheckEvaluation.Missed };
        Line($"{"expected \\ given",-16} {string.Join(" ", columns.Select(c => $"{c,13}"))}");
        foreach (var (row, cells) in r.Confusion)
        {
            Line($"{row,-16} {string.Join(" ", columns.Select(c => $"{cells[c],13}"))}");
        }

        foreach (var date in r.Dates.Where(d => d.Expected != d.Inferred))
        {
            output.WriteLine();
            Line($"date {date.File}: expected {date.Expected:yyyy-MM-dd}, inferred {(date.Inferred is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "none")} ({date.Explanation})");
        }

        output.WriteLine();
        Line($"{r.Errors.Count} errors:");
        foreach (var e in r.Errors)
        {
            Line($"{e.File} @{e.Offset} \"{e.Quote}\" expected {e.Expected}, given {e.Given}{(e.Kind is null ? string.Empty : $" [{e.Kind}]")}: {e.Reason}");
        }
    }
}
