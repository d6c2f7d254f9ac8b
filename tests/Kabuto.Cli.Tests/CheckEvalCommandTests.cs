using System.Text.Json;
using Kabuto.TestSupport;

namespace Kabuto.Cli.Tests;

/// <summary>`kabuto check-eval` on a labelled corpus: the contract of its JSON, its errors, and the checker's figures
/// on the English and Japanese dev corpora (shared/checker-corpus/dev, dev-ja), which must not fall below what it reaches
/// today.</summary>
[Collection(FullStoreCollection.Name)]
public sealed class CheckEvalCommandTests(FullStore store)
{
    // The figures reached so far on each dev corpus (a ratchet; the issues' targets are 0.95 / 0.98 / 0.85 / 95 % of
    // dates). English support precision stops at 0.95 because 15 member moves its labels call "not checkable" (member
    // prices were not held when it was labelled) are now held and supported (docs/checker.md). The Japanese article whose
    // Nikkei session (2009-09-01) the store does not hold is dated to the day it names, and its figures wait for that
    // session's data instead of being judged on the session before.
    [Theory]
    [InlineData("dev", 0.95, 0.90, 30)]
    [InlineData("dev-ja", 0.99, 0.94, 18)]
    public void CheckEval_DevCorpus_HoldsItsPrecisionRecallAndDates(string name, double supportPrecision, double recall, int articles)
    {
        var corpus = SharedData.RequireCorpus(name);
        if (store.Db is not { } db || corpus is null)
        {
            return;
        }

        var (code, output, err) = Cli.Run("check-eval", corpus, "--db", db, "--json");

        Assert.True(code == KabutoCli.Ok, err);
        using var json = JsonDocument.Parse(output);
        var r = json.RootElement;
        decimal Figure(string field) => r.GetProperty(field).GetDecimal();

        Assert.True(Figure("contradiction_precision") >= 0.95m, $"contradiction precision {Figure("contradiction_precision")} of {r.GetProperty("contradicted").GetInt32()}");
        Assert.True(Figure("support_precision") >= (decimal)supportPrecision, $"support precision {Figure("support_precision")}");
        Assert.True(Figure("recall") >= (decimal)recall, $"recall {Figure("recall")}");
        Assert.True(r.GetProperty("dates_right").GetInt32() >= articles, $"dates right {r.GetProperty("dates_right").GetInt32()} of {articles}");
        Assert.Equal(articles, r.GetProperty("articles").GetInt32());
        Assert.True(r.GetProperty("confusion").GetProperty("supported").GetProperty("supported").GetInt32() > 0);
        Assert.All(r.GetProperty("errors").EnumerateArray(), e => Assert.False(string.IsNullOrEmpty(e.GetProperty("quote").GetString())));
    }

    [Fact]
    public void CheckEval_OneArticle_ScoresEveryLabelBySpanOverlap()
    {
        using var temp = new TempDirectory();
        var folder = Directory.CreateDirectory(temp.File("corpus")).FullName;
        File.WriteAllText(Path.Combine(folder, "a.txt"), "DATE: 2024-03-01\n\nThe Nikkei 225 closed at 39,910.82 on Friday, up 744.63 points, or 1.90 pct.\n");
        File.WriteAllText(Path.Combine(folder, "expectations.jsonl"),
            """{"file": "a.txt", "published": "2024-03-01", "session_date": "2024-03-01", "edition": "close", "claims": [{"quote": "39,910.82", "nth": 1, "subject": "N225", "kind": "level", "expected": "supported", "why": "close"}, {"quote": "744.63 points", "nth": 1, "subject": "N225", "kind": "change_points", "expected": "supported", "why": "+744.63"}, {"quote": "1.90 pct", "nth": 1, "subject": "N225", "kind": "change_pct", "expected": "supported", "why": "+1.90%"}]}""" + "\n");
        var db = temp.File("k.db");
        var bars = temp.File("n225/nikkei-225.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(bars)!);
        File.WriteAllText(bars, "date,value\n2024-02-29,39166.19\n2024-03-01,39910.82\n");
        Assert.Equal(KabutoCli.Ok, Cli.Run("import", bars, "--db", db).Code);

        var (code, output, err) = Cli.Run("check-eval", folder, "--db", db, "--json");

        Assert.True(code == KabutoCli.Ok, err);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(1m, json.RootElement.GetProperty("recall").GetDecimal());
        Assert.Equal(1m, json.RootElement.GetProperty("support_precision").GetDecimal());
        Assert.Equal(1, json.RootElement.GetProperty("dates_right").GetInt32());
    }

    [Fact]
    public void CheckEval_FolderWithoutExpectations_ExitsOneNamingTheFile()
    {
        using var temp = new TempDirectory();
        var folder = Directory.CreateDirectory(temp.File("corpus")).FullName;

        var (code, _, err) = Cli.Run("check-eval", folder, "--db", temp.File("k.db"));

        Assert.Equal(KabutoCli.UserError, code);
        Assert.Contains("expectations.jsonl", err, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckEval_AFileInsteadOfTheFolder_NamesTheFolderThatHoldsIt()
    {
        using var temp = new TempDirectory();
        var folder = Directory.CreateDirectory(temp.File("corpus")).FullName;
        var labels = Path.Combine(folder, "expectations.jsonl");
        File.WriteAllText(labels, string.Empty);

        var (code, _, err) = Cli.Run("check-eval", labels, "--db", temp.File("k.db"));

        Assert.Equal(KabutoCli.UserError, code);
        Assert.Contains("is a file, not a corpus folder; give the folder that holds it: " + folder, err, StringComparison.Ordinal);
        Assert.DoesNotContain("is not a folder", err, StringComparison.Ordinal);
    }
}
