namespace Kabuto.Checking;

/// <summary>The set of values a claim's wording allows, in signed terms (docs/checker.md): the stated decimals, rounded
/// or truncated (2.05% is [2.045, 2.06)), "about" a decimal
/// figure a unit either side (about 2.7% is [2.6, 2.8)), a whole one as if exact, "nearly 4%" just
/// below ([3, 4); "nearly 200" [180, 200)), "more than 2%" strictly above, "less than 0.1%" from zero up to it, "as much as 3%" the session's
/// extreme rounding to 3.</summary>
public readonly record struct Tolerance(decimal Low, bool LowInclusive, decimal High, bool HighInclusive)
{
    private const decimal Infinity = 1_000_000_000m;

    public static Tolerance For(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var v = claim.Value ?? 0;
        // "about 7,000 points" is stated to the thousand: a round figure's precision is its last non-zero digit.
        var unit = claim.Hedge == Hedge.About && claim.Decimals == 0 ? RoundUnit(v) : Unit(claim.Decimals);
        var up = v >= 0;
        return claim.Hedge switch
        {
            Hedge.Nearly => up ? new(v - NearlyUnit(claim, unit), true, v, false) : new(v, false, v + NearlyUnit(claim, unit), true),
            Hedge.MoreThan => up ? new(v, false, Infinity, true) : new(-Infinity, true, v, false),
            Hedge.LessThan => up ? new(0, true, v, false) : new(v, false, 0, true),
            // "about 0.7%" is said of 0.65% as well as of 0.74%: a decimal figure has one unit of slack either side ("about
            // 200 points" keeps the rounding rule below: a unit of a round figure is wide already).
            Hedge.About when claim.Decimals > 0 => up ? new(v - unit, true, v + unit, false) : new(v - unit, false, v + unit, true),
            // Exact: the true value rounds to the figure, or truncates to it (wires truncate as often as
            // they round: +2.4598% is written "2.45").
            _ => up ? new(v - (unit / 2), true, v + unit, false) : new(v - unit, false, v + (unit / 2), true),
        };
    }

    /// <summary>"nearly 4%" is [3, 4); "nearly 200 points" is said of 194 as well as of 199: a round whole figure
    /// reaches back a tenth of itself (at most its last non-zero digit's unit, at least one).</summary>
    private static decimal NearlyUnit(Claim claim, decimal unit) =>
        claim.Decimals == 0 ? Math.Max(unit, Math.Min(RoundUnit(claim.Value ?? 0), Math.Abs(claim.Value ?? 0) / 10m)) : unit;

    private static decimal RoundUnit(decimal value)
    {
        var unit = 1m;
        for (var v = Math.Abs(decimal.Truncate(value)); v >= 10 && v % 10 == 0; v /= 10)
        {
            unit *= 10;
        }

        return unit;
    }

    public static decimal Unit(int decimals)
    {
        var unit = 1m;
        for (var i = 0; i < decimals; i++)
        {
            unit /= 10;
        }

        return unit;
    }

    public bool Contains(decimal value) =>
        (LowInclusive ? value >= Low : value > Low) && (HighInclusive ? value <= High : value < High);

    /// <summary>Whether any value of [low, high] (a session's range) is allowed.</summary>
    public bool Overlaps(decimal low, decimal high) =>
        (HighInclusive ? low <= High : low < High) && (LowInclusive ? high >= Low : high > Low);

    /// <summary>How far a value lies outside the allowed set (0 inside, and at an excluded bound: "more than 200" is
    /// off by nothing at 200, never by the distance to the other, infinite, bound).</summary>
    public decimal Distance(decimal value) => Contains(value) ? 0 : value <= Low ? Low - value : value - High;
}
