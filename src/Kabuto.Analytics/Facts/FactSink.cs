using System.Globalization;
using Kabuto.Core.Market;

namespace Kabuto.Analytics.Facts;

/// <summary>Collects the facts of one index, date and session so detectors only say what is new in each fact.</summary>
public sealed class FactSink(List<Fact> into, string index, DateOnly date, string session)
{
    public string Index => index;

    public DateOnly Date => date;

    public string Session => session;

    public Fact Add(string kind, decimal value, string unit, IReadOnlyList<FactInput> inputs, string? subject = null,
        DateOnly? referenceDate = null, decimal? referenceValue = null, string? subjectName = null, string? provenance = null,
        string? subjectShortName = null)
    {
        ArgumentNullException.ThrowIfNull(into);
        var fact = new Fact(FactId.For(index, date, session, kind, subject), kind, index, date, session, value, unit, inputs)
        {
            Subject = subject,
            SubjectName = subjectName,
            SubjectShortName = subjectShortName,
            ReferenceDate = referenceDate,
            ReferenceValue = referenceValue,
            Provenance = provenance,
        };
        into.Add(fact);
        return fact;
    }

    /// <summary>The provenance of an all-time fact: records are relative to the history held, which may start
    /// after the index did (TOPIX held from 2001 cannot see its 1989 peak), so consumers can qualify them.</summary>
    public static string HistoryFrom(DateOnly firstRow) =>
        string.Create(CultureInfo.InvariantCulture, $"history_from:{firstRow:yyyy-MM-dd}");

    /// <summary>The provenance of an all-time fact in a history's scope: "history_from:1965-01-05", plus, when the held
    /// history is incomplete, "; index_history_from:1949-05-16" (or "unknown"), plus "; catalogue:SOURCE" when the fact
    /// compares with the catalogue's extreme from before the held history.</summary>
    public static string HistoryFrom(HistoryScope scope, KnownExtreme? catalogue = null)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var text = HistoryFrom(scope.FirstHeld);
        if (!scope.IsComplete)
        {
            text += string.Create(CultureInfo.InvariantCulture,
                $"; index_history_from:{(scope.HistoryStart is { } start ? start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "unknown")}");
        }

        return catalogue is null ? text : $"{text}; catalogue:{catalogue.Source}";
    }

    /// <summary>A round level as a subject: "40000", "2500", "12.5".</summary>
    public static string LevelSubject(decimal level) => level.ToString("0.##", CultureInfo.InvariantCulture);
}
