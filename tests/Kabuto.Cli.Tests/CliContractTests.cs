namespace Kabuto.Cli.Tests;

/// <summary>The exit-code contract of product.md: 0 success, 1 user error, 2 bad usage.</summary>
public sealed class CliContractTests
{
    [Fact]
    public void Run_UnknownCommand_ExitsTwoWithUsageHint()
    {
        var (code, _, err) = Cli.Run("no-such-command");

        Assert.Equal(KabutoCli.Usage, code);
        Assert.Contains("kabuto --help", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Help_ExitsZeroAndListsContractCommands()
    {
        var (code, output, _) = Cli.Run("--help");

        Assert.Equal(KabutoCli.Ok, code);
        foreach (var command in new[] { "demo", "import", "indices", "levels", "verify", "calendar", "day", "records", "wrap", "check", "check-eval", "replay", "bench", "serve" })
        {
            Assert.Contains(command, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Run_MissingArgument_ExitsTwo()
    {
        var (code, _, _) = Cli.Run("levels");

        Assert.Equal(KabutoCli.Usage, code);
    }

    [Fact]
    public void Serve_RateLimitBelowOne_ExitsOneNamingTheOption()
    {
        var (code, _, err) = Cli.Run("serve", "--rate-limit", "0", "--urls", "http://127.0.0.1:0");

        Assert.Equal(KabutoCli.UserError, code);
        Assert.Contains("--rate-limit", err, StringComparison.Ordinal);
    }
}
