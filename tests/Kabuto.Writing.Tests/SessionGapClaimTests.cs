using Kabuto.Core.Market;
using Kabuto.Checking;
using Kabuto.Writing.Facts;

namespace Kabuto.Writing.Tests;

/// <summary>A move claimed for a day whose previous trading day the store does not hold is not judged across the
/// gap (TOPIX 2026-08-20 is missing in the shared data: its 08-21 "change" from 08-19 spans two sessions).</summary>
public sealed class SessionGapClaimTests
{
    private static readonly DateOnly Wednesday = new(2026, 8, 19);
    private static readonly DateOnly Friday = new(2026, 8, 21);

    private static InMemoryMarketData Market() => new InMemoryMarketData()
        .AddBars(IndexIds.N225, [DailyBar.CloseOnly(Wednesday, 66_000m), DailyBar.CloseOnly(Wednesday.AddDays(1), 66_214.00m), DailyBar.CloseOnly(Friday, 66_016.36m)])
        .AddBars(IndexIds.Topix, [DailyBar.CloseOnly(Wednesday, 4_012.30m), DailyBar.CloseOnly(Friday, 4_067.29m)]);

    [Theory]
    [InlineData("The Topix rose 1.37% on Friday.", "change_pct")]
    [InlineData("The Topix fell 1.2% on Friday.", "change_pct")]
    [InlineData("The Topix rose on Friday.", "direction")]
    public void Check_MoveAfterAMissingSession_IsNotCheckableAndNamesTheMissingDay(string article, string kind)
    {
        var claim = Assert.Single(new ArticleChecker(Market(), new FactList([])).Check(article, "test", Friday).Claims, c => c.Kind == kind);

        Assert.Equal(Verdict.NotCheckable, claim.Verdict);
        Assert.Contains("2026-08-20", claim.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MoveWithThePreviousSessionHeld_IsJudged()
    {
        // N225 holds 08-20: 66,214.00 -> 66,016.36 is -0.30%.
        var claim = Assert.Single(new ArticleChecker(Market(), new FactList([])).Check("The Nikkei 225 fell 0.30% on Friday.", "test", Friday).Claims,
            c => c.Kind == "change_pct");

        Assert.Equal(Verdict.Supported, claim.Verdict);
    }

    /// <summary>ADR 0018: a day the exchange's own calendar (held in the store) has closed is no gap: the move across it
    /// is the day's move and is judged.</summary>
    [Fact]
    public void Check_MoveAfterADayTheExchangeClosed_IsJudged()
    {
        var market = Market().AddExchangeDays(Markets.Tokyo, [(Wednesday.AddDays(1), 0)]);

        var claims = new ArticleChecker(market, new FactList([])).Check("The Topix rose 1.37% on Friday.", "test", Friday).Claims;

        Assert.Equal(Verdict.Supported, Assert.Single(claims, c => c.Kind == "change_pct").Verdict);
    }
}
