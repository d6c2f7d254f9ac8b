using System.CommandLine;
using Kabuto.Analytics.Shadow;
using Kabuto.Core.Errors;
using Kabuto.Core.Market;
using Kabuto.Data.Store;

namespace Kabuto.Cli.Commands;

/// <summary>kabuto shadow N225: the Nikkei 225 recomputed from its members, calibrated against the official closes
/// and reconciled day by day, with each day's official move attributed to members.</summary>
internal static class ShadowCommand
{
    private const int TopMembers = 3;

    public static Command Create(CliGlobals globals)
    {
        ArgumentNullException.ThrowIfNull(globals);
        var index = new Argument<string>("index") { Description = "Index to shadow (N225)" };
        var members = new Option<string?>("--members") { Description = "Member table to use instead of the stored membership (derived nikkei225-members.csv: membership, PAF, PAF source)" };
        var rawFrom = new Option<string?>("--raw-from") { Description = "First day the member prices are the printed ones (default: from the stored price basis)" };
        var from = new Option<string?>("--from") { Description = "First day (YYYY-MM-DD)" };
        var to = new Option<string?>("--to") { Description = "Last day (YYYY-MM-DD)" };
        var noPrior = new Option<bool>("--no-divisor-prior") { Description = "Fit the divisor from the closes alone (no table-derived prior)" };
        var command = new Command("shadow", "Shadow an index from its members: calibrate unknown factors on the official closes and reconcile day by day")
        {
            index, members, rawFrom, from, to, noPrior,
        };
        command.SetAction(int (ParseResult parse) =>
        {
            var id = (parse.GetValue(index) ?? string.Empty).ToUpperInvariant();
            if (id != IndexIds.N225)
            {
                throw Fail.Input("shadow", null, "index", id, "has no shadow methodology (only N225)", "run 'kabuto shadow N225'");
            }

            var options = ShadowOptions.Default with
            {
                RawFrom = CliValues.OptionalDate(parse.GetValue(rawFrom), "--raw-from"),
                From = CliValues.OptionalDate(parse.GetValue(from), "--from"),
                To = CliValues.OptionalDate(parse.GetValue(to), "--to"),
                DivisorPrior = parse.GetValue(noPrior) ? null : ShadowOptions.Default.DivisorPrior,
            };
            CliValues.Range(options.From, options.To);
            using var store = MarketStore.OpenToQuery(globals.DbPath(parse));
            var membership = LoadMembership(parse.GetValue(members), store);
            var report = NikkeiShadow.Run(store, membership, options);
            var attributions = AttributionSummary.From(report.Attributions, TopMembers);
            if (globals.WantsJson(parse))
            {
                globals.WriteJson(new { index = id, report, attributions });
            }
            else
            {
                ShadowText.Render(report, attributions, globals.Out);
            }

            return 0;
        });
        return command;
    }

    /// <summary>The member file when given (e.g. to try other factors), else what the import stored.</summary>
    private static NikkeiMembership LoadMembership(string? path, IMarketStore store) =>
        path is { Length: > 0 }
            ? NikkeiMembersCsv.Parse(new StringReader(InputFile.ReadText(path, "a member table like derived/nikkei225-members.csv")), path)
            : StoredNikkeiMembership.Load(store, store);
}
