using System.CommandLine;
using System.Globalization;
using Kabuto.Core.Indexing;
using Kabuto.Data.Store;

namespace Kabuto.Cli.Commands;

/// <summary>kabuto verify DEFINITION --against INDEX: the index recomputed from member prices, date by date,
/// against the official series, with every mismatch explained from the data.</summary>
internal static class VerifyCommand
{
    public static Command Create(CliGlobals globals)
    {
        ArgumentNullException.ThrowIfNull(globals);
        var definition = new Argument<string>("definition") { Description = "Index definition file (JSON), e.g. definitions/djia-2011.json" };
        var against = new Option<string?>("--against") { Description = "Official series id to compare with (default: the definition's official_series)" };
        var command = new Command("verify", "Compute an index from member prices with a definition file and compare it with an official series day by day")
        {
            definition,
            against,
        };
        command.SetAction(int (ParseResult parse) =>
        {
            var path = parse.GetValue(definition) ?? string.Empty;
            var loaded = DefinitionLoader.Parse(InputFile.ReadText(path, "an index definition file (JSON), e.g. definitions/djia-2011.json"), path);
            using var store = MarketStore.OpenToQuery(globals.DbPath(parse));
            var report = Verification.Run(loaded, store, parse.GetValue(against)?.ToUpperInvariant());
            if (globals.WantsJson(parse))
            {
                globals.WriteJson(report);
            }
            else
            {
                Render(report, globals.Out);
            }

            return 0;
        });
        return command;
    }

    private static void Render(VerificationReport report, TextWriter output)
    {
        output.WriteLine($"{report.Definition} computed from member prices vs {report.Against}");
        output.WriteLine($"{"date",-10}  {"computed",10}  {"official",10}  {"diff",7}  {"status",-11}  note");
        foreach (var row in report.Rows)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{row.Date:yyyy-MM-dd}  {Number(row.Computed),10}  {Number(row.Official),10}  {Signed(row.Difference),7}  {Status(row.Status),-11}  {Note(row)}").TrimEnd());
        }

        var s = report.Summary;
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{s.Dates} dates: {s.Matches} match, {s.Mismatches} mismatch, {s.Incomplete} incomplete, {s.NoOfficial} without official value; max |difference| {s.MaxAbsDifference:0.00} points"));
        if (s.MembersWithoutPrices.Count > 0)
        {
            output.WriteLine($"warning: no prices in the store for {string.Join(" ", s.MembersWithoutPrices)} (check the codes, or import their prices)");
        }

        if (s.AdjustedPriceMembers.Count > 0)
        {
            output.WriteLine($"warning: vendor-adjusted prices for {string.Join(" ", s.AdjustedPriceMembers)}: levels from them cannot match the official series");
        }
    }

    private static string Note(VerificationRow row) => row.Status switch
    {
        VerificationStatus.Incomplete => $"missing: {string.Join(" ", row.MissingMembers)} (not computed)",
        VerificationStatus.Mismatch => row.Explanation?.Text ?? string.Empty,
        _ => string.Empty,
    };

    private static string Status(VerificationStatus status) => status switch
    {
        VerificationStatus.Match => "match",
        VerificationStatus.Mismatch => "mismatch",
        VerificationStatus.Incomplete => "incomplete",
        _ => "no_official",
    };

    private static string Number(decimal? value) => value?.ToString("0.00", CultureInfo.InvariantCulture) ?? "-";

    private static string Signed(decimal? value) => value?.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture) ?? "-";
}
