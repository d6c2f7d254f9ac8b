using Kabuto.Core.Market;
using Kabuto.Data.Fetch;
using Kabuto.TestSupport;

namespace Kabuto.Data.Tests.Fetch;

/// <summary>J-Quants v2 against a fake server serving the documented shapes, daily bars built from the real member
/// prices of ../shared/data (tse-yfinance-singularity).</summary>
public sealed class JQuantsFetchTests
{
    private static string Iso => FetchHarness.Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task DailyBars_PagedWithPaginationKey_EveryPageStoredWithProvenanceWithoutKey()
    {
        if (SourcePayloads.JQuantsDailyRows(FetchHarness.Day) is not { Count: > 0 } rows)
        {
            return;
        }

        await using var h = await FetchHarness.StartAsync();
        h.JQuantsEmpty();
        var third = rows.Count / 3;
        h.Server.On("/v2/equities/bars/daily", q => !q.ContainsKey("pagination_key"), FakeResponse.Json(SourcePayloads.JQuantsPage(rows.Take(third), "p2.")));
        h.Server.On("/v2/equities/bars/daily", q => q["pagination_key"] == "p2.", FakeResponse.Json(SourcePayloads.JQuantsPage(rows.Skip(third).Take(third), "p3.")));
        h.Server.On("/v2/equities/bars/daily", q => q["pagination_key"] == "p3.", FakeResponse.Json(SourcePayloads.JQuantsPage(rows.Skip(2 * third), null), gzip: true));

        var report = await h.Run("jquants");

        Assert.False(report.Failed, report.Sources[0].Error);
        Assert.Equal(rows.Count, h.Store.Store.GetMemberBars(from: FetchHarness.Day, to: FetchHarness.Day).Count);
        Assert.Equal(3, h.Server.Count("/v2/equities/bars/daily"));
        Assert.All(h.Server.Requests, r => Assert.Equal(FetchHarness.Key, r.Headers["x-api-key"]));
        Assert.Contains(h.Server.Requests, r => r.Headers.TryGetValue("Accept-Encoding", out var e) && e.Contains("gzip", StringComparison.Ordinal));
        var provenance = Imports(h);
        Assert.Contains(provenance, p => p.Source == $"jquants/equities/bars/daily/{Iso}" && p.Path.EndsWith($"/v2/equities/bars/daily?date={Iso}", StringComparison.Ordinal));
        Assert.DoesNotContain(provenance, p => p.Path.Contains(FetchHarness.Key, StringComparison.Ordinal));
    }

    [Fact]
    public async Task DailyBars_SecondRun_AsksForNothingAndInsertsNothing()
    {
        if (SourcePayloads.JQuantsDailyRows(FetchHarness.Day) is not { Count: > 0 } rows)
        {
            return;
        }

        await using var h = await FetchHarness.StartAsync();
        h.JQuantsEmpty();
        h.Server.On("/v2/equities/bars/daily", FakeResponse.Json(SourcePayloads.JQuantsPage(rows)));
        h.Server.On("/v2/indices/bars/daily/topix", FakeResponse.Json(SourcePayloads.JQuantsPage([SourcePayloads.JQuantsTopixRow(Iso, 3500m, 3520m, 3490m, 3510.5m)])));
        h.Server.On("/v2/indices/bars/daily", FakeResponse.Json(SourcePayloads.JQuantsPage([SourcePayloads.JQuantsIndexRow(Iso, "0040", 600m, 610m, 598m, 605.25m)])));
        h.Server.On("/v2/equities/master", FakeResponse.Json(SourcePayloads.JQuantsPage([Master("72030")])));
        var first = await h.Run("jquants");
        var asked = h.Server.Requests.Count;

        var second = await h.Run("jquants");

        Assert.True(first.Sources[0].Inserted > rows.Count, first.Sources[0].Error);
        Assert.Equal(0, second.Sources[0].Inserted);
        Assert.Empty(second.Sources[0].Steps);
        Assert.Equal(asked, h.Server.Requests.Count);
        Assert.Equal(3510.5m, h.Store.Store.GetDailyBars(IndexIds.Topix).Single().Close);
        Assert.Equal(605.25m, h.Store.Store.GetDailyBars("JPX-0040").Single().Close);
        Assert.Equal("Toyota Motor", h.Store.Store.GetInstruments(["7203"]).Single().Name);
    }

    [Fact]
    public async Task DailyBars_TurnoverAndAdjustmentFactor_StoredWithTheBar()
    {
        await using var h = await FetchHarness.StartAsync();
        h.JQuantsEmpty();
        h.Server.On("/v2/equities/bars/daily", FakeResponse.Json(SourcePayloads.JQuantsPage(
        [
            SourcePayloads.JQuantsBar(Iso, "72030", "1500", "1520", "1490", "1510", "2000000", va: "3015000000.0", adjFactor: "0.5"),
            SourcePayloads.JQuantsBar(Iso, "13010", "3000", "3050", "2990", "3020", "1000", va: null),
        ])));

        var report = await h.Run("jquants");

        Assert.False(report.Failed, report.Sources[0].Error);
        var bars = h.Store.Store.GetMemberBars(from: FetchHarness.Day, to: FetchHarness.Day).ToDictionary(b => b.Code);
        Assert.Equal((3015000000m, 0.5m), (bars["7203"].TurnoverValue, bars["7203"].AdjustmentFactor));
        Assert.Equal((null, 1m), (bars["1301"].TurnoverValue, bars["1301"].AdjustmentFactor));
    }

    [Fact]
    public async Task DailyBars_NullsOnANoTradeDay_QuarantinedAsPlaceholderNotStored()
    {
        await using var h = await FetchHarness.StartAsync();
        h.JQuantsEmpty();
        h.Server.On("/v2/equities/bars/daily", FakeResponse.Json(SourcePayloads.JQuantsPage(
        [
            SourcePayloads.JQuantsBar(Iso, "72030", "3000", "3050", "2990", "3020", "1000000"),
            SourcePayloads.JQuantsBar(Iso, "13010", null, null, null, null, null),
        ])));

        var report = await h.Run("jquants");

        Assert.Equal(1, report.Sources[0].Quarantined);
        Assert.Equal("7203", h.Store.Store.GetMemberBars(from: FetchHarness.Day, to: FetchHarness.Day).Single().Code);
        Assert.Equal(1, h.Count("quarantine"));
    }

    [Fact]
    public async Task BadKey403_OneLineNamingSourceRequestAndKeyVariable_NothingStoredKeyNeverShown()
    {
        await using var h = await FetchHarness.StartAsync();
        h.Server.On("/v2/markets/calendar", FakeResponse.Json("{\"message\":\"The incoming api key is invalid or expired.\"}", 403));

        var report = await h.Run("jquants");

        var error = Assert.Single(report.Sources).Error!;
        Assert.True(report.Failed);
        Assert.StartsWith("jquants: GET /v2/markets/calendar?from=", error, StringComparison.Ordinal);
        Assert.Contains("bad API key", error, StringComparison.Ordinal);
        Assert.Contains("The incoming api key is invalid or expired.", error, StringComparison.Ordinal);
        Assert.Contains(FetchSettings.JQuantsKeyVariable, error, StringComparison.Ordinal);
        Assert.DoesNotContain(FetchHarness.Key, error, StringComparison.Ordinal);
        Assert.Single(h.Server.Requests);
        Assert.Equal(0, h.Count("imports"));
        Assert.All(report.Sources[0].Steps.Skip(1), s => Assert.Equal("not_asked", s.Status));
    }

    [Fact]
    public async Task PlanExcludes403_SaysThePlanDoesNotIncludeIt_NotRetried()
    {
        await using var h = await FetchHarness.StartAsync();
        h.JQuantsEmpty();
        h.Server.On("/v2/indices/bars/daily/topix", FakeResponse.Json("{\"message\":\"Your subscription plan does not cover this API.\"}", 403));

        var report = await h.Run("jquants");

        var error = report.Sources[0].Error!;
        Assert.Contains("/v2/indices/bars/daily/topix?from=", error, StringComparison.Ordinal);
        Assert.Contains("your plan does not include this data", error, StringComparison.Ordinal);
        Assert.Contains(FetchSettings.JQuantsPlanVariable, error, StringComparison.Ordinal);
        Assert.Equal(1, h.Server.Count("/v2/indices/bars/daily/topix"));
    }

    [Fact]
    public async Task PlanFromSettings_FreeExcludesTopixAndSectors_SkippedWithOneLineNeverAsked()
    {
        await using var h = await FetchHarness.StartAsync();
        h.JQuantsEmpty();

        var report = await h.Run("jquants", h.Settings(JQuantsPlan.Free), today: new DateOnly(2026, 7, 1));

        var skipped = report.Sources[0].Steps.Where(s => s.Status == "skipped").ToList();
        Assert.Contains(skipped, s => s.What.StartsWith("TOPIX", StringComparison.Ordinal) && s.Reason!.Contains("free plan does not include TOPIX", StringComparison.Ordinal));
        Assert.Contains(skipped, s => s.Reason!.Contains("does not include the sector indices", StringComparison.Ordinal));
        Assert.Equal(0, h.Server.Count("/v2/indices"));
        Assert.False(report.Failed);
    }

    [Fact]
    public async Task FreePlan_DatesAfterItsWindow_SkippedNotAsked()
    {
        await using var h = await FetchHarness.StartAsync();
        h.JQuantsEmpty();

        var report = await h.Run("jquants", h.Settings(JQuantsPlan.Free), today: FetchHarness.Day.AddDays(1));

        Assert.Contains(report.Sources[0].Steps, s => s.Status == "skipped" && s.Reason!.Contains("free plan serves", StringComparison.Ordinal));
        Assert.Equal(0, h.Server.Count("/v2/equities/bars/daily"));
    }

    [Fact]
    public async Task FreePlan_RequestsSpacedToFiveAMinute()
    {
        await using var h = await FetchHarness.StartAsync();
        h.JQuantsEmpty();

        await h.Run("jquants", h.Settings(JQuantsPlan.Free), from: new DateOnly(2026, 3, 16), to: FetchHarness.Day, today: new DateOnly(2026, 7, 1));

        Assert.Equal(5, h.Server.Requests.Count); // the calendar, the master and three days of bars
        Assert.Equal(4, h.Time.Waits.Count(w => w > TimeSpan.FromSeconds(11) && w <= TimeSpan.FromSeconds(12)));
    }

    [Fact]
    public async Task RateLimited429ThenSuccess_WaitsAtLeastAMinuteThroughTheInjectedClock()
    {
        await using var h = await FetchHarness.StartAsync();
        h.JQuantsEmpty();
        h.Server.On("/v2/equities/bars/daily",
            FakeResponse.Json("{\"message\":\"Rate limit exceeded\"}", 429),
            FakeResponse.Json(SourcePayloads.JQuantsPage([SourcePayloads.JQuantsBar(Iso, "72030", "3000", "3050", "2990", "3020", "1000000")])));

        var report = await h.Run("jquants");

        Assert.False(report.Failed, report.Sources[0].Error);
        Assert.Equal(2, h.Server.Count("/v2/equities/bars/daily"));
        Assert.Contains(h.Time.Waits, w => w >= TimeSpan.FromMinutes(1));
        Assert.Single(h.Store.Store.GetMemberBars(from: FetchHarness.Day, to: FetchHarness.Day));
    }

    [Fact]
    public async Task RateLimited429Always_FailsAfterTheRetriesNamingTheWait()
    {
        await using var h = await FetchHarness.StartAsync();
        h.JQuantsEmpty();
        h.Server.On("/v2/equities/bars/daily", FakeResponse.Json("{\"message\":\"Rate limit exceeded\"}", 429));

        var report = await h.Run("jquants");

        Assert.Contains("rate-limited (HTTP 429 after 4 tries", report.Sources[0].Error, StringComparison.Ordinal);
        Assert.Equal(1 + FetchHttp.MaxRetries, h.Server.Count("/v2/equities/bars/daily"));
    }

    [Fact]
    public async Task ServerError500ThenSuccess_Retried()
    {
        await using var h = await FetchHarness.StartAsync();
        h.JQuantsEmpty();
        h.Server.On("/v2/equities/bars/daily",
            FakeResponse.Json("{\"message\":\"Internal Server Error\"}", 500),
            FakeResponse.Json(SourcePayloads.JQuantsPage([SourcePayloads.JQuantsBar(Iso, "72030", "3000", "3050", "2990", "3020", "1000000")])));

        var report = await h.Run("jquants");

        Assert.False(report.Failed, report.Sources[0].Error);
        Assert.Equal(2, h.Server.Count("/v2/equities/bars/daily"));
        Assert.Single(h.Store.Store.GetMemberBars(from: FetchHarness.Day, to: FetchHarness.Day));
    }

    [Fact]
    public async Task HtmlWith200_RefusedAsNotData()
    {
        await using var h = await FetchHarness.StartAsync();
        h.JQuantsEmpty();
        h.Server.On("/v2/equities/bars/daily", FakeResponse.Html());

        var report = await h.Run("jquants");

        Assert.Contains("HTTP 200 answered an HTML page, not data", report.Sources[0].Error, StringComparison.Ordinal);
        Assert.Equal(0, h.Count("member_prices"));
    }

    [Fact]
    public async Task TruncatedJson_SaysCutOff_NothingOfTheRequestStored()
    {
        await using var h = await FetchHarness.StartAsync();
        h.JQuantsEmpty();
        var page = SourcePayloads.JQuantsPage([SourcePayloads.JQuantsBar(Iso, "72030", "3000", "3050", "2990", "3020", "1000000"),
            SourcePayloads.JQuantsBar(Iso, "67580", "13000", "13050", "12990", "13020", "2000000")]);
        h.Server.On("/v2/equities/bars/daily", FakeResponse.Json(page[..(page.Length / 2)]));

        var report = await h.Run("jquants");

        Assert.Contains("the answer is cut off", report.Sources[0].Error, StringComparison.Ordinal);
        Assert.Equal(0, h.Count("member_prices"));
    }

    [Fact]
    public async Task ConnectionDroppedMidBody_RetriedThenCutOff_NothingStored()
    {
        await using var h = await FetchHarness.StartAsync();
        h.JQuantsEmpty();
        var page = SourcePayloads.JQuantsPage([SourcePayloads.JQuantsBar(Iso, "72030", "3000", "3050", "2990", "3020", "1000000")]);
        h.Server.On("/v2/equities/bars/daily", new FakeResponse(200, System.Text.Encoding.UTF8.GetBytes(page), CutOff: true));

        var report = await h.Run("jquants");

        Assert.Contains("cut off", report.Sources[0].Error, StringComparison.Ordinal);
        Assert.Equal(1 + FetchHttp.MaxRetries, h.Server.Count("/v2/equities/bars/daily"));
        Assert.Equal(0, h.Count("member_prices"));
    }

    [Fact]
    public async Task FailureOnTheLastPage_LeavesNothingOfTheEarlierPages()
    {
        await using var h = await FetchHarness.StartAsync();
        h.JQuantsEmpty();
        h.Server.On("/v2/equities/bars/daily", q => !q.ContainsKey("pagination_key"),
            FakeResponse.Json(SourcePayloads.JQuantsPage([SourcePayloads.JQuantsBar(Iso, "72030", "3000", "3050", "2990", "3020", "1000000")], "p2.")));
        h.Server.On("/v2/equities/bars/daily", q => q.ContainsKey("pagination_key"), FakeResponse.Json("{\"message\":\"oops\"}", 500));

        var report = await h.Run("jquants");

        Assert.Contains("server error HTTP 500 after 4 tries", report.Sources[0].Error, StringComparison.Ordinal);
        Assert.Equal(0, h.Count("member_prices"));
    }

    [Fact]
    public async Task NoAnswerInTime_RetriedThenOneLineSayingSo()
    {
        await using var h = await FetchHarness.StartAsync();
        h.TryTimeout = TimeSpan.FromMilliseconds(200);
        h.JQuantsEmpty();
        h.Server.On("/v2/equities/bars/daily", FakeResponse.Json(SourcePayloads.JQuantsPage([])) with { Delay = TimeSpan.FromSeconds(5) });

        var report = await h.Run("jquants");

        Assert.Contains("no answer within", report.Sources[0].Error, StringComparison.Ordinal);
        Assert.Equal(1 + FetchHttp.MaxRetries, h.Server.Count("/v2/equities/bars/daily"));
    }

    [Fact]
    public async Task PaginationKeyComingBack_StopsInsteadOfLooping()
    {
        await using var h = await FetchHarness.StartAsync();
        h.JQuantsEmpty();
        h.Server.On("/v2/equities/bars/daily",
            FakeResponse.Json(SourcePayloads.JQuantsPage([SourcePayloads.JQuantsBar(Iso, "72030", "3000", "3050", "2990", "3020", "1000000")], "same.")));

        var report = await h.Run("jquants");

        Assert.Contains("pagination_key 'same.' came back twice", report.Sources[0].Error, StringComparison.Ordinal);
        Assert.Equal(0, h.Count("member_prices"));
    }

    [Fact]
    public async Task EveryRowNull_TheDayIsNotAskedAgain()
    {
        await using var h = await FetchHarness.StartAsync();
        h.JQuantsEmpty();
        h.Server.On("/v2/equities/bars/daily", FakeResponse.Json(SourcePayloads.JQuantsPage([SourcePayloads.JQuantsBar(Iso, "72030", null, null, null, null, null)])));
        await h.Run("jquants");

        await h.Run("jquants");

        Assert.Equal(1, h.Server.Count("/v2/equities/bars/daily"));
    }

    [Fact]
    public async Task PartialContent210_NothingStoredAndAskedAgainNextRun()
    {
        await using var h = await FetchHarness.StartAsync();
        h.JQuantsEmpty();
        h.Server.On("/v2/equities/bars/daily",
            FakeResponse.Json(SourcePayloads.JQuantsPage([SourcePayloads.JQuantsBar(Iso, "72030", "3000", "3050", "2990", "3020", "1000000")]), 210),
            FakeResponse.Json(SourcePayloads.JQuantsPage([SourcePayloads.JQuantsBar(Iso, "72030", "3000", "3050", "2990", "3020", "1000000"),
                SourcePayloads.JQuantsBar(Iso, "67580", "13000", "13050", "12990", "13020", "2000000")])));

        var partial = await h.Run("jquants");
        var membersAfterPartial = h.Count("member_prices");
        await h.Run("jquants");

        Assert.Contains(partial.Sources[0].Steps, s => s.Status == "empty" && s.What.StartsWith("daily bars", StringComparison.Ordinal));
        Assert.Equal(0, membersAfterPartial);
        Assert.Equal(2, h.Count("member_prices"));
    }

    [Fact]
    public async Task RenamedField_SchemaChangeNamesTheMissingField()
    {
        await using var h = await FetchHarness.StartAsync();
        h.JQuantsEmpty();
        var renamed = SourcePayloads.JQuantsBar(Iso, "72030", "3000", "3050", "2990", "3020", "1000000").Replace("\"C\":", "\"Close\":", StringComparison.Ordinal);
        h.Server.On("/v2/equities/bars/daily", FakeResponse.Json(SourcePayloads.JQuantsPage([renamed])));

        var report = await h.Run("jquants");

        Assert.Contains("field 'C' is missing from row 1", report.Sources[0].Error, StringComparison.Ordinal);
        Assert.Contains("layout changed", report.Sources[0].Error, StringComparison.Ordinal);
        Assert.Equal(0, h.Count("member_prices"));
    }

    [Fact]
    public async Task Calendar_ExchangeClosesADayTheLawOpens_DayNotAskedAndTheDisagreementIsAFinding()
    {
        await using var h = await FetchHarness.StartAsync();
        h.JQuantsEmpty();
        var (monday, closed) = (new DateOnly(2026, 3, 16), FetchHarness.Day);
        h.Server.On("/v2/markets/calendar", FakeResponse.Json(SourcePayloads.JQuantsCalendar(monday, closed, new Dictionary<DateOnly, int> { [closed] = 0 })));

        var report = await h.Run("jquants", from: monday, to: closed);

        Assert.False(report.Failed, report.Sources[0].Error);
        Assert.Equal(1, h.Server.Count("/v2/markets/calendar?from=2026-03-16&to=2026-03-18"));
        Assert.Equal(2, h.Server.Count("/v2/equities/bars/daily"));
        Assert.Equal(0, h.Server.Count("/v2/equities/bars/daily?date=2026-03-18"));
        var calendar = report.Sources[0].Steps[0];
        Assert.Equal(("fetched", 3L), (calendar.Status, calendar.RowsRead));
        Assert.Contains("2026-03-18 (Wednesday): J-Quants' calendar says closed (HolDiv 0), the law calendar says open", calendar.Reason, StringComparison.Ordinal);
        Assert.Equal(1, h.Count("findings"));
        Assert.Equal(0, h.Store.Store.ExchangeDays(Markets.Tokyo, closed, closed)[closed]);
    }

    [Fact]
    public async Task Calendar_SecondRun_NotAskedAgain()
    {
        await using var h = await FetchHarness.StartAsync();
        h.JQuantsEmpty();

        await h.Run("jquants");
        var second = await h.Run("jquants");

        Assert.Equal(1, h.Server.Count("/v2/markets/calendar"));
        Assert.DoesNotContain(second.Sources[0].Steps, s => s.What.StartsWith("trading calendar", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Calendar_EveryPlan_AskedEvenOnFreeOutsideItsWindow()
    {
        await using var h = await FetchHarness.StartAsync();
        h.JQuantsEmpty();

        var report = await h.Run("jquants", h.Settings(JQuantsPlan.Free), today: FetchHarness.Day.AddDays(1));

        Assert.Equal(1, h.Server.Count("/v2/markets/calendar?from=2026-03-18&to=2026-03-18"));
        Assert.Equal("fetched", report.Sources[0].Steps[0].Status);
        Assert.Equal(1, h.Store.Store.ExchangeDays(Markets.Tokyo, FetchHarness.Day, FetchHarness.Day)[FetchHarness.Day]);
    }

    [Fact]
    public async Task NoKey_NamedSourceFails_AllConfiguredPassesItOver()
    {
        await using var h = await FetchHarness.StartAsync();
        var settings = h.Settings(key: null);

        var named = await h.Service(settings).RunAsync(["jquants"], new FetchRange(FetchHarness.Day, FetchHarness.Day, FetchHarness.Day));

        Assert.Contains(FetchSettings.JQuantsKeyVariable, named.Sources[0].Error, StringComparison.Ordinal);
        Assert.Empty(h.Server.Requests);
    }

    private static string Master(string code) =>
        $"{{\"Date\":\"{Iso}\",\"Code\":\"{code}\",\"CoName\":\"トヨタ自動車\",\"CoNameEn\":\"Toyota Motor\",\"S17\":\"6\",\"S17Nm\":\"自動車・輸送機\","
        + "\"S33\":\"3700\",\"S33Nm\":\"輸送用機器\",\"ScaleCat\":\"TOPIX Core30\",\"Mkt\":\"0111\",\"MktNm\":\"プライム\",\"Mrgn\":\"2\",\"MrgnNm\":\"貸借\"}";

    private static List<(string Source, string Path)> Imports(FetchHarness h)
    {
        using var command = h.Store.Store.Connection.CreateCommand();
        command.CommandText = "SELECT source, path FROM imports";
        using var reader = command.ExecuteReader();
        var list = new List<(string, string)>();
        while (reader.Read())
        {
            list.Add((reader.GetString(0), reader.GetString(1)));
        }

        return list;
    }
}
