using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Kabuto.Live.Engine;
using Kabuto.Live.Feeds;
using Kabuto.Live.Ticks;
using Kabuto.Live.Universe;
using NATS.Client.Core;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;
using NATS.Client.ObjectStore;

namespace Kabuto.Cluster;

/// <summary>How a worker runs: its name in logs and in the levels it publishes, and how many shares it holds at once
/// (0: no limit, so survivors take over every share of a dead worker).</summary>
public sealed record WorkerOptions
{
    public string Name { get; init; } = $"{Environment.MachineName}/{Environment.ProcessId}";

    public int MaxShares { get; init; }

    /// <summary>Snapshots buffered before a levels batch is published while catching up (when caught up with the tick
    /// log, every batch is published as soon as it is applied).</summary>
    public int FlushSnapshots { get; init; } = 16_384;

    /// <summary>Tick-log messages between two checkpoints of a share's engine state (0: none; a takeover then replays
    /// from the session's start). 256 messages of 1,024 ticks are 2.6 s at the 100,000 ticks/s design peak, and bound
    /// the replay at a takeover to about that many messages (ADR 0019).</summary>
    public int CheckpointEvery { get; init; } = DefaultCheckpointEvery;

    public const int DefaultCheckpointEvery = 256;
}

/// <summary><c>kabuto cluster worker</c>: takes index shares from the JetStream work queue and computes them. Placement
/// and failover are JetStream's: a share is a queue message the worker holds unacknowledged, renewing the ack deadline
/// with in-progress acks; if the worker dies the deadline passes and JetStream redelivers the share to a waiting
/// worker, which rebuilds the engine by replaying the session's tick log from its start and publishes only the
/// snapshots after the share's last published tick sequence. Every levels publish expects the share's previous one
/// (JetStream's expected-last-subject-sequence), so a worker that lost its share without knowing it is refused
/// instead of writing twice.</summary>
public sealed class ClusterWorker(ClusterConnection cluster, WorkerOptions options, Action<string> log)
{
    private readonly ConcurrentDictionary<string, (LiveUniverse Universe, string Id)> _universes = new(StringComparer.Ordinal);
    private TimeSpan _ackWait = ClusterOptions.DefaultAckWait;

    public async Task RunAsync(CancellationToken ct)
    {
        var consumer = await cluster.JetStream.GetConsumerAsync(ClusterLayout.ShareStream, ClusterLayout.WorkersConsumer, ct).ConfigureAwait(false);
        _ackWait = consumer.Info.Config.AckWait;
        var running = new List<Task>();
        Log($"waiting for shares on {cluster.Url} (ack wait {_ackWait.TotalSeconds:0.#} s, max shares {(options.MaxShares > 0 ? options.MaxShares.ToString(CultureInfo.InvariantCulture) : "unlimited")})");
        try
        {
            while (!ct.IsCancellationRequested)
            {
                foreach (var failed in running.Where(t => t.IsFaulted))
                {
                    Log($"a share failed and will lapse to another worker: {failed.Exception?.GetBaseException().Message}");
                }

                running.RemoveAll(t => t.IsCompleted);
                if (options.MaxShares > 0 && running.Count >= options.MaxShares)
                {
                    await Task.WhenAny([.. running, Task.Delay(TimeSpan.FromSeconds(1), ct)]).ConfigureAwait(false);
                    continue;
                }

                await foreach (var message in consumer.FetchAsync<byte[]>(new NatsJSFetchOpts { MaxMsgs = 1, Expires = TimeSpan.FromSeconds(2) }, cancellationToken: ct).ConfigureAwait(false))
                {
                    var share = message;
                    running.Add(Task.Factory.StartNew(() => RunShareAsync(share, ct), ct, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap());
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }

        await Task.WhenAll(running).ConfigureAwait(false);
    }

    private async Task RunShareAsync(INatsJSMsg<byte[]> message, CancellationToken ct)
    {
        var assignment = ShareAssignment.FromBytes(message.Data ?? []);
        var what = $"share {assignment.Share + 1}/{assignment.Shares} of {assignment.Session}";
        var delivery = message.Metadata?.NumDelivered ?? 1;
        Log($"took {what} ({assignment.Indices.Length} indices, delivery {delivery}{(delivery > 1 ? ": taking over" : string.Empty)})");
        using var done = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var heartbeat = KeepAsync(message, done.Token);
        try
        {
            var outcome = await ComputeAsync(assignment, what, done.Token).ConfigureAwait(false);
            await done.CancelAsync().ConfigureAwait(false);
            await heartbeat.ConfigureAwait(false);
            if (outcome)
            {
                await message.AckAsync(new AckOpts { DoubleAck = true }, CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Stopping: hand the share back now instead of after the ack wait.
            await done.CancelAsync().ConfigureAwait(false);
            await message.NakAsync(cancellationToken: CancellationToken.None).ConfigureAwait(false);
            Log($"released {what}");
        }
        catch (Exception e) when (e is NatsJSException or InvalidDataException)
        {
            // Not acknowledged: JetStream redelivers the share after the ack wait.
            Log($"left {what}: {e.Message}");
        }
        finally
        {
            // Whatever ended the computation, stop renewing: a share this worker no longer computes must lapse.
            await done.CancelAsync().ConfigureAwait(false);
        }
    }

    // Returns true when the share is complete (acknowledge it), false when another worker owns it now.
    private async Task<bool> ComputeAsync(ShareAssignment assignment, string what, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var cpuStarted = Process.GetCurrentProcess().TotalProcessorTime;
        var (universe, universeId) = await UniverseAsync(assignment.Session, ct).ConfigureAwait(false);
        var levelsSubject = ClusterLayout.Levels(assignment.Session, assignment.Share);
        var last = await SessionFeed.LastMessageAsync(cluster, ClusterLayout.LevelsStream, levelsSubject, ct).ConfigureAwait(false);
        var lastStreamSequence = last?.Seq ?? 0;
        var published = last is null ? null : LevelsBatch.FromBytes(last.Data.Span);
        if (published is { Final: true })
        {
            Log($"{what} is already complete (by {published.Worker})");
            return true;
        }

        var publishedUpTo = published?.TickSequence ?? 0;
        var sink = new ShareSink(assignment.Indices);
        var shareUniverse = SharePlan.Restrict(universe, assignment.Indices);
        var engine = new IndexEngine(shareUniverse, sink);
        long received = 0;
        long batches = 0;
        var resumedAfter = await ResumeAsync(assignment, universeId, levelsSubject, engine, what, ct).ConfigureAwait(false);
        if (resumedAfter is { } resumed)
        {
            (received, batches) = (resumed.Ticks, resumed.Batches);
        }

        var startAfter = resumedAfter?.TickSequence ?? 0;
        var receivedAtStart = received;
        var checkpointedBatches = batches;
        Task checkpointing = Task.CompletedTask;
        var ticks = new Tick[8192];
        var openUtc = universe.Session.OpenUtc;
        var caughtUp = false;
        var consumer = await cluster.JetStream.CreateOrderedConsumerAsync(
            ClusterLayout.TickStream,
            startAfter > 0
                ? new NatsJSOrderedConsumerOpts { FilterSubjects = [ClusterLayout.Ticks(assignment.Session)], DeliverPolicy = ConsumerConfigDeliverPolicy.ByStartSequence, OptStartSeq = startAfter + 1 }
                : new NatsJSOrderedConsumerOpts { FilterSubjects = [ClusterLayout.Ticks(assignment.Session)] },
            ct).ConfigureAwait(false);
        await foreach (var message in consumer.ConsumeAsync<byte[]>(opts: new NatsJSConsumeOpts { MaxMsgs = 64 }, cancellationToken: ct).ConfigureAwait(false))
        {
            var data = message.Data ?? [];
            var metadata = message.Metadata ?? throw new InvalidDataException("a tick log message without JetStream metadata");
            var sequence = metadata.Sequence.Stream;
            if (data.Length > 0 && data[0] == TickLogMessage.EndKind)
            {
                var (fedTicks, fedBatches) = TickLogMessage.ReadEnd(data);
                if (fedTicks != received || fedBatches != batches)
                {
                    throw new InvalidDataException($"the tick log of {assignment.Session} ends after {fedTicks:N0} ticks in {fedBatches:N0} batches, but {received:N0} ticks in {batches:N0} batches arrived");
                }

                engine.Complete();
                var counts = engine.Counts;
                await PublishAsync(new LevelsBatch(sequence, assignment.Shares, true, options.Name, sink.Take(), counts)).ConfigureAwait(false);
                await SettleAsync(checkpointing).ConfigureAwait(false);
                var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
                var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuStarted).TotalSeconds;
                Log(string.Create(CultureInfo.InvariantCulture, $"done {what}: {received:N0} ticks ({received - receivedAtStart:N0} applied here), {counts.Snapshots:N0} snapshots in {seconds:F2} s ({(received - receivedAtStart) / Math.Max(seconds, 1e-9):N0} ticks/s; process CPU {cpu:F2} s)"));
                return true;
            }

            var count = TickWire.DecodeTicks(data.AsSpan(TickLogMessage.HeaderSize), openUtc, ticks);
            engine.Apply(ticks.AsSpan(0, count));
            received += count;
            batches++;
            if (sequence <= publishedUpTo)
            {
                // Published by the share's previous owner: replayed only to rebuild the engine's state.
                sink.Take();
            }
            else
            {
                if (!caughtUp && metadata.NumPending == 0)
                {
                    caughtUp = true;
                    var from = startAfter > 0 ? $"the checkpoint at tick sequence {startAfter}" : "the session's start";
                    Log(string.Create(CultureInfo.InvariantCulture, $"{what}: caught up with the tick log at sequence {sequence} after {Stopwatch.GetElapsedTime(started).TotalSeconds:F2} s ({received - receivedAtStart:N0} ticks replayed from {from}; previous owner had published up to {publishedUpTo})"));
                }

                if (sink.Count >= options.FlushSnapshots || (metadata.NumPending == 0 && sink.Count > 0))
                {
                    await PublishAsync(new LevelsBatch(sequence, assignment.Shares, false, options.Name, sink.Take(), null)).ConfigureAwait(false);
                }
            }

            if (options.CheckpointEvery > 0 && batches - checkpointedBatches >= options.CheckpointEvery)
            {
                // A checkpoint may only hold a state whose snapshots are all in the levels chain (ADR 0019): publish
                // what the sink holds first. The upload runs while the next messages are applied; one at a time, so an
                // older checkpoint never lands after a newer one.
                if (sink.Count > 0)
                {
                    await PublishAsync(new LevelsBatch(sequence, assignment.Shares, false, options.Name, sink.Take(), null)).ConfigureAwait(false);
                }

                await SettleAsync(checkpointing).ConfigureAwait(false);
                var checkpoint = new ShareCheckpoint(
                    assignment.Session, assignment.Share, universeId, sequence, lastStreamSequence, received, batches, options.Name, engine.WriteCheckpoint());
                checkpointing = cluster.PutCheckpointAsync(checkpoint, ct);
                checkpointedBatches = batches;
            }
        }

        // The ordered consumer ends its enumeration quietly when cancelled: a worker being stopped hands the share back
        // (RunShareAsync naks it) instead of leaving it to lapse after the ack wait.
        ct.ThrowIfCancellationRequested();
        return false;

        async Task PublishAsync(LevelsBatch batch)
        {
            var ack = await cluster.JetStream.PublishAsync(
                levelsSubject, batch.ToBytes(), opts: new NatsJSPubOpts { ExpectedLastSubjectSequence = lastStreamSequence }, cancellationToken: ct).ConfigureAwait(false);
            ack.EnsureSuccess();
            lastStreamSequence = ack.Seq;
        }

        // A checkpoint that could not be written costs only replay time at the next takeover: say so and go on.
        async Task SettleAsync(Task upload)
        {
            try
            {
                await upload.ConfigureAwait(false);
            }
            catch (Exception e) when (e is NatsException or NatsObjException)
            {
                Log($"{what}: a checkpoint was not written ({e.Message})");
            }
        }
    }

    // Reading a checkpoint while its writer replaces it can wait for chunks that are gone: replaying is better than waiting.
    private static readonly TimeSpan CheckpointReadTimeout = TimeSpan.FromSeconds(10);

    // Restores the share's latest checkpoint into the new engine; null (replay from the session's start) when there is
    // none or it cannot be used: written for another feed of the session, after a levels message the chain no longer
    // holds (the levels log was purged or recreated: the snapshots it covers are gone), unreadable, or of another universe.
    private async Task<ShareCheckpoint?> ResumeAsync(ShareAssignment assignment, string universeId, string levelsSubject, IndexEngine engine, string what, CancellationToken ct)
    {
        if (options.CheckpointEvery <= 0)
        {
            return null;
        }

        ShareCheckpoint? checkpoint;
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(ct);
        patience.CancelAfter(CheckpointReadTimeout);
        try
        {
            checkpoint = await cluster.CheckpointAsync(assignment.Session, assignment.Share, patience.Token).ConfigureAwait(false);
            if (checkpoint is null)
            {
                return null;
            }

            if (checkpoint.Session != assignment.Session || checkpoint.Share != assignment.Share || checkpoint.UniverseId != universeId)
            {
                throw new InvalidDataException($"it was written for share {checkpoint.Share + 1} of {checkpoint.Session} as fed with universe {checkpoint.UniverseId}, not this one ({universeId})");
            }

            if (checkpoint.LevelsSequence > 0 && !await cluster.HoldsAsync(ClusterLayout.LevelsStream, checkpoint.LevelsSequence, levelsSubject, ct).ConfigureAwait(false))
            {
                throw new InvalidDataException($"it follows levels message {checkpoint.LevelsSequence}, which the share's chain no longer holds");
            }

            var fresh = engine.WriteCheckpoint();
            engine.RestoreCheckpoint(checkpoint.Engine);
            if (checkpoint.LevelsSequence == 0 && engine.Counts.Snapshots > 0)
            {
                // Written before the chain's first message, so its engine cannot have emitted anything yet.
                var snapshots = engine.Counts.Snapshots;
                engine.RestoreCheckpoint(fresh);
                throw new InvalidDataException($"it covers {snapshots:N0} snapshots but follows no levels message");
            }
        }
        catch (Exception e) when (e is InvalidDataException or NatsObjException || (e is OperationCanceledException && !ct.IsCancellationRequested))
        {
            var why = e is OperationCanceledException ? $"it could not be read within {CheckpointReadTimeout.TotalSeconds:0} s" : e.Message;
            Log($"{what}: the checkpoint is not used, replaying from the session's start: {why}");
            return null;
        }

        Log(string.Create(CultureInfo.InvariantCulture, $"{what}: resuming from the checkpoint at tick sequence {checkpoint.TickSequence} ({checkpoint.Ticks:N0} ticks, written by {checkpoint.Worker})"));
        return checkpoint;
    }

    private async Task KeepAsync(INatsJSMsg<byte[]> message, CancellationToken ct)
    {
        var every = _ackWait / 3;
        try
        {
            while (true)
            {
                await Task.Delay(every, ct).ConfigureAwait(false);
                await message.AckProgressAsync(cancellationToken: ct).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task<(LiveUniverse Universe, string Id)> UniverseAsync(string session, CancellationToken ct)
    {
        if (_universes.TryGetValue(session, out var known))
        {
            return known;
        }

        var blob = await cluster.UniverseAsync(session, ct).ConfigureAwait(false);
        return _universes.GetOrAdd(session, (blob.Decode(), blob.Id));
    }

    private void Log(string text) =>
        log($"{DateTimeOffset.UtcNow:HH:mm:ss.fff} worker {options.Name}: {text}");

    /// <summary>Collects the engine's snapshots with their index ordinals mapped back to the session's universe.</summary>
    private sealed class ShareSink(int[] indices) : ISnapshotSink
    {
        private List<ClusterSnapshot> _snapshots = [];

        public int Count => _snapshots.Count;

        public void OnSnapshot(in IndexSnapshot snapshot) =>
            _snapshots.Add(new ClusterSnapshot(indices[snapshot.Index], snapshot.TimeUtc, snapshot.WeightedSum, snapshot.Kind));

        public List<ClusterSnapshot> Take()
        {
            var taken = _snapshots;
            _snapshots = [];
            return taken;
        }
    }
}
