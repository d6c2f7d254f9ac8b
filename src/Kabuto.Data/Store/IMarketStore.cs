using Kabuto.Core.Market;
using Kabuto.Data.Import;

namespace Kabuto.Data.Store;

/// <summary>The store port: what the importers, fetchers, readers, the CLI and the API need from a store, whatever
/// holds it. Two adapters: <see cref="SqliteMarketStore"/> (one embedded file, the default) and
/// <see cref="PostgresMarketStore"/> (a shared server). <see cref="MarketStore.Open"/> picks one from --db
/// (docs/adr/0012-store-port-sqlite-and-postgres.md).</summary>
public interface IMarketStore : IMarketDataReader, ISessionLevelReader, IExchangeDaysReader, IIndexMembershipReader, IComputedSessionStore, IDisposable
{
    /// <summary>Where the store is, fit to print: a file path, or a PostgreSQL address without its password.</summary>
    string Description { get; }

    /// <summary>True when the store was opened read-only (a SQLite file without write permission).</summary>
    bool IsReadOnly { get; }

    /// <summary>The version of the schema the store is at (the adapter's own migration numbering).</summary>
    int SchemaVersion { get; }

    /// <summary>The version a store of this kind has once every shipped migration ran.</summary>
    int LatestSchemaVersion { get; }

    /// <summary>Changes whenever another connection commits an import ('kabuto serve' reloads then). Cheap enough to poll.</summary>
    long DataVersion { get; }

    /// <summary>The dates in [from, to] on which the series has a row (any source): what an incremental fetch need not ask for.</summary>
    IReadOnlySet<DateOnly> HeldDates(string seriesId, DateOnly from, DateOnly to);

    /// <summary>The dates in [from, to] with member prices from a source whose name starts with <paramref name="sourcePrefix"/>.</summary>
    IReadOnlySet<DateOnly> MemberDates(string sourcePrefix, DateOnly from, DateOnly to);

    /// <summary>The dates in [from, to] on which the series has a published level of the session (any outlet).</summary>
    IReadOnlySet<DateOnly> SessionLevelDates(string seriesId, string session, DateOnly from, DateOnly to);

    /// <summary>Whether any import came from a source of this exact name (a fetched document's name, e.g. the listing of a day).</summary>
    bool HasImportFrom(string source);

    /// <summary>Row count of a store table (diagnostics and tests; the name must be one of the schema's tables).</summary>
    long Count(string table);

    /// <summary>Starts one import run: everything it writes is one transaction, committed by <see cref="IStoreWriter.Commit"/>.</summary>
    internal IStoreWriter BeginWrite();
}

/// <summary>The write side of one import run (<see cref="ImportService"/> is its only user). Everything happens in ONE
/// transaction, committed only by <see cref="Commit"/>; disposing without committing rolls back, so a failed or killed
/// import changes nothing. Runs of several processes at once are serialised by the store (a writer waits for the
/// other's commit before it reads anything), so each sees what the others committed and nothing is imported twice.</summary>
internal interface IStoreWriter : IDisposable
{
    /// <summary>Rows inserted so far in this run (all counted tables), for per-file deltas.</summary>
    long Inserted { get; }

    (long ImportId, string ImportedUtc)? FindImport(string sha256);

    long BeginImport(string path, string source, string sha256, string format, DateTimeOffset? importedUtc = null);

    void FinishImport(long importId, string series, long rowsRead, long inserted, long quarantined);

    /// <summary>Closes of the series from every source except <paramref name="exceptSource"/>, for cross-source checks.</summary>
    Dictionary<DateOnly, List<OtherClose>> OtherSources(string seriesId, string exceptSource);

    /// <summary>Holds back a row the checks quarantined as a partial last row, with its values, so a source that has the
    /// same close can confirm it later, in whatever order the files arrive (<see cref="HeldBars"/>).</summary>
    void HoldBar(long importId, string source, int rank, string seriesId, int line, in DailyBar bar);

    /// <summary>Every held row (partial last rows), released or not, by series, date and source.</summary>
    IReadOnlyList<HeldBar> HeldBars();

    /// <summary>A held row another source confirmed: stored like any accepted row, its quarantine entry removed (and
    /// its import's count corrected), marked released.</summary>
    void ReleaseHeld(HeldBar held);

    /// <summary>Replaces the findings of one rule about one row of a file (a confirmation restated with every source
    /// that confirms it so far).</summary>
    void ReplaceFinding(long importId, string file, int line, string rule, string? value, string message);

    /// <summary>Stores the row unless the store holds (series, date, source) already; a stored row becomes the best one
    /// of its date when its rank is higher, or equal with a greater source name.</summary>
    void AddBar(long importId, string source, int rank, string seriesId, int line, in DailyBar bar);

    void AddMember(long importId, string source, int rank, int line, in MemberBar bar);

    void AddTick(long importId, int line, in TickRow tick);

    void AddMembership(long importId, int line, in MembershipRow row);

    /// <summary>A later import of the same key (series, date, session, time, outlet) replaces the row only when a value
    /// differs: a corrected hand-collected file takes effect, the same file again changes nothing.</summary>
    void AddSessionLevel(long importId, int line, PublishedSessionLevel level);

    /// <summary>One source's description of an instrument, kept beside every other source's; the instruments row readers
    /// use is resolved from all of them at commit (<see cref="InstrumentPrecedence"/>), so the order of imports does not matter.</summary>
    void AddInstrument(long importId, string source, int rank, int line, Instrument instrument);

    void AddQuarantine(long importId, string file, int line, string raw, string rule, string? value, string reason);

    void AddFinding(long importId, string file, int line, string rule, string? value, string message);

    /// <summary>A day of an exchange's own calendar; replaces the day's status held before (counted when it changes).</summary>
    void AddExchangeDay(long importId, string market, DateOnly date, int status);

    /// <summary>Writes every row handed over so far: called before a count or a read of what was written.</summary>
    void FlushAll();

    void Commit();
}
