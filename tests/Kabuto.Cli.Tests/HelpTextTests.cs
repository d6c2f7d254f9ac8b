namespace Kabuto.Cli.Tests;

/// <summary>Help texts: each default given once, dates written as everywhere else.</summary>
public sealed class HelpTextTests
{
    [Theory]
    [InlineData("serve", "--urls")]
    [InlineData("serve", "--rate-limit")]
    [InlineData("live", "--symbols")]
    [InlineData("live", "--urls")]
    public void Help_GivesEachDefaultOnce(string command, string option)
    {
        var (_, output, _) = Cli.Run(command, "--help");

        var line = Assert.Single(output.Split('\n'), l => l.TrimStart().StartsWith(option + " ", StringComparison.Ordinal));
        Assert.Contains("[default: ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("(default", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_WritesDatesAsEveryOtherCommandDoes()
    {
        var (_, output, _) = Cli.Run("live", "--help");

        Assert.DoesNotContain("yyyy-MM-dd", output, StringComparison.Ordinal);
        Assert.Contains("YYYY-MM-DD", output, StringComparison.Ordinal);
    }
}
