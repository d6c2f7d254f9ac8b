using System.Globalization;

namespace Kabuto.Analytics.Facts;

/// <summary>How a fact's numbers read in text tables (not in articles, which the writer phrases): levels, points and
/// yen with thousands separators and 2 decimals, percentages with a sign, counts, ranks and days as integers.</summary>
public static class FactText
{
    public static string Value(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return fact.Unit switch
        {
            FactUnits.Percent => fact.Value.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture) + "%",
            FactUnits.Points => fact.Value.ToString("+#,##0.00;-#,##0.00;0.00", CultureInfo.InvariantCulture),
            FactUnits.Rank => "#" + fact.Value.ToString("0", CultureInfo.InvariantCulture),
            FactUnits.Count or FactUnits.Days or FactUnits.Flag => fact.Value.ToString("0", CultureInfo.InvariantCulture),
            FactUnits.Ratio => fact.Value.ToString("0.00", CultureInfo.InvariantCulture),
            _ => fact.Value.ToString("#,##0.00##", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>"38,915.87 on 1989-12-29", "on 2024-08-02", "40,000" or empty.</summary>
    public static string Reference(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var value = fact.ReferenceValue?.ToString("#,##0.00##", CultureInfo.InvariantCulture);
        var date = fact.ReferenceDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return (value, date) switch
        {
            (not null, not null) => $"{value} on {date}",
            (not null, null) => value,
            (null, not null) => $"on {date}",
            _ => string.Empty,
        };
    }
}
