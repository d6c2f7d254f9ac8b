using System.Text.Json.Serialization;

namespace Kabuto.Analytics.Facts;

/// <summary>A fact as JSON (docs/facts.md): the contract fields always, the optional ones only when set.</summary>
public sealed record FactJson(
    string Id,
    string Kind,
    string Index,
    DateOnly Date,
    string Session,
    decimal Value,
    string Unit,
    IReadOnlyList<FactInput> Inputs)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Subject { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SubjectName { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SubjectShortName { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateOnly? ReferenceDate { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? ReferenceValue { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Provenance { get; init; }

    public static FactJson From(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return new FactJson(fact.Id, fact.Kind, fact.Index, fact.Date, fact.Session, fact.Value, fact.Unit, fact.Inputs)
        {
            Subject = fact.Subject,
            SubjectName = fact.SubjectName,
            SubjectShortName = fact.SubjectShortName,
            ReferenceDate = fact.ReferenceDate,
            ReferenceValue = fact.ReferenceValue,
            Provenance = fact.Provenance,
        };
    }
}
