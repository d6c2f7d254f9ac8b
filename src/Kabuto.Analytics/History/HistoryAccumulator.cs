using Kabuto.Core.Market;

namespace Kabuto.Analytics.History;

/// <summary>The history of one series computed in one forward pass and kept up to date as days are added: feed it
/// days in date order (a whole imported series, or one more day after the close) and every day's
/// <see cref="HistoryDay"/> is the record as it stood on that day, computed from that day and earlier ones only.
/// Records are judged within the history's <see cref="Scope"/>: the rows held when they are the index's whole history,
/// else against the catalogue's extremes before the first row (<see cref="IndexCatalogue"/>).</summary>
public sealed class HistoryAccumulator
{
    private readonly List<HistoryDay> _days = [];
    private readonly Func<string, DateOnly, HistoryScope> _scopeOf;
    private HistoryScope? _scope;
    private RecordTracker? _records;
    private readonly StreakTracker _streaks = new();
    private readonly PeriodTracker _periods = new();
    private readonly MoveTracker _moves = new();
    private readonly MonthEndTracker _monthEnds = new();

    /// <param name="seriesId">Index id (or USDJPY) the rows belong to; it names the facts' inputs.</param>
    /// <param name="levelStep">The round-level step for milestones (see <see cref="RoundLevels"/>).</param>
    /// <param name="scope">The scope of a history given its id and first row (default: the rows held are the whole
    /// history, <see cref="HistoryScope.Whole"/>; <see cref="ForIndex"/> uses the catalogue).</param>
    public HistoryAccumulator(string seriesId, decimal levelStep, Func<string, DateOnly, HistoryScope>? scope = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(seriesId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(levelStep);
        SeriesId = seriesId;
        LevelStep = levelStep;
        _scopeOf = scope ?? HistoryScope.Whole;
    }

    /// <summary>A history of an index whose records are judged with the index catalogue (what the fact book uses).</summary>
    public static HistoryAccumulator ForIndex(string seriesId, decimal levelStep) => new(seriesId, levelStep, IndexCatalogue.Scope);

    public string SeriesId { get; }

    /// <summary>What this history can say about all-time records; known once the first row is added.</summary>
    public HistoryScope Scope => _scope ?? throw new InvalidOperationException($"{SeriesId}: the history has no rows yet.");

    public decimal LevelStep { get; }

    public SeriesColumns Series { get; } = new();

    public IReadOnlyList<HistoryDay> Days => _days;

    /// <summary>Completed months, in order (the month of the last row held is not complete yet).</summary>
    public IReadOnlyList<MonthEnd> MonthEnds => _monthEnds.MonthEnds;

    public IReadOnlyList<RankedMove> GainsByPoints => _moves.GainsByPoints;

    public IReadOnlyList<RankedMove> GainsByPercent => _moves.GainsByPercent;

    public IReadOnlyList<RankedMove> FallsByPoints => _moves.FallsByPoints;

    public IReadOnlyList<RankedMove> FallsByPercent => _moves.FallsByPercent;

    /// <summary>Adds the next trading day (strictly after the last one) and returns its history.</summary>
    public HistoryDay Add(DailyBar bar)
    {
        Series.Append(bar);
        var index = Series.Count - 1;
        if (_records is null)
        {
            _scope = _scopeOf(SeriesId, bar.Date);
            _records = new RecordTracker(_scope);
        }

        _monthEnds.Observe(Series, index);
        var day = new HistoryDay(
            _records.Observe(Series, index),
            _streaks.Observe(Series, index),
            _periods.Observe(Series, index),
            _moves.Observe(Series, index));
        _days.Add(day);
        return day;
    }

    public HistoryAccumulator AddRange(IEnumerable<DailyBar> bars)
    {
        ArgumentNullException.ThrowIfNull(bars);
        if (bars.TryGetNonEnumeratedCount(out var count))
        {
            Series.Reserve(Series.Count + count);
            _days.EnsureCapacity(_days.Count + count);
        }

        foreach (var bar in bars)
        {
            Add(bar);
        }

        return this;
    }

    /// <summary>The completed month whose last row is <paramref name="index"/>, if any.</summary>
    public MonthEnd? MonthEndAt(int index)
    {
        var list = _monthEnds.MonthEnds;
        int lo = 0, hi = list.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (list[mid].Index == index)
            {
                return list[mid];
            }

            if (list[mid].Index < index)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return null;
    }
}
