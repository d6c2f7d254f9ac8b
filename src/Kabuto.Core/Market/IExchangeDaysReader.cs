namespace Kabuto.Core.Market;

/// <summary>Read side of an exchange's own trading calendar as the store holds it (J-Quants /markets/calendar, ADR 0018).
/// A reader that has it lets <see cref="Calendars.Calendars.For"/> put the exchange's word over the law calendar's.</summary>
public interface IExchangeDaysReader
{
    /// <summary>The exchange's own calendar held for a market in [from, to]: each day's status as J-Quants gives it
    /// (HolDiv: 0 closed, 1 open, 2 half day, 3 closed with holiday trading). Days not held are absent.</summary>
    IReadOnlyDictionary<DateOnly, int> ExchangeDays(string market, DateOnly from, DateOnly to);
}
