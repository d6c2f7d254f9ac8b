using Kabuto.Analytics.Facts;
using Kabuto.Analytics.History;
using Kabuto.Core.Market;

namespace Kabuto.Analytics.Day;

/// <summary>The Tokyo market indices a wrap tells in one line beside the Nikkei and TOPIX: the Growth Market 250 index
/// (JPX-0070) and the Prime market index (JPX-0500), when fetched. Each gets its own day facts (close, previous close,
/// change in points and percent, as <see cref="DayFacts"/> gives any series, index = the series id), so a day that
/// follows a missing session gives the change since the last close held, never a daily change. Nothing is added for
/// an index without a row on the date.</summary>
public static class MarketIndexFacts
{
    public static IReadOnlyList<JpxIndex> Indices { get; } = [JpxIndices.Growth250, JpxIndices.PrimeMarket];

    /// <param name="history">A series' history by id (null when the store holds none).</param>
    public static void Append(Func<string, HistoryAccumulator?> history, DateOnly date, List<Fact> into)
    {
        ArgumentNullException.ThrowIfNull(history);
        foreach (var index in Indices)
        {
            if (history(index.SeriesId) is { } h && h.Series.Find(date) is var row and >= 0)
            {
                DayFacts.Append(index.SeriesId, h.Series, row, into, h.MissingBefore(row));
            }
        }
    }
}
