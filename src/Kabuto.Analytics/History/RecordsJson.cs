using Kabuto.Analytics.Facts;
using Kabuto.Core.Market;

namespace Kabuto.Analytics.History;

/// <summary>The JSON of an index's record history ('kabuto records INDEX --json' and GET /api/records/{index}): what
/// the held history covers and what its records are judged against, then every record fact.</summary>
public sealed record RecordsJson(string Index, RecordScopeJson Scope, IReadOnlyList<FactJson> Facts)
{
    public static RecordsJson From(RecordSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var s = summary.Scope;
        var scope = new RecordScopeJson(
            s.FirstHeld, summary.HeldTo, summary.SessionsHeld, s.HistoryStart, s.IsComplete,
            s.KnowsHighs, s.HighsKnownAfter?.Date, s.KnowsLows, s.LowsKnownAfter?.Date,
            s.Catalogue.Select(k => new KnownExtremeJson(k.Date, k.Value, k.Kind, k.Source)).ToList(),
            summary.ScopeText);
        return new RecordsJson(summary.Index, scope, summary.All.Select(FactJson.From).ToList());
    }
}

public sealed record RecordScopeJson(
    DateOnly HeldFrom,
    DateOnly HeldTo,
    int Sessions,
    DateOnly? IndexHistoryFrom,
    bool Complete,
    bool RecordsOfHighs,
    DateOnly? RecordsOfHighsAfter,
    bool RecordsOfLows,
    DateOnly? RecordsOfLowsAfter,
    IReadOnlyList<KnownExtremeJson> Catalogue,
    string Text);

public sealed record KnownExtremeJson(DateOnly Date, decimal Value, ExtremeKind Kind, string Source);
