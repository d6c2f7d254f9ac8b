using System.Globalization;
using Kabuto.Analytics.Facts;
using Kabuto.Core.Market;

namespace Kabuto.Analytics.History;

/// <summary>One titled group of facts in a record summary.</summary>
public sealed record RecordSection(string Title, IReadOnlyList<Fact> Facts)
{
    /// <summary>A stable id of the section (e.g. <see cref="Day.DayDigest.IndexKey"/>) when a renderer may title it in
    /// another language; null otherwise.</summary>
    public string? Key { get; init; }
}

/// <summary>An index's record history as a reporter reads it: a scope line (what the held history covers and what
/// records are judged against), then the record closes that were news, first closes above round levels, the largest
/// daily moves and the longest streaks. <see cref="All"/> keeps every fact of <see cref="RecordHistory"/>.</summary>
public sealed record RecordSummary(string Index, HistoryScope Scope, DateOnly HeldTo, int SessionsHeld, string ScopeText,
    IReadOnlyList<RecordSection> Sections, IReadOnlyList<Fact> All)
{
    public static RecordSummary Build(HistoryAccumulator history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var facts = RecordHistory.Build(history);
        var scope = history.Scope;
        var sections = new List<RecordSection>();
        var news = facts.Where(f => f.Kind == FactKinds.FirstRecordSince).ToList();
        if (facts.LastOrDefault(f => f.Kind == FactKinds.RecordClose) is { } current && !news.Any(f => f.Date == current.Date))
        {
            news.Add(current);
        }

        if (news.Count > 0)
        {
            sections.Add(new("Record closes that were news: the first record after 21 or more sessions, and the standing record", news));
            sections.Add(new("First closes above round levels", facts.Where(f => f.Kind == FactKinds.FirstCloseAbove).ToList()));
        }

        var held = HeldHighsThatWereNews(history, facts);
        if (held.Count > 0)
        {
            sections.Add(new("Highest closes in the held history (not records: earlier peaks are not known): the first after 21 or more sessions, and the latest",
                held));
        }

        sections.Add(Ranked(facts, FactKinds.RankGainPoints, "Largest daily gains by points"));
        sections.Add(Ranked(facts, FactKinds.RankGainPercent, "Largest daily gains by percent"));
        sections.Add(Ranked(facts, FactKinds.RankFallPoints, "Largest daily falls by points"));
        sections.Add(Ranked(facts, FactKinds.RankFallPercent, "Largest daily falls by percent"));
        sections.Add(new("Longest streaks (days)", facts
            .Where(f => f.Session == Sessions.History && f.Kind is FactKinds.GainStreak or FactKinds.LossStreak or FactKinds.RecordCloseStreak)
            .ToList()));
        var series = history.Series;
        return new RecordSummary(history.SeriesId, scope, series.Dates[^1], series.Count, Describe(scope, series.Dates[^1], series.Count),
            sections, facts);
    }

    /// <summary>"history held from 1965-01-05 to 2026-08-21 (15,143 sessions); N225's history starts 1949-05-16: ..."</summary>
    public static string Describe(HistoryScope scope, DateOnly heldTo, int sessions)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var held = string.Create(CultureInfo.InvariantCulture,
            $"history held from {Day(scope.FirstHeld)} to {Day(heldTo)} ({sessions:#,##0} sessions)");
        if (scope.IsComplete)
        {
            return $"{held}: the whole history of {scope.SeriesId}; records, rankings and streaks cover all of it";
        }

        var starts = scope.HistoryStart is { } start
            ? $"{scope.SeriesId}'s history starts {Day(start)}"
            : $"{scope.SeriesId}'s history start is not catalogued";
        var judged = new List<string>();
        if (scope.PriorHighestClose is { } high)
        {
            judged.Add($"closing high {Level(high.Value)} on {Day(high.Date)}");
        }

        if (scope.PriorHighestPrint is { Kind: ExtremeKind.HighestIntraday } print)
        {
            judged.Add($"intraday high {Level(print.Value)} on {Day(print.Date)}");
        }

        if (scope.PriorLowestClose is { } low)
        {
            judged.Add($"closing low {Level(low.Value)} on {Day(low.Date)}");
        }

        var parts = new List<string>
        {
            judged.Count > 0
                ? $"records are judged against the catalogue's {string.Join(", ", judged)}"
                : $"no peak or trough before {Day(scope.FirstHeld)} is catalogued",
        };
        parts.Add(Side("highs", "highest", scope.KnowsHighs, scope.HighsKnownAfter));
        parts.Add(Side("lows", "lowest", scope.KnowsLows, scope.LowsKnownAfter));
        var sides = string.Join("; ", parts.Where(p => p.Length > 0));
        return $"{held}; {starts}: {sides}; rankings, streaks and month/year-end records cover the held history only";
    }

    private static string Side(string side, string est, bool knownFromStart, KnownExtreme? knownAfter) =>
        (knownFromStart, knownAfter) switch
        {
            (true, _) => string.Empty,
            (false, { } anchor) => $"record {side} are claimed only after the catalogue's {Level(anchor.Value)} of {Day(anchor.Date)} ({est} closes in the held history before it)",
            _ => $"record {side} are not claimed ({est} closes are stated in the held history)",
        };

    private static RecordSection Ranked(IReadOnlyList<Fact> facts, string kind, string title) =>
        new(title, facts.Where(f => f.Kind == kind && f.Session == Sessions.History).OrderBy(f => f.Value).ToList());

    private static List<Fact> HeldHighsThatWereNews(HistoryAccumulator history, IReadOnlyList<Fact> facts)
    {
        var highs = facts.Where(f => f.Kind == FactKinds.HighestCloseInHeldHistory).ToList();
        var news = new List<Fact>();
        for (var i = 0; i < highs.Count; i++)
        {
            var row = history.Series.Find(highs[i].Date);
            var before = history.Days[row].Records.CloseRecordBefore;
            if (row - before >= HistoryRules.SinceMinimumRows || i == highs.Count - 1)
            {
                news.Add(highs[i]);
            }
        }

        return news;
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Level(decimal value) => value.ToString("#,##0.00##", CultureInfo.InvariantCulture);
}
