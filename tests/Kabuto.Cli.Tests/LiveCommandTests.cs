using Kabuto.TestSupport;

namespace Kabuto.Cli.Tests;

/// <summary>The live commands end to end: demo, simulate, replay (and its errors).</summary>
public sealed class LiveCommandTests
{
    [Fact]
    public void Demo_NoData_PrintsBothIndicesWithContributions()
    {
        var (code, output, _) = Cli.Run("demo");

        Assert.Equal(KabutoCli.Ok, code);
        Assert.Contains("Nikkei 225 (simulated)", output, StringComparison.Ordinal);
        Assert.Contains("TOPIX (simulated)", output, StringComparison.Ordinal);
        Assert.Contains("top contributions", output, StringComparison.Ordinal);
    }

    [Fact]
    public void SimulateThenReplay_Json_ReportsTicksLevelsAndCounts()
    {
        using var temp = new TempDirectory();
        var file = temp.File("s.kbt");
        var (simulated, _, simErr) = Cli.Run("simulate", "--date", "2026-11-20", "--out", file, "--ticks", "20000", "--stocks", "120", "--faults", "0.01");

        var (code, output, err) = Cli.Run("replay", file, "--json");

        Assert.True(simulated == KabutoCli.Ok, simErr);
        Assert.True(code == KabutoCli.Ok, err);
        Assert.Contains("\"ticks_per_second\"", output, StringComparison.Ordinal);
        Assert.Contains("\"out_of_order\"", output, StringComparison.Ordinal);
        Assert.Contains("\"N225\"", output, StringComparison.Ordinal);
        Assert.Contains("\"p99_ns\"", output, StringComparison.Ordinal);
        Assert.Contains("\"session_seconds\": 19800", output, StringComparison.Ordinal);
        Assert.Contains("\"speedup_vs_real_time\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_MissingFile_ExitsOneNamingTheFile()
    {
        var (code, _, err) = Cli.Run("replay", "/no/such/file.kbt");

        Assert.Equal(KabutoCli.UserError, code);
        Assert.Contains("/no/such/file.kbt", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Simulate_BadDate_ExitsOne()
    {
        using var temp = new TempDirectory();

        var (code, _, err) = Cli.Run("simulate", "--date", "20-11-2026", "--out", temp.File("x.kbt"));

        Assert.Equal(KabutoCli.UserError, code);
        Assert.Contains("YYYY-MM-DD", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_LeanZip_ReportsTheLeanIndex()
    {
        var path = SharedData.Require("raw/lean-algoseek-ticks/ibm/20131007_trade.zip");
        if (path is null)
        {
            return;
        }

        var (code, output, err) = Cli.Run("replay", path);

        Assert.True(code == KabutoCli.Ok, err);
        Assert.Contains("LEAN-PW", output, StringComparison.Ordinal);
        Assert.Contains("24,293 ticks", output, StringComparison.Ordinal);
    }
}
