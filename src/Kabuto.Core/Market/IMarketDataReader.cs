namespace Kabuto.Core.Market;

/// <summary>Read side of the store, as the analytics, writer, verify and shadow use cases see it.
/// Implemented by the SQLite store (Kabuto.Data) and by <see cref="InMemoryMarketData"/> for tests and the demo.</summary>
public interface IMarketDataReader
{
    /// <summary>Every daily series held (index ids and USDJPY) with its coverage.</summary>
    IReadOnlyList<SeriesCoverage> ListSeries();

    /// <summary>Daily bars of one series, ascending by date, one per date, from..to inclusive (null = open end).</summary>
    IReadOnlyList<DailyBar> GetDailyBars(string seriesId, DateOnly? from = null, DateOnly? to = null);

    /// <summary>Member prices, ascending by date then code; codes null = all members held.</summary>
    IReadOnlyList<MemberBar> GetMemberBars(IReadOnlyCollection<string>? codes = null, DateOnly? from = null, DateOnly? to = null);

    /// <summary>Instruments with their classification; codes null = all.</summary>
    IReadOnlyList<Instrument> GetInstruments(IReadOnlyCollection<string>? codes = null);
}

public sealed record SeriesCoverage(string SeriesId, DateOnly First, DateOnly Last, int Days);
