using System.CommandLine;
using System.Globalization;
using Kabuto.Cluster;
using Kabuto.Core.Errors;
using Kabuto.Core.Market;
using Kabuto.Data.Fetch;
using Kabuto.Live.Engine;
using Kabuto.Live.Universe;
using Kabuto.Web.Hosting;
using Kabuto.Web.Services;
using Kabuto.Data.Store;
using Kabuto.Watch;
using Kabuto.Web;
using Microsoft.Extensions.Hosting;

namespace Kabuto.Cli.Commands;

/// <summary>kabuto serve [--urls URL] [--rate-limit N]: the HTTP API and the dashboard over the store, on loopback unless told otherwise.</summary>
internal static class ServeCommand
{
    public static Command Create(CliGlobals globals)
    {
        ArgumentNullException.ThrowIfNull(globals);
        var urls = new Option<string>("--urls")
        {
            Description = "Listen addresses, ';'-separated (loopback only unless API keys are set: kabuto serve keys)",
            DefaultValueFactory = _ => WebOptions.DefaultUrls,
        };
        var rateLimit = new Option<int>("--rate-limit")
        {
            Description = $"Requests per second allowed per client address, also the burst; over it 429",
            DefaultValueFactory = _ => WebOptions.DefaultRequestsPerSecondPerClient,
        };
        var watch = new Option<bool>("--watch") { Description = "Also run 'kabuto watch tokyo': fetch at the providers' times and write the editions to --out, listed on the dashboard" };
        var output = WatchCommand.Output();
        var languages = WatchCommand.Languages();
        var cluster = new Option<string?>("--cluster")
        {
            Description = "NATS URL of a Kabuto cluster: stream its levels on GET /api/live?source=feed (kabuto cluster, docs/cluster.md)",
        };
        var session = new Option<string?>("--session") { Description = "With --cluster: the session to follow (default: the one fed last)" };
        var keysFile = KeysFileOption();
        var feed = WatchCommand.Feed();
        var command = new Command("serve", "Serve the HTTP API (/api, /openapi/v1.json) and the dashboard (/)") { urls, rateLimit, watch, output, languages, feed, cluster, session, keysFile };
        command.Subcommands.Add(Keys(globals, keysFile));
        command.SetAction(int (ParseResult parse) =>
        {
            var db = globals.DbPath(parse);
            var perSecond = parse.GetValue(rateLimit);
            if (perSecond < 1)
            {
                throw Fail.Input("--rate-limit", null, "value", perSecond.ToString(CultureInfo.InvariantCulture), "is not allowed", "give a whole number of requests per second, at least 1");
            }

            var listen = parse.GetValue(urls) ?? WebOptions.DefaultUrls;
            var keys = ApiKeyRing.LoopbackOnly(listen) ? null : ApiKeyRing.Load(KeysPath(globals, parse, keysFile));
            if (keys is { Keys.Count: 0 })
            {
                throw Fail.Input("--urls", null, "address", listen, $"listens beyond loopback, which needs API keys, and {keys.Path} holds none",
                    "add one with 'kabuto serve keys add NAME' (or listen on 127.0.0.1 only)");
            }

            if (parse.GetValue(feed) is not null && !parse.GetValue(watch))
            {
                throw new UsageException("--feed runs beside the watch: add --watch");
            }

            using var stop = new CancellationTokenSource();
            var levels = parse.GetValue(cluster) is { } natsUrl ? ClusterLevels.Start(natsUrl, parse.GetValue(session), globals.Out, stop.Token) : null;
            var options = new WebOptions
            {
                LiveFeed = levels,
                ApiKeys = keys,
                OpenStore = () => MarketStore.OpenToRead(db),
                Urls = listen,
                RequestsPerSecondPerClient = perSecond,
                DefinitionsFolder = Path.Combine(Environment.CurrentDirectory, "definitions"),
                EditionsFolder = parse.GetValue(watch) || parse.GetValue(output) is not null
                    ? Path.GetFullPath(parse.GetValue(output) ?? WatchCommand.DefaultFolder)
                    : null,
            };
            using var client = FetchHttp.CreateClient();
            var say = WatchCommand.Said(globals.Out);
            var watchOptions = WatchCommand.Options(globals, parse, output, languages) with { OutputFolder = options.EditionsFolder ?? string.Empty };
            var (liveFeed, feeding, stopFeed) = WatchCommand.StartFeed(parse.GetValue(feed), watchOptions.DatabasePath, null, say).GetAwaiter().GetResult();
            using var stopFeeding = stopFeed;
            _ = feeding.ContinueWith(t => say($"kabuto: the live feed stopped: {t.Exception!.InnerException!.Message}; the watch goes on without it"),
                CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            using var app = KabutoWeb.Build(options);
            app.Start();
            var watching = parse.GetValue(watch)
                ? Task.Run(() => new TokyoWatch(watchOptions with { LiveFeed = liveFeed }, new FetchHttp(client), TimeProvider.System, say)
                    .RunAsync(null, once: false, stop.Token))
                : Task.CompletedTask;
            var access = keys is null
                ? $"at most {perSecond:N0} requests/s per client"
                : $"beyond loopback: {keys.Keys.Count} API key(s) from {keys.Path} required, at most {perSecond:N0} requests/s per key, every request logged";
            globals.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"kabuto: serving {MarketStore.Describe(db)} at {string.Join(", ", app.Urls)}, {access} (Ctrl+C to stop)"));
            app.WaitForShutdown();
            stop.Cancel();
            stopFeeding.Cancel();
            try
            {
                watching.Wait(TimeSpan.FromSeconds(10));
                feeding.Wait(TimeSpan.FromSeconds(10));
            }
            catch (AggregateException e) when (e.InnerException is OperationCanceledException)
            {
                // the watch stops with the server
            }
            catch (AggregateException e) when (e.InnerException is UserInputException)
            {
                // said when the feed stopped
            }

            return 0;
        });
        return command;
    }

    private static Option<string?> KeysFileOption() => new("--keys")
    {
        Description = "API key file (hashes only; default $KABUTO_KEYS, else kabuto-keys.json beside the database)",
        Recursive = true,
    };

    private static string KeysPath(CliGlobals globals, ParseResult parse, Option<string?> keysFile) =>
        parse.GetValue(keysFile) is { Length: > 0 } path ? path
        : Environment.GetEnvironmentVariable("KABUTO_KEYS") is { Length: > 0 } env ? env
        : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(globals.DbPath(parse))) ?? Environment.CurrentDirectory, "kabuto-keys.json");

    private static Command Keys(CliGlobals globals, Option<string?> keysFile)
    {
        var name = new Argument<string>("name") { Description = "Who the key is for, e.g. desk-fx" };
        var add = new Command("add", "Create a key: printed once, stored only as a SHA-256 hash") { name };
        add.SetAction(int (ParseResult parse) =>
        {
            var ring = ApiKeyRing.Load(KeysPath(globals, parse, keysFile));
            var key = ring.Add(parse.GetValue(name)!);
            globals.Out.WriteLine(key);
            globals.Err.WriteLine($"kabuto: key '{parse.GetValue(name)}' added to {ring.Path}; it is shown only now: send it as 'X-Api-Key: KEY'");
            return 0;
        });
        var list = new Command("list", "Key names and creation times (never the keys)");
        list.SetAction(int (ParseResult parse) =>
        {
            var ring = ApiKeyRing.Load(KeysPath(globals, parse, keysFile));
            if (globals.WantsJson(parse))
            {
                globals.WriteJson(ring.Keys.Select(k => new { k.Name, k.Created }));
                return 0;
            }

            globals.Out.WriteLine($"{ring.Keys.Count} key(s) in {ring.Path}");
            foreach (var k in ring.Keys)
            {
                globals.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {k.Name,-24} created {k.Created:yyyy-MM-dd HH:mm} UTC"));
            }

            return 0;
        });
        var removeName = new Argument<string>("name") { Description = "The key's name" };
        var remove = new Command("remove", "Revoke a key") { removeName };
        remove.SetAction(int (ParseResult parse) =>
        {
            var ring = ApiKeyRing.Load(KeysPath(globals, parse, keysFile));
            var which = parse.GetValue(removeName)!;
            if (!ring.Remove(which))
            {
                throw Fail.Input("NAME", null, "name", which, $"has no key in {ring.Path}", "see 'kabuto serve keys list'");
            }

            globals.Out.WriteLine($"kabuto: key '{which}' removed from {ring.Path}");
            return 0;
        });
        return new Command("keys", "API keys for a server that listens beyond loopback") { add, list, remove };
    }
}

/// <summary>serve --cluster: the cluster's levels log followed in the background into the dashboard's live feed.</summary>
internal static class ClusterLevels
{
    public static LiveBroadcast Start(string natsUrl, string? session, TextWriter log, CancellationToken ct)
    {
        var broadcast = new LiveBroadcast();
        var connection = ClusterConnection.OpenAsync(natsUrl, null, ct).GetAwaiter().GetResult();
        var follower = new LevelsFollower(connection, TimeSpan.FromSeconds(60));
        var id = follower.ResolveSessionAsync(session, ct).GetAwaiter().GetResult()
            ?? throw Fail.Input("--cluster", null, "server", natsUrl, "holds no session", "feed one with 'kabuto cluster feed', or pass --session");
        log.WriteLine($"kabuto: following the levels of cluster session {id} at {natsUrl} (GET /api/live?source=feed)");
        _ = Task.Run(async () =>
        {
            await using (connection.ConfigureAwait(false))
            {
                try
                {
                    await follower.FollowAsync(id, (universe, index, s) => broadcast.Publish(new LiveSnapshot(
                        index.Id, universe.Session.ToLocal(s.TimeUtc), LiveIndex.Publish(index.LevelOf(s.WeightedSum)), KindName(s.Kind))), ct).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                }
                finally
                {
                    broadcast.End();
                }
            }
        }, ct);
        return broadcast;
    }

    private static string KindName(SnapshotKind kind) =>
        (kind & SnapshotKind.Close) != 0 ? "close"
        : (kind & SnapshotKind.MorningClose) != 0 ? "morning_close"
        : (kind & SnapshotKind.Open) != 0 ? "open"
        : "cadence";
}
