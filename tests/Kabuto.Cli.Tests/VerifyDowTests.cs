using System.Runtime.CompilerServices;
using System.Text.Json;
using Kabuto.TestSupport;

namespace Kabuto.Cli.Tests;

/// <summary>The real check of the engine: the UCI weekly closes of the 30 Dow members of H1 2011, divided by the
/// divisor 0.132129493, against the official DJIA closes — imported by the real import command, verified by the real
/// verify command, in-process.</summary>
public sealed class VerifyDowTests(VerifyDowTests.ImportedDow dow) : IClassFixture<VerifyDowTests.ImportedDow>
{
    private static readonly string[] CleanWeeks =
        ["2011-03-11", "2011-03-18", "2011-03-25", "2011-04-01", "2011-04-08", "2011-05-06", "2011-05-13", "2011-05-27"];

    [Fact]
    public void Verify_CleanWeeks_ComputedEqualsOfficialToTheCent()
    {
        if (dow.Json is not { } json)
        {
            return;
        }

        foreach (var date in CleanWeeks)
        {
            var row = Row(json, date);
            Assert.Equal("match", row.GetProperty("status").GetString());
            Assert.Equal(row.GetProperty("official").GetDecimal(), row.GetProperty("computed").GetDecimal());
        }

        Assert.Equal(12044.40m, Row(json, "2011-03-11").GetProperty("computed").GetDecimal());
    }

    [Fact]
    public void Verify_WeekWithoutAlcoa_IsIncompleteAndNotComputed()
    {
        if (dow.Json is not { } json)
        {
            return;
        }

        var row = Row(json, "2011-01-14");

        Assert.Equal("incomplete", row.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("computed").ValueKind);
        Assert.Equal(["AA"], row.GetProperty("missing_members").EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public void Verify_MismatchWeek_IsExplainedAsWholeCentsInOneClose()
    {
        if (dow.Json is not { } json)
        {
            return;
        }

        var row = Row(json, "2011-04-29");
        var explanation = row.GetProperty("explanation");

        Assert.Equal(-1.29m, row.GetProperty("difference").GetDecimal());
        Assert.Equal(17, explanation.GetProperty("cents").GetInt32());
        Assert.True(explanation.GetProperty("exact").GetBoolean());
    }

    [Fact]
    public void Verify_Summary_CountsTheWeeks()
    {
        if (dow.Json is not { } json)
        {
            return;
        }

        var summary = json.RootElement.GetProperty("summary");

        Assert.Equal(25, summary.GetProperty("dates").GetInt32());
        Assert.Equal(8, summary.GetProperty("matches").GetInt32());
        Assert.Equal(16, summary.GetProperty("mismatches").GetInt32());
        Assert.Equal(1, summary.GetProperty("incomplete").GetInt32());
        Assert.Equal(1.29m, summary.GetProperty("max_abs_difference").GetDecimal());
    }

    [Fact]
    public void Verify_TextOutput_ShowsOneCentExplanation()
    {
        if (dow.Db is not { } db)
        {
            return;
        }

        var (code, output, _) = Cli.Run("verify", DefinitionPath(), "--against", "DJIA", "--db", db);

        Assert.Equal(KabutoCli.Ok, code);
        Assert.Contains("0.07 points below official; equals a 1-cent difference in one member's close", output, StringComparison.Ordinal);
        Assert.Contains("missing: AA", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_DefinitionWithNegativeFactor_ExitsOneWithOneLineNamingField()
    {
        using var temp = new TempDirectory();
        var file = temp.File("bad.json");
        File.WriteAllText(file, """{ "id": "x", "methodology": "price_weighted", "divisor": 1, "members": [{ "code": "AA", "factor": -2 }] }""");

        var (code, _, err) = Cli.Run("verify", file, "--db", temp.File("k.db"));

        Assert.Equal(KabutoCli.UserError, code);
        Assert.Contains("members[0].factor '-2' must be greater than 0", err, StringComparison.Ordinal);
        Assert.Single(err.Trim().Split('\n'));
    }

    [Fact]
    public void Verify_DefinitionWithUnknownMember_ExitsOneNamingTheMemberField()
    {
        if (dow.Db is not { } db)
        {
            return;
        }

        using var temp = new TempDirectory();
        var file = temp.File("unknown.json");
        File.WriteAllText(file, File.ReadAllText(DefinitionPath()).Replace("\"code\": \"AA\"", "\"code\": \"ZZZZ\"", StringComparison.Ordinal));

        var (code, _, err) = Cli.Run("verify", file, "--against", "DJIA", "--db", db);

        Assert.Equal(KabutoCli.UserError, code);
        Assert.Contains("members[0].code 'ZZZZ' has no prices in the store", err, StringComparison.Ordinal);
        Assert.Single(err.Trim().Split('\n'));
    }

    [Fact]
    public void Verify_DefinitionWithoutDivisor_ExitsOneNamingTheField()
    {
        using var temp = new TempDirectory();
        var file = temp.File("nodivisor.json");
        File.WriteAllText(file, """{ "id": "x", "methodology": "price_weighted", "members": [{ "code": "AA", "factor": 1 }] }""");

        var (code, _, err) = Cli.Run("verify", file, "--db", temp.File("k.db"));

        Assert.Equal(KabutoCli.UserError, code);
        Assert.Contains("divisor is missing", err, StringComparison.Ordinal);
        Assert.Single(err.Trim().Split('\n'));
    }

    private static JsonElement Row(JsonDocument json, string date) =>
        json.RootElement.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("date").GetString() == date);

    internal static string DefinitionPath([CallerFilePath] string thisFile = "")
    {
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(thisFile)!); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "definitions", "djia-2011.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"definitions/djia-2011.json not found above {thisFile}");
    }

    /// <summary>Imports the two folders once into a temporary database and runs verify --json on it.</summary>
    public sealed class ImportedDow : IDisposable
    {
        private readonly TempDirectory _temp = new();

        public ImportedDow()
        {
            var members = SharedData.Require("raw/uci-dow-jones-index");
            var official = SharedData.Require("raw/dji-hist");
            if (members is null || official is null)
            {
                return;
            }

            Db = _temp.File("kabuto.db");
            var import = Cli.Run("import", members, official, "--db", Db);
            if (import.Code != KabutoCli.Ok)
            {
                throw new InvalidOperationException($"import failed ({import.Code}): {import.Err}");
            }

            var verify = Cli.Run("verify", DefinitionPath(), "--against", "DJIA", "--db", Db, "--json");
            if (verify.Code != KabutoCli.Ok)
            {
                throw new InvalidOperationException($"verify failed ({verify.Code}): {verify.Err}");
            }

            Json = JsonDocument.Parse(verify.Out);
        }

        public string? Db { get; }

        public JsonDocument? Json { get; }

        public void Dispose()
        {
            Json?.Dispose();
            _temp.Dispose();
        }
    }
}
