namespace Kabuto.Core.Market;

/// <summary>A session whose index levels Kabuto's own engine computed (the cluster, docs/cluster.md), as the store keeps
/// it: where its ticks came from, what the engine did with them, and how many indices and snapshots it gave. Every
/// share of a cluster session sees every tick, so the tick totals are one engine's (each share's are equal).</summary>
/// <param name="Source">What was fed, in words: a tick file's path or "simulated session".</param>
/// <param name="Simulated">True when the ticks were made up (the simulator, or a tick file it wrote): its levels are
/// not a market's and are printed as simulated.</param>
/// <param name="Ticks">What the engine did with the ticks (docs/live.md, the tick policy); its Snapshots counts the
/// snapshots emitted over all indices (changed-only, ADR 0011), summed over the shares.</param>
public sealed record ComputedSession(
    string SessionId,
    string Market,
    DateOnly Date,
    string Source,
    bool Simulated,
    int Indices,
    int Shares,
    TickCounts Ticks);

/// <summary>One index's day in a computed session, in published levels (2 dp): the level before the first tick
/// (previous close), the named snapshots (open: the first cadence snapshot after the session open; 11:30; the close)
/// and the high and low over every emitted snapshot. Null when the engine emitted no such snapshot (no morning close on
/// a market without a lunch break). <paramref name="Snapshots"/> counts the snapshots emitted for the index: one at each
/// boundary of its cadence at which its value changed, and always at the open, 11:30 and the close.</summary>
public sealed record ComputedIndexDay(
    string SessionId,
    string IndexId,
    string Name,
    DateOnly Date,
    decimal PreviousClose,
    decimal? Open,
    decimal? MorningClose,
    decimal? Close,
    decimal? High,
    decimal? Low,
    long Snapshots);

/// <summary>One emitted snapshot of an index, published (2 dp), at its instant in UTC.</summary>
public readonly record struct ComputedLevel(DateTimeOffset TimeUtc, decimal Level, SnapshotKind Kind);

/// <summary>An index's snapshot series in a computed session, in emission order.</summary>
public sealed record ComputedSeries(string IndexId, IReadOnlyList<ComputedLevel> Levels);

/// <summary>A stored computed session with how many series rows the store holds for it (0: only the days).</summary>
public sealed record StoredComputedSession(ComputedSession Session, long LevelRows);

/// <summary>Rows a store of a computed session inserted; all zero when the session was stored already.</summary>
public sealed record ComputedSessionWrite(int Sessions, int Days, long Levels);

/// <summary>Where computed sessions are kept (the store: <c>IMarketStore</c> in Kabuto.Data, SQLite or PostgreSQL).</summary>
public interface IComputedSessionStore : IComputedSessionReader
{
    /// <summary>Stores a session the cluster computed (docs/cluster.md): the session, each index's day and, when given,
    /// each index's snapshot series, in one transaction. Keys: the session id; (session, index) for a day; (session,
    /// index, n) for the n-th snapshot of a series. A row whose key is stored already is left as it is, so storing the
    /// same session again writes nothing, and a later call with series adds only the series. A session stored with
    /// other totals (another session fed under the same id) is refused and nothing is written.</summary>
    ComputedSessionWrite StoreComputedSession(ComputedSession session, IReadOnlyList<ComputedIndexDay> days, IReadOnlyList<ComputedSeries>? series = null);
}

/// <summary>Reading computed sessions (what a read-only server needs).</summary>
public interface IComputedSessionReader
{
    /// <summary>Every stored computed session, by date then session id, with how many series rows each has.</summary>
    IReadOnlyList<StoredComputedSession> ListComputedSessions();

    /// <summary>One stored computed session with how many series rows it has; null when none is stored under the id.</summary>
    StoredComputedSession? FindComputedSession(string sessionId);

    /// <summary>An index's day in every stored computed session, by date then session id.</summary>
    IReadOnlyList<ComputedIndexDay> GetComputedDays(string indexId);

    /// <summary>An index's stored snapshot series in one computed session, in emission order (empty when not stored).</summary>
    IReadOnlyList<ComputedLevel> GetComputedLevels(string sessionId, string indexId);
}
