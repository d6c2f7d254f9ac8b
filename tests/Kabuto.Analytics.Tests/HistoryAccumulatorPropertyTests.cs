using Kabuto.Analytics.Facts;
using Kabuto.Analytics.History;

namespace Kabuto.Analytics.Tests;

/// <summary>The accumulator against its naive twin, and "as it stood" (no look-ahead) on seeded random walks.</summary>
public sealed class HistoryAccumulatorPropertyTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    [InlineData(2024)]
    public void Add_RandomWalk_EqualsNaiveTwinOnEveryDay(int seed)
    {
        var bars = Synthetic.RandomWalk(seed, 450);

        var history = Synthetic.History(bars);
        var naive = NaiveHistory.Compute(bars);

        for (var t = 0; t < bars.Count; t++)
        {
            Assert.True(naive[t] == history.Days[t], $"seed {seed}, day {t} ({bars[t].Date}): naive {naive[t]} vs {history.Days[t]}");
        }
    }

    [Theory]
    [InlineData(3)]
    [InlineData(99)]
    public void Add_DayByDay_GivesEachDayTheSameFactsAsTheWholeSeries(int seed)
    {
        var bars = Synthetic.RandomWalk(seed, 400);
        var whole = Synthetic.History(bars);
        var growing = new HistoryAccumulator("TEST", 1000m);

        for (var t = 0; t < bars.Count; t++)
        {
            growing.Add(bars[t]);
            var fed = FactsOf(growing, t);
            var batch = FactsOf(whole, t);

            Assert.Equal(Describe(fed), Describe(batch));
        }
    }

    [Fact]
    public void Add_DateNotAfterLastRow_Throws()
    {
        var history = Synthetic.History(Synthetic.Weekdays(100m, 101m));

        Assert.Throws<ArgumentException>(() => history.Add(Core.Market.DailyBar.CloseOnly(Synthetic.Start, 99m)));
    }

    // Month-end facts need the next month's first row, so a day that is the last one fed cannot have them yet.
    private static List<Fact> FactsOf(HistoryAccumulator history, int t)
    {
        var facts = new List<Fact>();
        HistoryFacts.Append(history, t, facts);
        return facts.Where(f => !MonthEndKinds.Contains(f.Kind)).ToList();
    }

    private static readonly HashSet<string> MonthEndKinds =
    [
        FactKinds.MonthlyChangePoints, FactKinds.MonthlyChangePercent, FactKinds.RecordMonthlyGainPoints,
        FactKinds.RecordMonthlyFallPoints, FactKinds.RecordMonthEndClose, FactKinds.YearEndClose,
        FactKinds.YearChangePoints, FactKinds.YearChangePercent, FactKinds.RecordYearEndClose,
    ];

    private static List<string> Describe(IEnumerable<Fact> facts) =>
        facts.Select(f => $"{f.Id}={f.Value}|{f.ReferenceDate}|{f.ReferenceValue}|{string.Join(';', f.Inputs)}").ToList();
}
