using Kabuto.Analytics.Facts;
using Kabuto.Analytics.History;
using Kabuto.Core.Market;

namespace Kabuto.Analytics.Tests;

/// <summary>Records of a held history that starts after the index did: judged against the catalogue's extremes before
/// the first row held, and not claimed at all on a side for which no earlier extreme is known.</summary>
public sealed class HistoryScopeTests
{
    private static readonly DateOnly PeakDate = new(1961, 7, 18);
    private static readonly DateOnly LowDate = new(1950, 7, 6);
    private static readonly KnownExtreme Peak = new(PeakDate, 150m, ExtremeKind.HighestClose, null, "test catalogue: closing high");
    private static readonly KnownExtreme Low = new(LowDate, 50m, ExtremeKind.LowestClose, null, "test catalogue: closing low");

    private static HistoryAccumulator Held(IEnumerable<DailyBar> bars, params KnownExtreme?[] catalogue) =>
        new HistoryAccumulator("TEST", 100m,
                (id, first) => new HistoryScope(id, first, new DateOnly(1949, 5, 16), false, catalogue.OfType<KnownExtreme>().OrderBy(k => k.Date).ToList()))
            .AddRange(bars);

    private static List<Fact> FactsOn(HistoryAccumulator history, int row)
    {
        var facts = new List<Fact>();
        HistoryFacts.Append(history, row, facts);
        return facts;
    }

    [Fact]
    public void Append_BelowTheKnownPeak_IsNoRecordButDistanceToIt()
    {
        var history = Held(Synthetic.Weekdays(100m, 110m, 120m, 140m), Peak, Low);

        var facts = FactsOn(history, 3);

        Assert.DoesNotContain(facts, f => f.Kind is FactKinds.RecordClose or FactKinds.RecordCloseStreak or FactKinds.FirstCloseAbove
            or FactKinds.HighestCloseInHeldHistory);
        var distance = Assert.Single(facts, f => f.Kind == FactKinds.DistanceToRecordPercent);
        Assert.Equal((150m, PeakDate), (distance.ReferenceValue, distance.ReferenceDate));
    }

    [Fact]
    public void Append_FirstCloseAboveTheKnownPeak_IsARecordNamingTheCataloguePeak()
    {
        var history = Held(Synthetic.Weekdays(100m, 140m, 155m), Peak, Low);

        var facts = FactsOn(history, 2);

        var record = Assert.Single(facts, f => f.Kind == FactKinds.RecordClose);
        Assert.Equal((155m, 150m, PeakDate), (record.Value, record.ReferenceValue, record.ReferenceDate));
        Assert.Equal(new FactInput("TEST", PeakDate, Fields.Close, 150m), record.Inputs[1]);
        Assert.Contains("catalogue:test catalogue: closing high", record.Provenance, StringComparison.Ordinal);
        var since = Assert.Single(facts, f => f.Kind == FactKinds.FirstRecordSince);
        Assert.Equal(PeakDate, since.ReferenceDate);
    }

    [Fact]
    public void Append_RecordAboveTheKnownPeak_CrossesOnlyLevelsAboveIt()
    {
        var history = Held(Synthetic.Weekdays(90m, 250m), Peak, Low);

        var levels = FactsOn(history, 1).Where(f => f.Kind == FactKinds.FirstCloseAbove).Select(f => f.Subject);

        Assert.Equal(["200"], levels);
    }

    [Fact]
    public void Append_FirstRowAboveTheKnownPeak_IsARecord()
    {
        var history = Held(Synthetic.Weekdays(160m), Peak, Low);

        Assert.Contains(FactsOn(history, 0), f => f.Kind == FactKinds.RecordClose);
    }

    [Fact]
    public void Append_TwoClosesAboveTheKnownPeak_IsARecordStreakOfTwo()
    {
        var history = Held(Synthetic.Weekdays(140m, 151m, 152m), Peak, Low);

        var streak = Assert.Single(FactsOn(history, 2), f => f.Kind == FactKinds.RecordCloseStreak);

        Assert.Equal(2m, streak.Value);
    }

    [Fact]
    public void Append_NewLowAboveTheKnownLow_IsNoRecordLow()
    {
        var history = Held(Synthetic.Weekdays(100m, 90m, 80m), Peak, Low);

        Assert.DoesNotContain(FactsOn(history, 2), f => f.Kind is FactKinds.RecordCloseLow or FactKinds.LowestCloseInHeldHistory);
    }

    [Fact]
    public void Append_CloseBelowTheKnownLow_IsARecordLowNamingIt()
    {
        var history = Held(Synthetic.Weekdays(100m, 60m, 45m), Peak, Low);

        var low = Assert.Single(FactsOn(history, 2), f => f.Kind == FactKinds.RecordCloseLow);

        Assert.Equal((45m, 50m, LowDate), (low.Value, low.ReferenceValue, low.ReferenceDate));
    }

    [Fact]
    public void Append_IncompleteWithoutKnownPeak_StatesHighestInHeldHistoryInsteadOfRecords()
    {
        var history = Held(Synthetic.Weekdays(100m, 110m, 120m), null, null);

        var facts = FactsOn(history, 2);

        Assert.DoesNotContain(facts, f => f.Kind is FactKinds.RecordClose or FactKinds.FirstRecordSince or FactKinds.RecordCloseStreak
            or FactKinds.RecordIntradayHigh or FactKinds.FirstCloseAbove or FactKinds.DistanceToRecordPercent);
        var high = Assert.Single(facts, f => f.Kind == FactKinds.HighestCloseInHeldHistory);
        Assert.Equal((120m, Synthetic.Start), (high.Value, high.ReferenceDate));
        Assert.Equal(110m, high.Inputs[1].Value);
    }

    [Fact]
    public void Append_IncompleteWithoutKnownLow_StatesLowestInHeldHistoryInsteadOfRecordLow()
    {
        var history = Held(Synthetic.Weekdays(100m, 90m), Peak, null);

        var facts = FactsOn(history, 1);

        Assert.DoesNotContain(facts, f => f.Kind == FactKinds.RecordCloseLow);
        Assert.Equal(Synthetic.Start, Assert.Single(facts, f => f.Kind == FactKinds.LowestCloseInHeldHistory).ReferenceDate);
    }

    [Fact]
    public void Append_IncompleteHistory_RanksCarryTheHeldAndIndexStartInProvenance()
    {
        var history = Held(Synthetic.Weekdays(100m, 90m), Peak, Low);

        var rank = Assert.Single(FactsOn(history, 1), f => f.Kind == FactKinds.RankFallPoints);

        Assert.Equal("history_from:2024-01-01; index_history_from:1949-05-16", rank.Provenance);
    }

    [Fact]
    public void Build_IncompleteWithoutKnownPeak_ListsNoRecordFacts()
    {
        var history = Held(Synthetic.Weekdays(100m, 110m, 105m, 120m, 90m), null, null);

        var facts = RecordHistory.Build(history);

        Assert.DoesNotContain(facts, f => f.Kind is FactKinds.RecordClose or FactKinds.RecordCloseLow or FactKinds.RecordIntradayHigh
            or FactKinds.RecordCloseStreak or FactKinds.FirstCloseAbove);
        Assert.Equal([1, 3], facts.Where(f => f.Kind == FactKinds.HighestCloseInHeldHistory).Select(f => history.Series.Find(f.Date)));
        Assert.Single(facts, f => f.Kind == FactKinds.LowestCloseInHeldHistory);
    }

    [Fact]
    public void Append_AfterACataloguePeakInsideTheHeldHistory_IsARecordAgainstIt()
    {
        // Held from 2024-01-01 with no earlier peak known; the catalogue says 125 (the held row says 120: the catalogue
        // wins) was the all-time high on 2024-01-02, so from 2024-01-03 on records are known.
        var bars = Synthetic.Weekdays(100m, 120m, 110m, 130m);
        var history = Held(bars, new KnownExtreme(bars[1].Date, 125m, ExtremeKind.HighestClose, null, "test catalogue: peak inside"));

        Assert.Contains(FactsOn(history, 1), f => f.Kind == FactKinds.HighestCloseInHeldHistory);
        Assert.Equal(-12m, Assert.Single(FactsOn(history, 2), f => f.Kind == FactKinds.DistanceToRecordPercent).Value);
        var facts = FactsOn(history, 3);
        var record = Assert.Single(facts, f => f.Kind == FactKinds.RecordClose);
        Assert.Equal((125m, bars[1].Date), (record.ReferenceValue, record.ReferenceDate));
        Assert.DoesNotContain(facts, f => f.Kind == FactKinds.FirstRecordSince); // two sessions after the peak: not news
    }

    [Fact]
    public void Append_CataloguePeakEqualToTheHeldRow_NamesTheHeldRow()
    {
        var bars = Synthetic.Weekdays(100m, 120m, 130m);
        var history = Held(bars, new KnownExtreme(bars[1].Date, 120m, ExtremeKind.HighestClose, null, "test catalogue: peak inside"));

        var record = Assert.Single(FactsOn(history, 2), f => f.Kind == FactKinds.RecordClose);

        Assert.Equal(new FactInput("TEST", bars[1].Date, Fields.Close, 120m), record.Inputs[1]);
        Assert.Equal("history_from:2024-01-01; index_history_from:1949-05-16", record.Provenance);
    }
}
