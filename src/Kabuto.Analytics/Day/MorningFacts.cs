using Kabuto.Analytics.Facts;
using Kabuto.Core.Market;

namespace Kabuto.Analytics.Day;

/// <summary>The morning session of a Tokyo day (the midday edition's facts) from the level published at 11:30 and the
/// previous session's close: the level, the previous close and the change in points and percent, session "morning".
/// Nothing after 11:30 is read, so a midday edition written later tells the same morning as one written at 11:31.</summary>
public static class MorningFacts
{
    /// <summary>The level to use when outlets printed several: the most precise (two decimals before a yen-rounded
    /// figure), then the first by source name, so the choice does not depend on import order.</summary>
    public static PublishedSessionLevel? Pick(IEnumerable<PublishedSessionLevel> levels)
    {
        ArgumentNullException.ThrowIfNull(levels);
        return levels.Where(l => l.Session == PublishedSessions.MorningClose)
            .OrderByDescending(l => l.Decimals).ThenBy(l => l.Source, StringComparer.Ordinal).FirstOrDefault();
    }

    /// <param name="previous">The series' last daily bar before the level's date.</param>
    public static IReadOnlyList<Fact> Of(PublishedSessionLevel level, DailyBar previous)
    {
        ArgumentNullException.ThrowIfNull(level);
        var facts = new List<Fact>();
        var sink = new FactSink(facts, level.SeriesId, level.Date, Sessions.Morning);
        var at = Inputs.Of(level.SeriesId, level.Date, PublishedSessions.MorningClose, level.Level);
        var before = Inputs.Of(level.SeriesId, previous.Date, Fields.Close, previous.Close);
        var points = level.Level - previous.Close;
        sink.Add(FactKinds.Close, level.Level, FactUnits.Level, [at], provenance: level.Source);
        sink.Add(FactKinds.PreviousClose, previous.Close, FactUnits.Level, [before], referenceDate: previous.Date);
        sink.Add(FactKinds.ChangePoints, points, FactUnits.Points, [at, before], referenceDate: previous.Date, referenceValue: previous.Close);
        sink.Add(FactKinds.ChangePercent, FactMath.Percent(points, previous.Close), FactUnits.Percent, [at, before],
            referenceDate: previous.Date, referenceValue: previous.Close);
        return facts;
    }

    /// <summary>No morning level held: the previous close alone, which the midday notice quotes.</summary>
    public static IReadOnlyList<Fact> PreviousCloseOnly(string seriesId, DateOnly date, DailyBar previous)
    {
        var facts = new List<Fact>();
        new FactSink(facts, seriesId, date, Sessions.Morning).Add(FactKinds.PreviousClose, previous.Close, FactUnits.Level,
            [Inputs.Of(seriesId, previous.Date, Fields.Close, previous.Close)], referenceDate: previous.Date);
        return facts;
    }
}
