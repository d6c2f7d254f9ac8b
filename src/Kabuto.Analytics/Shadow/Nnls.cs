namespace Kabuto.Analytics.Shadow;

/// <summary>Lawson–Hanson non-negative least squares, min ‖A x − b‖ with x_j ≥ 0 except for the free columns.
/// Works on the Gram matrix of unit-scaled columns, which is small here (one column per estimated factor).</summary>
internal static class Nnls
{
    public static double[] Solve(double[][] rows, double[] target, bool[] free)
    {
        var n = free.Length;
        var scale = new double[n];
        foreach (var row in rows)
        {
            for (var j = 0; j < n; j++)
            {
                scale[j] += row[j] * row[j];
            }
        }

        for (var j = 0; j < n; j++)
        {
            scale[j] = scale[j] > 0 ? Math.Sqrt(scale[j]) : 1;
        }

        var gram = new double[n, n];
        var rhs = new double[n];
        for (var r = 0; r < rows.Length; r++)
        {
            var row = rows[r];
            for (var j = 0; j < n; j++)
            {
                if (row[j] == 0)
                {
                    continue;
                }

                var aj = row[j] / scale[j];
                rhs[j] += aj * target[r];
                for (var k = 0; k < n; k++)
                {
                    gram[j, k] += aj * row[k] / scale[k];
                }
            }
        }

        var x = Iterate(gram, rhs, free);
        for (var j = 0; j < n; j++)
        {
            x[j] /= scale[j];
        }

        return x;
    }

    private static double[] Iterate(double[,] gram, double[] rhs, bool[] free)
    {
        var n = rhs.Length;
        var passive = new bool[n];
        var x = new double[n];
        for (var j = 0; j < n; j++)
        {
            passive[j] = free[j];
        }

        if (free.Any(f => f))
        {
            x = SolvePassive(gram, rhs, passive);
        }

        var tolerance = 1e-12 * Math.Max(1, rhs.Max(Math.Abs));
        for (var iteration = 0; iteration < 10 * n + 10; iteration++)
        {
            var best = -1;
            var bestGradient = tolerance;
            for (var j = 0; j < n; j++)
            {
                if (passive[j])
                {
                    continue;
                }

                var gradient = rhs[j];
                for (var k = 0; k < n; k++)
                {
                    gradient -= gram[j, k] * x[k];
                }

                if (gradient > bestGradient)
                {
                    best = j;
                    bestGradient = gradient;
                }
            }

            if (best < 0)
            {
                break;
            }

            passive[best] = true;
            x = InnerLoop(gram, rhs, free, passive, x);
        }

        return x;
    }

    /// <summary>Solve on the passive set; step back to feasibility and drop columns that hit zero until feasible.</summary>
    private static double[] InnerLoop(double[,] gram, double[] rhs, bool[] free, bool[] passive, double[] x)
    {
        var n = rhs.Length;
        for (var guard = 0; guard <= n; guard++)
        {
            var z = SolvePassive(gram, rhs, passive);
            var alpha = 1.0;
            var infeasible = false;
            for (var j = 0; j < n; j++)
            {
                if (passive[j] && !free[j] && z[j] <= 0)
                {
                    infeasible = true;
                    alpha = Math.Min(alpha, x[j] / (x[j] - z[j]));
                }
            }

            if (!infeasible)
            {
                return z;
            }

            for (var j = 0; j < n; j++)
            {
                x[j] += alpha * (z[j] - x[j]);
                if (passive[j] && !free[j] && x[j] <= 1e-15)
                {
                    passive[j] = false;
                    x[j] = 0;
                }
            }
        }

        return x;
    }

    private static double[] SolvePassive(double[,] gram, double[] rhs, bool[] passive)
    {
        var index = Enumerable.Range(0, rhs.Length).Where(j => passive[j]).ToArray();
        var m = index.Length;
        var a = new double[m, m];
        var b = new double[m];
        for (var r = 0; r < m; r++)
        {
            b[r] = rhs[index[r]];
            for (var c = 0; c < m; c++)
            {
                a[r, c] = gram[index[r], index[c]];
            }

            a[r, r] += 1e-12;
        }

        var solution = Cholesky(a, b);
        var x = new double[rhs.Length];
        for (var r = 0; r < m; r++)
        {
            x[index[r]] = solution[r];
        }

        return x;
    }

    /// <summary>Diagonal of the inverse of a symmetric positive definite matrix (one Cholesky, one solve per column).</summary>
    public static double[] InverseDiagonal(double[,] matrix)
    {
        var n = matrix.GetLength(0);
        var l = Factor(matrix);
        var diagonal = new double[n];
        for (var j = 0; j < n; j++)
        {
            var unit = new double[n];
            unit[j] = 1;
            diagonal[j] = Substitute(l, unit)[j];
        }

        return diagonal;
    }

    private static double[] Cholesky(double[,] a, double[] b) => Substitute(Factor(a), b);

    private static double[,] Factor(double[,] a)
    {
        var m = a.GetLength(0);
        var l = new double[m, m];
        for (var i = 0; i < m; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var sum = a[i, j];
                for (var k = 0; k < j; k++)
                {
                    sum -= l[i, k] * l[j, k];
                }

                l[i, j] = i == j ? Math.Sqrt(Math.Max(sum, 1e-300)) : sum / l[j, j];
            }
        }

        return l;
    }

    private static double[] Substitute(double[,] l, double[] b)
    {
        var m = b.Length;
        var y = new double[m];
        for (var i = 0; i < m; i++)
        {
            var sum = b[i];
            for (var k = 0; k < i; k++)
            {
                sum -= l[i, k] * y[k];
            }

            y[i] = sum / l[i, i];
        }

        var x = new double[m];
        for (var i = m - 1; i >= 0; i--)
        {
            var sum = y[i];
            for (var k = i + 1; k < m; k++)
            {
                sum -= l[k, i] * x[k];
            }

            x[i] = sum / l[i, i];
        }

        return x;
    }
}
