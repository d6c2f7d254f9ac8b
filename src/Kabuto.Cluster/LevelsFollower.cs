using Kabuto.Core.Market;
using Kabuto.Live.Engine;
using Kabuto.Live.Universe;
using NATS.Client.JetStream;

namespace Kabuto.Cluster;

/// <summary>A subscriber of the levels log: follows one session's snapshots from its start and keeps following as the
/// workers publish (an ordered consumer, so none is missed or seen twice). Hands on, per index, the named snapshots
/// (open, 11:30, close) and the first snapshot at or after each multiple of <paramref name="sample"/> — enough for a
/// dashboard, without the whole tick-by-tick series.</summary>
public sealed class LevelsFollower(ClusterConnection cluster, TimeSpan sample)
{
    /// <summary>The session to follow: the given id, else the one most recently fed.</summary>
    public async Task<string?> ResolveSessionAsync(string? session, CancellationToken ct)
    {
        if (session is not null)
        {
            return ClusterLayout.CheckSession(session);
        }

        var status = await ClusterStatusReport.ReadAsync(cluster, ct).ConfigureAwait(false);
        return status.Sessions.OrderByDescending(s => s.LastTickSequence).FirstOrDefault()?.Session;
    }

    public async Task FollowAsync(string session, Action<LiveUniverse, LiveIndex, ClusterSnapshot> onSnapshot, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(onSnapshot);
        var universe = (await cluster.UniverseAsync(session, ct).ConfigureAwait(false)).Decode();
        var next = new long[universe.Indices.Count];
        var step = Math.Max(1, sample.Ticks);
        var consumer = await cluster.JetStream.CreateOrderedConsumerAsync(
            ClusterLayout.LevelsStream, new NatsJSOrderedConsumerOpts { FilterSubjects = [ClusterLayout.AllLevels(session)] }, ct).ConfigureAwait(false);
        await foreach (var message in consumer.ConsumeAsync<byte[]>(cancellationToken: ct).ConfigureAwait(false))
        {
            foreach (var snapshot in LevelsBatch.FromBytes(message.Data).Snapshots)
            {
                var named = (snapshot.Kind & ~SnapshotKind.Cadence) != SnapshotKind.None;
                if (named || snapshot.TimeUtc >= next[snapshot.Index])
                {
                    next[snapshot.Index] = ((snapshot.TimeUtc / step) + 1) * step;
                    onSnapshot(universe, universe.Indices[snapshot.Index], snapshot);
                }
            }
        }
    }
}
