using Kabuto.Analytics.Facts;
using Kabuto.Core.Market;

namespace Kabuto.Writing.Facts;

/// <summary>Facts the writer adds itself, so that what it says about the data held is grounded like any number.</summary>
public static class WritingFactKinds
{
    /// <summary>The first date of an index's held history (value = sessions held; ReferenceDate = first date): the
    /// horizon of "the largest one-day drop in data going back to ...".</summary>
    public const string HistoryStart = "history_start";

    /// <summary>A regional or overnight close is called "a record" only when the held history starts before this
    /// date: a series held from 2016 (TOPIX) or 2025 (HSI) would call a level a record that the 1989 or 2018 peak beats.</summary>
    public static readonly DateOnly RecordHorizon = new(2000, 1, 1);

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
