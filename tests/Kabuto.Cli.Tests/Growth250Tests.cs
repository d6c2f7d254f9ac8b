using System.Globalization;
using Kabuto.Core.Market;
using Kabuto.TestSupport;

namespace Kabuto.Cli.Tests;

/// <summary>The Growth Market 250 index and TOPIX-17 series, fetched from a fake J-Quants as the fetch stores every
/// index of a date: named in `kabuto indices`, listed by `kabuto day`, told in one sentence of the wrap (English and
/// Japanese) on a day its move is held, and not mentioned on a day it is not.</summary>
[Collection(FetchEnvironmentCollection.Name)]
public sealed class Growth250Tests
{
    [Fact]
    public async Task FetchedGrowth250_IndicesDayAndWrap_NameListAndTellIt()
    {
        var days = new[] { new DateOnly(2026, 3, 17), new DateOnly(2026, 3, 18) };
        if (SourcePayloads.NikkeiCsvBytes() is not { } nikkei)
        {
            return;
        }

        using var dir = new TempDirectory();
        await using var server = await FakeHttpServer.StartAsync();
        server.ServeNoIssuesAndTopix(days);
        var growth = new[] { 680.12m, 676.48m };
        foreach (var (day, n) in days.Select((d, n) => (d, n)))
        {
            // TOPIX-17 series i moves (i - 8) tenths of a percent on the second day: Real Estate leads, Foods trails.
            var rows = JpxIndices.Topix17.Select((s, i) =>
                {
                    var close = 1000m + (n == 0 ? 0 : i - 8);
                    return SourcePayloads.JQuantsIndexRow(Iso(day), s.Code, close, close, close, close);
                })
                .Append(SourcePayloads.JQuantsIndexRow(Iso(day), "0070", growth[n] + 5, growth[n] + 6, growth[n] - 4, growth[n]));
            server.On("/v2/indices/bars/daily", q => q["date"] == Iso(day), FakeResponse.Json(SourcePayloads.JQuantsPage(rows)));
        }

        server.On("/nkave/historical/nikkei_stock_average_daily_en.csv", new FakeResponse(200, nikkei, "text/csv"));
        using var env = new FetchEnvironment(server, "sk-growth", plan: "standard");
        var db = dir.File("k.db");

        var fetch = Cli.Run("fetch", "jquants", "nikkei", "--db", db, "--from", "2026-03-17", "--to", "2026-03-18");
        var indices = Cli.Run("indices", "--db", db);
        var digest = Cli.Run("day", "tokyo", "2026-03-18", "--db", db);
        var wrap = Cli.Run("wrap", "tokyo", "2026-03-18", "--db", db);
        var japanese = Cli.Run("wrap", "tokyo", "2026-03-18", "--lang", "ja", "--db", db);
        var firstDay = Cli.Run("wrap", "tokyo", "2026-03-17", "--db", db);

        var article = dir.File("wrap.txt");
        File.WriteAllText(article, wrap.Out);
        var jaArticle = dir.File("wrap-ja.txt");
        File.WriteAllText(jaArticle, japanese.Out);
        var check = Cli.Run("check", article, "--date", "2026-03-18", "--db", db);
        var checkJa = Cli.Run("check", jaArticle, "--date", "2026-03-18", "--db", db);
        Assert.True(fetch.Code == KabutoCli.Ok, fetch.Err);
        Assert.Matches(@"JPX-0070 +2026-03-17 2026-03-18 +2  TSE Growth Market 250 Index", indices.Out);
        Assert.Contains("TOPIX-17 Real Estate", indices.Out, StringComparison.Ordinal);
        Assert.Contains("Growth 250 and Prime market indices", digest.Out, StringComparison.Ordinal);
        Assert.Matches(@"JPX-0070 .*change_pct .*-0\.54%", digest.Out);
        Assert.Contains("sector17_rank", digest.Out, StringComparison.Ordinal);
        Assert.Matches(@"The Growth Market 250 index [a-z ]+ 0\.54% to 676\.48\.", wrap.Out);
        Assert.Contains("東証グロース市場250指数は前日比3.64ポイント(0.54%)安の676.48で終えた。", japanese.Out, StringComparison.Ordinal);

        // The checker reads the Growth 250 line as the Growth 250's (JPX-0070), in both languages, and finds it true.
        Assert.Contains(" 0 contradicted", check.Out, StringComparison.Ordinal);
        Assert.Contains(" 0 contradicted", checkJa.Out, StringComparison.Ordinal);
        Assert.Matches(@"\[supported\] change_pct JPX-0070 close 2026-03-18: ""The Growth Market 250 index", check.Out);
        Assert.Contains("JPX-0070", checkJa.Out, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\[not_checkable\][^\n]*JPX-0070", check.Out + checkJa.Out);

        // The first day held has no previous Growth 250 close: no move to tell, and nothing is said of it.
        Assert.True(firstDay.Code == KabutoCli.Ok, firstDay.Err);
        Assert.DoesNotContain("Growth", firstDay.Out, StringComparison.Ordinal);
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
