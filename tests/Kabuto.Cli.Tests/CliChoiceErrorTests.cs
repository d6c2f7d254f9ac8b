namespace Kabuto.Cli.Tests;

/// <summary>A value outside an option's fixed choices: one line naming the option and the choices.</summary>
public sealed class CliChoiceErrorTests
{
    [Fact]
    public void Live_FeedOutsideItsChoices_OneLineNamingTheOptionAndTheChoice()
    {
        var (code, _, err) = Cli.Run("live", "--feed", "foo");

        Assert.Equal(KabutoCli.Usage, code);
        var line = Assert.Single(UsageMessageTests.Lines(err));
        Assert.Contains("--feed 'foo' is unknown; use kabustation", line, StringComparison.Ordinal);
        Assert.DoesNotContain("\\n", line, StringComparison.Ordinal);
        Assert.DoesNotContain("\\t", line, StringComparison.Ordinal);
    }
}
