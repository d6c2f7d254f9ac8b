using Kabuto.Cli.Commands;

namespace Kabuto.Cli.Tests;

/// <summary>kabuto bench says which build it measured and refuses a Debug build's numbers unless asked for them.</summary>
public sealed class BenchCommandTests
{
    private static readonly string[] Small =
        ["--instruments", "60", "--ticks", "10000", "--file-ticks", "10000", "--runs", "1", "--lean", "/no/such/lean/folder"];

    [Fact]
    public void Bench_DebugBuildWithoutAllowDebug_ExitsOneSayingToUseRelease()
    {
        if (BenchCommand.Build == "Release")
        {
            return; // the refusal only concerns a Debug build
        }

        var (code, output, err) = Cli.Run(["bench", .. Small]);

        Assert.Equal(KabutoCli.UserError, code);
        var line = Assert.Single(UsageMessageTests.Lines(err));
        Assert.Contains("dotnet run -c Release --project src/Kabuto.Cli -- bench", line, StringComparison.Ordinal);
        Assert.Contains("--allow-debug", line, StringComparison.Ordinal);
        Assert.DoesNotContain("ticks/s", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Bench_AllowDebug_PrintsTheBuildTypeFirst()
    {
        var (code, output, err) = Cli.Run(["bench", .. Small, "--allow-debug"]);

        Assert.True(code == KabutoCli.Ok, err);
        var first = output.Split('\n')[0];
        Assert.StartsWith($"build: {BenchCommand.Build}", first, StringComparison.Ordinal);
        Assert.Contains("ticks/s", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Bench_Json_CarriesTheBuildType()
    {
        var (code, output, err) = Cli.Run(["bench", .. Small, "--allow-debug", "--json"]);

        Assert.True(code == KabutoCli.Ok, err);
        Assert.Contains($"\"build\": \"{BenchCommand.Build}\"", output, StringComparison.Ordinal);
    }
}
