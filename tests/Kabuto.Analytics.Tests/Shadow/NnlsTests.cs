using Kabuto.Analytics.Shadow;

namespace Kabuto.Analytics.Tests.Shadow;

public class NnlsTests
{
    [Fact]
    public void Solve_UnconstrainedOptimumNegative_ClampsAtZero()
    {
        // min (x-1)² + (y+2)²  with y ≥ 0  ->  x = 1, y = 0.
        double[][] rows = [[1, 0], [0, 1]];

        var x = Nnls.Solve(rows, [1, -2], [true, false]);

        Assert.Equal([1.0, 0.0], x.Select(v => Math.Round(v, 9)));
    }

    [Fact]
    public void Solve_FreeColumn_MayGoNegative()
    {
        double[][] rows = [[1, 0], [0, 1], [1, 1]];

        var x = Nnls.Solve(rows, [-3, 1, -2], [true, false]);

        Assert.Equal([-3.0, 1.0], x.Select(v => Math.Round(v, 9)));
    }
}
