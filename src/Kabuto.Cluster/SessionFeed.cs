using System.Diagnostics;
using Kabuto.Core.Errors;
using Kabuto.Live.Feeds;
using Kabuto.Live.Ticks;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;

namespace Kabuto.Cluster;

/// <summary>What <c>kabuto cluster feed</c> published.</summary>
public sealed record FedSession(string Session, string Market, DateOnly Date, long Ticks, long Batches, int Shares, int Indices, double Seconds)
{
    public double TicksPerSecond => Seconds > 0 ? Ticks / Seconds : 0;
}

/// <summary>Where a session's ticks came from, kept with its universe and carried into the store: the source in words
/// (a tick file's path, "simulated session") and whether its prices are made up (the simulator, or a tick file it wrote).</summary>
public sealed record FeedOrigin(string Source, bool Simulated);

/// <summary>Puts a session into the cluster: its universe into the object store, one work item per index share onto
/// the share queue, then every tick, in order, as batches on the session's subject of the tick log, then an end
/// marker with the totals. Each message carries a JetStream message id, so a retried publish is stored once.</summary>
public static class SessionFeed
{
    private const int InFlight = 256;

    /// <param name="ticksPerSecond">0: as fast as JetStream takes them; otherwise at most this rate (a live feed's pace).</param>
    /// <param name="sharesLast">Queue the shares only after the last tick: workers then compute a complete, stored
    /// session at full speed (a recomputation, and how bench/cluster-bench.sh measures the workers alone).</param>
    public static async Task<FedSession> RunAsync(
        ClusterConnection cluster, ITickSource source, FeedOrigin origin, string session, int shares, int batchTicks, double ticksPerSecond, CancellationToken ct,
        bool sharesLast = false)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(source);
        ClusterLayout.CheckSession(session);
        var start = Stopwatch.GetTimestamp();
        var universe = source.Universe;
        var subject = ClusterLayout.Ticks(session);
        if (await LastSequenceAsync(cluster, ClusterLayout.TickStream, subject, ct).ConfigureAwait(false) is { } last)
        {
            throw Fail.Input("--session", null, "session", session, $"is already in the tick log (last message {last})", "give another --session id, or start from an empty JetStream store");
        }

        ArgumentNullException.ThrowIfNull(origin);
        await cluster.PutUniverseAsync(session, TickWire.EncodeUniverse(universe), origin, ct).ConfigureAwait(false);

        var plan = SharePlan.Split(universe, shares);
        if (!sharesLast)
        {
            await QueueSharesAsync(cluster, session, plan, ct).ConfigureAwait(false);
        }

        var pending = new Queue<NatsJSPublishConcurrentFuture>();
        var ticks = new Tick[batchTicks];
        var openUtc = universe.Session.OpenUtc;
        long count = 0;
        long batches = 0;
        int read;
        while ((read = source.Read(ticks)) > 0)
        {
            var payload = new byte[TickLogMessage.HeaderSize + (read * TickWire.RecordSize)];
            payload[0] = TickLogMessage.TicksKind;
            TickWire.EncodeTicks(ticks.AsSpan(0, read), openUtc, payload.AsSpan(TickLogMessage.HeaderSize));
            batches++;
            count += read;
            pending.Enqueue(await cluster.JetStream.PublishConcurrentAsync(subject, payload, opts: new NatsJSPubOpts { MsgId = $"{session}/{batches}" }, cancellationToken: ct).ConfigureAwait(false));
            if (pending.Count >= InFlight)
            {
                await ConfirmAsync(pending.Dequeue(), ct).ConfigureAwait(false);
            }

            if (ticksPerSecond > 0 && TimeSpan.FromSeconds(count / ticksPerSecond) - Stopwatch.GetElapsedTime(start) is { Ticks: > 0 } ahead)
            {
                await Task.Delay(ahead, ct).ConfigureAwait(false);
            }
        }

        while (pending.Count > 0)
        {
            await ConfirmAsync(pending.Dequeue(), ct).ConfigureAwait(false);
        }

        var end = await cluster.JetStream.PublishAsync(subject, TickLogMessage.End(count, batches), opts: new NatsJSPubOpts { MsgId = $"{session}/end" }, cancellationToken: ct).ConfigureAwait(false);
        end.EnsureSuccess();
        if (sharesLast)
        {
            await QueueSharesAsync(cluster, session, plan, ct).ConfigureAwait(false);
        }

        return new FedSession(session, universe.Market, universe.Session.Date, count, batches, plan.Count, universe.Indices.Count, Stopwatch.GetElapsedTime(start).TotalSeconds);
    }

    private static async Task QueueSharesAsync(ClusterConnection cluster, string session, IReadOnlyList<int[]> plan, CancellationToken ct)
    {
        for (var s = 0; s < plan.Count; s++)
        {
            var assignment = new ShareAssignment(session, s, plan.Count, plan[s]);
            var ack = await cluster.JetStream.PublishAsync(ClusterLayout.Shares(session), assignment.ToBytes(), opts: new NatsJSPubOpts { MsgId = $"{session}/share/{s}" }, cancellationToken: ct).ConfigureAwait(false);
            ack.EnsureSuccess();
        }
    }

    /// <summary>The stream sequence of the last message on a subject, null when it has none.</summary>
    public static async Task<ulong?> LastSequenceAsync(ClusterConnection cluster, string stream, string subject, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        var last = await LastMessageAsync(cluster, stream, subject, ct).ConfigureAwait(false);
        return last?.Seq;
    }

    public static async Task<StoredMessage?> LastMessageAsync(ClusterConnection cluster, string stream, string subject, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        var handle = await cluster.JetStream.GetStreamAsync(stream, cancellationToken: ct).ConfigureAwait(false);
        try
        {
            var response = await handle.GetAsync(new StreamMsgGetRequest { LastBySubj = subject }, ct).ConfigureAwait(false);
            return response.Message;
        }
        catch (NatsJSApiException e) when (e.Error.Code == 404)
        {
            return null;
        }
    }

    private static async Task ConfirmAsync(NatsJSPublishConcurrentFuture future, CancellationToken ct)
    {
        await using (future.ConfigureAwait(false))
        {
            var ack = await future.GetResponseAsync(ct).ConfigureAwait(false);
            ack.EnsureSuccess();
        }
    }
}
