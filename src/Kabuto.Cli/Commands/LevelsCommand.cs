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

    /// <summary>What a value the sources do not give prints as, in every column.</summary>
    public const string NotHeld = "-";

    /// <summary>A level as the index publishes it: two decimals (38,339.70), more only when the source gives more.</summary>
    public static string Level(decimal? value) => value is { } v
        ? v.ToString("F" + Math.Max(2, (int)v.Scale).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
        : NotHeld;

    /// <summary>Volume; 0 is how old files (1965) mark a volume they do not have, so it prints as not held like a blank.</summary>
    public static string Volume(decimal? value) => value is { } v && v != 0 ? v.ToString("F0", CultureInfo.InvariantCulture) : NotHeld;
}
