using Kabuto.Core.Errors;
using Kabuto.Core.Market;

namespace Kabuto.Core.Calendars;

/// <summary>The calendar of each market: Tokyo and New York computed by law, the other markets derived from their
/// stored index series.</summary>
public static class Calendars
{
    private static readonly TimeOnly T0900 = new(9, 0);
    private static readonly TimeOnly T0930 = new(9, 30);
    private static readonly TimeOnly T1130 = new(11, 30);
    private static readonly TimeOnly T1200 = new(12, 0);
    private static readonly TimeOnly T1300 = new(13, 0);

    // index-methodology.md section 5: continuous trading hours, local time. Earlier hours are listed where known.
    private static readonly Dictionary<string, SessionTable> DerivedSessions = new(StringComparer.Ordinal)
    {
        [Markets.Seoul] = new(
            (new(1990, 1, 1), SessionHours.Continuous(9, 0, 15, 0)),
            (new(2016, 8, 1), SessionHours.Continuous(9, 0, 15, 30))),
        [Markets.HongKong] = new(
            (new(1990, 1, 1), SessionHours.WithLunch(new(10, 0), new(12, 30), new(14, 30), new(16, 0))),
            (new(2011, 3, 7), SessionHours.WithLunch(T0930, T1200, new(13, 30), new(16, 0))),
            (new(2012, 3, 5), SessionHours.WithLunch(T0930, T1200, T1300, new(16, 0)))),
        [Markets.Shanghai] = new((new(1990, 1, 1), SessionHours.WithLunch(T0930, T1130, T1300, new(15, 0)))),
        [Markets.Sydney] = new((new(1990, 1, 1), SessionHours.Continuous(10, 0, 16, 0))),
        [Markets.Singapore] = new((new(1990, 1, 1), SessionHours.WithLunch(T0900, T1200, T1300, new(17, 0)))),
        [Markets.Mumbai] = new((new(1990, 1, 1), SessionHours.Continuous(9, 15, 15, 30))),
    };

    /// <summary>Whether a market's calendar is computed by law (no data needed).</summary>
    public static bool IsComputed(string marketId) => marketId is Markets.Tokyo or Markets.NewYork;

    /// <summary>The calendar of a market. Tokyo and New York are computed by law, and where <paramref name="data"/>
    /// holds the exchange's own calendar (<see cref="IExchangeDaysReader"/>) its days win (ADR 0018); the others need
    /// the store to hold at least one of the market's indices.</summary>
    public static IExchangeCalendar For(string marketId, IMarketDataReader? data)
    {
        ArgumentNullException.ThrowIfNull(marketId);
        var market = Markets.Find(marketId)
                     ?? throw Fail.User($"unknown market '{marketId}'; use one of: {string.Join(", ", Markets.All.Select(m => m.Id))}");
        switch (market.Id)
        {
            case Markets.Tokyo:
                return WithHeldDays(TokyoCalendar.Instance, data);
            case Markets.NewYork:
                return WithHeldDays(NewYorkCalendar.Instance, data);
        }

        var series = data is null
            ? []
            : market.Indices.Select(id => (Id: id, Days: data.GetDailyBars(id).Select(b => b.Date).ToList()))
                .Where(s => s.Days.Count > 0).ToList();
        if (series.Count == 0)
        {
            throw Fail.User($"the {market.Id} calendar is derived from its index data and the store holds none; "
                            + $"import {string.Join(" or ", market.Indices)} data first (kabuto import FILE)");
        }

        return Derived(market, series.SelectMany(s => s.Days), string.Join("+", series.Select(s => s.Id)) + " rows");
    }

    /// <summary>The law calendar, overlaid with the exchange's own days where the reader holds any.</summary>
    private static IExchangeCalendar WithHeldDays(IExchangeCalendar law, IMarketDataReader? data)
    {
        var held = data is IExchangeDaysReader days ? days.ExchangeDays(law.MarketId, law.FirstDate, law.LastDate) : null;
        return held is null || held.Count == 0 ? law : new ExchangeDaysCalendar(law, held, ExchangeDaysCalendar.JQuantsCalendar);
    }

    /// <summary>A data-derived calendar for a market from its trading dates (what <see cref="For"/> builds from the store).</summary>
    public static DerivedCalendar Derived(string marketId, IEnumerable<DateOnly> tradingDays)
    {
        var market = Markets.Find(marketId) ?? throw new ArgumentException($"Unknown market '{marketId}'.", nameof(marketId));
        return Derived(market, tradingDays, "index rows");
    }

    /// <summary>Regular session hours of a market whose holidays are derived from data.</summary>
    internal static SessionTable SessionsOf(string marketId) =>
        DerivedSessions.TryGetValue(marketId, out var table)
            ? table
            : new SessionTable((DateOnly.MinValue, SessionHours.Continuous(9, 0, 15, 0)));

    private static DerivedCalendar Derived(MarketInfo market, IEnumerable<DateOnly> tradingDays, string dataName) =>
        new(market.Id, TimeZoneInfo.FindSystemTimeZoneById(market.TimeZoneId), tradingDays, SessionsOf(market.Id), dataName, HalfDayRule(market.Id));

    /// <summary>Hong Kong and Singapore trade the morning only on the eves of Christmas and New Year (the Lunar New Year
    /// eve half day needs a lunar calendar and is not modelled).</summary>
    private static Func<DateOnly, bool> HalfDayRule(string marketId) => marketId is Markets.HongKong or Markets.Singapore
        ? static d => d is { Month: 12, Day: 24 or 31 }
        : static _ => false;
}
