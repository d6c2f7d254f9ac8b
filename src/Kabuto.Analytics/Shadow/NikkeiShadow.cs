using Kabuto.Core.Market;

namespace Kabuto.Analytics.Shadow;

/// <summary>A shadow Nikkei 225 from member prices: before calibration (prior factors), calibrated against the
/// official closes, reconciled day by day, and each day's official move attributed to members.</summary>
public static class NikkeiShadow
{
    private const int ExplainerCount = 3;

    public static ShadowReport Run(IMarketDataReader data, NikkeiMembership members, ShadowOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(members);
        options ??= ShadowOptions.Default;
        var panel = ShadowPanel.Load(data, members, options);
        var model = new ShadowModel(panel);
        var step = (double)options.FactorStep;
        var priorBefore = panel.Members.Select(m => (double)m.Factor).ToArray();
        var priorAfter = panel.Members.Select(m => (double)m.FactorFromReview).ToArray();
        var estimated = Enumerable.Range(0, panel.MemberCount)
            .Where(i => panel.Members[i].IsEstimable && Enumerable.Range(0, panel.DayCount).Any(t => panel.InBasket[i, t] && panel.IsPriced(i, t)))
            .ToArray();
        var objective = new ShadowObjective(
            model, estimated, estimated.Select(i => priorBefore[i]).ToArray(), options.RidgeWeight,
            (double?)options.DivisorPrior, options.DivisorPriorWeight);
        var calibrator = new FactorCalibrator(objective, step);

        // Before: prior factors and the divisor the closes alone ask for (what the derived README did).
        var before = calibrator.Fit(priorBefore, priorAfter, dataOnly: true);
        var after = calibrator.Calibrate(priorBefore, priorAfter);

        var spreads = calibrator.Spreads(after);
        var factors = estimated.Select((i, j) => Factor(panel.Members[i], spreads[j], after.Before[i]))
            .OrderByDescending(f => f.ExplainedPoints).ThenBy(f => f.Code, StringComparer.Ordinal)
            .ToList();
        var days = Enumerable.Range(0, panel.DayCount).Select(t => Day(objective, before, after, t)).ToList();
        return new ShadowReport(
            panel.Days[0],
            panel.Days[^1],
            members.Review,
            panel.BasisBreak >= 0 ? panel.Days[panel.BasisBreak] : null,
            options.DivisorPrior,
            Divisors(before, panel),
            Divisors(after, panel),
            ShadowStatistics.Errors(objective, before),
            ShadowStatistics.Errors(objective, after),
            ShadowStatistics.Reference(model, priorBefore, priorAfter),
            days,
            factors,
            ShadowStatistics.Findings(objective, after))
        {
            Attributions = ShadowAttributions.Build(panel, after, estimated),
            MaxMissingWeightPct = (decimal)options.MaxMissingWeight * 100m,
        };
    }

    private static ShadowDivisors Divisors(ShadowFit fit, ShadowPanel panel) =>
        new(Round8(fit.Divisor), Round8(fit.Series.DivisorOn(panel.ReviewDay, fit.Divisor)));

    private static CalibratedFactor Factor(ShadowMember member, FactorSpread spread, double estimate) => new(
        member.Code,
        member.Name,
        member.Factor,
        (decimal)Math.Round(estimate, 1),
        double.IsFinite(spread.StandardError) ? Round2(spread.StandardError) : null,
        (decimal)Math.Round(spread.GridLow, 1),
        (decimal)Math.Round(spread.GridHigh, 1),
        Round2(Math.Sqrt(Math.Max(0, spread.ResetCost))),
        FactorProvenance.Calibrated,
        member.Source);

    private static ShadowDay Day(ShadowObjective objective, ShadowFit before, ShadowFit after, int t)
    {
        var panel = objective.Model.Panel;
        var raw = panel.Raw[t];
        var hasChange = panel.FollowsPreviousSession[t];
        var official = panel.Official[t];
        var officialChange = hasChange ? official - panel.Official[t - 1] : (decimal?)null;
        var levelBefore = Round2(before.InverseDivisor * before.Series.Sum[t]);
        var levelAfter = Round2(after.InverseDivisor * after.Series.Sum[t]);
        var changeBefore = hasChange ? Round2(before.InverseDivisor * before.Series.Change[t]) : (decimal?)null;
        var changeAfter = hasChange ? Round2(after.InverseDivisor * after.Series.Change[t]) : (decimal?)null;
        return new ShadowDay(
            panel.Days[t],
            t == panel.BasisBreak ? "basis_break" : raw ? "raw" : "adjusted",
            t == panel.ReviewDay,
            official,
            officialChange,
            levelBefore,
            levelAfter,
            raw ? levelBefore - official : null,
            raw ? levelAfter - official : null,
            changeBefore,
            changeAfter,
            changeBefore - officialChange,
            changeAfter - officialChange,
            panel.Missing(t),
            hasChange ? Explainers(objective, before, after, t) : [])
        {
            Fitted = panel.Fitted[t],
            MissingWeightPct = Math.Round((decimal)panel.MissingWeight[t] * 100m, 2, MidpointRounding.AwayFromZero),
        };
    }

    /// <summary>The estimated members whose factor move (prior → calibrated) shifted the day's shadow change most.</summary>
    private static List<FactorEffect> Explainers(ShadowObjective objective, ShadowFit before, ShadowFit after, int t)
    {
        var model = objective.Model;
        return objective.Estimated
            .Select(i => (i, points: (after.Before[i] - before.Before[i]) * after.InverseDivisor
                                     * model.Coefficient(i, t, change: true, after.Series.CarryRatio)))
            .Where(x => Math.Abs(x.points) >= 0.005)
            .OrderByDescending(x => Math.Abs(x.points))
            .Take(ExplainerCount)
            .Select(x => new FactorEffect(model.Panel.Members[x.i].Code, model.Panel.Members[x.i].Name, Round2(x.points)))
            .ToList();
    }

    internal static decimal Round2(double value) => Math.Round((decimal)value, 2, MidpointRounding.AwayFromZero);

    internal static decimal Round8(double value) => Math.Round((decimal)value, 8, MidpointRounding.AwayFromZero);
}
