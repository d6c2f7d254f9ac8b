using System.Diagnostics;
using System.Text.Json;
using Kabuto.Data.Store;
using Kabuto.TestSupport;

namespace Kabuto.Cli.Tests;

public sealed class ImportCommandTests
{
    private const string Levels = "date,value\n2024-01-04,33288.29\n2024-01-05,33377.42\n2024-01-06,33377.42\n";

    [Fact]
    public void Import_Json_ReportsRowsInsertedQuarantinedAndFindings()
    {
        using var dir = new TempDirectory();
        var file = Write(dir, "x/nikkei-225.csv", Levels);

        var (code, output, _) = Cli.Run("import", file, "--db", dir.File("k.db"), "--json");

        Assert.Equal(0, code);
        var root = JsonDocument.Parse(output).RootElement;
        var totals = root.GetProperty("totals");
        Assert.Equal((3, 2, 1), (totals.GetProperty("rows_read").GetInt32(), totals.GetProperty("inserted").GetInt32(), totals.GetProperty("quarantined").GetInt32()));
        Assert.Equal("weekend_row", root.GetProperty("files")[0].GetProperty("findings")[0].GetProperty("rule").GetString());
    }

    [Fact]
    public void Import_Text_IsOneTableWithFindingsGroupedByKind()
    {
        using var dir = new TempDirectory();
        Write(dir, "x/nikkei-225.csv", Levels);
        Write(dir, "x/topix.csv", "date,value\n2024-01-04,2378.79\n2024-01-06,2400.00\n2024-01-07,2410.00\n");

        var (code, output, _) = Cli.Run("import", Path.Combine(dir.Path, "x"), "--db", dir.File("k.db"));

        Assert.Equal(0, code);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.NotEqual(string.Empty, lines[0].Trim());
        Assert.All(lines, l => Assert.True(l.Length <= 160 && l == l.TrimEnd(), $"padded or too wide: '{l}'"));
        var weekend = Assert.Single(lines, l => l.Contains("weekend_row", StringComparison.Ordinal));
        Assert.Matches(@"weekend_row\s+3\s+3\s+2", weekend);
        Assert.DoesNotContain(lines, l => l.StartsWith("  line ", StringComparison.Ordinal));
        Assert.Contains("rows read 6 = 3 accepted + 3 quarantined; store rows written 3", output, StringComparison.Ordinal);
        Assert.Contains("can be larger or smaller than accepted", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_Verbose_ListsEveryFindingWithItsLine()
    {
        using var dir = new TempDirectory();
        Write(dir, "x/nikkei-225.csv", Levels);

        var (code, output, _) = Cli.Run("import", Path.Combine(dir.Path, "x"), "--db", dir.File("k.db"), "--verbose");

        Assert.Equal(0, code);
        Assert.Contains("  line 4 [weekend_row, quarantined]", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_SecondRun_InsertsNothing()
    {
        using var dir = new TempDirectory();
        var file = Write(dir, "x/nikkei-225.csv", Levels);
        Cli.Run("import", file, "--db", dir.File("k.db"));

        var (_, output, _) = Cli.Run("import", file, "--db", dir.File("k.db"), "--json");

        Assert.Equal(0, JsonDocument.Parse(output).RootElement.GetProperty("totals").GetProperty("inserted").GetInt32());
    }

    [Fact]
    public void Import_MissingPath_ExitsOneWithOneLine()
    {
        using var dir = new TempDirectory();

        var (code, _, error) = Cli.Run("import", dir.File("nope.csv"), "--db", dir.File("k.db"));

        Assert.Equal((1, 1), (code, error.Trim().Split('\n').Length));
    }

    [Fact]
    public void Levels_Json_ListsEachDateOnceInRange()
    {
        using var dir = new TempDirectory();
        Cli.Run("import", Write(dir, "x/nikkei-225.csv", Levels), "--db", dir.File("k.db"));

        var (code, output, _) = Cli.Run("levels", "N225", "--from", "2024-01-05", "--db", dir.File("k.db"), "--json");

        Assert.Equal(0, code);
        var levels = JsonDocument.Parse(output).RootElement.GetProperty("levels");
        Assert.Equal(("2024-01-05", 33377.42m), (levels[0].GetProperty("date").GetString(), levels[0].GetProperty("close").GetDecimal()));
        Assert.Equal(1, levels.GetArrayLength());
    }

    [Fact]
    public void Levels_UnknownIndex_ExitsOne()
    {
        using var dir = new TempDirectory();

        var (code, _, error) = Cli.Run("levels", "NOPE", "--db", dir.File("k.db"));

        Assert.Equal(1, code);
        Assert.Contains("NOPE", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Indices_Json_GivesCoverage()
    {
        using var dir = new TempDirectory();
        Cli.Run("import", Write(dir, "x/nikkei-225.csv", Levels), "--db", dir.File("k.db"));

        var (_, output, _) = Cli.Run("indices", "--db", dir.File("k.db"), "--json");

        var first = JsonDocument.Parse(output).RootElement[0];
        Assert.Equal(("N225", "2024-01-04", "2024-01-05", 2), (first.GetProperty("index").GetString(), first.GetProperty("first").GetString(),
            first.GetProperty("last").GetString(), first.GetProperty("days").GetInt32()));
    }

    [Fact]
    public void Import_ProcessKilledMidImport_LeavesDatabaseUnchanged()
    {
        using var dir = new TempDirectory();
        var db = dir.File("k.db");
        Cli.Run("import", Write(dir, "a/nikkei-225.csv", Levels), "--db", db);
        var big = Write(dir, "b/sp500.csv", "date,value\n" + string.Join('\n', Enumerable.Range(0, 3000).Select(i => $"{new DateOnly(2000, 1, 3).AddDays(i):yyyy-MM-dd},{1000 + i}")));
        var before = Counts(db);

        var exit = RunCliProcess(["import", big, "--db", db], ("KABUTO_TEST_CRASH_AFTER_ROWS", "500"));

        Assert.NotEqual(0, exit);
        Assert.Equal(before, Counts(db));
    }

    [Fact]
    public void Import_BinaryFile_NamesItAndSaysBinaryWithoutQuotingBytes()
    {
        using var dir = new TempDirectory();
        var file = Path.Combine(dir.Path, "x", "blob.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllBytes(file, Binary(1_500));

        var (code, _, err) = Cli.Run("import", file, "--db", dir.File("k.db"));

        Assert.Equal(KabutoCli.UserError, code);
        var line = Assert.Single(UsageMessageTests.Lines(err));
        Assert.Contains($"{file}: the file is binary", line, StringComparison.Ordinal);
        Assert.True(line.Length < 300, line);
        Assert.DoesNotContain(line, char.IsControl);
    }

    [Fact]
    public void Import_EmptyFile_SaysItIsEmpty()
    {
        using var dir = new TempDirectory();
        var file = Write(dir, "x/nikkei-225.csv", string.Empty);

        var (code, _, err) = Cli.Run("import", file, "--db", dir.File("k.db"));

        Assert.Equal(KabutoCli.UserError, code);
        var line = Assert.Single(UsageMessageTests.Lines(err));
        Assert.Contains($"{file}: the file is empty", line, StringComparison.Ordinal);
        Assert.DoesNotContain("not a known format", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_BadFileAmongGoodOnes_SaysWhichFailedAndThatNothingWasImported()
    {
        using var dir = new TempDirectory();
        var db = dir.File("k.db");
        var good = Write(dir, "a/nikkei-225.csv", Levels);
        var bad = Write(dir, "b/notes.csv", "this is not market data\nat all\n");
        var alsoGood = Write(dir, "c/topix.csv", "date,value\n2024-01-04,2383.94\n");

        var (code, _, err) = Cli.Run("import", good, bad, alsoGood, "--db", db);

        Assert.Equal(KabutoCli.UserError, code);
        var line = Assert.Single(UsageMessageTests.Lines(err));
        Assert.StartsWith($"kabuto: {bad}:", line, StringComparison.Ordinal);
        Assert.Contains("nothing was imported", line, StringComparison.Ordinal);
        Assert.Contains("leave it out", line, StringComparison.Ordinal);
        Assert.Equal((0L, 0L), Counts(db));
    }

    private static byte[] Binary(int length)
    {
        var bytes = new byte[length];
        new Random(5).NextBytes(bytes);
        return bytes;
    }

    private static (long Bars, long Imports) Counts(string db)
    {
        using var store = MarketStore.Open(db);
        return (store.Count("daily_bars"), store.Count("imports"));
    }

    private static int RunCliProcess(string[] args, (string Name, string Value) env)
    {
        var cli = typeof(KabutoCli).Assembly.Location;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(cli);
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment[env.Name] = env.Value;
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit(120_000);
        return process.ExitCode;
    }

    private static string Write(TempDirectory dir, string relative, string text)
    {
        var path = Path.Combine(dir.Path, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}
