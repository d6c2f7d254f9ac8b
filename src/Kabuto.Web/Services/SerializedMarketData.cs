using Kabuto.Core.Market;

namespace Kabuto.Web.Services;

/// <summary>The SQLite store holds one connection, which is not safe to share between threads; requests arrive on
/// many. Reads are short and the hot day endpoint is cached, so one lock costs less than a connection per request.</summary>
internal sealed class SerializedMarketData(IMarketDataReader inner) : IMarketDataReader, IDisposable
{
    private readonly Lock _gate = new();

    public IMarketDataReader Inner => inner;

    public IReadOnlyList<SeriesCoverage> ListSeries()
    {
        lock (_gate)
        {
            return inner.ListSeries();
        }
    }

    public IReadOnlyList<DailyBar> GetDailyBars(string seriesId, DateOnly? from = null, DateOnly? to = null)
    {
        lock (_gate)
        {
            return inner.GetDailyBars(seriesId, from, to);
        }
    }

    public IReadOnlyList<MemberBar> GetMemberBars(IReadOnlyCollection<string>? codes = null, DateOnly? from = null, DateOnly? to = null)
    {
        lock (_gate)
        {
            return inner.GetMemberBars(codes, from, to);
        }
    }

    public IReadOnlyList<Instrument> GetInstruments(IReadOnlyCollection<string>? codes = null)
    {
        lock (_gate)
        {
            return inner.GetInstruments(codes);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            (inner as IDisposable)?.Dispose();
        }
    }
}
