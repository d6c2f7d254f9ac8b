using Kabuto.Core.Calendars;

namespace Kabuto.Core.Tests.Calendars;

/// <summary>The exchange's own calendar over the law's: a held day's status wins, the rest is the law's, and every
/// held day the law judges otherwise is listed.</summary>
public sealed class ExchangeDaysCalendarTests
{
    private static readonly DateOnly Wednesday = new(2026, 3, 18);
    private static readonly DateOnly VernalEquinox = new(2026, 3, 20); // a Friday holiday by law

    private static ExchangeDaysCalendar Over(Dictionary<DateOnly, int> held) =>
        new(Kabuto.Core.Calendars.Calendars.For("tokyo", null), held, "J-Quants /markets/calendar");

    [Fact]
    public void Status_ExchangeClosesALawTradingDay_ClosedWithTheReason()
    {
        var calendar = Over(new() { [Wednesday] = 0 });

        var status = calendar.Status(Wednesday);

        Assert.Equal(DayKind.ExchangeClosure, status.Kind);
        Assert.Contains("closed per the exchange's calendar (J-Quants /markets/calendar, HolDiv 0)", status.Reason, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 3, 17), calendar.PreviousTradingDay(new DateOnly(2026, 3, 19)));
        Assert.DoesNotContain(Wednesday, calendar.TradingDays(2026));
        Assert.Contains(calendar.Holidays(2026), h => h.Date == Wednesday && h.Kind == DayKind.ExchangeClosure);
    }

    [Fact]
    public void Status_ExchangeOpensALawHoliday_TradingAndNoLongerAHoliday()
    {
        var calendar = Over(new() { [VernalEquinox] = 1 });

        Assert.True(calendar.IsTradingDay(VernalEquinox));
        Assert.DoesNotContain(calendar.Holidays(2026), h => h.Date == VernalEquinox);
        Assert.Single(calendar.Disagreements(2026), d => d.Date == VernalEquinox && d.HolDiv == 1 && !d.Law.IsTradingDay);
    }

    [Fact]
    public void Sessions_HalfDay_MorningOnly()
    {
        var session = Over(new() { [Wednesday] = 2 }).Sessions(Wednesday)!;

        Assert.True(session.IsHalfDay);
        Assert.Equal(new TimeOnly(11, 30), session.Close);
    }

    [Fact]
    public void Disagreements_HeldDaysAgreeingWithTheLaw_None()
    {
        var calendar = Over(new() { [Wednesday] = 1, [VernalEquinox] = 0, [new DateOnly(2026, 3, 21)] = 0 });

        Assert.Empty(calendar.Disagreements(2026));
        Assert.Equal(3, calendar.HeldDays(2026).Count);
        Assert.Equal(Kabuto.Core.Calendars.Calendars.For("tokyo", null).TradingDays(2026), calendar.TradingDays(2026));
    }
}
