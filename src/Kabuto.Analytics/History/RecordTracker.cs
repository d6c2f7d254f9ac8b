using Kabuto.Core.Market;

namespace Kabuto.Analytics.History;

/// <summary>All-time closing high and low, intraday high, "highest/lowest since" and the record-close streak. An
/// incomplete history takes in the catalogue's extremes (<see cref="HistoryScope.Catalogue"/>) as if they were rows on
/// their dates: those before its first row before it, those inside it after the held row of the same date. A side
/// becomes known (records can be claimed) with its first catalogue extreme, or from the start in a complete history.</summary>
internal sealed class RecordTracker(HistoryScope scope)
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
    private int _nextCatalogue;
    private bool _highsKnown = scope.IsComplete;
    private bool _lowsKnown = scope.IsComplete;

    public RecordState Observe(SeriesColumns series, int index)
    {
        var date = series.DateList[index];
        var catalogue = scope.Catalogue;
        while (_nextCatalogue < catalogue.Count && catalogue[_nextCatalogue].Date < date)
        {
            TakeIn(catalogue[_nextCatalogue], RecordState.Catalogue(_nextCatalogue));
            _nextCatalogue++;
        }

        var close = series.CloseList[index];
        var state = new RecordState(
            _closeRecord,
            _highRecord,
            _closeLow,
            _higher.Push(index, close),
            _lower.Push(index, close),
            0,
            _highsKnown,
            _lowsKnown);

        var isRecord = _highsKnown && _closeRecord != RecordState.None && close > _closeRecordValue;
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
        RaisePrint(index, series.Print(index));
        return state with { RecordCloseStreak = _streak };
    }

    private void TakeIn(KnownExtreme extreme, int code)
    {
        switch (extreme.Kind)
        {
            case ExtremeKind.HighestClose:
                _highsKnown = true;
                if (_closeRecord == RecordState.None || extreme.Value > _closeRecordValue)
                {
                    (_closeRecord, _closeRecordValue) = (code, extreme.Value);
                }

                RaisePrint(code, extreme.Value);
                break;
            case ExtremeKind.HighestIntraday:
                RaisePrint(code, extreme.Value);
                break;
            case ExtremeKind.LowestClose:
                _lowsKnown = true;
                if (_closeLow == RecordState.None || extreme.Value < _closeLowValue)
                {
                    (_closeLow, _closeLowValue) = (code, extreme.Value);
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(extreme), extreme.Kind, "unknown extreme kind");
        }
    }

    private void RaisePrint(int code, decimal print)
    {
        if (_highRecord == RecordState.None || print > _highRecordValue)
        {
            (_highRecord, _highRecordValue) = (code, print);
        }
    }
}
