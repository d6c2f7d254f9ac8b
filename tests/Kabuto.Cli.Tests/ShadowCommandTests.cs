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
    public void Shadow_NoMemberTable_ExitsOneAskingForMembers()
    {
        using var temp = new TempDirectory();

        var (code, _, err) = Cli.Run("shadow", "N225", "--db", temp.File("k.db"));

        Assert.Equal(KabutoCli.UserError, code);
        Assert.Contains("--members", err, StringComparison.Ordinal);
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
    public void Shadow_BadDate_ExitsOneNamingTheOption()
    {
        using var temp = new TempDirectory();
        var members = temp.File("members.csv");
        File.WriteAllText(members, $"{MembersHeader}\n6857,ADVANTEST,both,8.0,7.2,fact+kabukabu:9\n");

        var (code, _, err) = Cli.Run("shadow", "N225", "--db", temp.File("k.db"), "--members", members, "--raw-from", "30/03/2026");

        Assert.Equal(KabutoCli.UserError, code);
        Assert.Contains("--raw-from", err, StringComparison.Ordinal);
    }
}
