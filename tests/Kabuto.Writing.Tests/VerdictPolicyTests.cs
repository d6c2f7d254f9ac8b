using Kabuto.Checking;

namespace Kabuto.Writing.Tests;

/// <summary>The editor's rule: a wrong-looking figure is contradicted only when no reading of its clause gives it
/// another scope or subject. Each case is a minimal sentence of a failure kind; the day is 2024-03-01 in the real data
/// (N225 39,910.82, +744.63, +1.90%).</summary>
public sealed class VerdictPolicyTests
{
    private static readonly DateOnly Friday = new(2024, 3, 1);

    private static CheckedClaim? Only(string text, string kind) =>
        RealData.Market is { } market ? Assert.Single(ArticleChecker.Over(market).Check(text, "test", Friday).Claims, c => c.Kind == kind) : null;

    [Theory]
    [InlineData("The Nikkei 225 soared more than 2,800 points over the four trading days.")]
    [InlineData("The Nikkei 225 gained 6,500 points since the end of last year.")]
    [InlineData("The Nikkei 225 gained 1,400 points over the past week.")]
    [InlineData("The Nikkei 225 opened at 39,500.00, up 333.81 points.")]
    [InlineData("Nikkei 225 futures rose 1,400 points in Chicago.")]
    [InlineData("The Nikkei 225 is down 5% from its record high.")]
    [InlineData("Tokyo stocks closed lower on Friday.")]
    [InlineData("The Nikkei 225 retreated from record highs on Friday.")]
    [InlineData("The Nikkei 225 pulled back from its all-time high.")]
    [InlineData("The Nikkei 225 closed below its record high.")]
    [InlineData("The Nikkei 225 rose 1.9% on Friday from Thursday's record close.")]
    public void Check_FigureWithAnotherScope_IsNotContradicted(string sentence)
    {
        if (RealData.Market is not { } market)
        {
            return;
        }

        var claims = ArticleChecker.Over(market).Check(sentence, "test", Friday).Claims;

        Assert.DoesNotContain(claims, c => c.Verdict == Verdict.Contradicted);
    }

    [Fact]
    public void Check_WrongCloseWithItsSubjectNamed_IsContradicted()
    {
        if (Only("The Nikkei 225 closed at 39,000.00 on Friday.", "level") is not { } claim)
        {
            return;
        }

        Assert.Equal(Verdict.Contradicted, claim.Verdict);
    }

    [Fact]
    public void Check_OtherSubjectBetweenNameAndFigure_IsNotContradicted()
    {
        if (Only("In Tokyo, the Nikkei 225's semiconductor stocks dropped 9.2%.", "change_pct") is not { } claim)
        {
            return;
        }

        Assert.Equal(Verdict.NotCheckable, claim.Verdict);
        Assert.Contains("not contradicted", claim.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MomentFigureOutsideTheWholeDaysRange_IsContradicted()
    {
        // The day ranged +58.45 to +824.04 points: "more than 1,400" was never true at any moment.
        if (Only("At one stage, the Nikkei 225 gained more than 1,400 points.", "change_points") is not { } claim)
        {
            return;
        }

        Assert.Equal(Verdict.Contradicted, claim.Verdict);
    }

    [Fact]
    public void Check_TruncatedFigure_IsSupported()
    {
        // +744.63 / 39,166.19 = +1.9012%: "1.90" rounds, "1.9" truncates.
        if (Only("The Nikkei 225 rose 1.9 pct on Friday.", "change_pct") is not { } claim)
        {
            return;
        }

        Assert.Equal(Verdict.Supported, claim.Verdict);
    }

    // 2024-03-01 closed at 39,910.82, a record: above every close since 1989 (the 38,915.87 peak of 1989-12-29 was
    // first beaten on 2024-02-22), so "highest since 1990" holds and "lowest since" does not.
    [Fact]
    public void Check_HighestSinceAYear_IsJudgedOnTheHistory()
    {
        if (RealData.Market is not { } market)
        {
            return;
        }

        var claims = ArticleChecker.Over(market).Check("The Nikkei 225 closed at its highest level since 1990. The Topix closed at its lowest since January 5.", "test", Friday).Claims;

        Assert.Equal(Verdict.Supported, Assert.Single(claims, c => c.Kind == "extreme_since" && c.Index == "N225").Verdict);
        Assert.Equal(Verdict.Contradicted, Assert.Single(claims, c => c.Kind == "extreme_since" && c.Index == "TOPIX").Verdict);
    }
}
