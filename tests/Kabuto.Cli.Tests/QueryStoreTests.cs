using Kabuto.TestSupport;

namespace Kabuto.Cli.Tests;

/// <summary>A query on a store that does not exist (a mistyped --db) creates no file and says there is no store there.</summary>
public sealed class QueryStoreTests
{
    [Theory]
    [InlineData("indices")]
    [InlineData("levels", "N225")]
    [InlineData("wrap", "tokyo", "2026-02-10")]
    public void Query_OnAMistypedDb_CreatesNoFile(params string[] args)
    {
        using var temp = new TempDirectory();
        var typo = temp.File("kabtuo.db");

        Cli.Run([.. args, "--db", typo]);

        Assert.False(File.Exists(typo), $"kabuto {string.Join(' ', args)} created {typo}");
    }

    [Fact]
    public void Indices_OnAMissingDb_SaysThereIsNoStoreThere()
    {
        using var temp = new TempDirectory();
        var typo = temp.File("kabtuo.db");

        var (code, output, _) = Cli.Run("indices", "--db", typo);

        Assert.Equal(0, code);
        Assert.Contains($"no store at {typo} yet", output, StringComparison.Ordinal);
    }
}
