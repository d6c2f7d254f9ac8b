using System.CommandLine;
using System.Globalization;
using Kabuto.Core.Calendars;
using Kabuto.Core.Errors;
using Kabuto.Core.Market;
using Kabuto.Data.Store;
using Kabuto.Live.UseCases;

namespace Kabuto.Cli.Commands;

/// <summary>kabuto simulate --date D [--out FILE] [--seed N] [--ticks N] [--faults RATE] [--stocks N]: writes a seeded
/// simulated Tokyo session in Kabuto's binary tick format (docs/tick-format.md), by default into the temp folder. When
/// the store holds them, the N225 and TOPIX start from their real previous closes.</summary>
internal static class SimulateCommand
{
    public static Command Create(CliGlobals globals)
    {
        ArgumentNullException.ThrowIfNull(globals);
        var date = new Option<string>("--date") { Description = "Session date, YYYY-MM-DD", Required = true };
        var output = new Option<string?>("--out") { Description = "Tick file to write (default: kabuto-simulated-DATE.kbt in the temp folder)" };
        var seed = new Option<int>("--seed") { Description = "Simulator seed", DefaultValueFactory = _ => 1 };
        var ticks = new Option<long>("--ticks") { Description = "Approximate continuous-session ticks", DefaultValueFactory = _ => 20_000_000 };
        var faults = new Option<double>("--faults") { Description = "Per-tick rate of injected duplicate/out-of-order/stale ticks", DefaultValueFactory = _ => 0 };
        var stocks = new Option<int>("--stocks") { Description = "Listed stocks", DefaultValueFactory = _ => 2_200 };
        var command = new Command("simulate", "Write a simulated Tokyo session as a binary tick file") { date, output, seed, ticks, faults, stocks };
        command.SetAction(int (ParseResult parse) =>
        {
            var day = CliValues.Date(parse.GetValue(date) ?? string.Empty, "--date");
            var count = parse.GetValue(ticks);
            var rate = parse.GetValue(faults);
            var listed = parse.GetValue(stocks);
            if (count < 1_000 || !(rate is >= 0 and <= 0.5) || listed < 60)
            {
                throw Fail.User("simulate: --ticks must be >= 1000, --faults between 0 and 0.5, --stocks >= 60; fix the option");
            }

            var path = OutputPath(parse.GetValue(output) is { Length: > 0 } named ? named : DefaultPath(day));
            RequireTradingDay(day);
            var closes = PreviousCloses(globals.DbPath(parse), day);
            var result = SimulateRun.Write(path, day, parse.GetValue(seed), count, rate, listed, closes);
            if (globals.WantsJson(parse))
            {
                globals.WriteJson(result);
                return 0;
            }

            var start = closes.Count == 0
                ? "previous closes invented (the store holds none before that day)"
                : "starting from the store's previous closes " + string.Join(", ", closes.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key} {c.Value:N2}")));
            globals.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"wrote {result.Ticks:N0} simulated ticks ({result.Bytes / 1e6:F1} MB) for {result.Date:yyyy-MM-dd}: made-up prices of {result.Instruments:N0} stocks, {result.Indices} indices, seed {result.Seed}, {start}, in {result.Seconds:F2} s -> {result.Path}"));
            return 0;
        });
        return command;
    }

    /// <summary>Never the working folder: a full session is hundreds of MB.</summary>
    private static string DefaultPath(DateOnly day) =>
        Path.Combine(Path.GetTempPath(), $"kabuto-simulated-{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.kbt");

    /// <summary>The store's last N225 and TOPIX closes within a week before the day, when the store exists (it is never
    /// created here).</summary>
    private static Dictionary<string, decimal> PreviousCloses(string dbPath, DateOnly day)
    {
        var closes = new Dictionary<string, decimal>(StringComparer.Ordinal);
        if (!MarketStore.MayExist(dbPath))
        {
            return closes;
        }

        using var store = MarketStore.OpenToRead(dbPath);
        foreach (var id in new[] { IndexIds.N225, IndexIds.Topix })
        {
            var bars = store.GetDailyBars(id, day.AddDays(-7), day.AddDays(-1));
            if (bars.Count > 0 && bars[^1].Close > 0)
            {
                closes[id] = bars[^1].Close;
            }
        }

        return closes;
    }

    /// <summary>The simulator models a Tokyo session: a weekend or a holiday has none.</summary>
    private static void RequireTradingDay(DateOnly day)
    {
        var tokyo = Calendars.For(Markets.Tokyo, null);
        var status = tokyo.Status(day);
        if (!status.IsTradingDay)
        {
            var why = status.Kind == DayKind.Weekend ? $"a {day.DayOfWeek}" : status.Reason ?? "the exchange is closed";
            throw Fail.Input("--date", null, "date", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                $"is not a Tokyo trading day ({why})",
                $"the next trading day is {tokyo.NextTradingDay(day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        }
    }

    /// <summary>The tick file to write: its folder must exist and the path must not be a folder.</summary>
    private static string OutputPath(string path)
    {
        if (Directory.Exists(path))
        {
            throw Fail.Input("--out", null, "path", path, "is a folder", "give a file name inside it, e.g. --out " + Path.Combine(path, "session.kbt"));
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null && !Directory.Exists(folder))
        {
            throw Fail.Input("--out", null, "folder", folder, "does not exist", "create it first or write the file elsewhere");
        }

        return path;
    }
}
