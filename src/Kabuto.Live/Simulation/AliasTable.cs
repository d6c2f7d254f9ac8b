namespace Kabuto.Live.Simulation;

/// <summary>Vose's alias method: O(1) sampling of an index with given weights.</summary>
internal sealed class AliasTable
{
    private readonly double[] _probability;
    private readonly int[] _alias;

    public AliasTable(IReadOnlyList<double> weights)
    {
        var n = weights.Count;
        _probability = new double[n];
        _alias = new int[n];
        var total = weights.Sum();
        var scaled = weights.Select(w => w * n / total).ToArray();
        var small = new Stack<int>();
        var large = new Stack<int>();
        for (var i = 0; i < n; i++)
        {
            (scaled[i] < 1 ? small : large).Push(i);
        }

        while (small.Count > 0 && large.Count > 0)
        {
            var s = small.Pop();
            var l = large.Pop();
            _probability[s] = scaled[s];
            _alias[s] = l;
            scaled[l] = scaled[l] + scaled[s] - 1;
            (scaled[l] < 1 ? small : large).Push(l);
        }

        foreach (var i in large.Concat(small))
        {
            _probability[i] = 1;
        }
    }

    public int Sample(Random random)
    {
        var column = random.Next(_probability.Length);
        return random.NextDouble() < _probability[column] ? column : _alias[column];
    }
}
