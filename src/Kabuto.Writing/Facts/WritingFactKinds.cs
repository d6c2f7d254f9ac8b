using Kabuto.Analytics.Facts;
using Kabuto.Core.Market;

namespace Kabuto.Writing.Facts;

/// <summary>Facts the writer adds itself, so that what it says about the data held is grounded like any number.</summary>
public static class WritingFactKinds
{
    /// <summary>The first date of an index's held history (value = sessions held; ReferenceDate = first date): the
    /// horizon of "the largest one-day drop in data going back to ...".</summary>
    public const string HistoryStart = "history_start";

    // Made for the Japanese wrap (Composing/Japanese/JapaneseFacts.cs), from the facts and daily bars held.

    /// <summary>The count in 「3日続伸」 or 「3日ぶり反発」 (subject = continued_rise, continued_fall, rebound, reversal):
    /// sessions in the run, or since the index last moved today's way, today included; ReferenceDate = the run's first
    /// day, or that last day.</summary>
    public const string MoveCount = "move_count_sessions";

    /// <summary>The session's furthest move from the previous close in the day's direction (high − previous close on
    /// an up day, previous close − low on a down day); ReferenceValue = the round figure it passed (「上げ幅は一時1500円を
    /// 超えた」), given only when that figure is above the close's own move.</summary>
    public const string IntradayExtremeChangePoints = "intraday_extreme_change_points";

    /// <summary>A close back above (below) a round level it had been above (below) before (subject = the level;
    /// ReferenceValue = the level; value = the close): 「節目の5万7000円を回復」. First crossings are analytics facts.</summary>
    public const string CloseBackAbove = "close_back_above";

    public const string CloseBackBelow = "close_back_below";

    /// <summary>Sectors with a change held, and how many rose and fell (「31業種中27業種が上昇」).</summary>
    public const string SectorsHeld = "sectors_held";

    public const string SectorsUp = "sectors_up";

    public const string SectorsDown = "sectors_down";

    /// <summary>The sectors-held, up and down counts of a day's sector facts (none when fewer than two are held).</summary>
    public static IReadOnlyList<Fact> SectorCounts(string index, DateOnly date, string session, IReadOnlyList<Fact> sectors)
    {
        ArgumentNullException.ThrowIfNull(sectors);
        if (sectors.Count < 2)
        {
            return [];
        }

        return new[] { (SectorsHeld, sectors.Count), (SectorsUp, sectors.Count(s => s.Value > 0)), (SectorsDown, sectors.Count(s => s.Value < 0)) }
            .Select(c => new Fact(FactLookup.MakeId(index, date, session, c.Item1), c.Item1, index, date, session, c.Item2, FactUnits.Count,
                sectors.SelectMany(s => s.Inputs).ToList()))
            .ToList();
    }

    public static Fact? HistoryStartFact(IMarketDataReader reader, string index, DateOnly date) =>
        HistoryStartFact(reader.ListSeries(), index, date);

    public static Fact? HistoryStartFact(IReadOnlyList<SeriesCoverage> series, string index, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(series);
        var coverage = series.FirstOrDefault(s => s.SeriesId == index);
        return coverage is null
            ? null
            : new Fact(FactLookup.MakeId(index, date, Sessions.History, HistoryStart), HistoryStart, index, date, Sessions.History,
                coverage.Days, FactUnits.Count, []) { ReferenceDate = coverage.First };
    }
}
