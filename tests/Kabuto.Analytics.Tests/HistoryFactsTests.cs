using Kabuto.Analytics.Facts;
using Kabuto.Analytics.History;
using Kabuto.Core.Market;

namespace Kabuto.Analytics.Tests;

/// <summary>Records, milestones, streaks, periods and ranks on small histories whose answers are known by hand.</summary>
public sealed class HistoryFactsTests
{
    private static List<Fact> FactsOn(HistoryAccumulator history, int row)
    {
        var facts = new List<Fact>();
        HistoryFacts.Append(history, row, facts);
        return facts;
    }

    private static Fact? Find(IEnumerable<Fact> facts, string kind, string? subject = null) =>
        facts.SingleOrDefault(f => f.Kind == kind && (subject is null || f.Subject == subject));

    [Fact]
    public void Append_NewHighClose_IsRecordCloseWithThePreviousRecord()
    {
        var history = Synthetic.History(Synthetic.Weekdays(100m, 110m, 105m, 120m));

        var record = Find(FactsOn(history, 3), FactKinds.RecordClose);

        Assert.NotNull(record);
        Assert.Equal(120m, record.Value);
        Assert.Equal(110m, record.ReferenceValue);
        Assert.Equal(Synthetic.Start.AddDays(1), record.ReferenceDate);
    }

    [Fact]
    public void Append_FirstRow_IsNeverARecord()
    {
        var history = Synthetic.History(Synthetic.Weekdays(100m, 90m));

        Assert.Null(Find(FactsOn(history, 0), FactKinds.RecordClose));
    }

    [Fact]
    public void Append_CloseEqualToRecord_IsNotARecord()
    {
        var history = Synthetic.History(Synthetic.Weekdays(100m, 90m, 100m));

        var facts = FactsOn(history, 2);

        Assert.Null(Find(facts, FactKinds.RecordClose));
        Assert.Equal(0m, Find(facts, FactKinds.DistanceToRecordPercent)!.Value);
    }

    [Fact]
    public void Append_RecordAfterLongGap_IsFirstRecordSinceThePreviousRecord()
    {
        var closes = new List<decimal> { 100m };
        closes.AddRange(Enumerable.Repeat(90m, 30));
        closes.Add(101m);
        var history = Synthetic.History(Synthetic.Weekdays([.. closes]));

        var since = Find(FactsOn(history, 31), FactKinds.FirstRecordSince);

        Assert.NotNull(since);
        Assert.Equal(Synthetic.Start, since.ReferenceDate);
    }

    [Fact]
    public void Append_HigherThanAMonthOfCloses_IsHighestSinceTheLastHigherClose()
    {
        var closes = new List<decimal> { 100m, 120m, 97m };
        closes.AddRange(Enumerable.Repeat(90m, 25));
        closes.Add(98m);
        var bars = Synthetic.Weekdays([.. closes]);
        var history = Synthetic.History(bars);

        var since = Find(FactsOn(history, closes.Count - 1), FactKinds.HighestCloseSince);

        Assert.NotNull(since);
        Assert.Equal(bars[1].Date, since.ReferenceDate);
        Assert.Equal(120m, since.ReferenceValue);
    }

    [Fact]
    public void Append_CloseCrossingTwoLevels_IsFirstCloseAboveEach()
    {
        var history = Synthetic.History(Synthetic.Weekdays(900m, 950m, 1100m, 1050m, 3050m, 2500m));

        var first = FactsOn(history, 2).Where(f => f.Kind == FactKinds.FirstCloseAbove).Select(f => f.Subject).ToList();
        var second = FactsOn(history, 4).Where(f => f.Kind == FactKinds.FirstCloseAbove).Select(f => f.Subject).ToList();

        Assert.Equal(["1000"], first);
        Assert.Equal(["2000", "3000"], second);
    }

    [Fact]
    public void Append_CloseAtExactlyTheLevel_IsNotAboveIt()
    {
        var history = Synthetic.History(Synthetic.Weekdays(900m, 1000m, 1000.01m));

        Assert.DoesNotContain(FactsOn(history, 1), f => f.Kind == FactKinds.FirstCloseAbove);
        Assert.Equal("1000", Find(FactsOn(history, 2), FactKinds.FirstCloseAbove)!.Subject);
    }

    [Fact]
    public void Append_IntradayHighAboveLevelWithoutClose_IsFirstPrintOnly()
    {
        var bars = new List<DailyBar>
        {
            new(new DateOnly(2026, 2, 10), null, 57500m, null, 57100m, null),
            new(new DateOnly(2026, 2, 12), null, 58100m, null, 57600m, null),
        };
        var history = Synthetic.History(bars);

        var facts = FactsOn(history, 1);

        Assert.Equal("58000", Find(facts, FactKinds.FirstPrintAbove)!.Subject);
        Assert.NotNull(Find(facts, FactKinds.RecordIntradayHigh));
        Assert.Null(Find(facts, FactKinds.FirstCloseAbove));
    }

    [Fact]
    public void Append_DistanceToNextLevel_IsPointsToTheNextRoundLevel()
    {
        var history = Synthetic.History(Synthetic.Weekdays(39098.68m), step: 1000m);

        var distance = Find(FactsOn(history, 0), FactKinds.DistanceToNextLevel);

        Assert.Equal(901.32m, distance!.Value);
        Assert.Equal("40000", distance.Subject);
    }

    [Fact]
    public void Append_ThreeUpDays_IsAThreeDayGainStreak()
    {
        var history = Synthetic.History(Synthetic.Weekdays(100m, 99m, 100m, 101m, 102m));

        var streak = Find(FactsOn(history, 4), FactKinds.GainStreak);

        Assert.Equal(3m, streak!.Value);
        Assert.Equal(Synthetic.Start.AddDays(2), streak.ReferenceDate);
    }

    [Fact]
    public void Append_UnchangedDay_EndsTheStreak()
    {
        var history = Synthetic.History(Synthetic.Weekdays(100m, 101m, 102m, 102m));

        Assert.Null(Find(FactsOn(history, 3), FactKinds.GainStreak));
    }

    [Fact]
    public void Append_ConsecutiveRecords_IsARecordStreak()
    {
        var history = Synthetic.History(Synthetic.Weekdays(100m, 101m, 102m, 103m));

        Assert.Equal(3m, Find(FactsOn(history, 3), FactKinds.RecordCloseStreak)!.Value);
    }

    [Fact]
    public void Append_BigFallFromHighBase_IsFirstByPointsButSecondByPercent()
    {
        // Day 2 falls 50 from 500 (-10%); day 4 falls 100 from 2000 (-5%).
        var history = Synthetic.History(Synthetic.Weekdays(500m, 450m, 2000m, 1900m));

        var facts = FactsOn(history, 3);

        Assert.Equal(1m, Find(facts, FactKinds.RankFallPoints)!.Value);
        Assert.Equal(2m, Find(facts, FactKinds.RankFallPercent)!.Value);
        Assert.Equal(-5.00m, Find(facts, FactKinds.RankFallPercent)!.ReferenceValue);
    }

    [Fact]
    public void Append_AfterWeekend_ChangeIsFromTheLastWeekAndMonthClose()
    {
        // Fri 2024-05-31 then Mon 2024-06-03: a new week and a new month.
        var bars = new List<DailyBar>
        {
            DailyBar.CloseOnly(new DateOnly(2024, 5, 30), 100m),
            DailyBar.CloseOnly(new DateOnly(2024, 5, 31), 110m),
            DailyBar.CloseOnly(new DateOnly(2024, 6, 3), 121m),
        };
        var history = Synthetic.History(bars);

        var facts = FactsOn(history, 2);

        Assert.Equal(10.00m, Find(facts, FactKinds.WeekChangePercent)!.Value);
        Assert.Equal(11m, Find(facts, FactKinds.MonthChangePoints)!.Value);
        Assert.Equal(new DateOnly(2024, 5, 31), Find(facts, FactKinds.MonthChangePoints)!.ReferenceDate);
        Assert.Null(Find(facts, FactKinds.YearToDateChangePercent));
    }

    [Fact]
    public void Append_FiftyTwoWeekHigh_DropsOutAfterAYear()
    {
        var bars = new List<DailyBar>
        {
            DailyBar.CloseOnly(new DateOnly(2023, 3, 1), 200m),
            DailyBar.CloseOnly(new DateOnly(2023, 9, 1), 150m),
            DailyBar.CloseOnly(new DateOnly(2024, 3, 1), 120m),
        };
        var history = Synthetic.History(bars);

        var high = Find(FactsOn(history, 2), FactKinds.FiftyTwoWeekHigh);

        Assert.Equal(150m, high!.Value);
        Assert.Equal(new DateOnly(2023, 9, 1), high.ReferenceDate);
    }

    [Fact]
    public void Append_MonthEnds_RecordsLargestMonthlyGainWhenTheNextMonthStarts()
    {
        var bars = new List<DailyBar>
        {
            DailyBar.CloseOnly(new DateOnly(2024, 1, 31), 100m),
            DailyBar.CloseOnly(new DateOnly(2024, 2, 29), 110m),
            DailyBar.CloseOnly(new DateOnly(2024, 3, 29), 130m),
            DailyBar.CloseOnly(new DateOnly(2024, 4, 1), 131m),
        };
        var history = Synthetic.History(bars);

        var march = FactsOn(history, 2);

        Assert.Equal(20m, Find(march, FactKinds.RecordMonthlyGainPoints)!.Value);
        Assert.Equal(20m, Find(march, FactKinds.MonthlyChangePoints)!.Value);
        Assert.Null(Find(FactsOn(history, 3), FactKinds.MonthlyChangePoints));
    }

    [Fact]
    public void Append_YearEnd_IsRecordYearEndCloseAboveEveryEarlierOne()
    {
        var bars = new List<DailyBar>
        {
            DailyBar.CloseOnly(new DateOnly(2022, 12, 30), 100m),
            DailyBar.CloseOnly(new DateOnly(2023, 12, 29), 90m),
            DailyBar.CloseOnly(new DateOnly(2024, 12, 30), 105m),
            DailyBar.CloseOnly(new DateOnly(2025, 1, 6), 104m),
        };
        var history = Synthetic.History(bars);

        Assert.Null(Find(FactsOn(history, 1), FactKinds.RecordYearEndClose));
        Assert.NotNull(Find(FactsOn(history, 2), FactKinds.RecordYearEndClose));
        Assert.Equal(16.67m, Find(FactsOn(history, 2), FactKinds.YearChangePercent)!.Value);
    }

    [Fact]
    public void Append_HighBelowAnEarlierCloseOnlyRow_IsNoIntradayRecord()
    {
        // The 1989-style close-only row reached 38,915.87; a later high of 38,900 is not a record even though no
        // earlier row had a high.
        var bars = new List<DailyBar>
        {
            DailyBar.CloseOnly(new DateOnly(1989, 12, 29), 38915.87m),
            new(new DateOnly(2024, 1, 4), null, 33500m, null, 33288.29m, null),
            new(new DateOnly(2024, 2, 21), null, 38900m, null, 38262.16m, null),
        };
        var history = Synthetic.History(bars);

        Assert.DoesNotContain(FactsOn(history, 2), f => f.Kind is FactKinds.RecordIntradayHigh or FactKinds.FirstPrintAbove);
    }
}
