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
    public void SimulateThenReplay_Text_SaysSimulatedInEveryOutput()
    {
        using var temp = new TempDirectory();
        var file = temp.File("s.kbt");

        var (simulated, simOut, simErr) = Cli.Run("simulate", "--date", "2026-11-20", "--out", file, "--ticks", "1000", "--stocks", "60", "--db", temp.File("none.db"));
        var (code, output, err) = Cli.Run("replay", file);
        var (jsonCode, json, _) = Cli.Run("replay", file, "--json");

        Assert.True(simulated == KabutoCli.Ok, simErr);
        Assert.True(code == KabutoCli.Ok, err);
        Assert.Equal(KabutoCli.Ok, jsonCode);
        Assert.Contains("simulated ticks", simOut, StringComparison.Ordinal);
        Assert.Contains("previous closes invented", simOut, StringComparison.Ordinal);
        Assert.Contains("simulated session", output.Split('\n')[0], StringComparison.Ordinal);
        Assert.Contains("\"simulated\": true", json, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.File("none.db")));
    }

    [Fact]
    public void Simulate_NoOut_WritesIntoTheTempFolderNotTheWorkingFolder()
    {
        using var temp = new TempDirectory();
        var expected = Path.Combine(Path.GetTempPath(), "kabuto-simulated-2026-11-19.kbt");
        try
        {
            var (code, output, err) = Cli.Run("simulate", "--date", "2026-11-19", "--ticks", "1000", "--stocks", "60", "--db", temp.File("none.db"));

            Assert.True(code == KabutoCli.Ok, err);
            Assert.Contains("-> " + expected, output, StringComparison.Ordinal);
            Assert.True(File.Exists(expected));
        }
        finally
        {
            File.Delete(expected);
        }
    }

    [Fact]
    public void Replay_MissingFile_ExitsOneNamingTheFile()
    {
        var (code, _, err) = Cli.Run("replay", "/no/such/file.kbt");

        Assert.Equal(KabutoCli.UserError, code);
        Assert.Contains("/no/such/file.kbt", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Simulate_BadDate_ExitsTwo()
    {
        using var temp = new TempDirectory();

        var (code, _, err) = Cli.Run("simulate", "--date", "20-11-2026", "--out", temp.File("x.kbt"));

        Assert.Equal(KabutoCli.Usage, code);
        Assert.Contains("YYYY-MM-DD", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Simulate_OutIntoMissingFolder_ExitsOneNamingTheFolder()
    {
        using var temp = new TempDirectory();
        var folder = Path.Combine(temp.Path, "no-such-folder");

        var (code, _, err) = Cli.Run("simulate", "--date", "2026-11-20", "--out", Path.Combine(folder, "s.kbt"), "--ticks", "1000", "--stocks", "60");

        Assert.Equal(KabutoCli.UserError, code);
        var line = Assert.Single(UsageMessageTests.Lines(err));
        Assert.Contains($"folder '{folder}' does not exist", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Simulate_OutIsAFolder_ExitsOneNamingIt()
    {
        using var temp = new TempDirectory();

        var (code, _, err) = Cli.Run("simulate", "--date", "2026-11-20", "--out", temp.Path, "--ticks", "1000", "--stocks", "60");

        Assert.Equal(KabutoCli.UserError, code);
        Assert.Contains("is a folder", Assert.Single(UsageMessageTests.Lines(err)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("0.6")]
    [InlineData("-0.1")]
    public void Simulate_FaultRateOutsideZeroToHalf_ExitsOneNamingTheOption(string rate)
    {
        using var temp = new TempDirectory();

        var (code, _, err) = Cli.Run("simulate", "--date", "2026-11-20", "--out", temp.File("s.kbt"), "--ticks", "1000", "--stocks", "60", "--faults", rate);

        Assert.Equal(KabutoCli.UserError, code);
        Assert.Contains("--faults between 0 and 0.5", err, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.File("s.kbt")));
    }

    [Theory]
    [InlineData("2026-03-22", "a Sunday", "2026-03-23")]
    [InlineData("2026-03-20", "Vernal Equinox Day", "2026-03-23")]
    [InlineData("2026-01-01", "New Year", "2026-01-05")]
    public void Simulate_NonTradingDay_RefusesNamingTheNextTradingDayAndWritesNothing(string date, string why, string next)
    {
        using var temp = new TempDirectory();
        var file = temp.File("s.kbt");

        var (code, _, err) = Cli.Run("simulate", "--date", date, "--out", file, "--ticks", "1000", "--stocks", "60");

        Assert.Equal(KabutoCli.UserError, code);
        var line = Assert.Single(UsageMessageTests.Lines(err));
        Assert.Contains($"'{date}' is not a Tokyo trading day", line, StringComparison.Ordinal);
        Assert.Contains(why, line, StringComparison.Ordinal);
        Assert.Contains($"the next trading day is {next}", line, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
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
