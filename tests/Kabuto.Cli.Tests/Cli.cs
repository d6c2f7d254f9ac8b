namespace Kabuto.Cli.Tests;

/// <summary>Runs the CLI in-process and captures its output (what an end-to-end test needs, without a process per call).</summary>
public static class Cli
{
    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = KabutoCli.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
