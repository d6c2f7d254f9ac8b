using System.Text.Json;
using Kabuto.TestSupport;

namespace Kabuto.Cli.Tests;

public sealed class ShadowCommandTests
{
    private const string MembersHeader = "code,name_en,membership,paf_estimate,paf_from_2026_04_01,paf_source";

    [Fact]
    public void Shadow_IndexWithoutMethodology_ExitsOneNamingTheIndex()
    {
        var (code, _, err) = Cli.Run("shadow", "TOPIX", "--members", "members.csv");

        Assert.Equal(KabutoCli.UserError, code);
        Assert.Contains("TOPIX", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Shadow_NoStoredMembership_ExitsOneAskingToImportTheMemberTable()
    {
        using var temp = new TempDirectory();

        var (code, _, err) = Cli.Run("shadow", "N225", "--db", temp.File("k.db"));

        Assert.Equal(KabutoCli.UserError, code);
        Assert.Contains("kabuto import ../shared/data/derived/nikkei225-members.csv", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Shadow_EmptyStore_ExitsOneAskingToImport()
    {
        using var temp = new TempDirectory();
        var members = temp.File("members.csv");
        File.WriteAllText(members, $"{MembersHeader}\n6857,ADVANTEST,both,8.0,7.2,fact+kabukabu:9\n");

        var (code, _, err) = Cli.Run("shadow", "N225", "--db", temp.File("k.db"), "--members", members);

        Assert.Equal(KabutoCli.UserError, code);
        Assert.Contains("kabuto import", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Shadow_BadDate_ExitsTwoNamingTheOption()
    {
        using var temp = new TempDirectory();
        var members = temp.File("members.csv");
        File.WriteAllText(members, $"{MembersHeader}\n6857,ADVANTEST,both,8.0,7.2,fact+kabukabu:9\n");

        var (code, _, err) = Cli.Run("shadow", "N225", "--db", temp.File("k.db"), "--members", members, "--raw-from", "30/03/2026");

        Assert.Equal(KabutoCli.Usage, code);
        Assert.Contains("--raw-from", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Shadow_RealWindowImported_HalvesTheChangeErrorInJson()
    {
        var prices = SharedData.Require("raw/tse-yfinance-singularity");
        var closes = SharedData.Require("raw/market-indicators-dashboard/nikkei-225.csv");
        var members = SharedData.Require("derived/nikkei225-members.csv");
        if (prices is null || closes is null || members is null)
        {
            return;
        }

        using var temp = new TempDirectory();
        var db = temp.File("k.db");
        Assert.Equal(KabutoCli.Ok, Cli.Run("import", prices, closes, "--db", db).Code);

        var (code, output, err) = Cli.Run("shadow", "N225", "--db", db, "--members", members, "--json");

        Assert.True(code == KabutoCli.Ok, err);
        using var json = JsonDocument.Parse(output);
        var report = json.RootElement.GetProperty("report");
        var before = report.GetProperty("errors_before").GetProperty("change_mae").GetDecimal();
        var after = report.GetProperty("errors_after").GetProperty("change_mae").GetDecimal();
        Assert.True(after * 2 <= before, $"change MAE {before} -> {after}");

        // Every held session 2025-09-01..2026-04-24 is reconciled; the 129 before 2026-03-16 (25 members unpriced,
        // about 5 % of the basket) are reported but not fitted, so the errors cover 27 daily changes.
        var days = report.GetProperty("days").EnumerateArray().ToList();
        Assert.Equal(158, days.Count);
        Assert.Equal(129, days.Count(d => !d.GetProperty("fitted").GetBoolean()));
        Assert.Equal(27, report.GetProperty("errors_after").GetProperty("change_days").GetInt32());
        var march18 = json.RootElement.GetProperty("attributions").EnumerateArray().Single(a => a.GetProperty("date").GetString() == "2026-03-18");
        Assert.Equal("6857", march18.GetProperty("drivers")[0].GetProperty("code").GetString());
    }

    [Fact]
    public void Shadow_MembershipImported_HalvesTheChangeErrorWithoutMemberFile()
    {
        var prices = SharedData.Require("raw/tse-yfinance-singularity");
        var closes = SharedData.Require("raw/market-indicators-dashboard/nikkei-225.csv");
        var members = SharedData.Require("derived/nikkei225-members.csv");
        if (prices is null || closes is null || members is null)
        {
            return;
        }

        using var temp = new TempDirectory();
        var db = temp.File("k.db");
        Assert.Equal(KabutoCli.Ok, Cli.Run("import", prices, closes, members, "--db", db).Code);

        var (code, output, err) = Cli.Run("shadow", "N225", "--db", db, "--json");

        Assert.True(code == KabutoCli.Ok, err);
        using var json = JsonDocument.Parse(output);
        var report = json.RootElement.GetProperty("report");
        var before = report.GetProperty("errors_before").GetProperty("change_mae").GetDecimal();
        var after = report.GetProperty("errors_after").GetProperty("change_mae").GetDecimal();
        Assert.True(after * 2 <= before, $"change MAE {before} -> {after}");
    }

    [Fact]
    public void Shadow_MembershipImported_MatchesTheMemberFileRun()
    {
        var prices = SharedData.Require("raw/tse-yfinance-singularity");
        var closes = SharedData.Require("raw/market-indicators-dashboard/nikkei-225.csv");
        var members = SharedData.Require("derived/nikkei225-members.csv");
        if (prices is null || closes is null || members is null)
        {
            return;
        }

        using var temp = new TempDirectory();
        var db = temp.File("k.db");
        Assert.Equal(KabutoCli.Ok, Cli.Run("import", prices, closes, members, "--db", db).Code);

        var stored = Cli.Run("shadow", "N225", "--db", db, "--json");
        var fromFile = Cli.Run("shadow", "N225", "--db", db, "--json", "--members", members);

        Assert.True(stored.Code == KabutoCli.Ok, stored.Err);
        using var storedJson = JsonDocument.Parse(stored.Out);
        using var fileJson = JsonDocument.Parse(fromFile.Out);

        // Numbers compare by value: a stored factor reads back as 1 where the file wrote 1.0.
        Assert.True(JsonElement.DeepEquals(storedJson.RootElement, fileJson.RootElement), "stored membership and --members disagree");
    }
}
