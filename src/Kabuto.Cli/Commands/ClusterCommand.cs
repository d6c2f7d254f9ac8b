using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Kabuto.Cluster;
using Kabuto.Core.Calendars;
using Kabuto.Core.Errors;
using Kabuto.Core.Market;
using Kabuto.Data.Store;
using Kabuto.Live.Feeds;
using Kabuto.Live.Simulation;
using Kabuto.Live.Ticks;

namespace Kabuto.Cli.Commands;

/// <summary>kabuto cluster feed|worker|status|store [--nats URL]: the distributed calculation on NATS JetStream (ADR
/// cluster-on-jetstream, docs/cluster.md). feed puts a session's ticks into the tick log and its index shares on the
/// work queue; each worker takes shares and publishes their snapshots to the levels log; status shows who holds what;
/// store writes complete sessions into the store.</summary>
internal static class ClusterCommand
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static Command Create(CliGlobals globals)
    {
        ArgumentNullException.ThrowIfNull(globals);
        var nats = new Option<string>("--nats")
        {
            Description = $"NATS server with JetStream ($KABUTO_NATS when set, else {ClusterLayout.DefaultUrl})",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable("KABUTO_NATS") is { Length: > 0 } env ? env : ClusterLayout.DefaultUrl,
            Recursive = true,
        };
        var ackWait = new Option<double?>("--ack-wait")
        {
            Description = "Seconds a silent worker keeps its shares before JetStream redelivers them (sets the share queue's ack wait; default: keep it, 3 when the queue is created)",
            Recursive = true,
        };
        var command = new Command("cluster", "The distributed calculation on NATS JetStream: feed, worker, status, store") { nats, ackWait };
        command.Subcommands.Add(Feed(globals, nats, ackWait));
        command.Subcommands.Add(Worker(globals, nats, ackWait));
        command.Subcommands.Add(Status(globals, nats, ackWait));
        command.Subcommands.Add(Store(globals, nats, ackWait));
        return command;
    }

    private static Command Feed(CliGlobals globals, Option<string> nats, Option<double?> ackWait)
    {
        var file = new Argument<string?>("file") { Description = "Tick file written by 'kabuto simulate' (or --simulate)", Arity = ArgumentArity.ZeroOrOne };
        var simulate = new Option<bool>("--simulate") { Description = "Feed a simulated Tokyo session instead of a file" };
        var date = new Option<string?>("--date") { Description = "With --simulate: session date, YYYY-MM-DD (default: the last Tokyo trading day before today)" };
        var seed = new Option<int>("--seed") { Description = "With --simulate: simulator seed", DefaultValueFactory = _ => 1 };
        var ticks = new Option<long>("--ticks") { Description = "With --simulate: approximate continuous-session ticks", DefaultValueFactory = _ => 2_000_000 };
        var stocks = new Option<int>("--stocks") { Description = "With --simulate: listed stocks", DefaultValueFactory = _ => 2_200 };
        var faults = new Option<double>("--faults") { Description = "With --simulate: per-tick rate of injected duplicate/out-of-order/stale ticks", DefaultValueFactory = _ => 0 };
        var session = new Option<string?>("--session") { Description = "Session id in the cluster (default MARKET-YYYYMMDD)" };
        var shares = new Option<int>("--shares") { Description = "Index shares the session is split into (units of work for the workers)", DefaultValueFactory = _ => 6 };
        var batch = new Option<int>("--batch") { Description = "Ticks per tick-log message", DefaultValueFactory = _ => 1_024 };
        var rate = new Option<double>("--rate") { Description = "Feed at most this many ticks per second, like a live feed (default 0: as fast as possible)" };
        var sharesLast = new Option<bool>("--shares-last") { Description = "Queue the shares only after the last tick: workers compute the stored session at full speed (recomputation, benchmarks)" };
        var wait = new Option<bool>("--wait") { Description = "Wait until every share is computed and report the time" };
        var command = new Command("feed", "Put a session (tick file or simulated) into the cluster's tick log and its index shares on the work queue")
        {
            file, simulate, date, seed, ticks, stocks, faults, session, shares, batch, rate, sharesLast, wait,
        };
        command.SetAction(async Task<int> (ParseResult parse, CancellationToken ct) =>
        {
            var path = parse.GetValue(file);
            if (parse.GetValue(simulate) == path is not null)
            {
                throw new UsageException("give either a tick FILE or --simulate");
            }

            if (parse.GetValue(shares) is < 1 or > 999 || parse.GetValue(batch) is < 1 or > 32_768)
            {
                throw new UsageException("--shares must be 1 to 999 and --batch 1 to 32,768");
            }

            using ITickSource source = path is not null ? OpenFile(path) : Simulator(parse, date, seed, ticks, stocks, faults);
            var id = ClusterLayout.CheckSession(parse.GetValue(session) ?? $"{source.Universe.Market}-{source.Universe.Session.Date:yyyyMMdd}");
            await using var cluster = await Open(parse, nats, ackWait, ct);
            var started = Stopwatch.GetTimestamp();
            // Both inputs are made up: a Kabuto tick file is written only by the simulator.
            var origin = new FeedOrigin(path is null ? "simulated session" : $"tick file {Path.GetFileName(path)} (simulated)", Simulated: true);
            var fed = await SessionFeed.RunAsync(cluster, source, origin, id, parse.GetValue(shares), parse.GetValue(batch), Math.Max(0, parse.GetValue(rate)), ct, parse.GetValue(sharesLast));
            var what = path is null ? "simulated session (made-up prices)" : path;
            if (!parse.GetValue(wait))
            {
                Write(globals, parse, fed, null, what);
                return 0;
            }

            var levels = await SessionLevels.WaitCompleteAsync(cluster, id, TimeSpan.FromHours(1), ct);
            var completed = new CompletedSession(levels.Complete, levels.Shares, Stopwatch.GetElapsedTime(started).TotalSeconds);
            Write(globals, parse, fed, completed, what);
            return levels.Complete ? 0 : 1;
        });
        return command;
    }

    private static Command Worker(CliGlobals globals, Option<string> nats, Option<double?> ackWait)
    {
        var name = new Option<string?>("--name") { Description = "Worker name in logs and in the levels it publishes (default HOST/PID)" };
        var maxShares = new Option<int>("--max-shares") { Description = "Shares held at once (default 0: no limit, so survivors take over every share of a dead worker)" };
        var checkpointEvery = new Option<int>("--checkpoint-every")
        {
            Description = "Tick-log messages between checkpoints of a share's engine state, from which a worker taking the share over resumes (0: none, a takeover replays the session from its start)",
            DefaultValueFactory = _ => WorkerOptions.DefaultCheckpointEvery,
        };
        var command = new Command("worker", "Compute index shares from the cluster's work queue until stopped (Ctrl+C hands them back)") { name, maxShares, checkpointEvery };
        command.SetAction(async Task<int> (ParseResult parse, CancellationToken ct) =>
        {
            await using var cluster = await Open(parse, nats, ackWait, ct);
            var worker = new WorkerOptions { MaxShares = Math.Max(0, parse.GetValue(maxShares)), CheckpointEvery = Math.Max(0, parse.GetValue(checkpointEvery)) };
            if (parse.GetValue(name) is { Length: > 0 } named)
            {
                worker = worker with { Name = named };
            }

            var gate = new object();
            void Say(string line)
            {
                lock (gate)
                {
                    globals.Out.WriteLine(line);
                    globals.Out.Flush();
                }
            }

            await new ClusterWorker(cluster, worker, Say).RunAsync(ct);
            return 0;
        });
        return command;
    }

    private static Command Status(CliGlobals globals, Option<string> nats, Option<double?> ackWait)
    {
        var command = new Command("status", "The cluster's logs, its work queue and each session's shares");
        command.SetAction(async Task<int> (ParseResult parse, CancellationToken ct) =>
        {
            await using var cluster = await Open(parse, nats, ackWait, ct);
            var report = await ClusterStatusReport.ReadAsync(cluster, ct);
            if (globals.WantsJson(parse))
            {
                globals.WriteJson(report);
                return 0;
            }

            var o = globals.Out;
            o.WriteLine(string.Create(Inv, $"cluster {report.Url}: tick log {report.TickMessages:N0} messages ({report.TickBytes / 1e6:F1} MB), levels log {report.LevelMessages:N0} messages ({report.LevelBytes / 1e6:F1} MB)"));
            o.WriteLine(string.Create(Inv, $"share queue: {report.SharesWaiting:N0} waiting for a worker, {report.SharesHeld:N0} held by workers, {report.SharesRedelivered:N0} redelivered after a worker went silent; {report.WorkersWaiting:N0} idle worker requests"));
            foreach (var s in report.Sessions)
            {
                o.WriteLine(string.Create(Inv, $"session {s.Session}: {s.TickMessages:N0} tick-log messages (last sequence {s.LastTickSequence}), {s.Published.Count} of {s.Shares} shares published"));
                foreach (var p in s.Published)
                {
                    var state = p.Final ? "complete" : p.Lag == 0 ? "live" : string.Create(Inv, $"{p.Lag:N0} messages behind");
                    var checkpoint = p.CheckpointSequence > 0 ? string.Create(Inv, $"checkpoint at {p.CheckpointSequence,-10}") : "no checkpoint           ";
                    o.WriteLine(string.Create(Inv, $"  share {p.Share + 1,3}  {p.Worker,-24} up to tick sequence {p.TickSequence,-10} {checkpoint} {p.Batches,6:N0} batches  {state}"));
                }
            }

            return 0;
        });
        return command;
    }

    private static Command Store(CliGlobals globals, Option<string> nats, Option<double?> ackWait)
    {
        var session = new Option<string?>("--session") { Description = "Store this session only (default: every complete session not yet stored)" };
        var series = new Option<bool>("--series") { Description = "Also store every index's snapshot series (one row per snapshot; default: each index's day only)" };
        var follow = new Option<bool>("--follow") { Description = "Keep running: store each session as its last share completes (Ctrl+C stops)" };
        var command = new Command("store", "Write the cluster's complete sessions into the store (--db): each index's day, optionally its series")
        {
            session, series, follow,
        };
        command.SetAction(async Task<int> (ParseResult parse, CancellationToken ct) =>
        {
            var id = parse.GetValue(session);
            if (parse.GetValue(follow) && id is not null)
            {
                throw new UsageException("--follow stores every session as it completes; leave out --session");
            }

            await using var cluster = await Open(parse, nats, ackWait, ct);
            using var store = MarketStore.Open(globals.DbPath(parse));
            var writer = new ClusterStore(cluster, store, parse.GetValue(series));
            if (parse.GetValue(follow))
            {
                globals.Out.WriteLine($"storing each session of {cluster.Url} into {store.Description} as it completes (Ctrl+C stops)");
                globals.Out.Flush();
                await writer.FollowAsync(TimeSpan.FromSeconds(2), r =>
                {
                    globals.Out.WriteLine(Describe(r));
                    globals.Out.Flush();
                }, ct);
                return 0;
            }

            var results = await writer.StoreCompleteAsync(id, ct);
            if (globals.WantsJson(parse))
            {
                globals.WriteJson(new { store = store.Description, sessions = results });
            }
            else if (results.Count == 0)
            {
                globals.Out.WriteLine($"the cluster at {cluster.Url} holds no session; feed one with 'kabuto cluster feed'");
            }
            else
            {
                foreach (var r in results)
                {
                    globals.Out.WriteLine(Describe(r));
                }
            }

            // A named session that cannot be stored yet is a failure of this run; unnamed ones wait for a later run.
            return id is not null && results.Any(r => r.Outcome == StoreOutcome.NotComplete) ? 1 : 0;
        });
        return command;

        static string Describe(StoredSession r) => r.Outcome switch
        {
            StoreOutcome.Stored => string.Create(Inv, $"stored {r.Session}: {r.Written.Days:N0} index days{(r.Written.Levels > 0 ? string.Create(Inv, $", {r.Written.Levels:N0} snapshots") : string.Empty)}"),
            StoreOutcome.SeriesAdded => string.Create(Inv, $"stored {r.Session}: its days were stored already; added {r.Written.Levels:N0} snapshots"),
            StoreOutcome.AlreadyStored => $"{r.Session}: already stored, nothing written",
            _ => string.Create(Inv, $"{r.Session}: not complete ({r.SharesComplete} of {r.Shares} shares computed), nothing written; run again later or with --follow"),
        };
    }

    private sealed record CompletedSession(bool Complete, IReadOnlyList<ShareProgress> Shares, double Seconds);

    private static void Write(CliGlobals globals, ParseResult parse, FedSession fed, CompletedSession? completed, string what)
    {
        if (globals.WantsJson(parse))
        {
            globals.WriteJson(new { feed = fed, completed });
            return;
        }

        globals.Out.WriteLine(string.Create(Inv,
            $"fed {fed.Session} ({what}): {fed.Ticks:N0} ticks in {fed.Batches:N0} messages, {fed.Indices} indices in {fed.Shares} shares, in {fed.Seconds:F2} s ({fed.TicksPerSecond:N0} ticks/s)"));
        if (completed is not null)
        {
            var workers = completed.Shares.SelectMany(s => s.Workers).Distinct(StringComparer.Ordinal).Count();
            globals.Out.WriteLine(string.Create(Inv,
                $"{(completed.Complete ? "computed" : "NOT complete:")} {completed.Shares.Count(s => s.Final)} of {fed.Shares} shares by {workers} workers, {completed.Seconds:F2} s from the first tick fed to the last share complete ({fed.Ticks / Math.Max(completed.Seconds, 1e-9):N0} session ticks/s end to end)"));
        }
    }

    private static ClusterOptions ClusterOptionsOf(ParseResult parse, Option<double?> ackWait)
    {
        if (parse.GetValue(ackWait) is not { } seconds)
        {
            return new ClusterOptions();
        }

        if (!(seconds is >= 0.5 and <= 3_600))
        {
            throw new UsageException(string.Create(Inv, $"--ack-wait {seconds} is out of range; give seconds from 0.5 to 3600"));
        }

        return new ClusterOptions { AckWait = TimeSpan.FromSeconds(seconds) };
    }

    private static Task<ClusterConnection> Open(ParseResult parse, Option<string> nats, Option<double?> ackWait, CancellationToken ct) =>
        ClusterConnection.OpenAsync(parse.GetValue(nats) ?? ClusterLayout.DefaultUrl, ClusterOptionsOf(parse, ackWait), ct);

    private static TickFileReader OpenFile(string path)
    {
        if (!File.Exists(path))
        {
            throw Fail.Input(path, null, Directory.Exists(path) ? "path" : "file", null, Directory.Exists(path) ? "is a folder" : "does not exist",
                "pass a tick file written by 'kabuto simulate', or --simulate");
        }

        if (!TickFile.LooksLikeTickFile(path))
        {
            throw Fail.Input(path, null, "file", null, "is not a Kabuto tick file", "write one with 'kabuto simulate', or use --simulate");
        }

        return new TickFileReader(path);
    }

    private static TokyoSimulator Simulator(ParseResult parse, Option<string?> date, Option<int> seed, Option<long> ticks, Option<int> stocks, Option<double> faults)
    {
        var tokyo = Calendars.For(Markets.Tokyo, null);
        var day = parse.GetValue(date) is { } text
            ? CliValues.Date(text, "--date")
            : tokyo.PreviousTradingDay(DateOnly.FromDateTime(DateTime.UtcNow));
        if (!tokyo.IsTradingDay(day))
        {
            throw Fail.Input("--date", null, "date", day.ToString("yyyy-MM-dd", Inv), "is not a Tokyo trading day", $"the next trading day is {tokyo.NextTradingDay(day):yyyy-MM-dd}");
        }

        var count = parse.GetValue(ticks);
        var listed = parse.GetValue(stocks);
        var rate = parse.GetValue(faults);
        if (count < 1_000 || listed < 60 || !(rate is >= 0 and <= 0.5))
        {
            throw new UsageException("--ticks must be >= 1000, --stocks >= 60, --faults between 0 and 0.5");
        }

        var market = TokyoMarket.Create(parse.GetValue(seed), day, listed);
        return new TokyoSimulator(market, new SimulationOptions { Seed = parse.GetValue(seed), TargetTicks = count, FaultRate = rate });
    }
}
