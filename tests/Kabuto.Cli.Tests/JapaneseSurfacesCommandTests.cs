using System.Text.Json;

namespace Kabuto.Cli.Tests;

/// <summary>The Japanese surfaces end to end over the full store: the 前引け edition from the published 11:30 levels,
/// `day --lang ja`, `check --lang ja`, and the round trip (the checker contradicts nothing in our own 前引け wraps).</summary>
[Collection(FullStoreCollection.Name)]
public sealed class JapaneseSurfacesCommandTests(FullStore store)
{
    [Fact]
    public void Wrap_JapaneseMidday_IsWrittenFromThePublished1130Level()
    {
        if (store.Db is not { } db)
        {
            return;
        }

        var (code, output, err) = Cli.Run("wrap", "tokyo", "2026-02-10", "--lang", "ja", "--edition", "midday", "--db", db);

        Assert.True(code == KabutoCli.Ok, err);
        Assert.StartsWith("# 前引けの日経平均は大幅に3日続伸、1562円高の5万7926円", output, StringComparison.Ordinal);
        Assert.Contains("10日午前の東京株式市場で日経平均株価は大幅に3日続伸し、前日比1562円13銭(2.77%)高の5万7926円07銭で前場の取引を終えた。", output, StringComparison.Ordinal);
        Assert.Contains("前引けの水準は終値ベースの最高値を上回った。これまでの最高値は9日の5万6363円94銭だった。", output, StringComparison.Ordinal);
        // Nothing of the afternoon: not the close, not the day's intraday high.
        Assert.DoesNotContain("5万7650円", output, StringComparison.Ordinal);
        Assert.DoesNotContain("5万7960円", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Wrap_JapaneseMidday_LevelPrintedToTheYen_IsPrintedToTheYen()
    {
        if (store.Db is not { } db)
        {
            return;
        }

        var (code, output, err) = Cli.Run("wrap", "tokyo", "2024-03-01", "--lang", "ja", "--edition", "midday", "--db", db);

        Assert.True(code == KabutoCli.Ok, err);
        Assert.Contains("前日比717円(1.83%)高の3万9883円で前場の取引を終えた。", output, StringComparison.Ordinal);
        Assert.DoesNotContain("3万9883円00銭", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Wrap_JapaneseMidday_WithoutAn1130Level_IsOneLineNamingTheData()
    {
        if (store.Db is not { } db)
        {
            return;
        }

        var (code, output, err) = Cli.Run("wrap", "tokyo", "2026-02-12", "--lang", "ja", "--edition", "midday", "--db", db);

        Assert.True(code == KabutoCli.Ok, err);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["# 日経平均の前引けの値は保有せず"], lines[..1]);
        Assert.Equal(2, lines.Length);
        Assert.Contains("前引けの値を保有していないため", lines[1], StringComparison.Ordinal);
        Assert.Contains("morning_close", lines[1], StringComparison.Ordinal);
        Assert.Contains("kabuto fetch yahoo", lines[1], StringComparison.Ordinal);
    }

    /// <summary>Each day the store holds an 11:30 level for: our Japanese 前引け wrap, read back by the checker, has
    /// its figures supported and none contradicted.</summary>
    [Theory]
    [InlineData("2024-03-01")]
    [InlineData("2025-10-29")]
    [InlineData("2026-02-10")]
    public void Check_OwnJapaneseMiddayWrap_NothingIsContradicted(string date)
    {
        if (store.Db is not { } db)
        {
            return;
        }

        var file = store.File($"midday-ja-{date}.md");
        var (wrapCode, wrap, wrapErr) = Cli.Run("wrap", "tokyo", date, "--lang", "ja", "--edition", "midday", "--db", db);
        Assert.True(wrapCode == KabutoCli.Ok, wrapErr);
        File.WriteAllText(file, wrap);

        var (code, output, err) = Cli.Run("check", file, "--date", date, "--json", "--db", db);

        Assert.True(code == KabutoCli.Ok, err);
        using var report = JsonDocument.Parse(output);
        var claims = report.RootElement.GetProperty("claims").EnumerateArray().ToList();
        var contradicted = claims.Where(c => c.GetProperty("verdict").GetString() == "contradicted").Select(c => c.GetProperty("text").GetString()).ToList();
        Assert.True(contradicted.Count == 0, string.Join(Environment.NewLine, contradicted));
        // The lede's level, change and percent at least, each against the published 11:30 level.
        Assert.True(claims.Count(c => c.GetProperty("verdict").GetString() == "supported" && c.GetProperty("session").GetString() == "morning") >= 3,
            $"too few morning claims supported in: {wrap}");
    }

    [Fact]
    public void Day_Japanese_TitlesAndLabelsAreJapanese()
    {
        if (store.Db is not { } db)
        {
            return;
        }

        var (code, output, err) = Cli.Run("day", "tokyo", "2026-02-10", "--lang", "ja", "--db", db);

        Assert.True(code == KabutoCli.Ok, err);
        Assert.Contains("寄与度上位・下位の銘柄", output, StringComparison.Ordinal);
        Assert.Contains("前日比(率)", output, StringComparison.Ordinal);
        Assert.Contains("SBG <9984>", output, StringComparison.Ordinal);
        Assert.Contains("57,650.54", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Index lines", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Day_JapaneseJson_KeepsTheFactsAndAddsLabels()
    {
        if (store.Db is not { } db)
        {
            return;
        }

        var (code, output, err) = Cli.Run("day", "tokyo", "2026-02-10", "--lang", "ja", "--json", "--db", db);
        var (_, english, _) = Cli.Run("day", "tokyo", "2026-02-10", "--json", "--db", db);

        Assert.True(code == KabutoCli.Ok, err);
        using var ja = JsonDocument.Parse(output);
        using var en = JsonDocument.Parse(english);
        Assert.Equal("ja", ja.RootElement.GetProperty("language").GetString());
        Assert.Equal(en.RootElement.GetProperty("facts").GetArrayLength(), ja.RootElement.GetProperty("facts").GetArrayLength());
        var labels = ja.RootElement.GetProperty("labels");
        Assert.Equal("終値", Label(labels, "kinds", "close"));
        Assert.Equal("大引け", Label(labels, "sessions", "close"));
        Assert.Equal("日経平均", Label(labels, "indices", "N225"));
    }

    private static string? Label(JsonElement labels, string list, string id) =>
        labels.GetProperty(list).EnumerateArray().Single(l => l.GetProperty("id").GetString() == id).GetProperty("label").GetString();

    [Fact]
    public void Check_Japanese_SupportedReasonIsJapanese()
    {
        if (store.Db is not { } db)
        {
            return;
        }

        var file = store.File("close-ja.md");
        File.WriteAllText(file, Cli.Run("wrap", "tokyo", "2026-02-10", "--lang", "ja", "--db", db).Out);

        var (code, output, err) = Cli.Run("check", file, "--date", "2026-02-10", "--lang", "ja", "--db", db);

        Assert.True(code == KabutoCli.Ok, err);
        Assert.Contains("[裏付けあり] 水準 日経平均 大引け 2026-02-10", output, StringComparison.Ordinal);
        Assert.Contains("データと一致する: 日経平均の2026-02-10の大引けの終値は57,650.54。", output, StringComparison.Ordinal);
        Assert.Matches(@"主張\d+件: 裏付けあり\d+件、データと矛盾0件、確認できず\d+件", output);
        Assert.DoesNotContain("[supported]", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Japanese_ContradictionStatesTheDataAndKeepsTheJudgesDetail()
    {
        if (store.Db is not { } db)
        {
            return;
        }

        var file = store.File("wrong-close.txt");
        File.WriteAllText(file, "The Nikkei 225 closed at 57,000.00 on Tuesday.\n");

        var (code, output, err) = Cli.Run("check", file, "--date", "2026-02-10", "--lang", "ja", "--json", "--db", db);

        Assert.True(code == KabutoCli.Ok, err);
        using var report = JsonDocument.Parse(output);
        Assert.Equal("ja", report.RootElement.GetProperty("language").GetString());
        var claim = report.RootElement.GetProperty("claims").EnumerateArray().Single(c => c.GetProperty("kind").GetString() == "level");
        Assert.Equal("contradicted", claim.GetProperty("verdict").GetString());
        var reason = claim.GetProperty("reason").GetString()!;
        Assert.StartsWith("データと合わない: 日経平均の2026-02-10の大引けの終値は57,650.54", reason, StringComparison.Ordinal);
        Assert.Contains("(詳細: N225 closed at 57,650.54", reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("day", "tokyo", "2026-02-10")]
    [InlineData("check", "any.txt")]
    public void UnknownLanguage_ExitsTwoNamingTheOption(params string[] args)
    {
        var (code, _, err) = Cli.Run([.. args, "--lang", "fr", "--db", store.File("none.db")]);

        Assert.Equal(KabutoCli.Usage, code);
        Assert.Contains("--lang 'fr' is unknown; use en or ja", err, StringComparison.Ordinal);
    }
}
