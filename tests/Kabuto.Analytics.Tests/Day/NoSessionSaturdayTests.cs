using Kabuto.Analytics.Day;
using Kabuto.Core.Market;

namespace Kabuto.Analytics.Tests.Day;

/// <summary>The TSE traded on Saturdays until January 1989 and the calendar does not model those sessions: a Saturday
/// before then without a row is "not known", never "did not trade".</summary>
public sealed class NoSessionSaturdayTests
{
    private static readonly DateOnly[] Held = [new(1985, 3, 1), new(1985, 3, 4), new(2026, 2, 13), new(2026, 2, 16)];

    [Fact]
    public void Explain_TokyoSaturdayBefore1989_SaysNotKnownNotDidNotTrade()
    {
        var text = NoSession.Explain("N225", IndexIds.N225, new DateOnly(1985, 3, 2), Held, data: null);

        Assert.DoesNotContain("did not trade", text, StringComparison.Ordinal);
        Assert.Contains("no data is held for N225 on 1985-03-02 (Saturday)", text, StringComparison.Ordinal);
        Assert.Contains("Saturday sessions until January 1989", text, StringComparison.Ordinal);
        Assert.Contains("1985-03-01 (before), 1985-03-04 (after)", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2026, 2, 14)] // a Saturday after 1989
    [InlineData(1985, 3, 3)]  // a Sunday
    public void Explain_WeekendTheExchangeNeverTraded_SaysDidNotTrade(int year, int month, int day)
    {
        var text = NoSession.Explain("N225", IndexIds.N225, new DateOnly(year, month, day), Held, data: null);

        Assert.Contains("did not trade", text, StringComparison.Ordinal);
        Assert.Contains("weekend", text, StringComparison.Ordinal);
    }
}
