namespace Kabuto.Analytics.Facts;

/// <summary>One number (or flag) about the market, with where it came from. Facts are the only source of the
/// writer's numbers and of the checker's evidence.</summary>
/// <param name="Id">Stable id: "{index}:{date}:{session}:{kind}" plus ":{subject}" when the fact is about a member,
/// sector, market or level (e.g. "N225:2026-02-10:close:change_pct", "N225:2026-03-18:close:contribution_points:8035").</param>
/// <param name="Kind">One of <see cref="FactKinds"/>.</param>
/// <param name="Index">Index id or USDJPY the fact is about (for member and sector facts: the index they belong to).</param>
/// <param name="Date">The trading date in that market's own calendar.</param>
/// <param name="Session">One of <see cref="Sessions"/>.</param>
/// <param name="Value">The number; flags are 1/0; dates are in <see cref="ReferenceDate"/>.</param>
/// <param name="Unit">One of <see cref="FactUnits"/>.</param>
/// <param name="Inputs">The series values it was computed from.</param>
public sealed record Fact(
    string Id,
    string Kind,
    string Index,
    DateOnly Date,
    string Session,
    decimal Value,
    string Unit,
    IReadOnlyList<FactInput> Inputs)
{
    /// <summary>What the fact is about beyond the index: a member code, sector code, market id, round level.</summary>
    public string? Subject { get; init; }

    /// <summary>A readable name for the subject ("Tokyo Electron", "Insurance", "Seoul"); for a member, its
    /// registered name ("TOKYO ELECTRON LIMITED").</summary>
    public string? SubjectName { get; init; }

    /// <summary>For a member: the name as a wire story prints it ("Tokyo Electron"; <see cref="Members.CompanyNames"/>).</summary>
    public string? SubjectShortName { get; init; }

    /// <summary>A date the fact refers to: the previous record's date, "highest since" date, a market's local date.</summary>
    public DateOnly? ReferenceDate { get; init; }

    /// <summary>A value the fact refers to: the previous record, the level crossed, the prior close.</summary>
    public decimal? ReferenceValue { get; init; }

    /// <summary>Where the inputs' weights came from when that matters (e.g. PAF provenance: derived, announced,
    /// calibrated, assumed).</summary>
    public string? Provenance { get; init; }

    /// <summary>The decimals the value was published with when fewer than its unit's usual two (a market site's 11:30
    /// level printed to the yen: 0); a writer prints no more precision than this. Null: the unit's own.</summary>
    public int? PublishedDecimals { get; init; }
}

/// <summary>One input value of a fact: which series, which date, which field, what value.</summary>
public sealed record FactInput(string Series, DateOnly Date, string Field, decimal Value);

public static class Sessions
{
    public const string Close = "close";
    public const string Morning = "morning";
    public const string Afternoon = "afternoon";
    public const string Intraday = "intraday";
    public const string Overnight = "overnight";
    public const string History = "history";
}

public static class FactUnits
{
    public const string Points = "points";
    public const string Percent = "pct";

    /// <summary>A difference of two percentages (2.17% − 0.50% = 1.67 percentage points), never itself a percent.</summary>
    public const string PercentagePoints = "pct_points";
    public const string Level = "level";
    public const string Yen = "jpy";
    public const string Currency = "currency";
    public const string Count = "count";
    public const string Rank = "rank";
    public const string Days = "days";
    public const string Flag = "flag";
    public const string Ratio = "ratio";
}
