namespace Kabuto.Cli.Tests;

/// <summary>`kabuto calendar`: years the calendar does not cover, down to years no date can hold, are a user error
/// naming the covered range, never a crash.</summary>
public sealed class CalendarCommandTests
{
    [Theory]
    [InlineData("99999")]
    [InlineData("10000")]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("1800")]
    public void Calendar_YearOutsideTheCalendar_ExitsOneNamingTheRange(string year)
    {
        var (code, output, err) = Cli.Run("calendar", "tokyo", year);

        Assert.Equal(KabutoCli.UserError, code);
        Assert.Equal(string.Empty, output);
        var line = Assert.Single(UsageMessageTests.Lines(err));
        Assert.Contains($"year {year} is outside it", line, StringComparison.Ordinal);
        Assert.Contains("tokyo calendar covers 1955-01-01..", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("99999")]
    [InlineData("0")]
    [InlineData("1800")]
    public void Calendar_YearOutsideTheCalendar_WithAStore_ExitsOneNamingTheRange(string year)
    {
        // With a store the exchange's own calendar is looked up too; a year no date can hold must still be the one line.
        using var dir = new Kabuto.TestSupport.TempDirectory();
        var db = dir.File("k.db");
        Assert.Equal(KabutoCli.Ok, Cli.Run("import", WriteNikkei(dir), "--db", db).Code);

        var (code, output, err) = Cli.Run("calendar", "tokyo", year, "--db", db);

        Assert.Equal(KabutoCli.UserError, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains($"year {year} is outside it", Assert.Single(UsageMessageTests.Lines(err)), StringComparison.Ordinal);
    }

    private static string WriteNikkei(Kabuto.TestSupport.TempDirectory dir)
    {
        var path = dir.File("nikkei-225.csv");
        File.WriteAllText(path, "date,value\n2024-01-04,33288.29\n");
        return path;
    }

    [Fact]
    public void Calendar_NewYorkYearBeyondDates_ExitsOne()
    {
        var (code, _, err) = Cli.Run("calendar", "newyork", "2147483647");

        Assert.Equal(KabutoCli.UserError, code);
        Assert.Contains("newyork calendar covers", err, StringComparison.Ordinal);
    }
}
