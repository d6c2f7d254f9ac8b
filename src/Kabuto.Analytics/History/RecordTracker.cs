namespace Kabuto.Analytics.History;

/// <summary>All-time closing high and low, intraday high, "highest/lowest since" and the record-close streak.</summary>
internal sealed class RecordTracker
{
    private readonly SinceStack _higher = new(higher: true);
    private readonly SinceStack _lower = new(higher: false);
    private int _closeRecord = -1;
    private int _highRecord = -1;
    private decimal _highRecordValue;
    private int _closeLow = -1;
    private int _streak;

    public RecordState Observe(SeriesColumns series, int index)
    {
        var closes = series.CloseList;
        var close = closes[index];
        var state = new RecordState(
            _closeRecord,
            _highRecord,
            _closeLow,
            _higher.Push(index, close),
            _lower.Push(index, close),
            0);

        var isRecord = _closeRecord >= 0 && close > closes[_closeRecord];
        _streak = isRecord ? _streak + 1 : 0;
        if (_closeRecord < 0 || close > closes[_closeRecord])
        {
            _closeRecord = index;
        }

        if (_closeLow < 0 || close < closes[_closeLow])
        {
            _closeLow = index;
        }

        // Rows without a high still raise the bar with their close, so no later row claims an intraday record
        // below a level the index is known to have printed.
        var print = series.Print(index);
        if (_highRecord < 0 || print > _highRecordValue)
        {
            _highRecord = index;
            _highRecordValue = print;
        }

        return state with { RecordCloseStreak = _streak };
    }
}
