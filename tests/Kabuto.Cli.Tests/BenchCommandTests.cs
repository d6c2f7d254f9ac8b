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
    public void Bench_Json_CarriesTheBuildTypeTheWorstCaseAndTheBareLoop()
    {
        var (code, output, err) = Cli.Run(["bench", .. Small, "--indices", "50", "--allow-debug", "--json"]);

        Assert.True(code == KabutoCli.Ok, err);
        Assert.Contains($"\"build\": \"{BenchCommand.Build}\"", output, StringComparison.Ordinal);
        Assert.Contains("\"indices\": 50,", output, StringComparison.Ordinal);
        Assert.Contains("\"worst_case_ticks_per_second\": ", output, StringComparison.Ordinal);

        // The bare loop written in C# runs on the same ticks and must end with the engine's sums.
        Assert.Contains("\"managed_bare_loop_sums_match\": true", output, StringComparison.Ordinal);
        if (File.Exists(Kabuto.Live.UseCases.BareLoop.Compiler))
        {
            // Same ticks, same arithmetic: the native loop's final sums are the engine's.
            Assert.Contains("\"bare_loop_sums_match\": true", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Options_WorkloadValues_CarriedIntoTheBenchOptions()
    {
        var options = BenchCommand.Options(40_000, 4_000, 2_000_000, 3_600, 0.5);

        Assert.Equal((40_000, 4_000, 2_000_000, 3_600, 0.5), (options.Instruments, options.Indices, options.EngineTicks, options.SessionSeconds, options.PriceChangeShare));
    }

    [Theory]
    [InlineData("--indices", "0", "--indices '0' is out of range; give a whole number from 1 to 100,000")]
    [InlineData("--instruments", "70000", "--instruments '70000' is out of range; give a whole number from 60 to 65,536")]
    [InlineData("--session-seconds", "20000", "--session-seconds '20000' is out of range; give a whole number from 1 to 19,800")]
    [InlineData("--price-change-share", "1.5", "--price-change-share '1.5' is not a share; give a number from 0 to 1")]
    public void Bench_WorkloadOptionOutOfRange_OneLineNamingOptionValueAndRange(string option, string value, string expected)
    {
        var (code, output, err) = Cli.Run(["bench", .. Small.Where((_, i) => Small[i - (i % 2)] != option), option, value, "--allow-debug"]);

        Assert.Equal(KabutoCli.UserError, code);
        Assert.Contains(expected, Assert.Single(UsageMessageTests.Lines(err)), StringComparison.Ordinal);
        Assert.DoesNotContain("ticks/s", output, StringComparison.Ordinal);
    }
}
