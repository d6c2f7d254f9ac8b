using Kabuto.TestSupport;

namespace Kabuto.Cli.Tests;

/// <summary>Bad usage is exit 2 with one line on stderr that says what is wrong in words: unknown commands, values
/// that do not parse (numbers, dates, dates that do not exist), contradicting options, an empty --db.</summary>
public sealed class UsageMessageTests
{
    private const string Levels = "date,value\n2024-02-19,38470.38\n2024-02-20,38363.61\n2024-02-21,38262.16\n";

    [Fact]
    public void Run_UnknownCommand_OneLineNamingItAndTheCommands()
    {
        var (code, _, err) = Cli.Run("no-such-command");

        Assert.Equal(KabutoCli.Usage, code);
        var line = Assert.Single(Lines(err));
        Assert.Contains("unknown command 'no-such-command'", line, StringComparison.Ordinal);
        Assert.Contains("import", line, StringComparison.Ordinal);
        Assert.Contains("kabuto --help", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Required command", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_NoCommand_ExitsTwoWithOneLineListingTheCommands()
    {
        var (code, _, err) = Cli.Run();

        Assert.Equal(KabutoCli.Usage, code);
        Assert.Contains("calendar", Assert.Single(Lines(err)), StringComparison.Ordinal);
    }

    [Fact]
    public void Calendar_YearNotANumber_SaysSoWithoutTypeNames()
    {
        var (code, _, err) = Cli.Run("calendar", "tokyo", "abc");

        Assert.Equal(KabutoCli.Usage, code);
        var line = Assert.Single(Lines(err));
        Assert.Contains("year 'abc' is not a whole number", line, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Simulate_TicksNotANumber_NamesTheOptionWithoutTypeNames()
    {
        using var temp = new TempDirectory();

        var (code, _, err) = Cli.Run("simulate", "--date", "2026-03-18", "--out", temp.File("s.kbt"), "--ticks", "many");

        Assert.Equal(KabutoCli.Usage, code);
        var line = Assert.Single(Lines(err));
        Assert.Contains("--ticks 'many' is not a whole number", line, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", line, StringComparison.Ordinal);
    }

    public static TheoryData<string[]> MalformedDates => new()
    {
        { new[] { "levels", "N225", "--from", "20-02-2024" } },
        { new[] { "levels", "N225", "--to", "2024/02/20" } },
        { new[] { "day", "tokyo", "yesterday" } },
        { new[] { "wrap", "tokyo", "2024-2-20" } },
        { new[] { "shadow", "N225", "--raw-from", "30/03/2026" } },
        { new[] { "simulate", "--date", "20-11-2026", "--out", "never-written.kbt" } },
    };

    [Theory]
    [MemberData(nameof(MalformedDates))]
    public void AnyCommand_MalformedDate_ExitsTwoWithTheFormat(string[] args)
    {
        using var temp = new TempDirectory();

        var (code, _, err) = Cli.Run([.. args, "--db", temp.File("k.db")]);

        Assert.Equal(KabutoCli.Usage, code);
        Assert.Contains("YYYY-MM-DD", Assert.Single(Lines(err)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024-02-30", "February 2024 has 29 days")]
    [InlineData("2023-02-29", "February 2023 has 28 days")]
    [InlineData("2024-04-31", "April 2024 has 30 days")]
    [InlineData("2024-13-01", "there is no month 13")]
    public void Day_DateThatDoesNotExist_SaysItDoesNotExist(string date, string why)
    {
        using var temp = new TempDirectory();

        var (code, _, err) = Cli.Run("day", "tokyo", date, "--db", temp.File("k.db"));

        Assert.Equal(KabutoCli.Usage, code);
        var line = Assert.Single(Lines(err));
        Assert.Contains($"'{date}' does not exist", line, StringComparison.Ordinal);
        Assert.Contains(why, line, StringComparison.Ordinal);
        Assert.DoesNotContain("write it as", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Levels_FromAfterTo_ExitsTwoNamingBothDates()
    {
        using var temp = new TempDirectory();
        var db = temp.File("k.db");
        var file = Path.Combine(temp.Path, "x", "nikkei-225.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, Levels);
        Assert.Equal(KabutoCli.Ok, Cli.Run("import", file, "--db", db).Code);

        var (code, output, err) = Cli.Run("levels", "N225", "--from", "2024-02-21", "--to", "2024-02-19", "--db", db);

        Assert.Equal(KabutoCli.Usage, code);
        Assert.Equal(string.Empty, output);
        var line = Assert.Single(Lines(err));
        Assert.Contains("--from 2024-02-21 is after --to 2024-02-19", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Shadow_FromAfterTo_ExitsTwo()
    {
        using var temp = new TempDirectory();

        var (code, _, err) = Cli.Run("shadow", "N225", "--from", "2026-03-02", "--to", "2026-03-01", "--db", temp.File("k.db"));

        Assert.Equal(KabutoCli.Usage, code);
        Assert.Contains("is after --to", Assert.Single(Lines(err)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Indices_EmptyDb_ExitsTwoInsteadOfATemporaryStore(string db)
    {
        var (code, output, err) = Cli.Run("indices", "--db", db);

        Assert.Equal(KabutoCli.Usage, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("--db", Assert.Single(Lines(err)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("records", "")]
    [InlineData("day", "", "2024-03-01")]
    [InlineData("levels", " ")]
    [InlineData("check", "")]
    public void AnyCommand_EmptyArgument_ExitsTwoNamingIt(params string[] args)
    {
        using var temp = new TempDirectory();

        var (code, _, err) = Cli.Run([.. args, "--db", temp.File("k.db")]);

        Assert.Equal(KabutoCli.Usage, code);
        Assert.Contains(" is empty; expected ", Assert.Single(Lines(err)), StringComparison.Ordinal);
    }

    [Fact]
    public void Levels_DateWithNewlineAndControlCharacters_StillOneLine()
    {
        using var temp = new TempDirectory();

        var (code, _, err) = Cli.Run("levels", "N225", "--from", "2024\n\u0001-01\r-05", "--db", temp.File("k.db"));

        Assert.Equal(KabutoCli.Usage, code);
        Assert.DoesNotContain('\u0001', Assert.Single(Lines(err)));
    }

    internal static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
