namespace Kabuto.Analytics.Shadow;

/// <summary>A set of factors with the divisor fitted to them.</summary>
internal sealed record ShadowFit(double[] Before, double[] After, ShadowSeries Series, double InverseDivisor, double Objective)
{
    public double Divisor => 1 / InverseDivisor;
}

/// <summary>How sure one estimate is. StandardError: from the inverse of the whole objective's Gauss–Newton Hessian
/// (all estimates and the divisor free, ridge included) times the residual variance σ². GridLow/High: the grid
/// values whose objective stays within σ² of the optimum with the others held fixed. ResetCost: the objective
/// increase if this factor alone went back to its prior.</summary>
internal readonly record struct FactorSpread(double StandardError, double GridLow, double GridHigh, double ResetCost);

/// <summary>Estimates the unknown factors and the divisor: a continuous constrained least squares (Lawson–Hanson NNLS
/// on w = g/D, linear once the carry ratio is fixed; a few outer passes update the ratio), then the 0.1 grid by
/// rounding and a coordinate local search that only accepts moves lowering the objective.</summary>
internal sealed class FactorCalibrator(ShadowObjective objective, double step)
{
    private const int OuterPasses = 5;
    private const int MaxWalkSteps = 50;

    public ShadowFit Fit(double[] before, double[] after, bool dataOnly = false) =>
        Fit(before, after, objective.Model.Evaluate(before, after), dataOnly);

    public ShadowFit Calibrate(double[] before, double[] after)
    {
        var b = (double[])before.Clone();
        var f = (double[])after.Clone();
        for (var pass = 0; pass < OuterPasses; pass++)
        {
            var ratio = objective.Model.Evaluate(b, f).CarryRatio;
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
            var g = OnGrid(b[i]);
            b[i] = g;
            f[i] = g;
        }

        return LocalSearch(Fit(b, f));
    }

    public IReadOnlyList<FactorSpread> Spreads(ShadowFit fit)
    {
        var residuals = objective.Residuals(fit.Series, fit.InverseDivisor);
        var variance = residuals.Sum(r => r * r) / residuals.Length;
        var standardErrors = MarginalStandardErrors(fit, variance);
        return objective.Estimated.Select((member, j) => new FactorSpread(
            standardErrors[j],
            Walk(fit, member, -step, variance),
            Walk(fit, member, step, variance),
            Try(fit, member, objective.Prior[j]) - fit.Objective)).ToList();
    }

    /// <summary>σ·sqrt(diag(H⁻¹)) for the estimated factors, H = JᵀJ over every row (data, ridge, divisor prior),
    /// J the derivatives of the residuals with respect to (1/D, g_1..g_n) at the fit.</summary>
    private double[] MarginalStandardErrors(ShadowFit fit, double variance)
    {
        var model = objective.Model;
        var estimated = objective.Estimated;
        var n = estimated.Length + 1;
        var hessian = new double[n, n];
        void AddRow(double[] row)
        {
            for (var j = 0; j < n; j++)
            {
                if (row[j] == 0)
                {
                    continue;
                }

                for (var k = 0; k < n; k++)
                {
                    hessian[j, k] += row[j] * row[k];
                }
            }
        }

        var ratio = fit.Series.CarryRatio;
        foreach (var (days, change) in new[] { (objective.LevelDays, false), (objective.ChangeDays, true) })
        {
            foreach (var t in days)
            {
                var row = new double[n];
                row[0] = change ? fit.Series.Change[t] : fit.Series.Sum[t];
                for (var j = 0; j < estimated.Length; j++)
                {
                    row[j + 1] = fit.InverseDivisor * model.Coefficient(estimated[j], t, change, ratio);
                }

                AddRow(row);
            }
        }

        for (var j = 0; j < estimated.Length; j++)
        {
            var row = new double[n];
            var weight = objective.Ridge * objective.MeanPrice[j];
            row[0] = weight * (fit.Before[estimated[j]] - objective.Prior[j]);
            row[j + 1] = weight * fit.InverseDivisor;
            AddRow(row);
        }

        if (objective.DivisorPrior is { } d0)
        {
            var row = new double[n];
            row[0] = objective.PriorWeight * objective.MeanLevel * d0;
            AddRow(row);
        }

        var inverseDiagonal = Nnls.InverseDiagonal(hessian);
        return Enumerable.Range(1, estimated.Length).Select(j => Math.Sqrt(variance * Math.Max(0, inverseDiagonal[j]))).ToArray();
    }

    private ShadowFit Fit(double[] before, double[] after, ShadowSeries series, bool dataOnly = false)
    {
        var (a, value) = objective.Solve(series, before, dataOnly);
        return new ShadowFit(before, after, series, a, value);
    }

    private double OnGrid(double value) => Math.Max(step, Math.Round(value / step, MidpointRounding.AwayFromZero) * step);

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

    /// <summary>One grid step at a time, first improvement wins, until no single step lowers the objective.</summary>
    private ShadowFit LocalSearch(ShadowFit fit)
    {
        for (var sweep = 0; sweep < 500; sweep++)
        {
            var improved = false;
            foreach (var member in objective.Estimated)
            {
                foreach (var direction in (ReadOnlySpan<double>)[step, -step])
                {
                    var candidate = OnGrid(fit.Before[member] + direction);
                    if (Math.Abs(candidate - fit.Before[member]) < step / 2)
                    {
                        continue;
                    }

                    var moved = Move(fit, member, candidate);
                    if (moved.Objective < fit.Objective - 1e-9)
                    {
                        fit = moved;
                        improved = true;
                        break;
                    }
                }
            }

            if (!improved)
            {
                break;
            }
        }

        return fit;
    }

    /// <summary>Farthest grid value in one direction whose objective is within the tolerance of the fit's.</summary>
    private double Walk(ShadowFit fit, int member, double direction, double tolerance)
    {
        var value = fit.Before[member];
        for (var k = 1; k <= MaxWalkSteps; k++)
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

    private double Try(ShadowFit fit, int member, double factor) => Move(fit, member, factor).Objective;

    private ShadowFit Move(ShadowFit fit, int member, double factor)
    {
        var before = (double[])fit.Before.Clone();
        var after = (double[])fit.After.Clone();
        var delta = factor - before[member];
        before[member] = factor;
        after[member] = factor;
        return Fit(before, after, objective.Model.Shift(fit.Series, member, delta, delta));
    }
}
