using System.Diagnostics;
using System.Text.Json;
using Kabuto.Cli;
using Kabuto.Data.Store;
using Kabuto.TestSupport;

namespace Kabuto.Cli.Tests;

/// <summary>'kabuto import' into PostgreSQL as separate processes: several at once, one killed mid-import, and a
/// password in the address that nothing prints.</summary>
public sealed class PostgresImportCommandTests
{
    private const string Levels = "date,value\n2024-01-04,33288.29\n2024-01-05,33377.42\n";

    [Fact]
    public void Import_ThreeProcessesAtOnce_ImportEachFileOnceAndLoseNothing()
    {
        using var database = PostgresServer.CreateDatabase();
        if (database is null)
        {
            return;
        }

        using var dir = new TempDirectory();
        string[] tradingDays = ["2024-01-04", "2024-01-05", "2024-01-09", "2024-01-10", "2024-01-11", "2024-01-12"];
        for (var i = 0; i < tradingDays.Length; i++)
        {
            Write(dir, $"f{i}/nikkei-225.csv", $"date,value\n{tradingDays[i]},{33000 + i}\n");
        }

        // Two name the store with --db (the URI form), one through $KABUTO_DB (Npgsql's keyword form).
        var runs = new[]
        {
            Start(["import", dir.Path, "--json", "--db", database.Uri]),
            Start(["import", dir.Path, "--json", "--db", database.Uri]),
            Start(["import", dir.Path, "--json"], ("KABUTO_DB", database.ConnectionString)),
        }.Select(Finish).ToList();

        Assert.All(runs, r => Assert.True(r.Exit == 0, r.Error));
        var statuses = runs.SelectMany(r => JsonDocument.Parse(r.Output).RootElement.GetProperty("files").EnumerateArray())
            .GroupBy(f => f.GetProperty("source").GetString()).Select(g => g.Select(f => f.GetProperty("status").GetString()).Order().ToList()).ToList();
        Assert.Equal(6, statuses.Count);
        Assert.All(statuses, s => Assert.Equal(["imported", "unchanged", "unchanged"], s));
        using var store = MarketStore.Open(database.Uri);
        Assert.Equal((6L, 6L, 6), (store.Count("imports"), store.Count("daily_bars"), store.ListSeries().Single().Days));
    }

    [Fact]
    public void Import_ProcessKilledMidImport_LeavesPostgresUnchanged()
    {
        using var database = PostgresServer.CreateDatabase();
        if (database is null)
        {
            return;
        }

        using var dir = new TempDirectory();
        Assert.Equal(0, Finish(Start(["import", Write(dir, "a/nikkei-225.csv", Levels), "--db", database.Uri])).Exit);
        var big = Write(dir, "b/sp500.csv", "date,value\n" + string.Join('\n', Enumerable.Range(0, 3000).Select(i => $"{new DateOnly(2000, 1, 3).AddDays(i):yyyy-MM-dd},{1000 + i}")));
        var before = Counts(database.Uri);

        var run = Finish(Start(["import", big, "--db", database.Uri], ("KABUTO_TEST_CRASH_AFTER_ROWS", "500")));

        Assert.NotEqual(0, run.Exit);
        Assert.Contains("KABUTO_TEST_CRASH_AFTER_ROWS=500 reached", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, Counts(database.Uri));
    }

    [Fact]
    public void Commands_PasswordInTheAddress_IsNeverPrinted()
    {
        using var database = PostgresServer.CreateDatabase();
        if (database is null)
        {
            return;
        }

        using var dir = new TempDirectory();
        // The test server trusts loopback logins, so any password is accepted; an unreachable port shows the error path.
        var withPassword = database.Uri.Replace("://kabuto@", "://kabuto:s3cr%40t-pw@", StringComparison.Ordinal);
        var unreachable = $"postgres://kabuto:s3cr%40t-pw@127.0.0.1:1/{new Uri(database.Uri).AbsolutePath.Trim('/')}";

        var imported = Cli.Run("import", Write(dir, "a/nikkei-225.csv", Levels), "--db", withPassword);
        var failed = Cli.Run("indices", "--db", unreachable);
        var keywords = Cli.Run("indices", "--db", "Host=127.0.0.1;Port=1;Username=kabuto;Password=s3cr@t-pw;Database=x");

        Assert.Equal((0, KabutoCli.UserError, KabutoCli.UserError), (imported.Code, failed.Code, keywords.Code));
        Assert.Contains("postgres://kabuto@127.0.0.1:1/", failed.Err, StringComparison.Ordinal);
        foreach (var text in new[] { imported.Out, imported.Err, failed.Out, failed.Err, keywords.Out, keywords.Err })
        {
            Assert.DoesNotContain("s3cr", text, StringComparison.Ordinal);
        }
    }

    private static (long Bars, long Imports) Counts(string db)
    {
        using var store = MarketStore.Open(db);
        return (store.Count("daily_bars"), store.Count("imports"));
    }

    private static Process Start(string[] args, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(typeof(KabutoCli).Assembly.Location);
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment.Remove("KABUTO_DB");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return Process.Start(start)!;
    }

    private static (int Exit, string Output, string Error) Finish(Process process)
    {
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit(300_000);
            return (process.ExitCode, output.Result, error);
        }
    }

    private static string Write(TempDirectory dir, string relative, string text)
    {
        var path = Path.Combine(dir.Path, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}
