using System.CommandLine;
using System.Globalization;
using Kabuto.Core.Errors;
using Kabuto.Core.Market;
using Kabuto.Data.Store;

namespace Kabuto.Cli.Commands;

/// <summary>kabuto levels INDEX [--from D] [--to D]: daily bars of one series, one row per date; an index the sources
/// do not hold but a stored cluster session computed (docs/cluster.md) shows its computed days instead.</summary>
internal static class LevelsCommand
{
    public static Command Create(CliGlobals globals)
    {
        ArgumentNullException.ThrowIfNull(globals);
        var index = new Argument<string>("index") { Description = "Series id: N225, TOPIX, DJIA, SPX, ..., USDJPY" };
        var from = new Option<string?>("--from") { Description = "First date, YYYY-MM-DD (inclusive)" };
        var to = new Option<string?>("--to") { Description = "Last date, YYYY-MM-DD (inclusive)" };
        var command = new Command("levels", "Daily levels of an index") { index, from, to };
        command.SetAction(int (ParseResult parse) =>
        {
            var given = parse.GetValue(index) ?? string.Empty;
            var id = given.ToUpperInvariant();
            var first = CliValues.OptionalDate(parse.GetValue(from), "--from");
            var last = CliValues.OptionalDate(parse.GetValue(to), "--to");
            CliValues.Range(first, last);
            using var store = MarketStore.OpenToQuery(globals.DbPath(parse));
            if (!store.ListSeries().Any(s => s.SeriesId == id))
            {
                // Not a series of the sources: perhaps an index only the cluster computed (a custom basket).
                var computed = store.GetComputedDays(id) is { Count: > 0 } upper ? upper : store.GetComputedDays(given);
                if (computed.Count > 0)
                {
                    WriteComputed(globals, parse, store, computed.Where(d => (first is null || d.Date >= first) && (last is null || d.Date <= last)).ToList());
                    return 0;
                }

                throw Fail.Input("levels", null, "index", id, "is not in the store",
                    $"import it first, store a cluster session that computes it ('kabuto cluster store'), or use one of: {string.Join(", ", store.ListSeries().Select(s => s.SeriesId))}");
            }

            var bars = store.GetDailyBars(id, first, last);
            if (globals.WantsJson(parse))
            {
                globals.WriteJson(new { index = id, levels = bars });
                return 0;
            }

            globals.Out.WriteLine($"{"date",-10} {"open",12} {"high",12} {"low",12} {"close",12} {"volume",16}");
            foreach (var b in bars)
            {
                globals.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{b.Date:yyyy-MM-dd} {Level(b.Open),12} {Level(b.High),12} {Level(b.Low),12} {Level(b.Close),12} {Volume(b.Volume),16}"));
            }

            if (bars.Count > 0)
            {
                globals.Out.WriteLine($"{NotHeld} = not held in the source files");
            }

            return 0;
        });
        return command;
    }

    /// <summary>An index's days as the cluster computed them: one row per stored session, the session named and a
    /// simulated session said to be one (its prices are made up).</summary>
    private static void WriteComputed(CliGlobals globals, ParseResult parse, IMarketStore store, IReadOnlyList<ComputedIndexDay> days)
    {
        var sessions = store.ListComputedSessions().ToDictionary(s => s.Session.SessionId, s => s.Session, StringComparer.Ordinal);
        if (globals.WantsJson(parse))
        {
            globals.WriteJson(new
            {
                index = days.Count > 0 ? days[0].IndexId : null,
                computed = days.Select(d => new { day = d, simulated = sessions[d.SessionId].Simulated, source = sessions[d.SessionId].Source }),
            });
            return;
        }

        globals.Out.WriteLine($"{"date",-10} {"open",12} {"high",12} {"low",12} {"close",12} {"prev close",12} {"snapshots",10}  session");
        foreach (var d in days)
        {
            var session = sessions[d.SessionId];
            globals.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{d.Date:yyyy-MM-dd} {Level(d.Open),12} {Level(d.High),12} {Level(d.Low),12} {Level(d.Close),12} {Level(d.PreviousClose),12} {d.Snapshots,10:N0}  {d.SessionId}{(session.Simulated ? " (simulated)" : string.Empty)}"));
        }

        if (days.Any(d => sessions[d.SessionId].Simulated))
        {
            globals.Out.WriteLine("computed by the Kabuto cluster; (simulated): from made-up ticks, not a market's level");
        }
        else if (days.Count > 0)
        {
            globals.Out.WriteLine("computed by the Kabuto cluster from the session's ticks (kabuto cluster store)");
        }
    }

    /// <summary>What a value the sources do not give prints as, in every column.</summary>
    public const string NotHeld = "-";

    /// <summary>A level as the index publishes it: two decimals (38,339.70), more only when the source gives more.</summary>
    public static string Level(decimal? value) => value is { } v
        ? v.ToString("F" + Math.Max(2, (int)v.Scale).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
        : NotHeld;

    /// <summary>Volume; 0 is how old files (1965) mark a volume they do not have, so it prints as not held like a blank.</summary>
    public static string Volume(decimal? value) => value is { } v && v != 0 ? v.ToString("F0", CultureInfo.InvariantCulture) : NotHeld;
}
