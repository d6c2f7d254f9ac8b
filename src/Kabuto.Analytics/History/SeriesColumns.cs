using Kabuto.Core.Market;

namespace Kabuto.Analytics.History;

/// <summary>A series' rows as columns (dates, closes, intraday highs), appended in date order. The trackers read
/// these instead of copying whole bars on every step.</summary>
public sealed class SeriesColumns
{
    private readonly List<DailyBar> _bars = [];
    private readonly List<DateOnly> _dates = [];
    private readonly List<decimal> _closes = [];
    private readonly List<decimal> _prints = [];
    private readonly List<decimal> _changes = [];

    public int Count => _bars.Count;

    public IReadOnlyList<DailyBar> Bars => _bars;

    public IReadOnlyList<DateOnly> Dates => _dates;

    public IReadOnlyList<decimal> Closes => _closes;

    /// <summary>The highest level the row is known to have printed: its intraday high, or its close when the row has
    /// no high (a close is a print, so it bounds the unknown high from below).</summary>
    public decimal Print(int index) => _prints[index];

    /// <summary>Whether the row has a real intraday high: a high, on a row that is not open = high = low = close (a
    /// close-only row in disguise, as in early Yahoo history). Rows without one make no intraday claims.</summary>
    public bool HasHigh(int index) =>
        _bars[index] is { High: { } high } bar && !(bar.Open == bar.Close && high == bar.Close && bar.Low == bar.Close);

    /// <summary>Close-to-close change in points from the previous row (the previous trading day of this series).</summary>
    public decimal ChangePoints(int index) => _changes[index];

    /// <summary>Unrounded percent change from the previous row (0 on the first row).</summary>
    public decimal ChangeExactPercent(int index) =>
        index <= 0 ? 0m : Facts.FactMath.ExactPercent(_changes[index], _closes[index - 1]);

    // The trackers' hot path reads the lists directly (no interface dispatch per access).
    internal List<decimal> CloseList => _closes;

    internal List<DateOnly> DateList => _dates;

    internal void Reserve(int rows)
    {
        _bars.EnsureCapacity(rows);
        _dates.EnsureCapacity(rows);
        _closes.EnsureCapacity(rows);
        _prints.EnsureCapacity(rows);
        _changes.EnsureCapacity(rows);
    }

    internal void Append(DailyBar bar)
    {
        if (_dates.Count > 0 && bar.Date <= _dates[^1])
        {
            throw new ArgumentException(
                $"Bars must be added in ascending date order: {bar.Date:yyyy-MM-dd} follows {_dates[^1]:yyyy-MM-dd}.", nameof(bar));
        }

        _changes.Add(_closes.Count == 0 ? 0m : bar.Close - _closes[^1]);
        _bars.Add(bar);
        _dates.Add(bar.Date);
        _closes.Add(bar.Close);
        _prints.Add(bar.High is { } high && high > bar.Close ? high : bar.Close);
    }

    /// <summary>Row index of a date, or ~(insertion point) when the series did not trade that day.</summary>
    public int Find(DateOnly date)
    {
        var lo = 0;
        var hi = _dates.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var cmp = _dates[mid].CompareTo(date);
            if (cmp == 0)
            {
                return mid;
            }

            if (cmp < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return ~lo;
    }

    /// <summary>Row index of the latest row dated on or before <paramref name="date"/>, or -1.</summary>
    public int OnOrBefore(DateOnly date)
    {
        var found = Find(date);
        return found >= 0 ? found : ~found - 1;
    }
}
