namespace Kabuto.Analytics.Shadow;

/// <summary>Error summaries, the README reproduction and the known-factor check.</summary>
internal static class ShadowStatistics
{
    /// <summary>A known factor is reported when the data's conditional optimum is this many standard errors away…</summary>
    private const double FindingZ = 3;

    /// <summary>…and at least this share of the factor away.</summary>
    private const double FindingShare = 0.2;

    public static ShadowErrors Errors(ShadowObjective objective, ShadowFit fit)
    {
        var panel = objective.Model.Panel;
        var level = objective.LevelDays.Select(t => (fit.InverseDivisor * fit.Series.Sum[t]) - panel.OfficialAt(t)).ToList();
        var change = objective.ChangeDays.Select(t => (fit.InverseDivisor * fit.Series.Change[t]) - panel.OfficialChange(t)).ToList();
        return new ShadowErrors(
            level.Count, Mae(level), Rmse(level), change.Count, Mae(change), Rmse(change),
            NikkeiShadow.Round2(change.Count == 0 ? 0 : change.Max(Math.Abs)));
    }

    /// <summary>The derived README's reconstruction: prior factors, one divisor fitted on the levels of each basket,
    /// changes over members priced on both days with that basket's divisor.</summary>
    public static ReferenceReconstruction Reference(ShadowModel model, double[] before, double[] after)
    {
        var panel = model.Panel;
        var series = model.Evaluate(before, after);
        double Unscaled(double[] values, int t) => t >= panel.ReviewDay ? values[t] / series.CarryRatio : values[t];
        double FitInverse(IEnumerable<int> days)
        {
            double sxx = 0, sxo = 0;
            foreach (var t in days)
            {
                var x = Unscaled(series.Sum, t);
                sxx += x * x;
                sxo += x * panel.OfficialAt(t);
            }

            return sxx > 0 ? sxo / sxx : 0;
        }

        var levelDays = panel.LevelDays.ToList();
        var oldInverse = FitInverse(levelDays.Where(t => t < panel.ReviewDay));
        var newInverse = FitInverse(levelDays.Where(t => t >= panel.ReviewDay));
        double Inverse(int t) => t >= panel.ReviewDay ? newInverse : oldInverse;
        var level = levelDays.Select(t => (Inverse(t) * Unscaled(series.Sum, t)) - panel.OfficialAt(t)).ToList();
        double ChangeError(int t) => (Inverse(t) * Unscaled(series.Change, t)) - panel.OfficialChange(t);
        var adjusted = panel.ChangeDays.Where(t => t < panel.BasisBreak).Select(ChangeError).ToList();
        var raw = panel.ChangeDays.Where(t => t > panel.BasisBreak && t != panel.ReviewDay).Select(ChangeError).ToList();
        return new ReferenceReconstruction(
            new ShadowDivisors(
                oldInverse > 0 ? NikkeiShadow.Round8(1 / oldInverse) : 0,
                newInverse > 0 ? NikkeiShadow.Round8(1 / newInverse) : 0),
            Mae(level), Mae(adjusted), MaxAbs(adjusted), Mae(raw), MaxAbs(raw));
    }

    /// <summary>Known factors whose conditional data optimum (others fixed) is far from the known value.</summary>
    public static IReadOnlyList<FactorFinding> Findings(ShadowObjective objective, ShadowFit fit)
    {
        var model = objective.Model;
        var panel = model.Panel;
        var residuals = objective.Residuals(fit.Series, fit.InverseDivisor);
        var variance = residuals.Sum(r => r * r) / residuals.Length;
        var rows = objective.LevelDays.Select(t => (t, change: false)).Concat(objective.ChangeDays.Select(t => (t, change: true))).ToList();
        var estimated = objective.Estimated.ToHashSet();
        var findings = new List<FactorFinding>();
        for (var i = 0; i < panel.MemberCount; i++)
        {
            var factor = fit.Before[i];
            if (estimated.Contains(i) || factor <= 0)
            {
                continue;
            }

            // Scale the member's factor by m (both sides of a capping change move together) and refit the divisor
            // with it: a 2×2 Gauss–Newton step on (1/D, m) from the fit.
            double saa = 0, sam = 0, smm = 0, ga = 0, gm = 0;
            for (var r = 0; r < rows.Count; r++)
            {
                var (t, change) = rows[r];
                var f = t >= panel.ReviewDay ? fit.After[i] : fit.Before[i];
                var c = fit.InverseDivisor * f * model.Coefficient(i, t, change, fit.Series.CarryRatio);
                var s = change ? fit.Series.Change[t] : fit.Series.Sum[t];
                saa += s * s;
                sam += s * c;
                smm += c * c;
                ga += s * residuals[r];
                gm += c * residuals[r];
            }

            var determinant = (saa * smm) - (sam * sam);
            if (smm <= 0 || determinant <= 1e-12 * saa * smm)
            {
                continue;
            }

            var step = ((sam * ga) - (saa * gm)) / determinant;
            var optimum = factor * (1 + step);
            var se = factor * Math.Sqrt(variance * saa / determinant);
            var z = (optimum - factor) / se;
            if (Math.Abs(z) >= FindingZ && Math.Abs(optimum - factor) >= FindingShare * factor)
            {
                var member = panel.Members[i];
                findings.Add(new FactorFinding(
                    member.Code, member.Name, member.Factor, member.Provenance,
                    NikkeiShadow.Round2(optimum), NikkeiShadow.Round2(se), NikkeiShadow.Round2(z)));
            }
        }

        return findings.OrderByDescending(f => Math.Abs(f.ZScore)).ToList();
    }

    private static decimal Mae(IReadOnlyCollection<double> values) =>
        values.Count == 0 ? 0 : NikkeiShadow.Round2(values.Average(Math.Abs));

    private static decimal Rmse(IReadOnlyCollection<double> values) =>
        values.Count == 0 ? 0 : NikkeiShadow.Round2(Math.Sqrt(values.Average(v => v * v)));

    private static decimal MaxAbs(IReadOnlyCollection<double> values) =>
        values.Count == 0 ? 0 : NikkeiShadow.Round2(values.Max(Math.Abs));
}
