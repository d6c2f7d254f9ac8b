using System.Text.Json;
using Kabuto.TestSupport;

namespace Kabuto.Cli.Tests;

/// <summary>kabuto day / kabuto records end to end: import a small Nikkei file into a fresh store, then ask.</summary>
public sealed class FactsCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly string _db;

    public FactsCommandTests()
    {
        _db = _dir.File("kabuto.db");
        var data = Directory.CreateDirectory(Path.Combine(_dir.Path, "data")).FullName;
        File.WriteAllText(Path.Combine(data, "nikkei-225.csv"),
            "date,value\n2024-02-19,38470.38\n2024-02-20,38363.61\n2024-02-21,38262.16\n2024-02-22,39098.68\n2024-02-26,39233.71\n");
        var (code, _, err) = Cli.Run("import", data, "--db", _db);
        Assert.True(code == 0, err);
    }

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Day_Json_ListsFactsWithContractFields()
    {
        var (code, output, _) = Cli.Run("day", "N225", "2024-02-22", "--db", _db, "--json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var facts = json.RootElement.GetProperty("facts").EnumerateArray().ToList();
        var record = facts.Single(f => f.GetProperty("kind").GetString() == "record_close");
        Assert.Equal("N225:2024-02-22:close:record_close", record.GetProperty("id").GetString());
        Assert.Equal(39098.68m, record.GetProperty("value").GetDecimal());
        Assert.Equal("2024-02-22", record.GetProperty("date").GetString());
        // Held from 2024-02-19, the Nikkei's history is judged against the catalogue's record close of 1989-12-29.
        Assert.Equal("1989-12-29", record.GetProperty("reference_date").GetString());
        Assert.Equal(38915.87m, record.GetProperty("reference_value").GetDecimal());
        Assert.Equal("close", record.GetProperty("inputs")[0].GetProperty("field").GetString());
        Assert.Equal("1989-12-29", record.GetProperty("inputs")[1].GetProperty("date").GetString());
    }

    [Fact]
    public void Day_Text_IsATableOfFacts()
    {
        var (code, output, _) = Cli.Run("day", "tokyo", "2024-02-22", "--db", _db);

        Assert.Equal(0, code);
        Assert.Contains("change_pct", output, StringComparison.Ordinal);
        Assert.Contains("+2.19%", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Day_Holiday_ExitsOneNamingTheNearestTradingDays()
    {
        var (code, _, err) = Cli.Run("day", "tokyo", "2024-02-23", "--db", _db);

        Assert.Equal(1, code);
        Assert.Contains("2024-02-23", err, StringComparison.Ordinal);
        Assert.Contains("2024-02-22", err, StringComparison.Ordinal);
        Assert.Contains("2024-02-26", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Day_BadDate_ExitsTwo()
    {
        var (code, _, err) = Cli.Run("day", "N225", "22/02/2024", "--db", _db);

        Assert.Equal(KabutoCli.Usage, code);
        Assert.Contains("YYYY-MM-DD", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Records_Json_HasTheFirstCloseAboveTheRoundLevel()
    {
        var (code, output, _) = Cli.Run("records", "N225", "--db", _db, "--json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Contains(json.RootElement.GetProperty("facts").EnumerateArray(),
            f => f.GetProperty("id").GetString() == "N225:2024-02-22:close:first_close_above:39000");
    }

    [Fact]
    public void Records_Text_StatesTheScopeOnceThenTheDigest()
    {
        var (code, output, _) = Cli.Run("records", "N225", "--db", _db);

        Assert.Equal(0, code);
        var header = output.Split('\n')[0];
        Assert.Contains("history held from 2024-02-19", header, StringComparison.Ordinal);
        Assert.Contains("N225's history starts 1949-05-16", header, StringComparison.Ordinal);
        Assert.Contains("38,915.87 on 1989-12-29", header, StringComparison.Ordinal);
        Assert.Contains("Record closes that were news", output, StringComparison.Ordinal);
        Assert.Contains("first_record_close_since", output, StringComparison.Ordinal);
        Assert.Single(output.Split('\n'), l => l.Contains("history held from", StringComparison.Ordinal));
    }

    [Fact]
    public void Records_All_ListsEveryFactRow()
    {
        var (_, json, _) = Cli.Run("records", "N225", "--db", _db, "--json");
        using var doc = JsonDocument.Parse(json);
        var count = doc.RootElement.GetProperty("facts").GetArrayLength();

        var (code, output, _) = Cli.Run("records", "N225", "--db", _db, "--all");

        Assert.Equal(0, code);
        Assert.Contains($"N225 records: {count} facts", output, StringComparison.Ordinal);
        Assert.Contains("rank_fall_points", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Records_Json_CarriesTheScope()
    {
        var (code, output, _) = Cli.Run("records", "N225", "--db", _db, "--json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var scope = json.RootElement.GetProperty("scope");
        Assert.Equal("2024-02-19", scope.GetProperty("held_from").GetString());
        Assert.Equal("1949-05-16", scope.GetProperty("index_history_from").GetString());
        Assert.False(scope.GetProperty("complete").GetBoolean());
        Assert.Contains(scope.GetProperty("catalogue").EnumerateArray(),
            k => k.GetProperty("kind").GetString() == "highest_close" && k.GetProperty("value").GetDecimal() == 38915.87m);
    }

    [Fact]
    public void Records_UnknownIndex_ExitsOne()
    {
        var (code, _, _) = Cli.Run("records", "NOPE", "--db", _db);

        Assert.Equal(1, code);
    }
}
