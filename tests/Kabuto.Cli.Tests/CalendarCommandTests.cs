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

    [Fact]
    public void Calendar_NewYorkYearBeyondDates_ExitsOne()
    {
        var (code, _, err) = Cli.Run("calendar", "newyork", "2147483647");

        Assert.Equal(KabutoCli.UserError, code);
        Assert.Contains("newyork calendar covers", err, StringComparison.Ordinal);
    }
}
