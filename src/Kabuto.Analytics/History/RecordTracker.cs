using Kabuto.Core.Market;

namespace Kabuto.Analytics.History;

/// <summary>All-time closing high and low, intraday high, "highest/lowest since" and the record-close streak. An
/// incomplete history starts from the catalogue's extremes that precede its first row (<see cref="RecordState.Known"/>),
/// so its first rows are judged against the index's real past, not against each other.</summary>
internal sealed class RecordTracker
{
    private readonly SinceStack _higher = new(higher: true);
    private readonly SinceStack _lower = new(higher: false);
    private int _closeRecord = RecordState.None;
    private decimal _closeRecordValue;
    private int _highRecord = RecordState.None;
    private decimal _highRecordValue;
    private int _closeLow = RecordState.None;
    private decimal _closeLowValue;
    private int _streak;

    public RecordTracker(HistoryScope scope)
    {
        if (scope.PriorHighestClose is { } close)
        {
            (_closeRecord, _closeRecordValue) = (RecordState.Known, close.Value);
        }

        if (scope.PriorHighestPrint is { } print)
        {
            (_highRecord, _highRecordValue) = (RecordState.Known, print.Value);
        }

        if (scope.PriorLowestClose is { } low)
        {
            (_closeLow, _closeLowValue) = (RecordState.Known, low.Value);
        }
    }

    public RecordState Observe(SeriesColumns series, int index)
    {
        var close = series.CloseList[index];
        var state = new RecordState(
            _closeRecord,
            _highRecord,
            _closeLow,
            _higher.Push(index, close),
            _lower.Push(index, close),
            0);

        var isRecord = _closeRecord != RecordState.None && close > _closeRecordValue;
        _streak = isRecord ? _streak + 1 : 0;
        if (_closeRecord == RecordState.None || close > _closeRecordValue)
        {
            (_closeRecord, _closeRecordValue) = (index, close);
        }

        if (_closeLow == RecordState.None || close < _closeLowValue)
        {
            (_closeLow, _closeLowValue) = (index, close);
        }

        // Rows without a high still raise the bar with their close, so no later row claims an intraday record
        // below a level the index is known to have printed.
        var print = series.Print(index);
        if (_highRecord == RecordState.None || print > _highRecordValue)
        {
            (_highRecord, _highRecordValue) = (index, print);
        }

        return state with { RecordCloseStreak = _streak };
    }
}
