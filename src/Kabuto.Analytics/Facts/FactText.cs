using System.Globalization;

namespace Kabuto.Analytics.Facts;

/// <summary>How a fact's numbers read in text tables (not in articles, which the writer phrases): levels, points and
/// yen with thousands separators and 2 decimals, percentages with a sign, percentage points as "pp" (never "%"), changes
/// (points, the yen's change) signed, counts, ranks and days as integers, flags as yes/no.</summary>
public static class FactText
{
    private const string Signed = "+#,##0.00;-#,##0.00;0.00";

    public static string Value(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return fact.Unit switch
        {
            FactUnits.Percent => fact.Value.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture) + "%",
            FactUnits.PercentagePoints => fact.Value.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture) + " pp",
            FactUnits.Points => fact.Value.ToString(Signed, CultureInfo.InvariantCulture),
            FactUnits.Yen when fact.Kind == FactKinds.YenChange => fact.Value.ToString(Signed, CultureInfo.InvariantCulture),
            FactUnits.Yen when fact.Kind is FactKinds.Turnover or FactKinds.TurnoverPartial => fact.Value.ToString("#,##0", CultureInfo.InvariantCulture),
            FactUnits.Rank => "#" + fact.Value.ToString("0", CultureInfo.InvariantCulture),
            FactUnits.Flag => fact.Value != 0m ? "yes" : "no",
            FactUnits.Count or FactUnits.Days => fact.Value.ToString("0", CultureInfo.InvariantCulture),
            FactUnits.Ratio => fact.Value.ToString("0.00", CultureInfo.InvariantCulture),
            _ => fact.Value.ToString("#,##0.00##", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>"38,915.87 on 1989-12-29", "on 2024-08-02", "40,000" or empty; a percentage-point fact's reference (the
    /// other index's change) as a signed percent.</summary>
    public static string Reference(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var value = fact.Unit == FactUnits.PercentagePoints
            ? fact.ReferenceValue?.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture) + "%"
            : fact.ReferenceValue?.ToString("#,##0.00##", CultureInfo.InvariantCulture);
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
