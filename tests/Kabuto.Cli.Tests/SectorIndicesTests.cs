using System.Globalization;
using Kabuto.Analytics.Day;
using Kabuto.TestSupport;

namespace Kabuto.Cli.Tests;

/// <summary>What the fetched sector indices unlock: the TSE-33 ranking from the sector indices themselves (TOPIX's
/// day), not from member averages, in the day's facts and in the wrap (English and Japanese), with how many rose.</summary>
[Collection(FetchEnvironmentCollection.Name)]
public sealed class SectorIndicesTests
{
    [Fact]
    public async Task FetchedSectorIndices_DayAndWrap_RankTheSectorIndicesAndCountThoseThatRose()
    {
        var days = new[] { new DateOnly(2026, 3, 17), new DateOnly(2026, 3, 18) };
        if (SourcePayloads.NikkeiCsvBytes() is not { } nikkei)
        {
            return;
        }

        using var dir = new TempDirectory();
        await using var server = await FakeHttpServer.StartAsync();
        server.ServeNoIssuesAndTopix(days);
        foreach (var (day, n) in days.Select((d, n) => (d, n)))
        {
            // Sector i (0..32) moves (i - 16) tenths of a percent on the second day: 16 rise, 16 fall, one is unchanged.
            var rows = SectorIndexFacts.Sectors.Select((s, i) =>
            {
                var close = (1000m + (i * 10)) * (n == 0 ? 1m : 1m + ((i - 16) / 1000m));
                return SourcePayloads.JQuantsIndexRow(Iso(day), s.IndexCode, close, close, close, close);
            });
            server.On("/v2/indices/bars/daily", q => q["date"] == Iso(day), FakeResponse.Json(SourcePayloads.JQuantsPage(rows)));
        }

        server.On("/nkave/historical/nikkei_stock_average_daily_en.csv", new FakeResponse(200, nikkei, "text/csv"));
        using var env = new FetchEnvironment(server, "sk-sectors", plan: "standard");
        var db = dir.File("k.db");

        var fetch = Cli.Run("fetch", "jquants", "nikkei", "--db", db, "--from", "2026-03-17", "--to", "2026-03-18");
        var facts = Cli.Run("day", "tokyo", "2026-03-18", "--all", "--json", "--db", db);
        var wrap = Cli.Run("wrap", "tokyo", "2026-03-18", "--db", db);
        var japanese = Cli.Run("wrap", "tokyo", "2026-03-18", "--lang", "ja", "--db", db);

        Assert.True(fetch.Code == KabutoCli.Ok, fetch.Err);
        Assert.Contains("\"id\": \"TOPIX:2026-03-18:close:sector_rank:9050\"", facts.Out, StringComparison.Ordinal);
        Assert.Contains("sector_index:JPX-0060", facts.Out, StringComparison.Ordinal);
        Assert.Contains("Among the TSE's industry sector indices, services stocks led, up 1.60%", wrap.Out, StringComparison.Ordinal);
        Assert.Contains("Fishery and farming stocks were the weakest, down 1.60%.", wrap.Out, StringComparison.Ordinal);
        Assert.Contains("16 of the 33 sectors rose and 16 fell.", wrap.Out, StringComparison.Ordinal);
        Assert.Contains("東証33業種別株価指数でみると、33業種中16業種が上昇し、16業種が下落した。", japanese.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchedBarsOfEveryIssue_DayAndWrap_PrimeBreadthCountsTheIssuesThatRoseFellAndHeld()
    {
        var (before, on) = (new DateOnly(2026, 3, 17), new DateOnly(2026, 3, 18));
        if (SourcePayloads.NikkeiCsvBytes() is not { } nikkei || SourcePayloads.JQuantsDailyRows(before) is not { Count: > 0 } first
            || SourcePayloads.JQuantsDailyRows(on) is not { Count: > 0 } second)
        {
            return;
        }

        // The expected counts, read from the very rows served: each issue's close on both days.
        static Dictionary<string, decimal> Closes(IEnumerable<string> rows) => rows.Select(r => System.Text.Json.JsonDocument.Parse(r).RootElement)
            .ToDictionary(r => r.GetProperty("Code").GetString()!, r => r.GetProperty("C").GetDecimal());
        var (a, b) = (Closes(first), Closes(second));
        var moves = b.Keys.Where(a.ContainsKey).Select(code => Math.Sign(b[code] - a[code])).ToList();
        using var dir = new TempDirectory();
        await using var server = await FakeHttpServer.StartAsync();
        server.On("/v2/equities/master", FakeResponse.Json(SourcePayloads.JQuantsPage(b.Keys.Select(code =>
            $"{{\"Date\":\"2026-03-18\",\"Code\":\"{code}\",\"CoName\":\"銘柄{code}\",\"CoNameEn\":\"ISSUE {code}\",\"S33\":\"3050\",\"S33Nm\":\"食料品\",\"Mkt\":\"0111\",\"MktNm\":\"プライム\"}}"))));
        server.On("/v2/equities/bars/daily", q => q["date"] == Iso(before), FakeResponse.Json(SourcePayloads.JQuantsPage(first)));
        server.On("/v2/equities/bars/daily", q => q["date"] == Iso(on), FakeResponse.Json(SourcePayloads.JQuantsPage(second)));
        server.On("/v2/indices/bars/daily/topix", FakeResponse.Json(SourcePayloads.JQuantsPage(
            [SourcePayloads.JQuantsTopixRow(Iso(before), 3600m, 3630m, 3590m, 3600m), SourcePayloads.JQuantsTopixRow(Iso(on), 3601m, 3631m, 3591m, 3620m)])));
        server.On("/nkave/historical/nikkei_stock_average_daily_en.csv", new FakeResponse(200, nikkei, "text/csv"));
        using var env = new FetchEnvironment(server, "sk-breadth", plan: "light");
        var db = dir.File("k.db");

        var fetch = Cli.Run("fetch", "jquants", "nikkei", "--db", db, "--from", "2026-03-17", "--to", "2026-03-18");
        var facts = Cli.Run("day", "tokyo", "2026-03-18", "--all", "--json", "--db", db);
        var wrap = Cli.Run("wrap", "tokyo", "2026-03-18", "--db", db);
        var japanese = Cli.Run("wrap", "tokyo", "2026-03-18", "--lang", "ja", "--db", db);

        Assert.True(fetch.Code == KabutoCli.Ok, fetch.Err);
        var (up, down, flat) = (moves.Count(m => m > 0), moves.Count(m => m < 0), moves.Count(m => m == 0));
        Assert.True(up > 0 && down > 0, "the day needs issues both ways");
        Assert.Contains("\"id\": \"TOPIX:2026-03-18:close:advancers:prime\"", facts.Out, StringComparison.Ordinal);
        Assert.Contains($"On the Prime market, {up} issues rose, {down} fell and {flat} were unchanged.", wrap.Out, StringComparison.Ordinal);
        Assert.Contains($"東証プライムの値上がり銘柄数は{up}、値下がりは{down}、変わらずは{flat}だった。", japanese.Out, StringComparison.Ordinal);

        // The served bars carry no turnover (Va null): no turnover is claimed anywhere.
        Assert.DoesNotContain(":turnover", facts.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Turnover", wrap.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("売買代金", japanese.Out, StringComparison.Ordinal);
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
