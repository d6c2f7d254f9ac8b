namespace Kabuto.Core.Market;

/// <summary>A plain in-memory <see cref="IMarketDataReader"/> (and <see cref="ISessionLevelReader"/>,
/// <see cref="IExchangeDaysReader"/>): the demo's store and the tests' fixture.</summary>
public sealed class InMemoryMarketData : IMarketDataReader, ISessionLevelReader, IExchangeDaysReader
{
    private readonly Dictionary<(string Market, DateOnly Date), int> _exchangeDays = [];
    private readonly Dictionary<string, SortedDictionary<DateOnly, DailyBar>> _series = new(StringComparer.Ordinal);
    private readonly List<MemberBar> _members = [];
    private readonly Dictionary<string, Instrument> _instruments = new(StringComparer.Ordinal);
    private readonly List<PublishedSessionLevel> _sessionLevels = [];

    public InMemoryMarketData AddBars(string seriesId, IEnumerable<DailyBar> bars)
    {
        if (!_series.TryGetValue(seriesId, out var days))
        {
            days = [];
            _series[seriesId] = days;
        }

        foreach (var bar in bars)
        {
            days[bar.Date] = bar;
        }

        return this;
    }

    /// <summary>Hold the exchange's own status of some days of a market (J-Quants HolDiv: 0 closed, 1 open, 2 half day,
    /// 3 closed with holiday trading).</summary>
    public InMemoryMarketData AddExchangeDays(string market, IEnumerable<(DateOnly Date, int HolDiv)> days)
    {
        foreach (var (date, holDiv) in days)
        {
            _exchangeDays[(market, date)] = holDiv;
        }

        return this;
    }

    public IReadOnlyDictionary<DateOnly, int> ExchangeDays(string market, DateOnly from, DateOnly to) =>
        _exchangeDays.Where(d => d.Key.Market == market && d.Key.Date >= from && d.Key.Date <= to).ToDictionary(d => d.Key.Date, d => d.Value);

    public InMemoryMarketData AddMemberBars(IEnumerable<MemberBar> bars)
    {
        _members.AddRange(bars);
        return this;
    }

    public InMemoryMarketData AddInstruments(IEnumerable<Instrument> instruments)
    {
        foreach (var instrument in instruments)
        {
            _instruments[instrument.Code] = instrument;
        }

        return this;
    }

    public InMemoryMarketData AddSessionLevels(IEnumerable<PublishedSessionLevel> levels)
    {
        _sessionLevels.AddRange(levels);
        return this;
    }

    public IReadOnlyList<SeriesCoverage> ListSeries() =>
        _series.Where(s => s.Value.Count > 0)
            .OrderBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => new SeriesCoverage(s.Key, s.Value.Keys.First(), s.Value.Keys.Last(), s.Value.Count))
            .ToList();

    public IReadOnlyList<DailyBar> GetDailyBars(string seriesId, DateOnly? from = null, DateOnly? to = null) =>
        _series.TryGetValue(seriesId, out var days)
            ? days.Values.Where(b => (from is null || b.Date >= from) && (to is null || b.Date <= to)).ToList()
            : [];

    public IReadOnlyList<MemberBar> GetMemberBars(IReadOnlyCollection<string>? codes = null, DateOnly? from = null, DateOnly? to = null) =>
        _members.Where(b => (codes is null || codes.Contains(b.Code))
                            && (from is null || b.Date >= from) && (to is null || b.Date <= to))
            .OrderBy(b => b.Date).ThenBy(b => b.Code, StringComparer.Ordinal)
            .ToList();

    public IReadOnlyList<Instrument> GetInstruments(IReadOnlyCollection<string>? codes = null) =>
        _instruments.Values.Where(i => codes is null || codes.Contains(i.Code))
            .OrderBy(i => i.Code, StringComparer.Ordinal)
            .ToList();

    public IReadOnlyList<PublishedSessionLevel> GetSessionLevels(string seriesId, DateOnly date) =>
        _sessionLevels.Where(l => l.Date == date && string.Equals(l.SeriesId, seriesId, StringComparison.Ordinal))
            .OrderBy(l => l.TimeJst).ThenBy(l => l.Session, StringComparer.Ordinal).ThenBy(l => l.Source, StringComparer.Ordinal)
            .ToList();
}
