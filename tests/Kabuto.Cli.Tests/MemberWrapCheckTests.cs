using Kabuto.Analytics;
using Kabuto.Analytics.Members;
using Kabuto.Core.Market;
using Kabuto.Data.Store;
using Kabuto.TestSupport;
using Kabuto.Checking;
using Kabuto.Writing.Composing;
using Kabuto.Writing.Documents;
using Kabuto.Writing.Facts;
using Kabuto.Writing.Grounding;

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
        Assert.Contains("Advantest gave the index its biggest lift among the 223 members whose prices are held", output, StringComparison.Ordinal);
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
            + "Index heavyweight Tokyo Electron Ltd gained 10% by the close. Advantest was the biggest contributor to the Nikkei's gain.");

        var (code, output, err) = Cli.Run("check", article, "--date", "2026-03-18", "--db", db);

        Assert.True(code == KabutoCli.Ok, err);
        Assert.Contains("[supported] member_move N225 close 2026-03-18: \"Chip-testing equipment maker Advantest surged 6.73%.\"", output, StringComparison.Ordinal);
        Assert.Contains("[contradicted] member_move N225 close 2026-03-18: \"Index heavyweight Tokyo Electron Ltd gained 10% by the close.\"", output, StringComparison.Ordinal);
        // Two members (4043, 7205) have no prices that day: Advantest is first of the 223 held, and only their prices
        // would settle whether it was first of all 225.
        Assert.Contains("[not_checkable] driver N225 close 2026-03-18", output, StringComparison.Ordinal);
        Assert.Contains("#1 among the 223 members held; 2 members' prices are not held", output, StringComparison.Ordinal);
    }

    /// <summary>Every day with member prices: the drivers, sectors and residual lines are grounded in facts, and the
    /// checker finds nothing in the wrap to contradict.</summary>
    [Fact]
    public void Wrap_EveryDayWithMemberPrices_IsGroundedAndPassesTheChecker()
    {
        if (store.Db is not { } db)
        {
            return;
        }

        using var market = MarketStore.Open(db);
        var facts = new FactBookDayFacts(new FactBook(market, MemberAttributions.For(market, [], market)));
        var writer = new WrapWriter(market, facts, new BarFactBook(market, rankings: false));
        var checker = new ArticleChecker(market, facts);
        var days = market.GetDailyBars(IndexIds.N225, new DateOnly(2026, 3, 17), new DateOnly(2026, 4, 24)).Select(b => b.Date).ToList();

        var failures = new List<string>();
        var withDrivers = 0;
        foreach (var day in days)
        {
            var article = writer.Write(Markets.Tokyo, day);
            var markdown = ArticleRenderer.Markdown(article);
            withDrivers += markdown.Contains("## Drivers", StringComparison.Ordinal) ? 1 : 0;
            failures.AddRange(GroundingCheck.Check(markdown, article.Facts).Select(p => $"{day:yyyy-MM-dd} ungrounded {p.Text}: {p.Context}"));
            failures.AddRange(checker.Check(markdown, "wrap", day).Claims.Where(c => c.Verdict == Verdict.Contradicted)
                .Select(c => $"{day:yyyy-MM-dd} contradicted {c.Kind} {c.Text}: {c.Reason}"));
        }

        Assert.True(withDrivers >= 20, $"{withDrivers} wraps with drivers");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }
}
