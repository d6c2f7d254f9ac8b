namespace Kabuto.Analytics.History;

/// <summary>Week, month and year bases (the previous period's last close) and the trailing 52-week high and low,
/// kept with monotonic queues so each row costs O(1) amortised.</summary>
internal sealed class PeriodTracker
{
    private readonly WindowExtreme _high = new(highest: true);
    private readonly WindowExtreme _low = new(highest: false);
    private int _weekBase = -1;
    private int _monthBase = -1;
    private int _yearBase = -1;
    private DateOnly _weekStart;

    public PeriodState Observe(SeriesColumns series, int index)
    {
        var date = series.DateList[index];
        var weekStart = WeekStart(date);
        if (index > 0)
        {
            var previous = series.DateList[index - 1];
            if (weekStart != _weekStart)
            {
                _weekBase = index - 1;
            }

            if (previous.Month != date.Month || previous.Year != date.Year)
            {
                _monthBase = index - 1;
            }

            if (previous.Year != date.Year)
            {
                _yearBase = index - 1;
            }
        }

        // The window is one calendar year ending today: rows dated after the same date a year earlier.
        var windowStart = date.AddYears(-1);
        _weekStart = weekStart;
        var close = series.CloseList[index];
        return new PeriodState(
            _weekBase,
            _monthBase,
            _yearBase,
            _high.Push(series, index, close, windowStart),
            _low.Push(series, index, close, windowStart));
    }

    /// <summary>The Monday of the ISO week holding <paramref name="date"/>.</summary>
    public static DateOnly WeekStart(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    private sealed class WindowExtreme(bool highest)
    {
        private readonly List<int> _rows = [];
        private int _head;

        public int Push(SeriesColumns series, int index, decimal value, DateOnly windowStart)
        {
            // Later rows win ties, so the reported date is the latest day at that level.
            var closes = series.CloseList;
            var dates = series.DateList;
            while (_rows.Count > _head && !Beats(closes[_rows[^1]], value))
            {
                _rows.RemoveAt(_rows.Count - 1);
            }

            _rows.Add(index);
            while (dates[_rows[_head]] <= windowStart)
            {
                _head++;
            }

            if (_head > 1024 && _head * 2 > _rows.Count)
            {
                _rows.RemoveRange(0, _head);
                _head = 0;
            }

            return _rows[_head];
        }

        private bool Beats(decimal earlier, decimal value) => highest ? earlier > value : earlier < value;
    }
}
