using Kabuto.Core.Market;

namespace Kabuto.Cluster;

public enum StoreOutcome
{
    /// <summary>The session's days (and series, if asked) were written.</summary>
    Stored,

    /// <summary>The days were stored before; this run added the series.</summary>
    SeriesAdded,

    /// <summary>Everything asked for was stored already: nothing was read from the levels log or written.</summary>
    AlreadyStored,

    /// <summary>Some share has not published its final batch yet: nothing was written.</summary>
    NotComplete,
}

/// <summary>What <c>kabuto cluster store</c> did with one session of the cluster.</summary>
public sealed record StoredSession(string Session, StoreOutcome Outcome, int SharesComplete, int Shares, ComputedSessionWrite Written);

/// <summary><c>kabuto cluster store</c>: the levels log's complete sessions into the store (docs/cluster.md, "Into the
/// store"). One writer reads a complete session (every share's chain is already exactly-once in the log) and writes it
/// in one store transaction keyed by session and index, so a re-run, a second writer or a share that was redelivered
/// after a worker died writes nothing twice and loses nothing. Sessions still being computed are left for a later run
/// (or for <see cref="FollowAsync"/>).</summary>
public sealed class ClusterStore(ClusterConnection cluster, IComputedSessionStore store, bool withSeries)
{
    /// <summary>Stores the named session, or every complete session of the cluster not yet stored.</summary>
    public async Task<IReadOnlyList<StoredSession>> StoreCompleteAsync(string? session, CancellationToken ct)
    {
        if (session is not null)
        {
            ClusterLayout.CheckSession(session);
            await cluster.UniverseAsync(session, ct).ConfigureAwait(false); // one clear line when the cluster does not hold it
        }

        var status = await ClusterStatusReport.ReadAsync(cluster, ct).ConfigureAwait(false);
        var stored = store.ListComputedSessions().ToDictionary(s => s.Session.SessionId, StringComparer.Ordinal);
        var results = new List<StoredSession>();
        foreach (var s in status.Sessions.Where(s => session is null || s.Session == session))
        {
            var complete = s.Published.Count(p => p.Final);
            if (s.Shares == 0 || complete < s.Shares)
            {
                results.Add(new StoredSession(s.Session, StoreOutcome.NotComplete, complete, s.Shares, new(0, 0, 0)));
                continue;
            }

            if (stored.TryGetValue(s.Session, out var held) && (!withSeries || held.LevelRows > 0))
            {
                results.Add(new StoredSession(s.Session, StoreOutcome.AlreadyStored, complete, s.Shares, new(0, 0, 0)));
                continue;
            }

            var summary = await SessionSummary.ReadAsync(cluster, s.Session, withSeries, ct).ConfigureAwait(false);
            var written = store.StoreComputedSession(summary.Session, summary.Days, summary.Series);
            var outcome = written.Sessions > 0 ? StoreOutcome.Stored : written.Levels > 0 ? StoreOutcome.SeriesAdded : StoreOutcome.AlreadyStored;
            results.Add(new StoredSession(s.Session, outcome, complete, s.Shares, written));
        }

        return results;
    }

    /// <summary>Until cancelled: every <paramref name="every"/>, stores the sessions that completed since the last look
    /// and reports each one stored.</summary>
    public async Task FollowAsync(TimeSpan every, Action<StoredSession> onStored, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(onStored);
        try
        {
            while (true)
            {
                foreach (var result in await StoreCompleteAsync(null, ct).ConfigureAwait(false))
                {
                    if (result.Outcome is StoreOutcome.Stored or StoreOutcome.SeriesAdded)
                    {
                        onStored(result);
                    }
                }

                await Task.Delay(every, ct).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }
}
