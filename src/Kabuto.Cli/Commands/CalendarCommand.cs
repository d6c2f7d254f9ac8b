using System.CommandLine;
using Kabuto.Core.Calendars;
using Kabuto.Core.Errors;
using Kabuto.Core.Market;
using Kabuto.Data.Store;

namespace Kabuto.Cli.Commands;

/// <summary>kabuto calendar MARKET YEAR: the year's trading days, closures with reasons, session hours and time zone,
/// and whether the calendar is computed by law (tokyo, newyork) or derived from the stored index data.</summary>
internal static class CalendarCommand
{
    public static Command Create(CliGlobals globals)
    {
        ArgumentNullException.ThrowIfNull(globals);
        var market = new Argument<string>("market") { Description = $"Market: {string.Join(", ", Markets.All.Select(m => m.Id))}" };
        var year = new Argument<int>("year") { Description = "Calendar year, e.g. 2026" };
        var command = new Command("calendar", "A market's trading days, holidays and closures, sessions and time zone for a year")
        {
            market,
            year,
        };
        command.SetAction(int (ParseResult parse) =>
        {
            var report = CalendarYear.Build(Open(parse.GetValue(market)!, globals.DbPath(parse), parse.GetValue(year)), parse.GetValue(year));
            if (globals.WantsJson(parse))
            {
                globals.WriteJson(report);
            }
            else
            {
                Render(report, globals.Out);
            }

            return 0;
        });
        return command;
    }

    /// <summary>Law calendars need no store, but where the store holds the exchange's own calendar (Tokyo, fetched from
    /// J-Quants) it wins on its days; derived ones read the market's index dates from it (never creating one).</summary>
    private static IExchangeCalendar Open(string marketId, string dbPath, int year)
    {
        var market = Markets.Find(marketId)
                     ?? throw Fail.User($"unknown market '{marketId}'; use one of: {string.Join(", ", Markets.All.Select(m => m.Id))}");
        if (Calendars.IsComputed(market.Id))
        {
            var law = Calendars.For(market.Id, null);

            // A year outside the law calendar (down to years no date holds) is its one-line error, not a store read.
            if (!MarketStore.MayExist(dbPath) || year < law.FirstDate.Year || year > law.LastDate.Year)
            {
                return law;
            }

            using var held = MarketStore.OpenToRead(dbPath);
            var days = held.ExchangeDays(market.Id, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            return days.Count == 0 ? law : new ExchangeDaysCalendar(law, days, ExchangeDaysCalendar.JQuantsCalendar);
        }

        if (!MarketStore.MayExist(dbPath))
        {
            throw Fail.User($"the {market.Id} calendar is derived from its index data but there is no store at {dbPath}; "
                            + $"import {string.Join(" or ", market.Indices)} data first (kabuto import FILE) or pass --db");
        }

        using var store = MarketStore.OpenToRead(dbPath);
        return Calendars.For(market.Id, store);
    }

    private static void Render(CalendarYear report, TextWriter output)
    {
        var name = Markets.Find(report.Market)?.Name ?? report.Market;
        output.WriteLine($"{name} ({report.Market}) {report.Year}: {report.SourceDescription}");
        if (report.IsDerived)
        {
            output.WriteLine("  closures below are inferred from missing index rows, not computed from holiday law");
        }

        output.WriteLine($"Time zone:    {report.TimeZone} (UTC{string.Join(" / UTC", report.UtcOffsets)})");
        output.WriteLine($"Trading days: {report.TradingDayCount}");
        if (report.NoDataWeekdays > 0)
        {
            output.WriteLine($"No data:      {report.NoDataWeekdays} weekdays of {report.Year} are outside the data or in a gap of it");
        }

        output.WriteLine("Sessions (local time):");
        foreach (var period in report.Sessions)
        {
            output.WriteLine($"  {period.From:yyyy-MM-dd}..{period.To:yyyy-MM-dd}  {period.Hours}");
        }

        foreach (var half in report.HalfDays)
        {
            output.WriteLine($"  {half.Date:yyyy-MM-dd}              half day, closes {half.Close}");
        }

        if (report.ExchangeDaysHeld > 0)
        {
            output.WriteLine($"Exchange:     {report.ExchangeDaysHeld} days of {report.Year} have their status from the exchange's calendar (J-Quants); the law decides the rest");
        }

        foreach (var d in report.Disagreements)
        {
            output.WriteLine($"  {d.Date:yyyy-MM-dd} {d.Date.DayOfWeek.ToString()[..3]}  J-Quants: {(d.ExchangeOpen ? "open" : "closed")} (HolDiv {d.HolDiv}), "
                             + $"law: {(d.LawOpen ? "open" : "closed")} ({d.LawReason}); the exchange's status is used");
        }

        output.WriteLine($"Closures on weekdays ({report.Closures.Count}):");
        foreach (var c in report.Closures)
        {
            output.WriteLine($"  {c.Date:yyyy-MM-dd} {c.Weekday}  {Kind(c.Kind),-19} {c.Name}{(c.LocalName is null ? string.Empty : "  " + c.LocalName)}");
        }
    }

    private static string Kind(DayKind kind) => kind switch
    {
        DayKind.Holiday => "holiday",
        DayKind.ExchangeClosure => "exchange closure",
        DayKind.UnscheduledClosure => "unscheduled closure",
        DayKind.DerivedClosure => "derived closure",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
