using Kabuto.Core.Market;
using Kabuto.Data.Store;

namespace Kabuto.Web.Services;

/// <summary>A store (SQLite or PostgreSQL) holds one connection, which is not safe to share between threads; requests arrive on
/// many. Reads are short and the hot day endpoint is cached, so one lock costs less than a connection per request.
/// The index membership (the Nikkei shadow basket's members) and the store's version are read under the same lock.</summary>
internal sealed class SerializedMarketData : IMarketDataReader, ISessionLevelReader, IComputedSessionReader, IExchangeDaysReader, IDisposable
{
    private readonly Lock _gate = new();
    private readonly IMarketDataReader _inner;

    public SerializedMarketData(IMarketDataReader inner)
    {
        _inner = inner;
        Membership = inner is IMarketStore store ? new SerializedMembership(store, _gate) : null;
    }

    /// <summary>Stored index membership, or null when the reader keeps none (an in-memory fixture).</summary>
    public IIndexMembershipReader? Membership { get; }

    /// <summary>Changes when another process commits to the store (an import while serving); constant for a reader
    /// that cannot change underneath us.</summary>
    public long Version
    {
        get
        {
            lock (_gate)
            {
                return _inner is IMarketStore store ? store.DataVersion : 0;
            }
        }
    }

    /// <summary>The published session levels (the midday edition's 11:30 level, the checker's intraday evidence);
    /// none when the inner reader keeps none.</summary>
    public IReadOnlyList<PublishedSessionLevel> GetSessionLevels(string seriesId, DateOnly date)
    {
        lock (_gate)
        {
            return _inner is ISessionLevelReader levels ? levels.GetSessionLevels(seriesId, date) : [];
        }
    }

    /// <summary>The exchange's own calendar (the facts' missing sessions, ADR 0018); none when the inner reader keeps none.</summary>
    public IReadOnlyDictionary<DateOnly, int> ExchangeDays(string market, DateOnly from, DateOnly to)
    {
        lock (_gate)
        {
            return _inner is IExchangeDaysReader days ? days.ExchangeDays(market, from, to) : new Dictionary<DateOnly, int>();
        }
    }

    /// <summary>The cluster's stored sessions (kabuto cluster store); none when the inner reader keeps none.</summary>
    public IReadOnlyList<StoredComputedSession> ListComputedSessions()
    {
        lock (_gate)
        {
            return _inner is IComputedSessionReader computed ? computed.ListComputedSessions() : [];
        }
    }

    public StoredComputedSession? FindComputedSession(string sessionId)
    {
        lock (_gate)
        {
            return _inner is IComputedSessionReader computed ? computed.FindComputedSession(sessionId) : null;
        }
    }

    public IReadOnlyList<ComputedIndexDay> GetComputedDays(string indexId)
    {
        lock (_gate)
        {
            return _inner is IComputedSessionReader computed ? computed.GetComputedDays(indexId) : [];
        }
    }

    public IReadOnlyList<ComputedLevel> GetComputedLevels(string sessionId, string indexId)
    {
        lock (_gate)
        {
            return _inner is IComputedSessionReader computed ? computed.GetComputedLevels(sessionId, indexId) : [];
        }
    }

    public IReadOnlyList<SeriesCoverage> ListSeries()
    {
        lock (_gate)
        {
            return _inner.ListSeries();
        }
    }

    public IReadOnlyList<DailyBar> GetDailyBars(string seriesId, DateOnly? from = null, DateOnly? to = null)
    {
        lock (_gate)
        {
            return _inner.GetDailyBars(seriesId, from, to);
        }
    }

    public IReadOnlyList<MemberBar> GetMemberBars(IReadOnlyCollection<string>? codes = null, DateOnly? from = null, DateOnly? to = null)
    {
        lock (_gate)
        {
            return _inner.GetMemberBars(codes, from, to);
        }
    }

    public IReadOnlyList<Instrument> GetInstruments(IReadOnlyCollection<string>? codes = null)
    {
        lock (_gate)
        {
            return _inner.GetInstruments(codes);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            (_inner as IDisposable)?.Dispose();
        }
    }

    private sealed class SerializedMembership(IIndexMembershipReader inner, Lock gate) : IIndexMembershipReader
    {
        public IReadOnlyList<IndexMembershipRow> GetMembership(string indexId)
        {
            lock (gate)
            {
                return inner.GetMembership(indexId);
            }
        }
    }
}
