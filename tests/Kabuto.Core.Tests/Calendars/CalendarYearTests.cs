using System.Text.Json;
using Kabuto.Core.Calendars;
using Kabuto.Core.Json;

namespace Kabuto.Core.Tests.Calendars;

public sealed class CalendarYearTests
{
    [Fact]
    public void Build_Tokyo2024_SplitsSessionsAtThe1530Close()
    {
        var report = CalendarYear.Build(TokyoCalendar.Instance, 2024);

        Assert.Equal(
            [("2024-01-04", "2024-11-01", "15:00"), ("2024-11-05", "2024-12-30", "15:30")],
            report.Sessions.Select(p => (p.From.ToString("yyyy-MM-dd", null), p.To.ToString("yyyy-MM-dd", null), p.Close)));
    }

    [Fact]
    public void Build_Tokyo2020_CountsTradingDaysAndListsTheOutage()
    {
        var report = CalendarYear.Build(TokyoCalendar.Instance, 2020);

        Assert.Equal(report.TradingDays.Count, report.TradingDayCount);
        Assert.Contains(report.Closures, c => c.Date == new DateOnly(2020, 10, 1) && c.Kind == DayKind.UnscheduledClosure);
        Assert.Equal(366 - 104 - report.Closures.Count, report.TradingDayCount);
    }

    [Fact]
    public void Build_NewYork_ReportsBothUtcOffsets()
    {
        var report = CalendarYear.Build(NewYorkCalendar.Instance, 2026);

        Assert.Equal(["-05:00", "-04:00"], report.UtcOffsets);
    }

    [Fact]
    public void Serialize_Report_UsesSnakeCaseAndPlainDates()
    {
        var json = KabutoJson.Serialize(CalendarYear.Build(TokyoCalendar.Instance, 2026));

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal(JsonValueKind.Number, root.GetProperty("trading_day_count").ValueKind);
        Assert.Equal("law", root.GetProperty("source").GetString());
        Assert.False(root.GetProperty("is_derived").GetBoolean());
        Assert.Equal("2026-01-05", root.GetProperty("trading_days")[0].GetString());
        Assert.Equal("exchange_closure", root.GetProperty("closures")[1].GetProperty("kind").GetString());
        Assert.Equal("11:30", root.GetProperty("sessions")[0].GetProperty("morning_close").GetString());
    }
}
