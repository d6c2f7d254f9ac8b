using System.CommandLine;
using Kabuto.Data.Fetch;
using Kabuto.Watch;
using Kabuto.Writing.Composing;
using Kabuto.Writing.Documents;

namespace Kabuto.Cli.Commands;

/// <summary>kabuto watch tokyo [--once] [--date D] [--out DIR] [--lang en,ja]: the close-to-draft pipeline (docs/watch.md).
/// Waits for the providers' publication times, fetches, writes the midday and close editions to DIR.</summary>
internal static class WatchCommand
{
    public const string DefaultFolder = "editions";

    public static Command Create(CliGlobals globals)
    {
        ArgumentNullException.ThrowIfNull(globals);
        var market = new Argument<string>("market") { Description = "The market to watch: tokyo" };
        var once = new Option<bool>("--once") { Description = "Run the editions due now (or, with --date, every edition of that past day) and exit" };
        var date = new Option<string?>("--date") { Description = "The Tokyo trading day, YYYY-MM-DD (default today in Tokyo; without --once: watch that day, then exit)" };
        var output = Output();
        var languages = Languages();
        var command = new Command("watch", "Wait for the providers' publication times, fetch, and write the midday and close editions (Markdown, HTML, JSON)")
        {
            market, once, date, output, languages,
        };
        command.SetAction(async Task<int> (ParseResult parse, CancellationToken cancellation) =>
        {
            var which = parse.GetValue(market) ?? string.Empty;
            if (!string.Equals(which, "tokyo", StringComparison.OrdinalIgnoreCase))
            {
                throw new UsageException($"market '{which}' cannot be watched; only tokyo has a pipeline (its providers' publication times)");
            }

            var day = CliValues.OptionalDate(parse.GetValue(date), "--date");
            using var client = FetchHttp.CreateClient();
            var watch = new TokyoWatch(Options(globals, parse, output, languages), new FetchHttp(client), TimeProvider.System, globals.Out.WriteLine);
            var written = await watch.RunAsync(day, parse.GetValue(once), cancellation).ConfigureAwait(false);
            if (globals.WantsJson(parse))
            {
                globals.WriteJson(written);
            }

            return KabutoCli.Ok;
        });
        return command;
    }

    public static Option<string?> Output() => new("--out") { Description = $"Folder the editions are written to (default ./{DefaultFolder})" };

    public static Option<string?> Languages() => new("--lang") { Description = "Languages of the editions, comma-separated: en, ja (default en,ja)" };

    /// <summary>The watch's options from the command line and the environment (the fetch variables of docs/fetch.md).</summary>
    public static WatchOptions Options(CliGlobals globals, ParseResult parse, Option<string?> output, Option<string?> languages)
    {
        ArgumentNullException.ThrowIfNull(globals);
        ArgumentNullException.ThrowIfNull(parse);
        var wanted = (parse.GetValue(languages) ?? "en,ja").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => CliValues.Choice(() => WrapWriter.ParseLanguage(l))).Distinct().ToList();
        return new WatchOptions
        {
            DatabasePath = globals.DbPath(parse),
            OutputFolder = parse.GetValue(output) ?? Path.Combine(Environment.CurrentDirectory, DefaultFolder),
            Fetch = FetchSettings.FromEnvironment(),
            Languages = wanted.Count == 0 ? [ArticleLanguage.English, ArticleLanguage.Japanese] : wanted,
            Attributions = store => MemberAttributionOption.Sources(store, null),
        };
    }
}
