using Kabuto.TestSupport;

namespace Kabuto.Cli.Tests;

/// <summary>The store the shadow basket needs (member prices of March-April 2026, the official closes, the member
/// table), imported once for the class.</summary>
public sealed class ShadowStore : IDisposable
{
    private readonly TempDirectory _temp = new();

    public ShadowStore()
    {
        var prices = SharedData.Require("raw/tse-yfinance-singularity");
        var closes = SharedData.Require("raw/market-indicators-dashboard/nikkei-225.csv");
        var members = SharedData.Require("derived/nikkei225-members.csv");
        if (prices is null || closes is null || members is null)
        {
            return;
        }

        var db = _temp.File("k.db");
        var (code, _, err) = Cli.Run("import", prices, closes, members, "--db", db);
        Assert.True(code == KabutoCli.Ok, err);
        Db = db;
    }

    /// <summary>Null when the shared data is not there (the tests return early).</summary>
    public string? Db { get; }

    public string File(string name) => _temp.File(name);

    public void Dispose() => _temp.Dispose();
}

/// <summary>`wrap` and `check` on a day with member prices (2026-03-18: Nikkei +2.87%, Advantest +6.73% the largest
/// contributor): members are named by their short names and member claims get a verdict.</summary>
public sealed class MemberWrapCheckTests(ShadowStore store) : IClassFixture<ShadowStore>
{
    [Fact]
    public void Wrap_DayWithMemberPrices_NamesDriversByShortName()
    {
        if (store.Db is not { } db)
        {
            return;
        }

        var (code, output, err) = Cli.Run("wrap", "tokyo", "2026-03-18", "--db", db);

        Assert.True(code == KabutoCli.Ok, err);
        Assert.Contains("Advantest gave the index its biggest lift", output, StringComparison.Ordinal);
        Assert.DoesNotContain("CORPORATION", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Co.,Ltd", output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Check_MemberClaimsOnADayWithMemberPrices_GetVerdicts()
    {
        if (store.Db is not { } db)
        {
            return;
        }

        var article = store.File("article.txt");
        File.WriteAllText(article,
            "Japan's Nikkei 225 closed higher on Wednesday. Chip-testing equipment maker Advantest surged 6.73%. "
            + "Index heavyweight Tokyo Electron Ltd gained 10%. Advantest was the biggest contributor to the Nikkei's gain.");

        var (code, output, err) = Cli.Run("check", article, "--date", "2026-03-18", "--db", db);

        Assert.True(code == KabutoCli.Ok, err);
        Assert.Contains("[supported] member_move N225 close 2026-03-18: \"Chip-testing equipment maker Advantest surged 6.73%.\"", output, StringComparison.Ordinal);
        Assert.Contains("[contradicted] member_move N225 close 2026-03-18: \"Index heavyweight Tokyo Electron Ltd gained 10%.\"", output, StringComparison.Ordinal);
        Assert.Contains("[supported] driver N225 close 2026-03-18", output, StringComparison.Ordinal);
    }
}
