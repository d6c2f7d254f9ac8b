using Kabuto.Core.Market;
using Kabuto.Live.Engine;
using Kabuto.Live.Universe;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;

namespace Kabuto.Cluster;

/// <summary>What the levels log holds for one share: how far it got (the tick sequence its last batch covers), whether
/// it is complete, the workers that published it in order (more than one after a takeover) and, when complete, the
/// engine's tick counts.</summary>
public sealed record ShareProgress(int Share, ulong TickSequence, bool Final, IReadOnlyList<string> Workers, long Batches, long Snapshots, TickCounts? Counts);

/// <summary>A session as the cluster computed it, read back from the levels log: every snapshot of every index in
/// order, and each share's progress. This is what subscribers (serve, the store) and the cluster test read.</summary>
public sealed class SessionLevels
{
    private SessionLevels(string session, LiveUniverse universe, List<ClusterSnapshot>[] series, IReadOnlyList<ShareProgress> shares, int shareCount)
    {
        Session = session;
        Universe = universe;
        Series = series;
        Shares = shares;
        ShareCount = shareCount;
    }

    public string Session { get; }

    public LiveUniverse Universe { get; }

    /// <summary>Every snapshot of each index (by universe ordinal), in emission order.</summary>
    public IReadOnlyList<IReadOnlyList<ClusterSnapshot>> Series { get; }

    public IReadOnlyList<ShareProgress> Shares { get; }

    /// <summary>How many shares the session was split into (0 before any share published).</summary>
    public int ShareCount { get; }

    public bool Complete => ShareCount > 0 && Shares.Count == ShareCount && Shares.All(s => s.Final);

    public static async Task<SessionLevels> ReadAsync(ClusterConnection cluster, string session, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        var universe = (await cluster.UniverseAsync(session, ct).ConfigureAwait(false)).Decode();
        var series = new List<ClusterSnapshot>[universe.Indices.Count];
        for (var i = 0; i < series.Length; i++)
        {
            series[i] = [];
        }

        var progress = new SortedDictionary<int, Tally>();
        var shareCount = 0;
        await ConsumeAsync(cluster, session, (share, batch) =>
        {
            shareCount = batch.Shares;
            foreach (var snapshot in batch.Snapshots)
            {
                series[snapshot.Index].Add(snapshot);
            }

            if (!progress.TryGetValue(share, out var tally))
            {
                progress[share] = tally = new Tally();
            }

            tally.Add(batch);
        }, ct).ConfigureAwait(false);

        var shares = progress.Select(p => new ShareProgress(p.Key, p.Value.Sequence, p.Value.Final, p.Value.Workers, p.Value.Batches, p.Value.Snapshots, p.Value.Counts)).ToList();
        return new SessionLevels(session, universe, series, shares, shareCount);
    }

    /// <summary>Hands on every batch the levels log holds for the session now, share by share in publication order
    /// (an ordered consumer: none missed, none twice), then returns.</summary>
    public static async Task ConsumeAsync(ClusterConnection cluster, string session, Action<int, LevelsBatch> onBatch, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(onBatch);
        var stream = await cluster.JetStream.GetStreamAsync(ClusterLayout.LevelsStream, new StreamInfoRequest { SubjectsFilter = ClusterLayout.AllLevels(session) }, ct).ConfigureAwait(false);
        var expected = stream.Info.State.Subjects?.Values.Sum(v => (long)v) ?? 0;
        if (expected == 0)
        {
            return;
        }

        var consumer = await cluster.JetStream.CreateOrderedConsumerAsync(
            ClusterLayout.LevelsStream, new NatsJSOrderedConsumerOpts { FilterSubjects = [ClusterLayout.AllLevels(session)] }, ct).ConfigureAwait(false);
        long seen = 0;
        await foreach (var message in consumer.ConsumeAsync<byte[]>(cancellationToken: ct).ConfigureAwait(false))
        {
            var share = int.Parse(message.Subject[(message.Subject.LastIndexOf('.') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
            onBatch(share, LevelsBatch.FromBytes(message.Data));
            if (++seen == expected)
            {
                break;
            }
        }
    }

    /// <summary>Waits until every share of the session published its final batch; checks twice a second.</summary>
    public static async Task<SessionLevels> WaitCompleteAsync(ClusterConnection cluster, string session, TimeSpan timeout, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var levels = await ReadAsync(cluster, session, ct).ConfigureAwait(false);
            if (levels.Complete || DateTime.UtcNow > deadline)
            {
                return levels;
            }

            await Task.Delay(500, ct).ConfigureAwait(false);
        }
    }

    private sealed class Tally
    {
        public ulong Sequence { get; private set; }

        public bool Final { get; private set; }

        public List<string> Workers { get; } = [];

        public long Batches { get; private set; }

        public long Snapshots { get; private set; }

        public TickCounts? Counts { get; private set; }

        public void Add(LevelsBatch batch)
        {
            if (Workers.Count == 0 || Workers[^1] != batch.Worker)
            {
                Workers.Add(batch.Worker);
            }

            Sequence = batch.TickSequence;
            Final = batch.Final;
            Batches++;
            Snapshots += batch.Snapshots.Count;
            Counts = batch.Counts ?? Counts;
        }
    }
}
