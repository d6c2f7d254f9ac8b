using System.CommandLine;
using System.Globalization;
using Kabuto.Cluster;
using Kabuto.Core.Errors;
using Kabuto.Live.Engine;
using Kabuto.Live.Universe;
using Kabuto.Web.Services;
using Kabuto.Data.Store;
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
            Description = $"Listen addresses, ';'-separated (default {WebOptions.DefaultUrls}; loopback only)",
            DefaultValueFactory = _ => WebOptions.DefaultUrls,
        };
        var rateLimit = new Option<int>("--rate-limit")
        {
            Description = $"Requests per second allowed per client address, also the burst; over it 429 (default {WebOptions.DefaultRequestsPerSecondPerClient:N0})",
            DefaultValueFactory = _ => WebOptions.DefaultRequestsPerSecondPerClient,
        };
        var cluster = new Option<string?>("--cluster")
        {
            Description = "NATS URL of a Kabuto cluster: stream its levels on GET /api/live?source=feed (kabuto cluster, docs/cluster.md)",
        };
        var session = new Option<string?>("--session") { Description = "With --cluster: the session to follow (default: the one fed last)" };
        var command = new Command("serve", "Serve the HTTP API (/api, /openapi/v1.json) and the dashboard (/)") { urls, rateLimit, cluster, session };
        command.SetAction(int (ParseResult parse) =>
        {
            var db = globals.DbPath(parse);
            var perSecond = parse.GetValue(rateLimit);
            if (perSecond < 1)
            {
                throw Fail.Input("--rate-limit", null, "value", perSecond.ToString(CultureInfo.InvariantCulture), "is not allowed", "give a whole number of requests per second, at least 1");
            }

            using var stop = new CancellationTokenSource();
            var levels = parse.GetValue(cluster) is { } natsUrl ? ClusterLevels.Start(natsUrl, parse.GetValue(session), globals.Out, stop.Token) : null;
            var options = new WebOptions
            {
                LiveFeed = levels,
                OpenStore = () => MarketStore.OpenToRead(db),
                Urls = parse.GetValue(urls) ?? WebOptions.DefaultUrls,
                RequestsPerSecondPerClient = perSecond,
                DefinitionsFolder = Path.Combine(Environment.CurrentDirectory, "definitions"),
            };
            using var app = KabutoWeb.Build(options);
            app.Start();
            globals.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"kabuto: serving {db} at {string.Join(", ", app.Urls)}, at most {perSecond:N0} requests/s per client (Ctrl+C to stop)"));
            app.WaitForShutdown();
            stop.Cancel();
            return 0;
        });
        return command;
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
