using Kabuto.Analytics.Shadow;

namespace Kabuto.Analytics.Tests.Shadow;

/// <summary>The real window 2026-03-16..04-24 on the derived README's inputs, against its numbers
/// (shared/data/derived/README.md); then the window the member folder now holds (2025-09-01..2026-04-24).</summary>
public class NikkeiShadowGoldenTests
{
    private static readonly DateOnly March18 = new(2026, 3, 18);
    private static readonly DateOnly March19 = new(2026, 3, 19);

    [Fact]
    public void Run_RealWindow_ReproducesTheReadmeLevelError()
    {
        if (RealNikkeiData.DefaultReport is not { } report)
        {
            return;
        }

        // README: level MAE, raw days, fitted D: 152 pts; divisors 32.44 and 31.87.
        Assert.InRange(report.Reference.LevelMae, 151m, 153m);
        Assert.Equal(32.4404m, report.Reference.Divisors.BeforeReview, 3);
        Assert.Equal(31.8746m, report.Reference.Divisors.FromReview, 3);
    }

    [Fact]
    public void Run_RealWindow_ReproducesTheReadmeChangeErrors()
    {
        if (RealNikkeiData.DefaultReport is not { } report)
        {
            return;
        }

        // README: change MAE 30.6 (max 65) on 03-17..03-27, 38.6 (max 101) on 03-31 and 04-02..04-24.
        Assert.Equal(30.6m, Math.Round(report.Reference.ChangeMaeAdjusted, 1));
        Assert.Equal(38.6m, Math.Round(report.Reference.ChangeMaeRaw, 1));
        Assert.Equal(101m, Math.Round(report.Reference.ChangeMaxRaw));
    }

    [Fact]
    public void Run_RealWindow_CalibrationAtLeastHalvesTheChangeError()
    {
        if (RealNikkeiData.DefaultReport is not { } report)
        {
            return;
        }

        Assert.True(report.ErrorsAfter.ChangeMae * 2 <= report.ErrorsBefore.ChangeMae,
            $"change MAE {report.ErrorsBefore.ChangeMae} -> {report.ErrorsAfter.ChangeMae}");
        Assert.True(report.ErrorsAfter.ChangeMae * 2 <= Math.Min(report.Reference.ChangeMaeAdjusted, report.Reference.ChangeMaeRaw));
    }

    [Fact]
    public void Run_RealWindow_CalibratedDivisorNearTheTableDivisor()
    {
        if (RealNikkeiData.DefaultReport is not { } report)
        {
            return;
        }

        Assert.InRange(report.DivisorsAfter.BeforeReview, 29.8m, 30.1m);
    }

    [Fact]
    public void Run_RealWindow_EstimatesOnlyAssumedFactors()
    {
        if (RealNikkeiData.Value is not { } real || RealNikkeiData.DefaultReport is not { } report)
        {
            return;
        }

        var assumed = real.Members.Members.Where(m => m.Provenance == FactorProvenance.Assumed).Select(m => m.Code).ToHashSet();
        Assert.All(report.Factors, f => Assert.Contains(f.Code, assumed));
        Assert.All(report.Factors, f => Assert.True(f.Estimate >= 0.1m && f.Estimate % 0.1m == 0m, $"{f.Code} {f.Estimate}"));
    }

    [Fact]
    public void Run_RealWindow_ReportsTheMembersWithoutPrices()
    {
        if (RealNikkeiData.DefaultReport is not { } report)
        {
            return;
        }

        Assert.Equal(["3402", "4043", "7205"], report.Days[0].Missing);
        Assert.Equal(["285A", "543A"], report.Days[^1].Missing);
    }

    [Fact]
    public void Attribution_March18_AdvantestLeadsTheOfficialRise()
    {
        if (RealNikkeiData.DefaultReport is not { } report)
        {
            return;
        }

        var day = report.Attributions[March18].Attribution;

        Assert.Equal(1539.01m, day.Change);
        Assert.Equal("6857", day.Members.MaxBy(m => m.Points)!.Code);
        Assert.Equal(day.Change, day.Members.Sum(m => m.Points) + day.ResidualPoints);
    }

    [Fact]
    public void Attribution_March19_HeavyweightsLeadTheFall()
    {
        if (RealNikkeiData.DefaultReport is not { } report)
        {
            return;
        }

        var day = report.Attributions[March19].Attribution;
        var draggers = day.Members.OrderBy(m => m.Points).Take(4).Select(m => m.Code).ToHashSet();

        Assert.Equal(-1866.87m, day.Change);
        Assert.Subset(draggers, new HashSet<string> { "6857", "9983", "9984", "8035" });
        Assert.InRange(day.ResidualPoints, -40m, 40m);
    }

    [Fact]
    public void Attribution_RealWindow_KeepsKnownFactorsAndTheirProvenance()
    {
        if (RealNikkeiData.DefaultReport is not { } report)
        {
            return;
        }

        var april = report.Attributions[new DateOnly(2026, 4, 2)];

        Assert.Equal(7.2m, april.Attribution.Members.Single(m => m.Code == "6857").Factor);
        Assert.Equal(FactorProvenance.Announced, april.Provenance["6857"]);
        Assert.Equal(FactorProvenance.Derived, april.Provenance["9984"]);
        Assert.Equal(FactorProvenance.Calibrated, april.Provenance["1332"]);
    }

    [Fact]
    public void Run_HeldWindow_TorayIsPricedAndTheReadmeReconstructionMovesWithIt()
    {
        if (RealNikkeiData.HeldReport is not { } report)
        {
            return;
        }

        // With Toray's prices on 03-16..03-18 the README's own method gives 30.96 on the adjusted days (30.62 without).
        Assert.Equal(["4043", "7205"], report.Days.Single(d => d.Date == new DateOnly(2026, 3, 16)).Missing);
        Assert.Equal(31.0m, Math.Round(report.Reference.ChangeMaeAdjusted, 1));
        Assert.Equal(38.6m, Math.Round(report.Reference.ChangeMaeRaw, 1));
    }

    [Fact]
    public void Run_HeldWindow_DaysMissingTwentyFiveMembersAreReconciledNotFitted()
    {
        if (RealNikkeiData.HeldReport is not { } report)
        {
            return;
        }

        var early = report.Days.Where(d => d.Date < new DateOnly(2026, 3, 16)).ToList();
        Assert.Equal(new DateOnly(2025, 9, 1), report.From);
        Assert.Equal(129, early.Count);
        Assert.All(early, d => Assert.False(d.Fitted));
        Assert.All(early, d => Assert.Equal(26, d.Missing.Count));
        Assert.All(early, d => Assert.True(d.MissingWeightPct > 4m, $"{d.Date}: {d.MissingWeightPct}%"));
        Assert.All(report.Days.Where(d => d.Date >= new DateOnly(2026, 3, 16)), d => Assert.True(d.Fitted, d.Date.ToString()));
    }

    [Fact]
    public void Run_HeldWindow_CalibrationHalvesTheChangeErrorOfTheFittedDays()
    {
        if (RealNikkeiData.HeldReport is not { } report)
        {
            return;
        }

        Assert.Equal(27, report.ErrorsAfter.ChangeDays);
        Assert.True(report.ErrorsAfter.ChangeMae * 2 <= report.ErrorsBefore.ChangeMae,
            $"change MAE {report.ErrorsBefore.ChangeMae} -> {report.ErrorsAfter.ChangeMae}");
        Assert.InRange(report.DivisorsAfter.BeforeReview, 29.8m, 30.1m);
    }

    [Fact]
    public void Attribution_HeldWindow_EveryDayAfterTheFirstIsAttributedAndCloses()
    {
        if (RealNikkeiData.HeldReport is not { } report)
        {
            return;
        }

        Assert.Equal(report.Days.Count - 1, report.Attributions.Count);
        Assert.All(report.Attributions.Values, a =>
            Assert.Equal(a.Attribution.Change, a.Attribution.Members.Sum(m => m.Points) + a.Attribution.ResidualPoints));
        var february10 = report.Attributions[new DateOnly(2026, 2, 10)].Attribution;
        Assert.Equal("9984", february10.Members.MaxBy(m => m.Points)!.Code);
    }
}
