using System.Globalization;

namespace Kabuto.Writing.Text;

/// <summary>Numbers as markets print them: levels and points with thousands separators and two decimals
/// (51,307.65; 1,088.47), percentages to two decimals (2.17%, signed +2.17% in tables), the yen to two decimals
/// (157.23), round levels without decimals (51,000). Every number the writer prints goes through here, so the
/// grounding check can format a fact the same way and compare strings.</summary>
public static class Numbers
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Level(decimal value) => Round2(value).ToString("#,##0.00", Invariant);

    public static string Points(decimal value) => Round2(Math.Abs(value)).ToString("#,##0.00", Invariant);

    public static string Percent(decimal value) => Round2(Math.Abs(value)).ToString("0.00", Invariant) + "%";

    public static string SignedPercent(decimal value) =>
        (value > 0 ? "+" : value < 0 ? "-" : string.Empty) + Percent(value);

    /// <summary>A difference of percentages: "1.67 percentage points", never "1.67%".</summary>
    public static string PercentagePoints(decimal value) => Round2(Math.Abs(value)).ToString("0.00", Invariant) + " percentage points";

    public static string Yen(decimal value) => Round2(Math.Abs(value)).ToString("0.00", Invariant);

    /// <summary>A market's turnover as English wires print it: "4.71 trillion yen" from a trillion up, else "870.5 billion
    /// yen" (rounded half away from zero).</summary>
    public static string YenAmount(decimal value)
    {
        var v = Math.Abs(value);
        return v >= 1_000_000_000_000m
            ? Math.Round(v / 1_000_000_000_000m, 2, MidpointRounding.AwayFromZero).ToString("0.00", Invariant) + " trillion yen"
            : Math.Round(v / 1_000_000_000m, 1, MidpointRounding.AwayFromZero).ToString("#,##0.0", Invariant) + " billion yen";
    }

    public static string RoundLevel(decimal value) => value.ToString("#,##0", Invariant);

    public static string Count(decimal value) => Math.Round(value, 0, MidpointRounding.AwayFromZero).ToString("#,##0", Invariant);

    /// <summary>The one formatting a fact's value gets in text, chosen by its unit.</summary>
    public static string ForUnit(string unit, decimal value) => unit switch
    {
        "pct" => Percent(value),
        "pct_points" => PercentagePoints(value),
        "ratio" => Round2(value).ToString("0.00", Invariant),
        "points" => Points(value),
        "jpy" or "currency" => Yen(value),
        "count" or "rank" or "days" or "flag" => Count(value),
        _ => Level(value),
    };

    private static decimal Round2(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
