using System.Diagnostics;
using System.Text.Json;
using Kabuto.Analytics;
using Kabuto.Analytics.Members;
using Kabuto.Core.Market;
using Kabuto.Data.Store;
using Kabuto.Writing.Composing;
using Kabuto.Writing.Documents;
using Kabuto.Writing.Facts;
using Kabuto.Writing.Grounding;

namespace Kabuto.Cli.Tests;

/// <summary>`kabuto wrap tokyo DATE --lang ja` end to end over the full store (index, TOPIX, members for the drivers and
/// sectors, Wall Street, the yen).</summary>
[Collection(FullStoreCollection.Name)]
public sealed class JapaneseWrapCommandTests(FullStore store)
{
    [Fact]
    public void Wrap_Japanese_RecordDay_ReadsLikeACloseWrap()
    {
        if (store.Db is not { } db)
        {
            return;
        }

        var (code, output, err) = Cli.Run("wrap", "tokyo", "2026-02-10", "--lang", "ja", "--db", db);

        Assert.True(code == KabutoCli.Ok, err);
        Assert.StartsWith("# 日経平均は大幅に3日続伸、1286円高の5万7650円", output, StringComparison.Ordinal);
        Assert.Contains("10日の東京株式市場で日経平均株価は大幅に3日続伸し、前日比1286円60銭(2.28%)高の5万7650円54銭で取引を終えた。", output, StringComparison.Ordinal);
        Assert.Contains("終値ベースの最高値を更新し、初の5万7000円台に乗せた。", output, StringComparison.Ordinal);
        Assert.Contains("上げ幅は一時1500円を超え、5万7960円19銭まで上昇する場面があった。", output, StringComparison.Ordinal);
        Assert.Contains("前日比71.71ポイント(1.90%)高の3855.28", output, StringComparison.Ordinal);
        // 26 members' prices are not held that day: the top is the top of the 199 held, and the text says so.
        Assert.Contains("価格を保有する199銘柄のうち、日経平均プラス寄与度トップはSBG <9984>で、日経平均を363.27円押し上げた。", output, StringComparison.Ordinal);
        Assert.Contains("値上がり率トップは情報・通信(7.37%)", output, StringComparison.Ordinal);
        Assert.Contains("NYダウ)は20ドル20セント(0.04%)高", output, StringComparison.Ordinal);
        Assert.Contains("1円03銭の円高・ドル安", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Nikkei", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Wrap_JapaneseJson_SaysTheLanguageAndCarriesFactIds()
    {
        if (store.Db is not { } db)
        {
            return;
        }

        var (code, output, err) = Cli.Run("wrap", "tokyo", "2026-02-10", "--lang", "ja", "--format", "json", "--db", db);

        Assert.True(code == KabutoCli.Ok, err);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal("ja", doc.RootElement.GetProperty("language").GetString());
        var runs = doc.RootElement.GetProperty("sections")[0].GetProperty("paragraphs")[0].GetProperty("runs").EnumerateArray().ToList();
        Assert.Contains(runs, r => r.GetProperty("text").GetString() == "5万7650円54銭" && r.GetProperty("fact_id").GetString() == "N225:2026-02-10:close:close");
        Assert.Contains(doc.RootElement.GetProperty("facts").EnumerateArray(), f => f.GetProperty("kind").GetString() == WritingFactKinds.MoveCount);
    }

    [Fact]
    public void Wrap_JapaneseHtml_MarksTheArticleJapanese()
    {
        if (store.Db is not { } db)
        {
            return;
        }

        var (code, output, _) = Cli.Run("wrap", "tokyo", "2026-02-10", "--lang", "ja", "--format", "html", "--db", db);

        Assert.Equal(KabutoCli.Ok, code);
        Assert.Contains("lang=\"ja\"", output, StringComparison.Ordinal);
        Assert.Contains("<span class=\"num\" data-fact=\"N225:2026-02-10:close:change_points\">1286円60銭</span>", output, StringComparison.Ordinal);
    }

    /// <summary>README: a value that contradicts another is bad usage (2), said before any store is opened.</summary>
    [Fact]
    public void Wrap_JapaneseForAnotherMarket_ExitsTwo()
    {
        var (code, _, err) = Cli.Run("wrap", "seoul", "2026-02-10", "--lang", "ja", "--db", store.File("none.db"));

        Assert.Equal(KabutoCli.Usage, code);
        Assert.Equal("kabuto: --lang ja is written for the tokyo market only, not 'seoul'; use --lang en for seoul; see 'kabuto wrap --help'", err.TrimEnd());
    }

    [Fact]
    public void Wrap_FormatContradictingJson_ExitsTwo()
    {
        var (code, _, err) = Cli.Run("wrap", "tokyo", "2026-02-10", "--format", "md", "--json", "--db", store.File("none.db"));

        Assert.Equal(KabutoCli.Usage, code);
        Assert.Contains("--format md contradicts --json", err, StringComparison.Ordinal);
    }

    /// <summary>README: a choice outside its list is bad usage (2).</summary>
    [Fact]
    public void Wrap_UnknownMarket_ExitsTwoListingTheMarkets()
    {
        var (code, _, err) = Cli.Run("wrap", "tokio", "2026-02-10", "--db", store.File("none.db"));

        Assert.Equal(KabutoCli.Usage, code);
        Assert.StartsWith("kabuto: market 'tokio' is unknown; use one of tokyo, seoul,", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Wrap_UnknownLanguage_ExitsTwo()
    {
        var (code, _, err) = Cli.Run("wrap", "tokyo", "2026-02-10", "--lang", "fr", "--db", store.File("none.db"));

        Assert.Equal(KabutoCli.Usage, code);
        Assert.Contains("--lang", err, StringComparison.Ordinal);
    }

    /// <summary>Every Tokyo day of 2026 held, with the members' drivers and sectors: no ungrounded number.</summary>
    [Fact]
    public void WriteJapanese_Every2026DayWithMembers_EveryNumberIsAFact()
    {
        if (store.Db is not { } db)
        {
            return;
        }

        using var market = MarketStore.OpenToRead(db);
        var writer = new WrapWriter(market, new FactBookDayFacts(new FactBook(market, MemberAttributions.For(market, [], market))),
            new BarFactBook(market, rankings: false));
        var days = market.GetDailyBars(IndexIds.N225, new DateOnly(2026, 1, 1)).Select(b => b.Date).ToList();

        var failures = new List<string>();
        var withDrivers = 0;
        foreach (var day in days)
        {
            var article = writer.Write(Markets.Tokyo, day, WrapEdition.Close, ArticleLanguage.Japanese);
            withDrivers += article.Sections.Any(s => s.Kind == SectionKind.Drivers) ? 1 : 0;
            failures.AddRange(JapaneseGroundingCheck.Check(ArticleRenderer.Markdown(article), article.Facts).Select(p => $"{day:yyyy-MM-dd} {p.Text}: {p.Context}"));
        }

        Assert.True(days.Count >= 100, $"{days.Count} days");
        Assert.True(withDrivers >= 20, $"{withDrivers} wraps with drivers");
        Assert.Empty(failures);
    }

    [Fact]
    public void WriteJapanese_WarmStore_TakesUnder100Milliseconds()
    {
        if (store.Db is not { } db)
        {
            return;
        }

        using var market = MarketStore.OpenToRead(db);
        var writer = new WrapWriter(market, new FactBookDayFacts(new FactBook(market, MemberAttributions.For(market, [], market))),
            new BarFactBook(market, rankings: false));
        var day = new DateOnly(2026, 2, 10);
        writer.Write(Markets.Tokyo, day, WrapEdition.Close, ArticleLanguage.Japanese);

        var times = new List<double>();
        for (var i = 0; i < 7; i++)
        {
            var clock = Stopwatch.StartNew();
            _ = ArticleRenderer.Markdown(writer.Write(Markets.Tokyo, day, WrapEdition.Close, ArticleLanguage.Japanese));
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        var median = times.Order().ElementAt(times.Count / 2);
        Assert.True(median < 100, $"median {median:F1} ms");
    }
}
