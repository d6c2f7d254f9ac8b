using Kabuto.Analytics;
using Kabuto.Analytics.Facts;
using Kabuto.Core.Errors;
using Kabuto.Core.Market;

namespace Kabuto.Writing.Facts;

/// <summary>The analytics <see cref="FactBook"/> as the writer's and checker's fact source. A day the series did not
/// trade gives no facts (the fact book reports it as a user error, which is right for `kabuto day`, not here). The
/// yen's level and change facts belong to the Tokyo day, so they are read from it.</summary>
public sealed class FactBookDayFacts(FactBook book) : IDayFacts
{
    private readonly Dictionary<(string, DateOnly), IReadOnlyList<Fact>> _cache = [];

    public static FactBookDayFacts Over(IMarketDataReader reader) => new(new FactBook(reader));

    public IReadOnlyList<Fact> Day(string seriesId, DateOnly date)
    {
        if (_cache.TryGetValue((seriesId, date), out var cached))
        {
            return cached;
        }

        var facts = Read(seriesId, date);
        _cache[(seriesId, date)] = facts;
        return facts;
    }

    private IReadOnlyList<Fact> Read(string seriesId, DateOnly date)
    {
        var own = TryDay(seriesId, date);
        if (seriesId != IndexIds.UsdJpy)
        {
            return own;
        }

        var yen = TryDay(Markets.Tokyo, date).Where(f => f.Index == IndexIds.UsdJpy || f.Kind is FactKinds.YenLevel or FactKinds.YenChange);
        return own.Concat(yen).DistinctBy(f => f.Id).ToList();
    }

    private IReadOnlyList<Fact> TryDay(string id, DateOnly date)
    {
        try
        {
            return book.Day(id, date);
        }
        catch (UserInputException)
        {
            return [];
        }
    }
}
