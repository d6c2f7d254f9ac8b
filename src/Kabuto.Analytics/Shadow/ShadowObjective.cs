namespace Kabuto.Analytics.Shadow;

/// <summary>The fit's objective, in points²: level errors on raw days, change errors on every comparable day, a
/// ridge pulling each estimated factor toward its prior (scaled by the member's price, so it is in points too) and
/// an optional divisor prior. For given factors the best divisor is closed-form, since level = Sum / D.</summary>
internal sealed class ShadowObjective
{
    private readonly ShadowModel _model;
    private readonly int[] _levelDays;
    private readonly int[] _changeDays;

    public ShadowObjective(ShadowModel model, int[] estimated, double[] prior, double ridge, double? divisorPrior, double priorWeight)
    {
        _model = model;
        Estimated = estimated;
        Prior = prior;
        Ridge = ridge;
        DivisorPrior = divisorPrior;
        PriorWeight = divisorPrior is null ? 0 : priorWeight;
        _levelDays = [.. model.Panel.LevelDays];
        _changeDays = [.. model.Panel.ChangeDays];
        MeanLevel = _levelDays.Average(model.Panel.OfficialAt);
        MeanPrice = estimated.Select(MeanPriceOf).ToArray();
    }

    public ShadowModel Model => _model;

    public int[] Estimated { get; }

    /// <summary>Prior factor of each estimated member (same order as <see cref="Estimated"/>).</summary>
    public double[] Prior { get; }

    public double Ridge { get; }

    public double? DivisorPrior { get; }

    public double PriorWeight { get; }

    public double MeanLevel { get; }

    /// <summary>Mean price of each estimated member over the level days: the ridge's points per unit of factor × D.</summary>
    public double[] MeanPrice { get; }

    public IReadOnlyList<int> LevelDays => _levelDays;

    public IReadOnlyList<int> ChangeDays => _changeDays;

    public int DataRows => _levelDays.Length + _changeDays.Length;

    /// <summary>The best 1/D for the series and the objective there.</summary>
    public (double InverseDivisor, double Value) Solve(ShadowSeries series, double[] factors, bool dataOnly = false)
    {
        var p = _model.Panel;
        double sxx = 0, sxo = 0, soo = 0;
        foreach (var t in _levelDays)
        {
            Accumulate(series.Sum[t], p.OfficialAt(t), ref sxx, ref sxo, ref soo);
        }

        foreach (var t in _changeDays)
        {
            Accumulate(series.Change[t], p.OfficialChange(t), ref sxx, ref sxo, ref soo);
        }

        if (!dataOnly)
        {
            // Ridge row: Ridge × meanPrice × (g − prior) / D, i.e. the level points the factor move is worth.
            for (var j = 0; j < Estimated.Length; j++)
            {
                var x = Ridge * MeanPrice[j] * (factors[Estimated[j]] - Prior[j]);
                sxx += x * x;
            }

            if (DivisorPrior is { } d0)
            {
                var w = PriorWeight * MeanLevel;
                Accumulate(w * d0, w, ref sxx, ref sxo, ref soo);
            }
        }

        var a = sxx > 0 ? sxo / sxx : 0;
        return (a, soo - (sxo * sxo / Math.Max(sxx, double.Epsilon)));
    }

    public double Value(double[] before, double[] after, bool dataOnly = false) =>
        Solve(_model.Evaluate(before, after), before, dataOnly).Value;

    /// <summary>Level and change residuals (shadow − official) of the data rows, in that order.</summary>
    public double[] Residuals(ShadowSeries series, double inverseDivisor)
    {
        var p = _model.Panel;
        return _levelDays.Select(t => (inverseDivisor * series.Sum[t]) - p.OfficialAt(t))
            .Concat(_changeDays.Select(t => (inverseDivisor * series.Change[t]) - p.OfficialChange(t)))
            .ToArray();
    }

    private double MeanPriceOf(int member)
    {
        var p = _model.Panel;
        var prices = _levelDays.Where(t => p.IsPriced(member, t)).Select(t => p.Price[member, t]).ToList();
        return prices.Count > 0 ? prices.Average() : 0;
    }

    private static void Accumulate(double x, double o, ref double sxx, ref double sxo, ref double soo)
    {
        sxx += x * x;
        sxo += x * o;
        soo += o * o;
    }
}
