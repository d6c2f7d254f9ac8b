using System.Text.Json;
using Kabuto.TestSupport;

namespace Kabuto.Cli.Tests;

/// <summary>`kabuto check` on the seeds over the whole store (published session levels and member prices included):
/// the truths the checker issue names, settled by hand from the data in the comments.</summary>
[Collection(FullStoreCollection.Name)]
public sealed class SeedCheckCommandTests(FullStore store)
{
    private JsonElement? Check(string prefix)
    {
        var seeds = SharedData.RequireSeeds();
        if (store.Db is not { } db || seeds is null)
        {
            return null;
        }

        var file = Directory.GetFiles(seeds).Single(f => Path.GetFileName(f).StartsWith(prefix, StringComparison.Ordinal));
        var (code, output, err) = Cli.Run("check", file, "--db", db, "--json");
        Assert.True(code == KabutoCli.Ok, err);
        return JsonDocument.Parse(output).RootElement.Clone();
    }

    /// <summary>The first claim of that kind, index and words, after checking every repeat has its verdict.</summary>
    private static JsonElement Claim(JsonElement report, string kind, string index, string textPart)
    {
        var claims = report.GetProperty("claims").EnumerateArray().Where(c => c.GetProperty("kind").GetString() == kind
            && c.GetProperty("index").GetString() == index && c.GetProperty("text").GetString()!.Contains(textPart, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(claims);
        Assert.Single(claims.Select(c => c.GetProperty("verdict").GetString()).Distinct());
        return claims[0];
    }

    // 2025-10-29: N225 closed 51,307.65 (+2.17%); at the 11:30 morning close it stood at 51,249 (+1,030), TOPIX at
    // 3,287 (+2, +0.06%) while TOPIX closed -0.23%.
    [Fact]
    public void Check_Seed000_ClosingFiguresAreTheMorningSessions()
    {
        if (Check("000") is not { } report)
        {
            return;
        }

        Assert.Contains("11:30 morning close", report.GetProperty("note").GetString(), StringComparison.Ordinal);
        foreach (var (kind, index, text) in new[] { ("level", "N225", "51,249.82"), ("change_pct", "N225", "51,249.82"), ("change_pct", "TOPIX", "less than 0.1%") })
        {
            var claim = Claim(report, kind, index, text);
            Assert.Equal("contradicted", claim.GetProperty("verdict").GetString());
            Assert.Contains("at the 11:30 morning close", claim.GetProperty("reason").GetString(), StringComparison.Ordinal);
            Assert.Contains(claim.GetProperty("evidence").EnumerateArray(), e => e.GetProperty("id").GetString()!.Contains("morning_close", StringComparison.Ordinal));
        }

        Assert.Equal("supported", Claim(report, "first_above", "N225", "51,000").GetProperty("verdict").GetString());
    }

    // 2026-02-10, SoftBank Group: previous close 4,245.08, high 4,752.37 (+11.95%), close +10.68%.
    [Fact]
    public void Check_Seed001_SoftBankNearlyTwelvePercentAtOnePointIsSupportedByItsHigh()
    {
        if (Check("001") is not { } report)
        {
            return;
        }

        var claim = Claim(report, "member_move", "N225", "nearly 12% at one point");
        Assert.Equal("supported", claim.GetProperty("verdict").GetString());
        Assert.Contains("+11.95%", claim.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal("contradicted", Claim(report, "streak", "ASX200", "third straight session").GetProperty("verdict").GetString());
        Assert.NotEqual("contradicted", Claim(report, "flat", "SSEC", "edged slightly lower").GetProperty("verdict").GetString());
    }

    // "surged 1.65% to close at 41,913.50 ... another all-time closing high": no held session has those figures.
    [Fact]
    public void Check_Seed002_NoDayMatches()
    {
        if (Check("002") is not { } report)
        {
            return;
        }

        Assert.Equal("nearest", report.GetProperty("date_source").GetString());
        Assert.Contains("no held session matches every figure", report.GetProperty("date_explanation").GetString(), StringComparison.Ordinal);
    }

    // 2024-03-01 at 11:30 the Nikkei stood at 39,883 (nsjournal): the midday "39,883.86" is that level.
    [Fact]
    public void Check_Seed003_MiddayLevelMatchesThePublishedMorningClose()
    {
        if (Check("003") is not { } report)
        {
            return;
        }

        Assert.Equal("supported", Claim(report, "level", "N225", "39,883.86").GetProperty("verdict").GetString());
        Assert.Equal("supported", Claim(report, "previous_record", "N225", "39,426.29").GetProperty("verdict").GetString());
        Assert.Equal("supported", report.GetProperty("claims").EnumerateArray().Single(c => c.GetProperty("kind").GetString() == "peak_beaten").GetProperty("verdict").GetString());
    }

    [Fact]
    public void Check_Seed004_RecordIntradayHighIsSupported()
    {
        if (Check("004") is not { } report)
        {
            return;
        }

        Assert.Equal("supported", Claim(report, "level", "N225", "57,960").GetProperty("verdict").GetString());
        Assert.Equal("supported", Claim(report, "record", "N225", "fresh record highs").GetProperty("verdict").GetString());
    }
}
