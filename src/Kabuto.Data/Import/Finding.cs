namespace Kabuto.Data.Import;

/// <summary>A data-quality fact about one row of one file: the rule it matched, the value and what was done.</summary>
public sealed record Finding(string File, int Line, string Rule, string? Value, string Message, bool Quarantined);

/// <summary>Result of one file. Status: "imported", "unchanged" (same bytes imported before) or "skipped".</summary>
public sealed record FileImportResult(
    string Path,
    string Source,
    string Format,
    string Status,
    IReadOnlyList<string> Series,
    long RowsRead,
    long Imported,
    long Inserted,
    long Quarantined,
    string? Reason,
    IReadOnlyList<Finding> Findings);

public sealed record ImportTotals(
    int Files,
    int FilesImported,
    int FilesUnchanged,
    int FilesSkipped,
    long RowsRead,
    long Imported,
    long Inserted,
    long Quarantined,
    IReadOnlyDictionary<string, long> QuarantinedByReason,
    IReadOnlyDictionary<string, long> FindingsByRule);

public sealed record ImportSummary(IReadOnlyList<FileImportResult> Files, ImportTotals Totals)
{
    /// <summary>Wall time of the whole import, commit included.</summary>
    public double ElapsedSeconds { get; init; }

    public long RowsPerSecond => ElapsedSeconds > 0 ? (long)(Totals.RowsRead / ElapsedSeconds) : 0;
}

/// <summary>Progress of a running import, for an indicator on a terminal.</summary>
public readonly record struct ImportProgress(int FileNumber, int FileCount, string Source);
