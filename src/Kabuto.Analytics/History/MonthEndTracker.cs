namespace Kabuto.Analytics.History;

/// <summary>Month-end and year-end closes and their records. A month is complete only when a later month's first
/// row arrives, so the last month held has no month-end facts yet.</summary>
internal sealed class MonthEndTracker
{
    private readonly List<MonthEnd> _monthEnds = [];
    private int _lastMonthEnd = -1;
    private int _bestMonthEnd = -1;
    private decimal? _bestGain;
    private decimal? _bestFall;
    private int _monthsWithChange;
    private int _lastYearEnd = -1;
    private int _bestYearEnd = -1;

    public IReadOnlyList<MonthEnd> MonthEnds => _monthEnds;

    /// <summary>Called before row <paramref name="index"/> is observed: closes the previous month if this row starts a new one.</summary>
    public void Observe(SeriesColumns series, int index)
    {
        if (index == 0)
        {
            return;
        }

        var previous = series.Dates[index - 1];
        var date = series.Dates[index];
        if (previous.Month == date.Month && previous.Year == date.Year)
        {
            return;
        }

        _monthEnds.Add(Close(series, index - 1, isYearEnd: previous.Year != date.Year));
    }

    private MonthEnd Close(SeriesColumns series, int m, bool isYearEnd)
    {
        var close = series.Closes[m];
        var isRecordClose = _bestMonthEnd >= 0 && close > series.Closes[_bestMonthEnd];
        if (_bestMonthEnd < 0 || close > series.Closes[_bestMonthEnd])
        {
            _bestMonthEnd = m;
        }

        bool isRecordGain = false, isRecordFall = false;
        if (_lastMonthEnd >= 0)
        {
            var change = close - series.Closes[_lastMonthEnd];
            isRecordGain = change > 0m && _monthsWithChange > 0 && (_bestGain is null || change > _bestGain);
            isRecordFall = change < 0m && _monthsWithChange > 0 && (_bestFall is null || -change > _bestFall);
            if (change > 0m && (_bestGain is null || change > _bestGain))
            {
                _bestGain = change;
            }

            if (change < 0m && (_bestFall is null || -change > _bestFall))
            {
                _bestFall = -change;
            }

            _monthsWithChange++;
        }

        var previousYearEnd = -1;
        var isRecordYearEnd = false;
        if (isYearEnd)
        {
            previousYearEnd = _lastYearEnd;
            isRecordYearEnd = _bestYearEnd >= 0 && close > series.Closes[_bestYearEnd];
            if (_bestYearEnd < 0 || close > series.Closes[_bestYearEnd])
            {
                _bestYearEnd = m;
            }

            _lastYearEnd = m;
        }

        var monthEnd = new MonthEnd(m, _lastMonthEnd, isYearEnd, previousYearEnd, isRecordClose, isRecordGain, isRecordFall, isRecordYearEnd);
        _lastMonthEnd = m;
        return monthEnd;
    }
}
