using Kabuto.Analytics.Facts;
using Kabuto.Core.Market;

namespace Kabuto.Writing.Facts;

/// <summary>Facts the writer adds itself, so that what it says about the data held is grounded like any number.</summary>
public static class WritingFactKinds
{
    /// <summary>The first date of an index's held history (value = sessions held; ReferenceDate = first date): the
    /// horizon of "the largest one-day drop in data going back to ...".</summary>
    public const string HistoryStart = "history_start";

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
