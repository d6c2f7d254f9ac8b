using NATS.Client.JetStream.Models;

namespace Kabuto.Cluster;

/// <summary>One share as the levels log shows it: the worker that published last, how far it got, how many tick-log
/// messages it still has to apply, and the tick-log sequence of its latest engine checkpoint (0: none).</summary>
public sealed record ShareStatus(int Share, string Worker, ulong TickSequence, ulong Lag, bool Final, long Batches, ulong CheckpointSequence);

public sealed record SessionStatus(string Session, long TickMessages, ulong LastTickSequence, int Shares, IReadOnlyList<ShareStatus> Published);

/// <summary>What <c>kabuto cluster status</c> shows: the logs' sizes, the work queue as JetStream counts it (shares
/// waiting for a worker, held by one, redelivered after a worker went silent; workers waiting for work) and each
/// session's shares.</summary>
public sealed record ClusterStatusReport(
    string Url, long TickMessages, long TickBytes, long LevelMessages, long LevelBytes,
    ulong SharesWaiting, long SharesHeld, long SharesRedelivered, long WorkersWaiting, IReadOnlyList<SessionStatus> Sessions)
{
    public static async Task<ClusterStatusReport> ReadAsync(ClusterConnection cluster, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        var js = cluster.JetStream;
        var ticks = await js.GetStreamAsync(ClusterLayout.TickStream, new StreamInfoRequest { SubjectsFilter = "kabuto.ticks.>" }, ct).ConfigureAwait(false);
        var levels = await js.GetStreamAsync(ClusterLayout.LevelsStream, new StreamInfoRequest { SubjectsFilter = "kabuto.levels.>" }, ct).ConfigureAwait(false);
        var queue = await js.GetConsumerAsync(ClusterLayout.ShareStream, ClusterLayout.WorkersConsumer, ct).ConfigureAwait(false);
        var sessions = new List<SessionStatus>();
        foreach (var (subject, count) in (ticks.Info.State.Subjects ?? new Dictionary<string, long>()).OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            var session = subject["kabuto.ticks.".Length..];
            var lastTick = await SessionFeed.LastSequenceAsync(cluster, ClusterLayout.TickStream, subject, ct).ConfigureAwait(false) ?? 0;
            var published = new List<ShareStatus>();
            var shares = 0;
            var prefix = $"kabuto.levels.{session}.";
            foreach (var (levelSubject, batches) in (levels.Info.State.Subjects ?? new Dictionary<string, long>()).Where(s => s.Key.StartsWith(prefix, StringComparison.Ordinal)).OrderBy(s => s.Key, StringComparer.Ordinal))
            {
                var last = await SessionFeed.LastMessageAsync(cluster, ClusterLayout.LevelsStream, levelSubject, ct).ConfigureAwait(false);
                if (last is null)
                {
                    continue;
                }

                var batch = LevelsBatch.FromBytes(last.Data.Span);
                shares = batch.Shares;
                var share = int.Parse(levelSubject[prefix.Length..], System.Globalization.CultureInfo.InvariantCulture);
                var checkpoint = await cluster.CheckpointSequenceAsync(session, share, ct).ConfigureAwait(false);
                published.Add(new ShareStatus(share, batch.Worker, batch.TickSequence, lastTick > batch.TickSequence ? lastTick - batch.TickSequence : 0, batch.Final, batches, checkpoint));
            }

            sessions.Add(new SessionStatus(session, count, lastTick, shares, published));
        }

        var info = queue.Info;
        return new ClusterStatusReport(
            cluster.Url, (long)ticks.Info.State.Messages, ticks.Info.State.Bytes, (long)levels.Info.State.Messages, levels.Info.State.Bytes,
            info.NumPending, info.NumAckPending, info.NumRedelivered, info.NumWaiting, sessions);
    }
}
