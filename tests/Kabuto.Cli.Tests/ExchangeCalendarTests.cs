using Kabuto.TestSupport;

namespace Kabuto.Cli.Tests;

/// <summary>J-Quants' trading calendar decides Tokyo's days where it is held: a weekday the law calendar has open but
/// the exchange's calendar (fabricated in the fake) has closed is not asked for, and `kabuto calendar` says why and
/// names the disagreement. The calendar is on every plan (free here).</summary>
[Collection(FetchEnvironmentCollection.Name)]
public sealed class ExchangeCalendarTests
{
    [Fact]
    public async Task ExchangeClosesALawTradingDay_FetchSkipsItAndCalendarSaysWhy()
    {
        var (monday, closed) = (new DateOnly(2026, 3, 16), new DateOnly(2026, 3, 18));
        using var dir = new TempDirectory();
        await using var server = await FakeHttpServer.StartAsync();
        server.On("/v2/equities/master", FakeResponse.Json(SourcePayloads.JQuantsPage([])));
        server.On("/v2/equities/bars/daily", FakeResponse.Json(SourcePayloads.JQuantsPage([])));
        server.On("/v2/markets/calendar", FakeResponse.Json(SourcePayloads.JQuantsCalendar(monday, closed, new Dictionary<DateOnly, int> { [closed] = 0 })));
        using var env = new FetchEnvironment(server, "sk-calendar", plan: "free");
        var db = dir.File("k.db");

        var fetch = Cli.Run("fetch", "jquants", "--db", db, "--from", "2026-03-16", "--to", "2026-03-18");
        var text = Cli.Run("calendar", "tokyo", "2026", "--db", db);
        var json = Cli.Run("calendar", "tokyo", "2026", "--json", "--db", db);
        var law = Cli.Run("calendar", "tokyo", "2026");

        Assert.True(fetch.Code == KabutoCli.Ok, fetch.Err);
        Assert.Contains("jquants finding trading calendar 2026-03-16..2026-03-18: 1 day(s) disagree with the law calendar (findings): "
                        + "2026-03-18 (Wednesday): J-Quants' calendar says closed (HolDiv 0), the law calendar says open", fetch.Out, StringComparison.Ordinal);
        Assert.Equal(2, server.Count("/v2/equities/bars/daily"));
        Assert.Equal(0, server.Count("/v2/equities/bars/daily?date=2026-03-18"));
        Assert.Contains("3 days of 2026 have their status from the exchange's calendar (J-Quants)", text.Out, StringComparison.Ordinal);
        Assert.Contains("2026-03-18 Wed  J-Quants: closed (HolDiv 0), law: open (a trading day by law); the exchange's status is used", text.Out, StringComparison.Ordinal);
        Assert.Contains("2026-03-18 Wed  exchange closure    closed per the exchange's calendar (J-Quants /markets/calendar, HolDiv 0)", text.Out, StringComparison.Ordinal);
        Assert.Contains("\"exchange_days_held\": 3", json.Out, StringComparison.Ordinal);
        Assert.Contains("\"date\": \"2026-03-18\"", json.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("J-Quants", law.Out, StringComparison.Ordinal);
    }
}
