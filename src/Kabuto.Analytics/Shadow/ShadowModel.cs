namespace Kabuto.Analytics.Shadow;

/// <summary>Adopted-price sums in units of the pre-review divisor: level(t) = Sum[t] / D_old, change(t) =
/// Change[t] / D_old. After the review the sums are multiplied by the carry ratio, which is the divisor carried
/// across the review (D_new = D_old / CarryRatio), so the one divisor parameter describes the whole window.</summary>
internal sealed record ShadowSeries(double[] Sum, double[] Change, double CarryRatio)
{
    /// <summary>D_new = D_old × Σ(new basket at the last old close) / Σ(old basket at that close).</summary>
    public double DivisorOn(int t, int reviewDay, double divisorOld) => t >= reviewDay ? divisorOld / CarryRatio : divisorOld;
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
        var ratio = CarryRatio(before, after);
        var sum = new double[p.DayCount];
        var change = new double[p.DayCount];
        for (var t = 0; t < p.DayCount; t++)
        {
            var factors = t >= p.ReviewDay ? after : before;
            var scale = t >= p.ReviewDay ? ratio : 1.0;
            double level = 0, move = 0;
            for (var i = 0; i < p.MemberCount; i++)
            {
                if (!p.InBasket[i, t] || !p.IsPriced(i, t))
                {
                    continue;
                }

                level += factors[i] * p.Price[i, t];
                if (t > 0 && p.IsPriced(i, t - 1))
                {
                    move += factors[i] * (p.Price[i, t] - p.Price[i, t - 1]);
                }
            }

            sum[t] = level * scale;
            change[t] = t == 0 ? double.NaN : move * scale;
        }

        return new ShadowSeries(sum, change, ratio);
    }

    /// <summary>Σ old basket / Σ new basket, both at the last close before the review (priced members only).</summary>
    public double CarryRatio(double[] before, double[] after)
    {
        var p = Panel;
        var last = p.ReviewDay - 1;
        if (p.ReviewDay >= p.DayCount || last < 0)
        {
            return 1.0;
        }

        double oldSum = 0, newSum = 0;
        for (var i = 0; i < p.MemberCount; i++)
        {
            if (!p.IsPriced(i, last))
            {
                continue;
            }

            if (p.InBasket[i, last])
            {
                oldSum += before[i] * p.Price[i, last];
            }

            if (p.InBasket[i, p.ReviewDay])
            {
                newSum += after[i] * p.Price[i, last];
            }
        }

        return newSum == 0 ? 1.0 : oldSum / newSum;
    }

    /// <summary>The member's share of a level (kind Level) or change (kind Change) row, in old-divisor units per
    /// unit of factor, with the carry ratio applied after the review.</summary>
    public double Coefficient(int i, int t, bool change, double ratio)
    {
        var p = Panel;
        if (!p.InBasket[i, t] || !p.IsPriced(i, t) || (change && !p.IsPriced(i, t - 1)))
        {
            return 0;
        }

        var value = change ? p.Price[i, t] - p.Price[i, t - 1] : p.Price[i, t];
        return t >= p.ReviewDay ? value * ratio : value;
    }
}
