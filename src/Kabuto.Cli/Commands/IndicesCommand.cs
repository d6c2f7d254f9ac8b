using System.CommandLine;
using Kabuto.Data.Import;
using Kabuto.Data.Store;

namespace Kabuto.Cli.Commands;

/// <summary>kabuto indices: the daily series in the store with their date coverage.</summary>
internal static class IndicesCommand
{
    public static Command Create(CliGlobals globals)
    {
        ArgumentNullException.ThrowIfNull(globals);
        var command = new Command("indices", "Indices (and USDJPY) in the store with their date coverage");
        command.SetAction(int (ParseResult parse) =>
        {
            using var store = MarketStore.OpenToQuery(globals.DbPath(parse));
            var series = store.ListSeries();
            if (globals.WantsJson(parse))
            {
                globals.WriteJson(series.Select(s => new { index = s.SeriesId, name = SeriesCatalog.DisplayName(s.SeriesId), first = s.First, last = s.Last, days = s.Days }));
                return 0;
            }

            if (series.Count == 0)
            {
                var db = globals.DbPath(parse);
                globals.Out.WriteLine(MarketStore.MayExist(db)
                    ? "no series in the store yet: run 'kabuto import PATH'"
                    : $"no store at {db} yet (no file there; nothing was created): run 'kabuto import PATH --db {db}', or pass the --db you imported into");
                return 0;
            }

            globals.Out.WriteLine($"{"index",-8} {"first",-10} {"last",-10} {"days",7}  name");
            foreach (var s in series)
            {
                globals.Out.WriteLine($"{s.SeriesId,-8} {s.First:yyyy-MM-dd} {s.Last:yyyy-MM-dd} {s.Days,7}  {SeriesCatalog.DisplayName(s.SeriesId)}".TrimEnd());
            }

            return 0;
        });
        return command;
    }
}
