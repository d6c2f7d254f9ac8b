namespace Kabuto.Analytics.Shadow;

/// <summary>A set of factors with the divisor fitted to them.</summary>
internal sealed record ShadowFit(double[] Before, double[] After, ShadowSeries Series, double InverseDivisor, double Objective)
{
    public double Divisor => 1 / InverseDivisor;
}

/// <summary>How sure one estimate is: a conditional standard error from the objective's curvature, and the grid
/// values whose objective stays within σ² (one residual variance) of the optimum, others held fixed.</summary>
internal readonly record struct FactorSpread(double StandardError, double GridLow, double GridHigh, double ResetCost);

/// <summary>Estimates the unknown factors and the divisor: a continuous constrained least squares (Lawson–Hanson NNLS
/// on w = g/D, linear once the carry ratio is fixed; a few outer passes update the ratio), then the 0.1 grid by
/// rounding and a coordinate local search that only accepts moves lowering the objective.</summary>
internal sealed class FactorCalibrator(ShadowObjective objective, double step)
{
    private const int OuterPasses = 5;

    public ShadowFit Fit(double[] before, double[] after, bool dataOnly = false)
    {
        var series = objective.Model.Evaluate(before, after);
        var (a, value) = objective.Solve(series, before, dataOnly);
        return new ShadowFit(before, after, series, a, value);
    }

    public ShadowFit Calibrate(double[] before, double[] after)
    {
        var b = (double[])before.Clone();
        var f = (double[])after.Clone();
        for (var pass = 0; pass < OuterPasses; pass++)
        {
            var ratio = objective.Model.CarryRatio(b, f);
            var solution = SolveContinuous(b, f, ratio);
            var a = solution[0];
            for (var j = 0; j < objective.Estimated.Length; j++)
            {
                var g = (solution[j + 1] / a) + step;
                b[objective.Estimated[j]] = g;
                f[objective.Estimated[j]] = g;
            }
        }

        foreach (var i in objective.Estimated)
        {
            var g = Math.Max(step, Math.Round(b[i] / step, MidpointRounding.AwayFromZero) * step);
            b[i] = g;
            f[i] = g;
        }

        LocalSearch(b, f);
        return Fit(b, f);
    }

    public FactorSpread Spread(ShadowFit fit, int j)
    {
        var member = objective.Estimated[j];
        var residuals = objective.Residuals(fit.Series, fit.InverseDivisor);
        var variance = residuals.Sum(r => r * r) / residuals.Length;
        var curvature = 0.0;
        var ratio = fit.Series.CarryRatio;
        foreach (var t in objective.LevelDays)
        {
            var c = fit.InverseDivisor * objective.Model.Coefficient(member, t, change: false, ratio);
            curvature += c * c;
        }

        foreach (var t in objective.ChangeDays)
        {
            var c = fit.InverseDivisor * objective.Model.Coefficient(member, t, change: true, ratio);
            curvature += c * c;
        }

        var se = curvature > 0 ? Math.Sqrt(variance / curvature) : double.PositiveInfinity;
        var low = Walk(fit, member, -step, variance);
        var high = Walk(fit, member, step, variance);
        var reset = Try(fit, member, objective.Prior[j]) - fit.Objective;
        return new FactorSpread(se, low, high, reset);
    }

    /// <summary>Continuous optimum for a fixed carry ratio. Unknowns: a = 1/D (free) and v_j = g_j·a − step·a ≥ 0,
    /// so every row is linear and the bound g ≥ step is a sign constraint.</summary>
    private double[] SolveContinuous(double[] before, double[] after, double ratio)
    {
        var model = objective.Model;
        var panel = model.Panel;
        var estimated = objective.Estimated;
        var n = estimated.Length + 1;
        var isEstimated = new bool[panel.MemberCount];
        foreach (var i in estimated)
        {
            isEstimated[i] = true;
        }

        var rows = new List<double[]>();
        var target = new List<double>();
        void DataRow(int t, bool change, double official)
        {
            var row = new double[n];
            var factors = t >= panel.ReviewDay ? after : before;
            for (var i = 0; i < panel.MemberCount; i++)
            {
                if (!isEstimated[i])
                {
                    row[0] += factors[i] * model.Coefficient(i, t, change, ratio);
                }
            }

            for (var j = 0; j < estimated.Length; j++)
            {
                var c = model.Coefficient(estimated[j], t, change, ratio);
                row[j + 1] = c;
                row[0] += step * c;
            }

            rows.Add(row);
            target.Add(official);
        }

        foreach (var t in objective.LevelDays)
        {
            DataRow(t, change: false, panel.OfficialAt(t));
        }

        foreach (var t in objective.ChangeDays)
        {
            DataRow(t, change: true, panel.OfficialChange(t));
        }

        for (var j = 0; j < estimated.Length; j++)
        {
            var row = new double[n];
            var weight = objective.Ridge * objective.MeanPrice[j];
            row[j + 1] = weight;
            row[0] = weight * (step - objective.Prior[j]);
            rows.Add(row);
            target.Add(0);
        }

        if (objective.DivisorPrior is { } d0)
        {
            var row = new double[n];
            var weight = objective.PriorWeight * objective.MeanLevel;
            row[0] = weight * d0;
            rows.Add(row);
            target.Add(weight);
        }

        var free = new bool[n];
        free[0] = true;
        return Nnls.Solve([.. rows], [.. target], free);
    }

    private void LocalSearch(double[] before, double[] after)
    {
        var best = objective.Value(before, after);
        for (var sweep = 0; sweep < 200; sweep++)
        {
            var improved = false;
            foreach (var i in objective.Estimated)
            {
                foreach (var direction in (ReadOnlySpan<double>)[step, -step])
                {
                    var old = before[i];
                    var candidate = Math.Round((old + direction) / step) * step;
                    if (candidate < step - 1e-9)
                    {
                        continue;
                    }

                    before[i] = candidate;
                    after[i] = candidate;
                    var value = objective.Value(before, after);
                    if (value < best - 1e-9)
                    {
                        best = value;
                        improved = true;
                        break;
                    }

                    before[i] = old;
                    after[i] = old;
                }
            }

            if (!improved)
            {
                return;
            }
        }
    }

    /// <summary>Farthest grid value in one direction whose objective is within the tolerance of the fit's.</summary>
    private double Walk(ShadowFit fit, int member, double direction, double tolerance)
    {
        var value = fit.Before[member];
        for (var k = 1; k <= 100; k++)
        {
            var candidate = Math.Round((fit.Before[member] + (k * direction)) / step) * step;
            if (candidate < step - 1e-9 || Try(fit, member, candidate) - fit.Objective > tolerance)
            {
                break;
            }

            value = candidate;
        }

        return value;
    }

    private double Try(ShadowFit fit, int member, double factor)
    {
        var before = (double[])fit.Before.Clone();
        var after = (double[])fit.After.Clone();
        before[member] = factor;
        after[member] = factor;
        return objective.Value(before, after);
    }
}
