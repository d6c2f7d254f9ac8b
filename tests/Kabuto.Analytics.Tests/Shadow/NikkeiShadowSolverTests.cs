using Kabuto.Analytics.Shadow;

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
        var review = SyntheticNikkei.Start.AddDays(12);
        var members = new List<ShadowMember>
        {
            SyntheticNikkei.Known("A", 8m, afterReview: 7.2m),
            SyntheticNikkei.Known("B", 3m),
            SyntheticNikkei.Known("C", 1m),
            SyntheticNikkei.Known("OUT", 2m, until: review.AddDays(-1)),
            SyntheticNikkei.Known("IN", 0.7m, from: review),
        };
        var index = new SyntheticNikkei(members, new Dictionary<string, decimal>(), days: 24, reviewDay: 12, seed: 3);

        var report = NikkeiShadow.Run(index.Data, index.Members, Exact);

        Assert.All(report.Days, d => Assert.InRange(d.ShadowAfter - d.Official, -0.02m, 0.02m));
    }

    [Fact]
    public void Run_SyntheticReview_CarriesTheDivisorByTheBasketRatio()
    {
        var review = SyntheticNikkei.Start.AddDays(10);
        var members = new List<ShadowMember>
        {
            SyntheticNikkei.Known("A", 8m, afterReview: 7.2m),
            SyntheticNikkei.Known("B", 3m),
            SyntheticNikkei.Known("OUT", 2m, until: review.AddDays(-1)),
            SyntheticNikkei.Known("IN", 1m, from: review),
        };
        var index = new SyntheticNikkei(members, new Dictionary<string, decimal>(), days: 20, reviewDay: 10, seed: 5);
        var last = index.Data.GetMemberBars(null, review.AddDays(-1), review.AddDays(-1)).ToDictionary(b => b.Code, b => b.Close);
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
}
