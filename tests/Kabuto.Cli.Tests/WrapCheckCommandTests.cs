using System.Text.Json;
using Kabuto.TestSupport;

namespace Kabuto.Cli.Tests;

/// <summary>`kabuto wrap` and `kabuto check` end to end: import the official Nikkei file and TOPIX into a temp store,
/// then write and check.</summary>
public sealed class WrapCheckCommandTests
{
    private static string? Store(TempDirectory temp)
    {
        var nikkei = SharedData.Require("raw/nikkei-official-kabutan/nikkei_stock_average_daily_en.csv");
        var topix = SharedData.Require("raw/market-indicators-dashboard/topix.csv");
        if (nikkei is null || topix is null)
        {
            return null;
        }

        var db = temp.File("k.db");
        var (code, _, err) = Cli.Run("import", nikkei, topix, "--db", db);
        Assert.True(code == KabutoCli.Ok, err);
        return db;
    }

    [Fact]
    public void Wrap_RecordDay_PrintsTheArticleWithOfficialNumbers()
    {
        using var temp = new TempDirectory();
        if (Store(temp) is not { } db)
        {
            return;
        }

        var (code, output, _) = Cli.Run("wrap", "tokyo", "2025-10-29", "--db", db);

        Assert.Equal(KabutoCli.Ok, code);
        Assert.StartsWith("# Nikkei", output, StringComparison.Ordinal);
        Assert.Contains("1,088.47 points, or 2.17%,", output, StringComparison.Ordinal);
        Assert.Contains("51,307.65", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Wrap_Json_HasFactsAndRunsWithFactIds()
    {
        using var temp = new TempDirectory();
        if (Store(temp) is not { } db)
        {
            return;
        }

        var (code, output, _) = Cli.Run("wrap", "tokyo", "2025-10-29", "--format", "json", "--db", db);

        Assert.Equal(KabutoCli.Ok, code);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal("2025-10-29", doc.RootElement.GetProperty("date").GetString());
        Assert.Contains(doc.RootElement.GetProperty("facts").EnumerateArray(), f => f.GetProperty("id").GetString() == "N225:2025-10-29:close:close");
    }

    [Fact]
    public void Wrap_Holiday_ExitsOneNamingNearestDays()
    {
        using var temp = new TempDirectory();
        if (Store(temp) is not { } db)
        {
            return;
        }

        var (code, _, err) = Cli.Run("wrap", "tokyo", "2026-02-11", "--db", db);

        Assert.Equal(KabutoCli.UserError, code);
        Assert.Contains("2026-02-10", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Wrap_BadEdition_ExitsTwo()
    {
        using var temp = new TempDirectory();

        var (code, _, err) = Cli.Run("wrap", "tokyo", "2026-02-10", "--edition", "evening", "--db", temp.File("empty.db"));

        Assert.Equal(KabutoCli.Usage, code);
        Assert.Contains("--edition", Assert.Single(UsageMessageTests.Lines(err)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("newyork", "0001-01-01")]
    [InlineData("shanghai", "9999-12-31")]
    public void Wrap_DateAtTheEndsOfTime_ExitsOneSayingThereIsNoClose(string market, string date)
    {
        using var temp = new TempDirectory();

        var (code, _, err) = Cli.Run("wrap", market, date, "--db", temp.File("empty.db"));

        // The store is empty: one line saying nothing is held for the market's index (no overflow at the ends of time).
        Assert.Equal(KabutoCli.UserError, code);
        var line = Assert.Single(UsageMessageTests.Lines(err));
        Assert.Matches("no (SSEC|DJIA) rows are held; import", line);
    }

    [Fact]
    public void Check_BinaryFile_NamesItAndSaysBinary()
    {
        using var temp = new TempDirectory();
        var file = temp.File("article.txt");
        File.WriteAllBytes(file, [0x4B, 0x00, 0x01, 0xFF, 0xFE, 0x02, 0x00, 0x9C, .. System.Text.Encoding.ASCII.GetBytes("Nikkei rose 1%")]);

        var (code, output, err) = Cli.Run("check", file, "--db", temp.File("empty.db"));

        Assert.Equal(KabutoCli.UserError, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains($"{file}: the file is binary", Assert.Single(UsageMessageTests.Lines(err)), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_EmptyFile_SaysItIsEmpty()
    {
        using var temp = new TempDirectory();
        var file = temp.File("article.txt");
        File.WriteAllText(file, string.Empty);

        var (code, _, err) = Cli.Run("check", file, "--db", temp.File("empty.db"));

        Assert.Equal(KabutoCli.UserError, code);
        Assert.Contains($"{file}: the file is empty", Assert.Single(UsageMessageTests.Lines(err)), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SeedJson_GivesVerdictsWithTheContractFields()
    {
        using var temp = new TempDirectory();
        var seeds = SharedData.RequireSeeds();
        if (seeds is null || Store(temp) is not { } db)
        {
            return;
        }

        var seed = Directory.GetFiles(seeds).Single(f => Path.GetFileName(f).StartsWith("000", StringComparison.Ordinal));
        var (code, output, _) = Cli.Run("check", seed, "--json", "--db", db);

        Assert.Equal(KabutoCli.Ok, code);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal("2025-10-29", doc.RootElement.GetProperty("date").GetString());
        var level = doc.RootElement.GetProperty("claims").EnumerateArray().First(c => c.GetProperty("kind").GetString() == "level");
        Assert.Equal("contradicted", level.GetProperty("verdict").GetString());
        foreach (var field in new[] { "text", "index", "date", "session", "verdict", "evidence", "reason" })
        {
            Assert.True(level.TryGetProperty(field, out _), field);
        }
    }

    [Fact]
    public void Check_MissingFile_ExitsOne()
    {
        using var temp = new TempDirectory();

        var (code, _, err) = Cli.Run("check", temp.File("nope.txt"), "--db", temp.File("empty.db"));

        Assert.Equal(KabutoCli.UserError, code);
        Assert.Contains("nope.txt", err, StringComparison.Ordinal);
    }
}
