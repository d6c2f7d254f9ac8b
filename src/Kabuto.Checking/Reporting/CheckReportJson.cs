namespace Kabuto.Checking;

/// <summary>The JSON of `kabuto check --json` (docs/checker.md).</summary>
public sealed record CheckReportJson(
    string File,
    DateOnly? Date,
    string DateSource,
    string DateExplanation,
    IReadOnlyList<DateCandidate> DateCandidates,
    CheckSummaryJson Summary,
    IReadOnlyList<CheckedClaim> Claims)
{
    /// <summary>The publication date the inference was bounded by (the DATE: header or --published), when known.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>A finding about the whole article (e.g. its closing figures are the morning session's), or null.</summary>
    public string? Note { get; init; }

    /// <summary>"ja" when the reasons are in Japanese (<see cref="JapaneseReasons"/>); null for English.</summary>
    public string? Language { get; init; }

    public static CheckReportJson From(CheckReport report, bool japanese = false)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(report.Source, report.Date.Date, report.Date.Source, report.Date.Explanation, report.Date.Candidates,
            new CheckSummaryJson(report.Claims.Count, report.Supported, report.Contradicted, report.NotCheckable),
            japanese ? report.Claims.Select(JapaneseReasons.Translate).ToList() : report.Claims)
        {
            Published = report.Published,
            Note = report.Note,
            Language = japanese ? "ja" : null,
        };
    }
}

public sealed record CheckSummaryJson(int Claims, int Supported, int Contradicted, int NotCheckable);
