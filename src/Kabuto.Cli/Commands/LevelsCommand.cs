using System.CommandLine;
using System.Globalization;
using Kabuto.Core.Errors;
using Kabuto.Data.Store;

namespace Kabuto.Cli.Commands;

/// <summary>kabuto levels INDEX [--from D] [--to D]: daily bars of one series, one row per date.</summary>
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
            var id = (parse.GetValue(index) ?? string.Empty).ToUpperInvariant();
            var first = CliValues.OptionalDate(parse.GetValue(from), "--from");
            var last = CliValues.OptionalDate(parse.GetValue(to), "--to");
            CliValues.Range(first, last);
            using var store = MarketStore.OpenToRead(globals.DbPath(parse));
            if (!store.ListSeries().Any(s => s.SeriesId == id))
            {
                throw Fail.Input("index", null, "index", id, "is not in the store",
                    $"import it first or use one of: {string.Join(", ", store.ListSeries().Select(s => s.SeriesId))}");
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
                    $"{b.Date:yyyy-MM-dd} {b.Open,12} {b.High,12} {b.Low,12} {b.Close,12} {b.Volume,16}"));
            }

            return 0;
        });
        return command;
    }
}
