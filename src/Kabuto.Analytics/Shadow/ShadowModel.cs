namespace Kabuto.Analytics.Shadow;

/// <summary>Adopted-price sums in units of the pre-review divisor: level(t) = Sum[t] / D_old, change(t) =
/// Change[t] / D_old. After the review the sums are multiplied by the carry ratio, which is the divisor carried
/// across the review (D_new = D_old / CarryRatio), so the one divisor parameter describes the whole window.
/// Raw and RawChange are the sums before that scaling; OldBasket/NewBasket are the two sides of the carry.</summary>
internal sealed record ShadowSeries(double[] Raw, double[] RawChange, double OldBasket, double NewBasket, int ReviewDay)
{
    public double CarryRatio { get; } = NewBasket == 0 ? 1.0 : OldBasket / NewBasket;

    public double[] Sum { get; } = Scale(Raw, ReviewDay, NewBasket == 0 ? 1.0 : OldBasket / NewBasket);

    public double[] Change { get; } = Scale(RawChange, ReviewDay, NewBasket == 0 ? 1.0 : OldBasket / NewBasket);

    /// <summary>D_new = D_old × Σ(new basket at the last old close) / Σ(old basket at that close).</summary>
    public double DivisorOn(int t, double divisorOld) => t >= ReviewDay ? divisorOld / CarryRatio : divisorOld;

    private static double[] Scale(double[] values, int reviewDay, double ratio)
    {
        var scaled = (double[])values.Clone();
        for (var t = reviewDay; t < scaled.Length; t++)
        {
            scaled[t] *= ratio;
        }

        return scaled;
    }
}

/// <summary>The price-weighted arithmetic of the shadow over a <see cref="ShadowPanel"/>. A member without a price
/// contributes nothing: to a level on that day, to a change when either day lacks it, to the carry ratio when it
/// lacks the last old close.</summary>
internal sealed class ShadowModel(ShadowPanel panel)
{
    public ShadowPanel Panel { get; } = panel;

    /// <param name="before">factor of each member before the review.</param>
    /// <param name="after">factor of each member from the review.</param>
    public ShadowSeries Evaluate(double[] before, double[] after)
    {
        var p = Panel;
        var raw = new double[p.DayCount];
        var rawChange = new double[p.DayCount];
        double oldBasket = 0, newBasket = 0;
        for (var i = 0; i < p.MemberCount; i++)
        {
            Add(i, before[i], after[i], raw, rawChange, ref oldBasket, ref newBasket);
        }

        rawChange[0] = double.NaN;
        return new ShadowSeries(raw, rawChange, oldBasket, newBasket, p.ReviewDay);
    }

    /// <summary>The series with one member's factors moved by the given deltas: O(days) instead of O(members × days).</summary>
    public ShadowSeries Shift(ShadowSeries series, int member, double deltaBefore, double deltaAfter)
    {
        var raw = (double[])series.Raw.Clone();
        var rawChange = (double[])series.RawChange.Clone();
        double oldBasket = series.OldBasket, newBasket = series.NewBasket;
        Add(member, deltaBefore, deltaAfter, raw, rawChange, ref oldBasket, ref newBasket);
        return new ShadowSeries(raw, rawChange, oldBasket, newBasket, series.ReviewDay);
    }

    /// <summary>The member's share of a level or change row, in old-divisor units per unit of factor, with the
    /// carry ratio applied after the review.</summary>
    public double Coefficient(int i, int t, bool change, double ratio)
    {
        var p = Panel;
        if (!p.InBasket[i, t] || !p.IsPriced(i, t) || (change && (t == 0 || !p.IsPriced(i, t - 1))))
        {
            return 0;
        }

        var value = change ? p.Price[i, t] - p.Price[i, t - 1] : p.Price[i, t];
        return t >= p.ReviewDay ? value * ratio : value;
    }

    private void Add(int i, double before, double after, double[] raw, double[] rawChange, ref double oldBasket, ref double newBasket)
    {
        var p = Panel;
        for (var t = 0; t < p.DayCount; t++)
        {
            if (!p.InBasket[i, t] || !p.IsPriced(i, t))
            {
                continue;
            }

            var factor = t >= p.ReviewDay ? after : before;
            raw[t] += factor * p.Price[i, t];
            if (t > 0 && p.IsPriced(i, t - 1))
            {
                rawChange[t] += factor * (p.Price[i, t] - p.Price[i, t - 1]);
            }
        }

        var last = p.ReviewDay - 1;
        if (last >= 0 && p.ReviewDay < p.DayCount && p.IsPriced(i, last))
        {
            oldBasket += p.InBasket[i, last] ? before * p.Price[i, last] : 0;
            newBasket += p.InBasket[i, p.ReviewDay] ? after * p.Price[i, last] : 0;
        }
    }
}
