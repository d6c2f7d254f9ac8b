using System.Text.Json.Serialization;
using Kabuto.Core.Indexing;

namespace Kabuto.Analytics.Shadow;

/// <summary>Level errors on raw days and change errors on comparable days (shadow − official, points).</summary>
public sealed record ShadowErrors(int LevelDays, decimal LevelMae, decimal LevelRmse, int ChangeDays, decimal ChangeMae, decimal ChangeRmse, decimal ChangeMax);

/// <summary>The pre-review divisor and the one carried across the review.</summary>
public sealed record ShadowDivisors(decimal BeforeReview, decimal FromReview);

/// <summary>The derived README's reconstruction redone (prior factors, a divisor fitted on levels separately for
/// each basket): the numbers the shadow must reproduce before calibration.</summary>
public sealed record ReferenceReconstruction(
    ShadowDivisors Divisors,
    decimal LevelMae,
    decimal ChangeMaeAdjusted,
    decimal ChangeMaxAdjusted,
    decimal ChangeMaeRaw,
    decimal ChangeMaxRaw);

/// <summary>A member whose factor change between the prior and the calibration accounts for part of a day's gap.</summary>
public sealed record FactorEffect(string Code, string Name, decimal Points);

/// <summary>One day of the reconciliation. Differences are shadow − official. Levels are compared on raw days
/// only; the basis-break day's change mixes adjusted and raw prices and is shown but not scored. A day after a gap
/// in the held data has no change (it would span several sessions). <see cref="Fitted"/> days entered the
/// calibration; the others miss members weighing <see cref="MissingWeightPct"/> % of the basket.</summary>
public sealed record ShadowDay(
    DateOnly Date,
    string Basis,
    bool Review,
    decimal Official,
    decimal? OfficialChange,
    decimal ShadowBefore,
    decimal ShadowAfter,
    decimal? LevelDifferenceBefore,
    decimal? LevelDifferenceAfter,
    decimal? ShadowChangeBefore,
    decimal? ShadowChangeAfter,
    decimal? ChangeDifferenceBefore,
    decimal? ChangeDifferenceAfter,
    IReadOnlyList<string> Missing,
    IReadOnlyList<FactorEffect> Explainers)
{
    public bool Fitted { get; init; } = true;

    public decimal MissingWeightPct { get; init; }
}

/// <summary>An estimated factor. Uncertainty: a conditional standard error (curvature of the data objective, other
/// factors fixed) and the grid range within one residual variance of the optimum. ExplainedPoints is the root of
/// the objective increase if this factor alone went back to its prior.</summary>
public sealed record CalibratedFactor(
    string Code,
    string Name,
    decimal Prior,
    decimal Estimate,
    decimal? StandardError,
    decimal GridLow,
    decimal GridHigh,
    decimal ExplainedPoints,
    FactorProvenance Provenance,
    string PriorSource);

/// <summary>A known (derived or announced) factor the closes disagree with strongly. A finding, never an overwrite.</summary>
public sealed record FactorFinding(string Code, string Name, decimal Factor, FactorProvenance Provenance, decimal DataOptimum, decimal StandardError, decimal ZScore);

/// <summary>A day's official move split into member points (calibrated factors, carried divisor) and the residual
/// (official change − Σ points: factor errors, missing members, the basis break, divisor effects). Missing: the basket's
/// members without a close on the day or the day before, so without points.</summary>
public sealed record ShadowAttribution(
    Attribution Attribution,
    IReadOnlyDictionary<string, FactorProvenance> Provenance,
    IReadOnlyList<string> Missing,
    bool BasisBreak);

public sealed record ShadowReport(
    DateOnly From,
    DateOnly To,
    DateOnly Review,
    DateOnly? BasisBreak,
    decimal? DivisorPrior,
    ShadowDivisors DivisorsBefore,
    ShadowDivisors DivisorsAfter,
    ShadowErrors ErrorsBefore,
    ShadowErrors ErrorsAfter,
    ReferenceReconstruction Reference,
    IReadOnlyList<ShadowDay> Days,
    IReadOnlyList<CalibratedFactor> Factors,
    IReadOnlyList<FactorFinding> Findings)
{
    /// <summary>Per trading day after the first: the official move attributed to members. Not serialized with the
    /// report (a few thousand member rows); the facts layer reads it from here.</summary>
    /// <summary>The fit's threshold (<see cref="ShadowOptions.MaxMissingWeight"/>) in percent.</summary>
    public decimal MaxMissingWeightPct { get; init; }

    [JsonIgnore]
    public IReadOnlyDictionary<DateOnly, ShadowAttribution> Attributions { get; init; } = new Dictionary<DateOnly, ShadowAttribution>();
}
