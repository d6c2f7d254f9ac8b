using System.CommandLine;
using System.Globalization;
using Kabuto.Core.Errors;
using Kabuto.Live.UseCases;

namespace Kabuto.Cli.Commands;

/// <summary>kabuto simulate --date D --out FILE [--seed N] [--ticks N] [--faults RATE] [--stocks N]: writes a seeded
/// simulated Tokyo session in Kabuto's binary tick format (docs/tick-format.md).</summary>
internal static class SimulateCommand
{
    public static Command Create(CliGlobals globals)
    {
        ArgumentNullException.ThrowIfNull(globals);
        var date = new Option<string>("--date") { Description = "Session date, YYYY-MM-DD", Required = true };
        var output = new Option<string>("--out") { Description = "Tick file to write", Required = true };
        var seed = new Option<int>("--seed") { Description = "Simulator seed", DefaultValueFactory = _ => 1 };
        var ticks = new Option<long>("--ticks") { Description = "Approximate continuous-session ticks", DefaultValueFactory = _ => 20_000_000 };
        var faults = new Option<double>("--faults") { Description = "Per-tick rate of injected duplicate/out-of-order/stale ticks", DefaultValueFactory = _ => 0 };
        var stocks = new Option<int>("--stocks") { Description = "Listed stocks", DefaultValueFactory = _ => 2_200 };
        var command = new Command("simulate", "Write a simulated Tokyo session as a binary tick file") { date, output, seed, ticks, faults, stocks };
        command.SetAction(int (ParseResult parse) =>
        {
            var text = parse.GetValue(date) ?? string.Empty;
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                throw Fail.Input("--date", null, "date", text, "is not a date", "write it as YYYY-MM-DD");
            }

            var count = parse.GetValue(ticks);
            var rate = parse.GetValue(faults);
            var listed = parse.GetValue(stocks);
            if (count < 1_000 || rate is < 0 or > 0.5 || listed < 60)
            {
                throw Fail.User("simulate: --ticks must be >= 1000, --faults between 0 and 0.5, --stocks >= 60; fix the option");
            }

            var path = parse.GetValue(output)!;
            var result = SimulateRun.Write(path, day, parse.GetValue(seed), count, rate, listed);
            if (globals.WantsJson(parse))
            {
                globals.WriteJson(result);
                return 0;
            }

            globals.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"wrote {result.Ticks:N0} ticks ({result.Bytes / 1e6:F1} MB) for {result.Date:yyyy-MM-dd}: {result.Instruments:N0} stocks, {result.Indices} indices, seed {result.Seed}, in {result.Seconds:F2} s -> {result.Path}"));
            return 0;
        });
        return command;
    }
}
