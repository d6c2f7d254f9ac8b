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
    private readonly Func<DateOnly, DateOnly, IReadOnlyList<DateOnly>>? _missingSessions;
    private readonly Dictionary<int, IReadOnlyList<DateOnly>> _gaps = [];

    /// <param name="seriesId">Index id (or USDJPY) the rows belong to; it names the facts' inputs.</param>
    /// <param name="levelStep">The round-level step for milestones (see <see cref="RoundLevels"/>).</param>
    /// <param name="scope">The scope of a history given its id and first row (default: the rows held are the whole
    /// history, <see cref="HistoryScope.Whole"/>; <see cref="ForIndex"/> uses the catalogue).</param>
    /// <param name="missingSessions">The trading days without a row between two consecutive rows (default: none are
    /// known; <see cref="Kabuto.Core.Calendars.SessionGaps.For"/> gives the market's calendar: the law's, with the exchange's own days where the store holds them). A move across missing days
    /// is not a daily move: it is neither ranked nor counted in a streak.</param>
    public HistoryAccumulator(string seriesId, decimal levelStep, Func<string, DateOnly, HistoryScope>? scope = null,
        Func<DateOnly, DateOnly, IReadOnlyList<DateOnly>>? missingSessions = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(seriesId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(levelStep);
        SeriesId = seriesId;
        LevelStep = levelStep;
        _scopeOf = scope ?? HistoryScope.Whole;
        _missingSessions = missingSessions;
    }

    /// <summary>A history of an index whose records are judged with the index catalogue (what the fact book uses), and
    /// whose moves across missing trading days are known when <paramref name="missingSessions"/> is given.</summary>
    public static HistoryAccumulator ForIndex(string seriesId, decimal levelStep, Func<DateOnly, DateOnly, IReadOnlyList<DateOnly>>? missingSessions = null) =>
        new(seriesId, levelStep, IndexCatalogue.Scope, missingSessions);

    /// <summary>The trading days without a row between row <paramref name="index"/> and the row before it (empty when
    /// none is missing, or when no calendar can tell).</summary>
    public IReadOnlyList<DateOnly> MissingBefore(int index) => _gaps.TryGetValue(index, out var missing) ? missing : [];

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

        var acrossGap = false;
        if (index > 0 && _missingSessions?.Invoke(Series.Dates[index - 1], bar.Date) is { Count: > 0 } missing)
        {
            _gaps[index] = missing;
            acrossGap = true;
        }

        _monthEnds.Observe(Series, index);
        var day = new HistoryDay(
            _records.Observe(Series, index),
            _streaks.Observe(Series, index, acrossGap),
            _periods.Observe(Series, index),
            _moves.Observe(Series, index, acrossGap));
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
