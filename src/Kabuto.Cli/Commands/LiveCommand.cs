using System.CommandLine;
using System.Globalization;
using Kabuto.Core.Errors;
using Kabuto.Data.Store;
using Kabuto.Live.Feeds.KabuStation;
using Kabuto.Live.UseCases;
using Kabuto.Watch;
using Kabuto.Web;
using Kabuto.Web.Services;

namespace Kabuto.Cli.Commands;

/// <summary>kabuto live --feed kabustation [--symbols LIST] [--seconds N] [--date D]: the live engine driven by a real
/// feed (kabu STATION's push API on this PC); prints each index value as it is published.</summary>
internal static class LiveCommand
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private static readonly TimeSpan Jst = TimeSpan.FromHours(9);

    public static Command Create(CliGlobals globals)
    {
        ArgumentNullException.ThrowIfNull(globals);
        var feed = new Option<string>("--feed")
        {
            Description = "Where ticks come from: kabustation (the kabu STATION push API, $KABUTO_KABUSTATION_URL, $KABUTO_KABUSTATION_PASSWORD)",
            Required = true,
        };
        feed.AcceptOnlyFromAmong("kabustation");
        var symbols = new Option<string>("--symbols")
        {
            Description = "Symbols to register, CODE@EXCHANGE[=SERIES], at most 50",
            DefaultValueFactory = _ => "101@1=N225,151@1=TOPIX",
        };
        var seconds = new Option<int>("--seconds")
        {
            Description = "Stop after this many seconds (default: run until the 15:30 close, or Ctrl+C)",
        };
        var date = new Option<string?>("--date") { Description = "The session the ticks belong to, YYYY-MM-DD (default: today in Tokyo)" };
        var serve = new Option<bool>("--serve") { Description = "Also serve the dashboard, its live view following this feed (GET /api/live?source=feed)" };
        var urls = new Option<string>("--urls")
        {
            Description = "With --serve: listen addresses, ';'-separated",
            DefaultValueFactory = _ => WebOptions.DefaultUrls,
        };
        var command = new Command("live", "Drive the live engine from a real feed (kabu STATION) and print index levels as they are published")
        {
            feed, symbols, seconds, date, serve, urls,
        };
        command.SetAction(async Task<int> (ParseResult parse, CancellationToken cancellationToken) =>
        {
            var json = globals.WantsJson(parse);
            var list = KabuStationSymbol.ParseList(parse.GetValue(symbols)!);
            var (url, password) = KabuStationOptions.FromEnvironment();
            if (password is null)
            {
                throw Fail.User($"{KabuStationOptions.PasswordVariable} is not set: set it to the API password from kabu STATION's API settings");
            }

            var day = Day(parse.GetValue(date));
            var limit = parse.GetValue(seconds);
            if (limit < 0)
            {
                throw Fail.Input("--seconds", null, "value", limit.ToString(Inv), "is negative", "give a number of seconds, e.g. 60");
            }

            var events = new List<string>();
            var gate = new object();
            void Say(string line)
            {
                lock (gate)
                {
                    if (json)
                    {
                        events.Add(line);
                    }
                    else
                    {
                        globals.Out.WriteLine(line);
                    }
                }
            }

            var options = new KabuStationOptions { BaseUrl = url, Password = password, Symbols = list, Date = day, Log = Say };
            using var source = await KabuStationTickSource.OpenAsync(options, cancellationToken);
            var run = TimeSpan.FromSeconds(limit);
            if (limit == 0)
            {
                var close = new DateTimeOffset(day.ToDateTime(new TimeOnly(15, 35)), Jst);
                run = close - DateTimeOffset.UtcNow;
                if (run <= TimeSpan.Zero)
                {
                    throw Fail.Input("--date", null, "session", day.ToString("yyyy-MM-dd", Inv), "has closed", "give --seconds to listen anyway, or today's date");
                }
            }

            var broadcast = parse.GetValue(serve) ? new LiveBroadcast() : null;
            await using var web = broadcast is null ? null : KabutoWeb.Build(new WebOptions
            {
                OpenStore = () => MarketStore.OpenToRead(globals.DbPath(parse)),
                Urls = parse.GetValue(urls) ?? WebOptions.DefaultUrls,
                DefinitionsFolder = Path.Combine(Environment.CurrentDirectory, "definitions"),
                LiveFeed = broadcast,
            });
            if (web is not null)
            {
                await web.StartAsync(cancellationToken);
                Say($"kabuto live: the dashboard at {string.Join(", ", web.Urls)} follows this feed (GET /api/live?source=feed)");
            }

            using var stopAfter = new Timer(_ => source.Stop(), null, run, Timeout.InfiniteTimeSpan);
            using var stopOnCancel = cancellationToken.Register(source.Stop);
            if (!json)
            {
                Say($"kabuto live: {string.Join(", ", list.Select(s => s.Key + (s.SeriesId is null ? string.Empty : "=" + s.SeriesId)))} from {options.WebSocketUrl}, session {day:yyyy-MM-dd}; {Until(limit)}");
            }

            // The morning session's last level of each index goes to the store (session_levels) for the midday edition.
            var morning = new LiveMorningLevels(globals.DbPath(parse), LiveFeedBeside.Outlets(list), options.WebSocketUrl, TimeProvider.System, Say);
            var shown = new Dictionary<string, decimal>(StringComparer.Ordinal);
            var result = await LiveRun.RunAsync(source, level =>
            {
                morning.OnLevel(level);
                broadcast?.Publish(new LiveSnapshot(level.Index, level.Time, level.Level, level.Kind));
                // Every tick snapshots every index: show an index only when its value moved, or at a named instant.
                if (!json && (level.Kind != "cadence" || !shown.TryGetValue(level.Index, out var before) || before != level.Level))
                {
                    shown[level.Index] = level.Level;
                    Say(string.Create(Inv, $"{level.Time:HH:mm:ss.fff} JST  {level.Index,-8} {level.Level,12:N2}{(level.Kind == "cadence" ? string.Empty : "  " + level.Kind)}"));
                }
            });

            broadcast?.End();
            if (web is not null)
            {
                await web.StopAsync(CancellationToken.None);
            }

            var stats = source.Stats;
            var last = result.Last.Select(l =>
            {
                var ordinal = list.ToList().FindIndex(s => s.SeriesId == l.Index);
                var previous = ordinal < 0 ? null : source.PreviousClose(ordinal);
                return new { index = l.Index, name = l.Name, time = l.Time, level = l.Level, previous_close = previous, change = previous is { } p ? l.Level - p : (decimal?)null };
            }).ToList();
            if (json)
            {
                globals.WriteJson(new
                {
                    feed = "kabustation",
                    url = options.BaseUrl.ToString(),
                    date = day,
                    result.Seconds,
                    messages = stats.Messages,
                    result.Ticks,
                    resent = stats.Resent,
                    unmapped = stats.Unmapped,
                    invalid = stats.Invalid,
                    drops = stats.Drops,
                    reconnects = stats.Reconnects,
                    quiet_periods = stats.QuietPeriods,
                    counts = result.Counts,
                    indices = last,
                    events,
                });
                return 0;
            }

            Say(string.Create(Inv, $"kabuto live: stopped after {result.Seconds:F1} s: {stats.Messages:N0} messages, {result.Ticks:N0} ticks ({result.Counts.OutsideSession:N0} outside the session, {result.Counts.Stale:N0} stale), {stats.Resent:N0} resent, {stats.Invalid:N0} invalid, {stats.Drops:N0} dropped connections, {stats.Reconnects:N0} reconnections"));
            foreach (var l in last)
            {
                Say(string.Create(Inv, $"  {l.index,-8} {l.level,12:N2} at {l.time:HH:mm:ss} JST{(l.change is { } c ? $"  ({c:+#,0.00;-#,0.00;0.00} on the previous close {l.previous_close:N2})" : string.Empty)}"));
            }

            return 0;
        });
        return command;
    }

    private static string Until(int limit) => limit > 0 ? string.Create(Inv, $"for {limit} s") : "until the close (Ctrl+C to stop)";

    private static DateOnly Day(string? text)
    {
        if (text is null)
        {
            return DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(Jst).DateTime);
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", Inv, DateTimeStyles.None, out var day)
            ? day
            : throw Fail.Input("--date", null, "date", text, "is not a date", "write it as YYYY-MM-DD, e.g. 2026-12-07");
    }
}
