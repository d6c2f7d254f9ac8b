using Kabuto.Core.Calendars;
using Kabuto.Analytics.Shadow;
using Kabuto.Core.Market;

namespace Kabuto.Analytics.Tests.Shadow;

public class NikkeiShadowSolverTests
{
    private static readonly ShadowOptions Exact = new() { DivisorPrior = null, RidgeWeight = 1e-4 };

    [Fact]
    public void Run_SyntheticIndexWithUnknownFactors_RecoversThemOnTheGrid()
    {
        var truth = new Dictionary<string, decimal> { ["U1"] = 0.1m, ["U2"] = 0.5m, ["U3"] = 2.4m, ["U4"] = 1.0m };
        var members = Enumerable.Range(1, 10).Select(i => SyntheticNikkei.Known($"K{i}", 0.5m * i))
            .Concat(truth.Keys.Select(SyntheticNikkei.Unknown)).ToList();
        var index = new SyntheticNikkei(members, truth, days: 30, reviewDay: 100, seed: 7);

        var report = NikkeiShadow.Run(index.Data, index.Members, Exact);

        Assert.Equal(truth.OrderBy(t => t.Key).Select(t => t.Value), report.Factors.OrderBy(f => f.Code).Select(f => f.Estimate));
    }

    [Fact]
    public void Run_SyntheticIndexWithUnknownFactors_FitsTheTrueDivisor()
    {
        var truth = new Dictionary<string, decimal> { ["U1"] = 0.3m, ["U2"] = 1.5m };
        var members = Enumerable.Range(1, 8).Select(i => SyntheticNikkei.Known($"K{i}", i)).Concat(truth.Keys.Select(SyntheticNikkei.Unknown)).ToList();
        var index = new SyntheticNikkei(members, truth, days: 25, reviewDay: 100, seed: 11, divisor: 29.5m);

        var report = NikkeiShadow.Run(index.Data, index.Members, Exact);

        Assert.Equal(29.5m, report.DivisorsAfter.BeforeReview, 3);
    }

    [Fact]
    public void Run_SyntheticReviewWithReplacementAndCapping_StaysContinuousWithCarriedDivisor()
    {
        var review = SyntheticNikkei.Day(12);
        var members = new List<ShadowMember>
        {
            SyntheticNikkei.Known("A", 8m, afterReview: 7.2m),
            SyntheticNikkei.Known("B", 3m),
            SyntheticNikkei.Known("C", 1m),
            SyntheticNikkei.Known("OUT", 2m, until: TokyoCalendar.Instance.PreviousTradingDay(review)),
            SyntheticNikkei.Known("IN", 0.7m, from: review),
        };
        var index = new SyntheticNikkei(members, new Dictionary<string, decimal>(), days: 24, reviewDay: 12, seed: 3);

        var report = NikkeiShadow.Run(index.Data, index.Members, Exact);

        Assert.All(report.Days, d => Assert.InRange(d.ShadowAfter - d.Official, -0.02m, 0.02m));
    }

    [Fact]
    public void Run_SyntheticReview_CarriesTheDivisorByTheBasketRatio()
    {
        var review = SyntheticNikkei.Day(10);
        var members = new List<ShadowMember>
        {
            SyntheticNikkei.Known("A", 8m, afterReview: 7.2m),
            SyntheticNikkei.Known("B", 3m),
            SyntheticNikkei.Known("OUT", 2m, until: TokyoCalendar.Instance.PreviousTradingDay(review)),
            SyntheticNikkei.Known("IN", 1m, from: review),
        };
        var index = new SyntheticNikkei(members, new Dictionary<string, decimal>(), days: 20, reviewDay: 10, seed: 5);
        var last = index.Data.GetMemberBars(null, TokyoCalendar.Instance.PreviousTradingDay(review), TokyoCalendar.Instance.PreviousTradingDay(review)).ToDictionary(b => b.Code, b => b.Close);
        var ratio = ((7.2m * last["A"]) + (3m * last["B"]) + last["IN"]) / ((8m * last["A"]) + (3m * last["B"]) + (2m * last["OUT"]));

        var report = NikkeiShadow.Run(index.Data, index.Members, Exact);

        Assert.Equal(report.DivisorsAfter.BeforeReview * ratio, report.DivisorsAfter.FromReview, 6);
    }

    [Fact]
    public void Run_MemberWithoutPrices_IsReportedMissingEveryDay()
    {
        var members = new List<ShadowMember> { SyntheticNikkei.Known("A", 2m), SyntheticNikkei.Known("B", 1m) };
        var index = new SyntheticNikkei(members, new Dictionary<string, decimal>(), days: 10, reviewDay: 100, seed: 1);
        var withGhost = NikkeiMembership.Create([.. members, SyntheticNikkei.Known("GHOST", 1m)]);

        var report = NikkeiShadow.Run(index.Data, withGhost, Exact);

        Assert.All(report.Days, d => Assert.Equal(["GHOST"], d.Missing));
    }

    [Fact]
    public void Run_KnownFactors_AreNeverMovedByTheCalibration()
    {
        var truth = new Dictionary<string, decimal> { ["U1"] = 0.5m, ["K1"] = 3m };
        var members = new List<ShadowMember> { SyntheticNikkei.Known("K1", 2m), SyntheticNikkei.Known("K2", 1m), SyntheticNikkei.Unknown("U1") };
        var index = new SyntheticNikkei(members, truth, days: 15, reviewDay: 100, seed: 9);

        var report = NikkeiShadow.Run(index.Data, index.Members, Exact);

        Assert.All(report.Attributions.Values, a => Assert.Equal(2m, a.Attribution.Members.Single(m => m.Code == "K1").Factor));
    }

    [Fact]
    public void Run_KnownFactorTheDataContradict_IsReportedAsFinding()
    {
        var truth = new Dictionary<string, decimal> { ["K1"] = 3m };
        var members = Enumerable.Range(1, 10).Select(i => SyntheticNikkei.Known($"K{i}", i == 1 ? 2m : 1m)).ToList();
        var index = new SyntheticNikkei(members, truth, days: 20, reviewDay: 100, seed: 13);

        var report = NikkeiShadow.Run(index.Data, index.Members, Exact);

        Assert.Contains(report.Findings, f => f.Code == "K1");
    }

    [Fact]
    public void Run_Attribution_MemberPointsPlusResidualEqualTheOfficialChange()
    {
        var members = Enumerable.Range(1, 5).Select(i => SyntheticNikkei.Known($"K{i}", i)).ToList();
        var index = new SyntheticNikkei(members, new Dictionary<string, decimal>(), days: 8, reviewDay: 100, seed: 2);

        var report = NikkeiShadow.Run(index.Data, index.Members, Exact);

        Assert.All(report.Attributions.Values, a =>
            Assert.Equal(a.Attribution.Change, a.Attribution.Members.Sum(m => m.Points) + a.Attribution.ResidualPoints));
    }

    [Fact]
    public void Run_GapInTheMemberPrices_DayAfterTheGapHasNoChangeNoScoreAndNoAttribution()
    {
        var members = Enumerable.Range(1, 5).Select(i => SyntheticNikkei.Known($"K{i}", i)).ToList();
        var index = new SyntheticNikkei(members, new Dictionary<string, decimal>(), days: 12, reviewDay: 100, seed: 3);
        var (gapFrom, gapTo) = (SyntheticNikkei.Day(4), SyntheticNikkei.Day(6));
        var data = Without(index, bar => bar.Date >= gapFrom && bar.Date <= gapTo);

        var report = NikkeiShadow.Run(data, index.Members, Exact);

        var afterGap = report.Days.Single(d => d.Date == SyntheticNikkei.Day(7));
        Assert.Null(afterGap.OfficialChange);
        Assert.Null(afterGap.ChangeDifferenceAfter);
        Assert.False(report.Attributions.ContainsKey(afterGap.Date));
        Assert.Equal(report.Days.Count - 2, report.ErrorsAfter.ChangeDays);
    }

    [Fact]
    public void Run_HeavyMemberUnpricedOnSomeDays_ThoseDaysAreReconciledButNotFitted()
    {
        var truth = new Dictionary<string, decimal> { ["U1"] = 0.5m };
        var members = new List<ShadowMember> { SyntheticNikkei.Known("BIG", 10m), SyntheticNikkei.Known("K1", 1m), SyntheticNikkei.Known("K2", 2m), SyntheticNikkei.Unknown("U1") };
        var index = new SyntheticNikkei(members, truth, days: 20, reviewDay: 100, seed: 5);
        var data = Without(index, bar => bar.Code == "BIG" && bar.Date <= SyntheticNikkei.Day(4));

        var report = NikkeiShadow.Run(data, index.Members, Exact);

        Assert.All(report.Days.Take(5), d => Assert.False(d.Fitted));
        Assert.All(report.Days.Take(5), d => Assert.True(d.MissingWeightPct > 1m, $"{d.Date} {d.MissingWeightPct}"));
        Assert.All(report.Days.Skip(5), d => Assert.True(d.Fitted));
        Assert.Equal(14, report.ErrorsAfter.ChangeDays);
        Assert.Equal(0.5m, report.Factors.Single().Estimate);
    }

    private static InMemoryMarketData Without(SyntheticNikkei index, Func<MemberBar, bool> drop) =>
        new InMemoryMarketData()
            .AddMemberBars(index.Data.GetMemberBars(null, DateOnly.MinValue, DateOnly.MaxValue).Where(b => !drop(b)))
            .AddBars(IndexIds.N225, index.Data.GetDailyBars(IndexIds.N225, null, null));
}
