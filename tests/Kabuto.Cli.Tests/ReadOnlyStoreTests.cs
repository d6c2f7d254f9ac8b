using Kabuto.TestSupport;
using Microsoft.Data.Sqlite;

namespace Kabuto.Cli.Tests;

/// <summary>A database file without write permission: the reading commands open it read-only (and never migrate it),
/// import says it is read-only. (Root ignores file permissions, so the store decides by the file's mode bits too.)</summary>
public sealed class ReadOnlyStoreTests
{
    private const string Levels = "date,value\n2024-02-19,38470.38\n2024-02-20,38363.61\n";

    [Fact]
    public void Indices_ReadOnlyStore_ListsTheSeries()
    {
        using var temp = new TempDirectory();
        var db = ImportedStore(temp);
        ReadOnlyFile.Make(db);

        var (code, output, err) = Cli.Run("indices", "--db", db);

        Assert.True(code == KabutoCli.Ok, err);
        Assert.Contains("N225", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Levels_ReadOnlyStore_PrintsTheLevels()
    {
        using var temp = new TempDirectory();
        var db = ImportedStore(temp);
        ReadOnlyFile.Make(db);

        var (code, output, err) = Cli.Run("levels", "N225", "--db", db, "--json");

        Assert.True(code == KabutoCli.Ok, err);
        Assert.Contains("38363.61", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_ReadOnlyStore_ExitsOneSayingItIsReadOnlyAndChangesNothing()
    {
        using var temp = new TempDirectory();
        var db = ImportedStore(temp);
        ReadOnlyFile.Make(db);
        var before = File.ReadAllBytes(db);
        var more = Write(temp, "y/topix.csv", "date,value\n2024-02-19,2625.62\n");

        var (code, _, err) = Cli.Run("import", more, "--db", db);

        Assert.Equal(KabutoCli.UserError, code);
        var line = Assert.Single(UsageMessageTests.Lines(err));
        Assert.Contains($"{db}: database is read-only", line, StringComparison.Ordinal);
        Assert.Contains("chmod u+w", line, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(db));
    }

    [Fact]
    public void Indices_ReadOnlyStoreOfAnOlderSchema_ExitsOneAskingToMakeItWritableAndLeavesItAsIs()
    {
        using var temp = new TempDirectory();
        var db = ImportedStore(temp);
        Execute(db, "DROP TABLE session_levels; DELETE FROM schema_version WHERE version >= 5;");
        ReadOnlyFile.Make(db);

        var (code, _, err) = Cli.Run("indices", "--db", db);

        Assert.Equal(KabutoCli.UserError, code);
        var line = Assert.Single(UsageMessageTests.Lines(err));
        Assert.Contains("schema version 4", line, StringComparison.Ordinal);
        Assert.Contains("read-only", line, StringComparison.Ordinal);
        Assert.Equal(4L, Scalar(db, "SELECT MAX(version) FROM schema_version"));
    }

    private static string ImportedStore(TempDirectory temp)
    {
        var db = temp.File("k.db");
        var (code, _, err) = Cli.Run("import", Write(temp, "x/nikkei-225.csv", Levels), "--db", db);
        Assert.True(code == KabutoCli.Ok, err);
        return db;
    }

    private static void Execute(string db, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static long Scalar(string db, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    private static string Write(TempDirectory temp, string relative, string text)
    {
        var path = Path.Combine(temp.Path, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}
