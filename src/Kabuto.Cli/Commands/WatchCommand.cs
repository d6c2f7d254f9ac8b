using System.CommandLine;
using Kabuto.Core.Errors;
using Kabuto.Data.Fetch;
using Kabuto.Live.Feeds.KabuStation;
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
        var feed = Feed();
        var command = new Command("watch", "Wait for the providers' publication times, fetch, and write the midday and close editions (Markdown, HTML, JSON)")
        {
            market, once, date, output, languages, feed,
        };
        command.SetAction(async Task<int> (ParseResult parse, CancellationToken cancellation) =>
        {
            var which = parse.GetValue(market) ?? string.Empty;
            if (!string.Equals(which, "tokyo", StringComparison.OrdinalIgnoreCase))
            {
                throw new UsageException($"market '{which}' cannot be watched; only tokyo has a pipeline (its providers' publication times)");
            }

            var day = CliValues.OptionalDate(parse.GetValue(date), "--date");
            if (parse.GetValue(feed) is not null && parse.GetValue(once))
            {
                throw new UsageException("--feed runs beside a watch that waits for 11:30; leave out --once");
            }

            using var client = FetchHttp.CreateClient();
            var options = Options(globals, parse, output, languages);
            var say = Said(globals.Out);
            // A feed that cannot connect (kabu STATION not running) ends the command with its one line, before the watch starts.
            var (liveFeed, feeding, stopFeed) = await StartFeed(parse.GetValue(feed), options.DatabasePath, day, say).ConfigureAwait(false);
            using (stopFeed)
            {
                IReadOnlyList<EditionStatus> written;
                try
                {
                    var watch = new TokyoWatch(options with { LiveFeed = liveFeed }, new FetchHttp(client), TimeProvider.System, say);
                    written = await watch.RunAsync(day, parse.GetValue(once), cancellation).ConfigureAwait(false);
                }
                finally
                {
                    // The feed stops with the watch (its end, Ctrl+C or a failure).
                    await stopFeed.CancelAsync().ConfigureAwait(false);
                    await feeding.ConfigureAwait(false);
                }

                if (globals.WantsJson(parse))
                {
                    globals.WriteJson(written);
                }
            }

            return KabutoCli.Ok;
        });
        return command;
    }

    /// <summary>--feed kabustation: a live feed beside the watch, for the 11:30 levels of the midday edition.</summary>
    public static Option<string?> Feed()
    {
        var feed = new Option<string?>("--feed")
        {
            Description = "Run a live feed beside the watch for the 11:30 levels of N225 and TOPIX (the midday edition): kabustation "
                          + "($KABUTO_KABUSTATION_URL, $KABUTO_KABUSTATION_PASSWORD; see 'kabuto live')",
        };
        feed.AcceptOnlyFromAmong("kabustation");
        return feed;
    }

    /// <summary>Connects the named feed and starts it beside the watch (none: nothing runs); cancel the token source to
    /// stop it.</summary>
    public static async Task<(LiveMorningLevels? Levels, Task Feeding, CancellationTokenSource Stop)> StartFeed(string? feed, string database, DateOnly? day, Action<string> say)
    {
        var stop = new CancellationTokenSource();
        if (feed is null)
        {
            return (null, Task.CompletedTask, stop);
        }

        var (url, password) = KabuStationOptions.FromEnvironment();
        if (password is null)
        {
            throw Fail.User($"{KabuStationOptions.PasswordVariable} is not set: set it to the API password from kabu STATION's API settings");
        }

        var options = new KabuStationOptions { BaseUrl = url, Password = password, Date = day ?? DateOnly.MinValue, Log = say };
        var levels = new LiveMorningLevels(database, LiveFeedBeside.Outlets(options.Symbols), options.WebSocketUrl, TimeProvider.System, say);
        try
        {
            var feeding = await LiveFeedBeside.StartAsync(options, levels, day, TimeProvider.System, stop.Token).ConfigureAwait(false);
            return (levels, feeding, stop);
        }
        catch
        {
            stop.Dispose();
            throw;
        }
    }

    /// <summary>The watch and the feed both speak: one line at a time.</summary>
    public static Action<string> Said(TextWriter output)
    {
        var gate = new object();
        return line =>
        {
            lock (gate)
            {
                output.WriteLine(line);
            }
        };
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
            Fetch = FetchSettings.Load(),
            Languages = wanted.Count == 0 ? [ArticleLanguage.English, ArticleLanguage.Japanese] : wanted,
            Attributions = store => MemberAttributionOption.Sources(store, null),
        };
    }
}
