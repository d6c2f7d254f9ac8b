using Kabuto.Analytics.Facts;
using Kabuto.Core.Calendars;
using Kabuto.Core.Market;

namespace Kabuto.Writing.Facts;

/// <summary>The morning session (前場, to the 11:30 break) of a Tokyo index from the 11:30 level the store holds as a
/// published session level (a market site's 前引け figure, Yahoo's minute bars through <c>kabuto fetch</c>): the level,
/// the previous close from the daily bars, the change and the percent, each a fact of the <see cref="Sessions.Morning"/>
/// session that names its source. Nothing of the afternoon enters, so the midday edition says only what was known at
/// 11:30. A figure the source's precision cannot settle is left out rather than guessed (see <see cref="Percent"/>).</summary>
public static class MorningSessionFacts
{
    /// <summary>The morning facts of <paramref name="index"/> on <paramref name="date"/>, or an empty list when no 11:30
    /// level (or not the previous session's close) is held.</summary>
    public static IReadOnlyList<Fact> For(IMarketDataReader reader, IDayFacts facts, string index, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(facts);
        if (reader is not ISessionLevelReader levels
            || Pick(levels.GetSessionLevels(index, date)) is not { } noon
            || reader.GetDailyBars(index, date.AddDays(-10), date.AddDays(-1)) is not [.., var previousBar]
            // The change is from the previous session's close, not from an older one held (TOPIX's previous close comes
            // only with J-Quants' day, at 16:30).
            || previousBar.Date != TokyoCalendar.Instance.PreviousTradingDay(date))
        {
            return [];
        }

        var previous = previousBar.Close;
        var coarse = noon.Decimals < 2 ? noon.Decimals : (int?)null;
        // A change printed with the level is the source's; without one it is the level's distance from the previous
        // close, which a level printed to the yen does not settle to the sen.
        decimal? points = noon.ChangePoints ?? (coarse is null ? noon.Level - previous : null);
        if (points is not { } change)
        {
            return [];
        }

        var percent = noon.ChangePct ?? Percent(noon.Level, noon.Decimals, previous);
        var source = $"{noon.Source}, {noon.TimeJst:HH\\:mm} JST" + (coarse is { } d ? $", printed to {d} decimals" : string.Empty);
        FactInput[] inputs =
        [
            new(index, date, PublishedSessions.MorningClose, noon.Level),
            new(index, previousBar.Date, "close", previous),
        ];
        Fact Make(string kind, decimal value, string unit, int? decimals) =>
            new(FactLookup.MakeId(index, date, Sessions.Morning, kind), kind, index, date, Sessions.Morning, value, unit, inputs)
            {
                Provenance = source,
                PublishedDecimals = decimals,
                ReferenceDate = previousBar.Date,
                ReferenceValue = kind == FactKinds.Close ? null : previous,
            };

        var morning = new List<Fact>
        {
            Make(FactKinds.Close, noon.Level, FactUnits.Level, coarse),
            Make(FactKinds.PreviousClose, previous, FactUnits.Level, null),
            Make(FactKinds.ChangePoints, change, FactUnits.Points, coarse),
        };
        if (percent is { } pct)
        {
            morning.Add(Make(FactKinds.ChangePercent, pct, FactUnits.Percent, null));
        }

        // Above the record close as the previous session's facts know it, for every level the printed one may stand for.
        // No first-above-a-round-level facts: those are about closes, and an earlier session may have traded above it.
        var lowest = noon.Decimals >= 2 ? noon.Level : noon.Level - (0.5m / Pow10(noon.Decimals));
        if (Record(facts.Day(index, previousBar.Date), index, previousBar) is var (record, recordDate) && lowest > record)
        {
            morning.Add(Make(FactKinds.RecordClose, noon.Level, FactUnits.Level, coarse) with { ReferenceValue = record, ReferenceDate = recordDate });
        }

        return morning;
    }

    /// <summary>The 11:30 level to use when outlets printed several: the most precise (two decimals before a yen-rounded
    /// figure), then the first by source name, so the choice does not depend on import order.</summary>
    public static PublishedSessionLevel? Pick(IEnumerable<PublishedSessionLevel> levels) =>
        levels.Where(l => l.Session == PublishedSessions.MorningClose)
            .OrderByDescending(l => l.Decimals).ThenBy(l => l.Source, StringComparer.Ordinal).FirstOrDefault();

    /// <summary>The record close before the session after <paramref name="previous"/>: that close when it was a record,
    /// else the record its distance was measured from; null when its history does not know the record.</summary>
    private static (decimal Level, DateOnly Date)? Record(IReadOnlyList<Fact> previousDay, string index, DailyBar previous) =>
        previousDay.Find(FactKinds.RecordClose, index) is not null ? (previous.Close, previous.Date)
        : previousDay.Find(FactKinds.DistanceToRecordPercent, index) is { ReferenceValue: { } level, ReferenceDate: { } on } ? (level, on)
        : null;

    /// <summary>The percent change to two decimals, when every level the printed one may stand for (rounded or
    /// truncated to <paramref name="decimals"/>) gives the same two decimals; otherwise null.</summary>
    public static decimal? Percent(decimal level, int decimals, decimal previous)
    {
        if (previous == 0)
        {
            return null;
        }

        var step = decimals >= 2 ? 0m : 1m / Pow10(decimals);
        decimal Pct(decimal l) => Math.Round((l - previous) / previous * 100m, 2, MidpointRounding.AwayFromZero);
        var low = Pct(level - (step / 2));
        // Just under the next step: a truncated level may stand for anything below it.
        var high = Pct(level + step - (step == 0 ? 0 : 0.0001m));
        return low == high ? Pct(level) : null;
    }

    private static decimal Pow10(int n)
    {
        var result = 1m;
        for (var i = 0; i < n; i++)
        {
            result *= 10m;
        }

        return result;
    }
}
