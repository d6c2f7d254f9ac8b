using Kabuto.Analytics.Facts;
using Kabuto.Analytics.History;
using Kabuto.Core.Market;

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
    [InlineData(1, true, true)]
    [InlineData(7, true, false)]
    [InlineData(42, false, true)]
    [InlineData(2024, false, false)]
    [InlineData(5, true, true)]
    [InlineData(11, true, true)]
    public void Add_RandomWalkAfterCatalogueExtremes_EqualsNaiveTwinOnEveryDay(int seed, bool peak, bool low)
    {
        var bars = Synthetic.RandomWalk(seed, 450);
        var scope = RandomScope(seed, bars, peak, low);

        var history = new HistoryAccumulator("TEST", 1000m, (_, _) => scope).AddRange(bars);
        var naive = NaiveHistory.Compute(bars, scope);

        var stated = 0;
        for (var t = 0; t < bars.Count; t++)
        {
            Assert.True(naive[t] == history.Days[t], $"seed {seed}, day {t} ({bars[t].Date}): naive {naive[t]} vs {history.Days[t]}");
            var facts = FactsOf(history, t);
            stated += facts.Count(f => f.Kind is FactKinds.RecordClose or FactKinds.HighestCloseInHeldHistory);
            Assert.Equal(NaiveHistory.IsRecordClose(bars, t, scope), facts.Any(f => f.Kind == FactKinds.RecordClose));
            Assert.Equal(NaiveHistory.IsHighestInHeldHistory(bars, t, scope), facts.Any(f => f.Kind == FactKinds.HighestCloseInHeldHistory));
        }

        Assert.True(stated > 0, $"seed {seed}: the walk never beat the catalogue peak; pick a seed that does");
    }

    [Theory]
    [InlineData(3, false)]
    [InlineData(99, false)]
    [InlineData(17, true)]
    public void Add_DayByDay_GivesEachDayTheSameFactsAsTheWholeSeries(int seed, bool catalogue)
    {
        var bars = Synthetic.RandomWalk(seed, 400);
        var scope = catalogue ? RandomScope(seed, bars, peak: true, low: true) : HistoryScope.Whole("TEST", bars[0].Date);
        var whole = new HistoryAccumulator("TEST", 1000m, (_, _) => scope).AddRange(bars);
        var growing = new HistoryAccumulator("TEST", 1000m, (_, _) => scope);

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

    /// <summary>An incomplete history with catalogue extremes near the walk's start of 1,000 (so the walk crosses them):
    /// before the first row (a side left out is unknown from the start) and, at random, inside the held range (from
    /// whose date on that side is known), some of them on a row's own date.</summary>
    private static HistoryScope RandomScope(int seed, IReadOnlyList<Core.Market.DailyBar> bars, bool peak, bool low)
    {
        var random = new Random(seed * 31 + 1);
        var firstHeld = bars[0].Date;
        var before = firstHeld.AddYears(-3);
        var catalogue = new List<KnownExtreme>();
        var peakClose = 1000m + random.Next(0, 120);
        if (peak)
        {
            catalogue.Add(new(before, peakClose, ExtremeKind.HighestClose, null, "random peak"));
            if (random.Next(0, 2) == 0)
            {
                catalogue.Add(new(before, peakClose + random.Next(1, 20), ExtremeKind.HighestIntraday, null, "random print"));
            }
        }

        if (low)
        {
            catalogue.Add(new(before.AddYears(-1), 1000m - random.Next(0, 120), ExtremeKind.LowestClose, null, "random low"));
        }

        foreach (var kind in new[] { ExtremeKind.HighestClose, ExtremeKind.HighestIntraday, ExtremeKind.LowestClose })
        {
            var row = random.Next(1, bars.Count - 1);
            var date = random.Next(0, 2) == 0 ? bars[row].Date : bars[row].Date.AddDays(-1);
            var value = bars[row].Close + (kind == ExtremeKind.LowestClose ? -random.Next(0, 30) : random.Next(0, 30));
            catalogue.Add(new(date, value, kind, null, $"random {kind} inside"));
        }

        return new HistoryScope("TEST", firstHeld, before.AddYears(-10), false, catalogue.OrderBy(k => k.Date).ToList());
    }

    private static List<string> Describe(IEnumerable<Fact> facts) =>
        facts.Select(f => $"{f.Id}={f.Value}|{f.ReferenceDate}|{f.ReferenceValue}|{string.Join(';', f.Inputs)}").ToList();
}
