using Kabuto.Core.Errors;
using NATS.Client.Core;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;
using NATS.Client.ObjectStore;
using NATS.Client.ObjectStore.Models;

namespace Kabuto.Cluster;

/// <summary>How long a worker may go silent before JetStream hands its shares to another worker: the work queue's
/// ack wait (null: keep the queue's current one; 3 s when the queue is created). A live worker renews it with
/// in-progress acknowledgements every third of the queue's actual ack wait.</summary>
public sealed record ClusterOptions
{
    public static readonly TimeSpan DefaultAckWait = TimeSpan.FromSeconds(3);

    public TimeSpan? AckWait { get; init; }
}

/// <summary>A connection to the NATS server with the cluster's streams and bucket in place (created if missing, so
/// any command may run first).</summary>
public sealed class ClusterConnection : IAsyncDisposable
{
    private ClusterConnection(NatsConnection connection, string url)
    {
        Connection = connection;
        Url = url;
        JetStream = new NatsJSContext(connection);
        Objects = new NatsObjContext(JetStream);
    }

    public NatsConnection Connection { get; }

    public string Url { get; }

    public NatsJSContext JetStream { get; }

    public NatsObjContext Objects { get; }

    public static async Task<ClusterConnection> OpenAsync(string url, ClusterOptions? options = null, CancellationToken ct = default)
    {
        var connection = new NatsConnection(new NatsOpts { Url = url, Name = "kabuto", ConnectTimeout = TimeSpan.FromSeconds(5) });
        try
        {
            await connection.ConnectAsync().ConfigureAwait(false);
        }
        catch (NatsException e)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw Fail.Input("--nats", null, "server", url, $"does not answer ({e.Message.TrimEnd('.')})", "start one with 'nats-server -js' or pass --nats nats://HOST:4222");
        }

        var cluster = new ClusterConnection(connection, url);
        try
        {
            await cluster.EnsureLayoutAsync(options ?? new ClusterOptions(), ct).ConfigureAwait(false);
        }
        catch (NatsJSApiException e) when (e.Error.Code == 503)
        {
            await cluster.DisposeAsync().ConfigureAwait(false);
            throw Fail.Input("--nats", null, "server", url, "has JetStream disabled", "start it with 'nats-server -js' (JetStream on)");
        }

        return cluster;
    }

    public async Task<LiveUniverseBlob> UniverseAsync(string session, CancellationToken ct)
    {
        var store = await Objects.GetObjectStoreAsync(ClusterLayout.UniverseBucket, ct).ConfigureAwait(false);
        try
        {
            var info = await store.GetInfoAsync(session, cancellationToken: ct).ConfigureAwait(false);
            return new LiveUniverseBlob(session, await store.GetBytesAsync(session, ct).ConfigureAwait(false), info.Nuid ?? string.Empty);
        }
        catch (NatsObjNotFoundException)
        {
            throw NotInCluster(session);
        }
    }

    /// <summary>The session's universe with where its ticks came from (the object's description and metadata).</summary>
    public async Task PutUniverseAsync(string session, byte[] universe, FeedOrigin origin, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(origin);
        var store = await Objects.GetObjectStoreAsync(ClusterLayout.UniverseBucket, ct).ConfigureAwait(false);
        var meta = new ObjectMetadata
        {
            Name = session,
            Description = origin.Source,
            Metadata = new Dictionary<string, string> { [SimulatedKey] = origin.Simulated ? "true" : "false" },
        };
        using var bytes = new MemoryStream(universe);
        await store.PutAsync(meta, bytes, cancellationToken: ct).ConfigureAwait(false);
    }

    /// <summary>Where the session's ticks came from. A session fed before the origin was recorded has none: every input
    /// 'kabuto cluster feed' accepted then was simulated (the simulator, or a tick file only the simulator writes).</summary>
    public async Task<FeedOrigin> OriginAsync(string session, CancellationToken ct)
    {
        var store = await Objects.GetObjectStoreAsync(ClusterLayout.UniverseBucket, ct).ConfigureAwait(false);
        try
        {
            var info = await store.GetInfoAsync(session, cancellationToken: ct).ConfigureAwait(false);
            return info.Metadata is { } m && m.TryGetValue(SimulatedKey, out var simulated) && info.Description is { Length: > 0 } source
                ? new FeedOrigin(source, simulated == "true")
                : new FeedOrigin("simulated session (fed before the origin was recorded)", true);
        }
        catch (NatsObjNotFoundException)
        {
            throw NotInCluster(session);
        }
    }

    private const string SimulatedKey = "kabuto-simulated";

    private const string CheckpointSequenceKey = "kabuto-tick-sequence";

    /// <summary>Replaces the share's checkpoint (the object store writes the new chunks before the new description, so
    /// a reader sees the old checkpoint or the new one).</summary>
    public async Task PutCheckpointAsync(ShareCheckpoint checkpoint, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        var store = await Objects.GetObjectStoreAsync(ClusterLayout.CheckpointBucket, ct).ConfigureAwait(false);
        var meta = new ObjectMetadata
        {
            Name = ClusterLayout.Checkpoint(checkpoint.Session, checkpoint.Share),
            Description = $"engine state of share {checkpoint.Share + 1} of {checkpoint.Session} after tick-log sequence {checkpoint.TickSequence}, by {checkpoint.Worker}",
            Metadata = new Dictionary<string, string> { [CheckpointSequenceKey] = checkpoint.TickSequence.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        };
        using var bytes = new MemoryStream(checkpoint.ToBytes());
        await store.PutAsync(meta, bytes, cancellationToken: ct).ConfigureAwait(false);
    }

    /// <summary>Whether the stream still holds message <paramref name="sequence"/> on <paramref name="subject"/>.</summary>
    public async Task<bool> HoldsAsync(string stream, ulong sequence, string subject, CancellationToken ct)
    {
        var handle = await JetStream.GetStreamAsync(stream, cancellationToken: ct).ConfigureAwait(false);
        try
        {
            var response = await handle.GetAsync(new StreamMsgGetRequest { Seq = sequence }, ct).ConfigureAwait(false);
            return response.Message.Subject == subject;
        }
        catch (NatsJSApiException e) when (e.Error.Code == 404)
        {
            return false;
        }
    }

    /// <summary>The share's latest checkpoint, null when it has none.</summary>
    public async Task<ShareCheckpoint?> CheckpointAsync(string session, int share, CancellationToken ct)
    {
        var store = await Objects.GetObjectStoreAsync(ClusterLayout.CheckpointBucket, ct).ConfigureAwait(false);

        // A read that races the share's next put can wait for chunks that put has already purged: it is abandoned
        // after a few seconds and the latest version read again.
        for (var attempt = 1; ; attempt++)
        {
            using var patience = CancellationTokenSource.CreateLinkedTokenSource(ct);
            patience.CancelAfter(CheckpointReadAttempt);
            try
            {
                return ShareCheckpoint.FromBytes(await store.GetBytesAsync(ClusterLayout.Checkpoint(session, share), patience.Token).ConfigureAwait(false));
            }
            catch (NatsObjNotFoundException)
            {
                return null;
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested && attempt < CheckpointReadAttempts)
            {
            }
        }
    }

    private static readonly TimeSpan CheckpointReadAttempt = TimeSpan.FromSeconds(3);
    private const int CheckpointReadAttempts = 3;

    /// <summary>The tick-log sequence the share's latest checkpoint covers (from its description; 0: none).</summary>
    public async Task<ulong> CheckpointSequenceAsync(string session, int share, CancellationToken ct)
    {
        var store = await Objects.GetObjectStoreAsync(ClusterLayout.CheckpointBucket, ct).ConfigureAwait(false);
        try
        {
            var info = await store.GetInfoAsync(ClusterLayout.Checkpoint(session, share), cancellationToken: ct).ConfigureAwait(false);
            return info.Metadata is { } m && m.TryGetValue(CheckpointSequenceKey, out var text) && ulong.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var sequence) ? sequence : 0;
        }
        catch (NatsObjNotFoundException)
        {
            return 0;
        }
    }

    private static UserInputException NotInCluster(string session) =>
        Fail.Input("--session", null, "session", session, "is not in the cluster", "feed it first with 'kabuto cluster feed', or see 'kabuto cluster status'");

    public ValueTask DisposeAsync() => Connection.DisposeAsync();

    private async Task EnsureLayoutAsync(ClusterOptions options, CancellationToken ct)
    {
        await JetStream.CreateOrUpdateStreamAsync(
            new StreamConfig(ClusterLayout.TickStream, ["kabuto.ticks.>"])
            {
                Storage = StreamConfigStorage.File,
                DuplicateWindow = TimeSpan.FromMinutes(2),
            },
            ct).ConfigureAwait(false);
        await JetStream.CreateOrUpdateStreamAsync(
            new StreamConfig(ClusterLayout.ShareStream, ["kabuto.shares.>"])
            {
                Storage = StreamConfigStorage.File,
                Retention = StreamConfigRetention.Workqueue,
                DuplicateWindow = TimeSpan.FromMinutes(2),
            },
            ct).ConfigureAwait(false);
        await JetStream.CreateOrUpdateStreamAsync(
            new StreamConfig(ClusterLayout.LevelsStream, ["kabuto.levels.>"])
            {
                Storage = StreamConfigStorage.File,
            },
            ct).ConfigureAwait(false);
        var ackWait = options.AckWait;
        if (ackWait is null)
        {
            try
            {
                ackWait = (await JetStream.GetConsumerAsync(ClusterLayout.ShareStream, ClusterLayout.WorkersConsumer, ct).ConfigureAwait(false)).Info.Config.AckWait;
            }
            catch (NatsJSApiException e) when (e.Error.Code == 404)
            {
                ackWait = ClusterOptions.DefaultAckWait;
            }
        }

        await JetStream.CreateOrUpdateConsumerAsync(
            ClusterLayout.ShareStream,
            new ConsumerConfig(ClusterLayout.WorkersConsumer)
            {
                AckPolicy = ConsumerConfigAckPolicy.Explicit,
                AckWait = ackWait.Value,
                MaxDeliver = -1,
                MaxAckPending = -1,
            },
            ct).ConfigureAwait(false);
        await Objects.CreateObjectStoreAsync(new NatsObjConfig(ClusterLayout.UniverseBucket) { Storage = NatsObjStorageType.File }, ct).ConfigureAwait(false);
        await Objects.CreateObjectStoreAsync(new NatsObjConfig(ClusterLayout.CheckpointBucket) { Storage = NatsObjStorageType.File }, ct).ConfigureAwait(false);
    }
}

/// <summary>A session's universe as stored (the tick format's header), decoded on request; <see cref="Id"/> is the
/// object store's id of this version of the object (a session fed again gets a new one).</summary>
public sealed record LiveUniverseBlob(string Session, byte[] Bytes, string Id)
{
    public Kabuto.Live.Universe.LiveUniverse Decode() => Kabuto.Live.Feeds.TickWire.DecodeUniverse(Bytes, $"session {Session}");
}
