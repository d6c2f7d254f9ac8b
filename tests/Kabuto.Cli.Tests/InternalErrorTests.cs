using System.CommandLine;

namespace Kabuto.Cli.Tests;

/// <summary>A bug inside a command is still one line on stderr with its own exit code, never a stack trace.</summary>
public sealed class InternalErrorTests
{
    private static RootCommand Root(Exception thrown)
    {
        var command = new Command("explode", "throws");
        command.SetAction(int (ParseResult _) => throw thrown);
        return new RootCommand { command };
    }

    [Fact]
    public void Run_CommandThrowsAnUnexpectedException_OneLineExitThreeNoTrace()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = KabutoCli.Run(Root(new InvalidOperationException("the sum went\nwrong.")), ["explode"], stdout, stderr);

        Assert.Equal(KabutoCli.Internal, code);
        Assert.Equal(
            "kabuto: internal error in 'kabuto explode': InvalidOperationException: the sum went wrong; this is a bug in kabuto, not in your input: "
            + "please report it with the command (KABUTO_TRACE=1 prints the trace)",
            stderr.ToString().TrimEnd('\n'));
        Assert.DoesNotContain(" at ", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_CommandCancelled_ExitsOneThirtyQuietly()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = KabutoCli.Run(Root(new OperationCanceledException()), ["explode"], stdout, stderr);

        Assert.Equal((KabutoCli.Interrupted, string.Empty), (code, stderr.ToString()));
    }
}
