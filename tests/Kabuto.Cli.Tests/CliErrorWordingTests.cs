using Kabuto.TestSupport;

namespace Kabuto.Cli.Tests;

/// <summary>Errors a new user met, each one true line naming the input and the fix.</summary>
public sealed class CliErrorWordingTests
{
    [Fact]
    public void Levels_IndexNotInTheStore_SaysIndexOnce()
    {
        var (code, _, err) = Cli.Run("levels", "NIKKEI");

        Assert.Equal(KabutoCli.UserError, code);
        Assert.StartsWith("kabuto: levels: index 'NIKKEI' is not in the store", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Shadow_IndexWithoutAShadow_SaysIndexOnce()
    {
        var (code, _, err) = Cli.Run("shadow", "TOPIX");

        Assert.Equal(KabutoCli.UserError, code);
        Assert.StartsWith("kabuto: shadow: index 'TOPIX' has no shadow methodology", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_AFolder_SaysItIsAFolderNotThatItDoesNotExist()
    {
        using var temp = new TempDirectory();

        var (code, _, err) = Cli.Run("replay", temp.Path);

        Assert.Equal(KabutoCli.UserError, code);
        Assert.Contains("path is a folder", err, StringComparison.Ordinal);
        Assert.DoesNotContain("does not exist", err, StringComparison.Ordinal);
    }
}

/// <summary>A plain date,value CSV whose name names no series: the header is right, the name is what to fix.</summary>
public sealed class PlainCsvNameTests
{
    [Fact]
    public void Import_PlainCsvWithAnUnknownName_SaysTheNameNotTheFormat()
    {
        using var dir = new TempDirectory();
        var file = dir.File("my-prices.csv");
        File.WriteAllText(file, "date,value\n2026-02-27,5\n");

        var (code, _, err) = Cli.Run("import", file, "--db", dir.File("k.db"));

        Assert.Equal(KabutoCli.UserError, code);
        Assert.Contains("file name 'my-prices.csv' does not name a known series", err, StringComparison.Ordinal);
        Assert.DoesNotContain("is not a known format", err, StringComparison.Ordinal);
    }
}
