using Kabuto.Checking;

namespace Kabuto.Writing.Tests;

/// <summary>The period of a move (the claim model's scope): the time expressions of the lexicon, what detaches one from
/// a figure, and verdicts on the real data of Friday 2024-03-01 (N225 39,910.82; the week's base 39,098.68 on Thursday
/// 2024-02-22, Friday the 23rd a holiday; 2023's last close 33,464.17).</summary>
public sealed class PeriodTests
{
    private static readonly DateOnly Friday = new(2024, 3, 1);

    [Theory]
    [InlineData("The Nikkei has gained 22.4% so far this year.", "gained 22.4%", PeriodKind.YearToDate)]
    [InlineData("The index gained over 6,500 points since the end of last year.", "gained over 6,500 points", PeriodKind.YearToDate)]
    [InlineData("For the week, it lost 6.2%.", "lost 6.2%", PeriodKind.Week)]
    [InlineData("It took the index's gains for October to 16.6%.", "16.6%", PeriodKind.Month)]
    [InlineData("The index gained 418.53 points, or 17.69 pct, from the end of 2023.", "gained 418.53 points", PeriodKind.Since)]
    [InlineData("The index rose 3% in 2024.", "rose 3%", PeriodKind.Year)]
    [InlineData("It soared more than 2,800 points over the four trading days through Oct. 9.", "soared more than 2,800 points", PeriodKind.Sessions)]
    [InlineData("The market moved higher in back-to-back sessions.", "moved higher", PeriodKind.Sessions)]
    public void Read_TimeExpression_GivesItsPeriod(string clause, string quote, PeriodKind kind)
    {
        Assert.Equal(kind, PeriodReader.Read(clause, clause, quote)?.Kind);
    }

    [Theory]
    [InlineData("Japan stocks dive 4,451 points, more than Black Monday in 1987.", "dive 4,451 points")]
    [InlineData("The Topix lost 0.47% after consumer prices in Tokyo rose at a slower pace in August.", "lost 0.47%")]
    [InlineData("The Nikkei fell 3%, its biggest drop in 2024.", "fell 3%")]
    [InlineData("The Nikkei rose 1.9% on Friday.", "rose 1.9%")]
    public void Read_PeriodDetachedFromTheFigure_IsTheSession(string clause, string quote)
    {
        Assert.Null(PeriodReader.Read(clause, clause, quote));
    }

    [Fact]
    public void Read_PeriodAnaphor_TakesTheStreakTheSentenceNames()
    {
        const string sentence = "The index extended its losing streak to three trading days, giving up over 4,500 points during the period.";
        var period = PeriodReader.Read("giving up over 4,500 points during the period.", sentence, "giving up over 4,500 points");

        Assert.Equal(PeriodKind.Sessions, period?.Kind);
        Assert.Equal(3, period!.Sessions);
        Assert.False(period.Anchored);
    }

    [Theory]
    [InlineData("The Nikkei 225 gained 812 points this week.", Verdict.Supported)]
    [InlineData("The Nikkei 225 gained 1,400 points this week.", Verdict.Contradicted)]
    [InlineData("The Nikkei 225 rose 677 points in four sessions.", Verdict.Supported)]
    [InlineData("The Nikkei 225 has gained 19.3% so far this year.", Verdict.Supported)]
    [InlineData("The Nikkei 225 has gained 22.4% so far this year.", Verdict.Contradicted)]
    [InlineData("The Nikkei 225 soared more than 2,800 points over the four trading days.", Verdict.NotCheckable)]
    public void Check_MoveOverAPeriod_IsJudgedFromItsBase(string sentence, Verdict expected)
    {
        if (RealData.Market is not { } market)
        {
            return;
        }

        var claim = Assert.Single(ArticleChecker.Over(market).Check(sentence, "test", Friday).Claims, c => c.Kind.StartsWith("change", StringComparison.Ordinal));

        Assert.True(expected == claim.Verdict, claim.Reason);
    }

    [Theory]
    [InlineData("2024-08-05", "The Nikkei 225 recorded its worst-ever daily sell-off.", Verdict.Supported)]
    [InlineData("2024-08-05", "By percent, the Nikkei 225 posted the second-largest fall since the Black Monday crash.", Verdict.Supported)]
    [InlineData("2025-04-07", "The Nikkei 225 marked its third-biggest single-day point loss on record.", Verdict.Supported)]
    [InlineData("2025-04-07", "The Nikkei 225 marked its biggest single-day point loss on record.", Verdict.NotCheckable)]
    [InlineData("2024-04-19", "The Nikkei 225 posted its sharpest daily fall since September 2022.", Verdict.Supported)]
    public void Check_RankedMove_IsJudgedOnTheHistoryHeld(string date, string sentence, Verdict expected)
    {
        if (RealData.Market is not { } market)
        {
            return;
        }

        var claim = Assert.Single(ArticleChecker.Over(market).Check(sentence, "test", DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)).Claims, c => c.Kind == "move_rank");

        Assert.True(expected == claim.Verdict, claim.Reason);
    }

    [Theory]
    [InlineData("2024-02-14", "The Nikkei 225 closed up 2.89% on Tuesday.", "change_pct", Verdict.Supported)]
    [InlineData("2024-02-14", "The Nikkei 225 closed down 0.69% from Tuesday.", "change_pct", Verdict.Supported)]
    [InlineData("2024-02-14", "The Nikkei 225 closed down 0.69%, giving back part of Tuesday's gains.", "change_pct", Verdict.Supported)]
    [InlineData("2024-12-30", "The Nikkei 225 finished at its best year-end level ever.", "year_end_record", Verdict.Supported)]
    [InlineData("2024-12-30", "The Nikkei 225 topped the previous year-end record closing high of 38,915.87.", "year_end_record", Verdict.Supported)]
    [InlineData("2024-12-30", "The Nikkei 225 topped the previous year-end record closing high of 39,915.87.", "year_end_record", Verdict.Contradicted)]
    [InlineData("2025-03-31", "The Nikkei 225 closed near an eight-month low on Monday.", "extreme_since", Verdict.Supported)]
    [InlineData("2024-03-01", "The Nikkei 225 closed higher for a fifth consecutive week.", "streak", Verdict.Supported)]
    [InlineData("2024-03-01", "The Nikkei 225 closed higher for a second consecutive week.", "streak", Verdict.Contradicted)]
    [InlineData("2024-08-05", "It was the worst fall since the Black Monday crash of October 1987, when the Nikkei 225 lost 3,836.48 points.", "change_points", Verdict.Supported)]
    [InlineData("2024-08-05", "It was the worst fall since the Black Monday crash of October 1987, when the Nikkei 225 lost 3,000.00 points.", "change_points", Verdict.NotCheckable)]
    public void Check_HistoryAndNamedDays_AreJudgedOnTheirOwnSessions(string date, string sentence, string kind, Verdict expected)
    {
        if (RealData.Market is not { } market)
        {
            return;
        }

        var claim = Assert.Single(ArticleChecker.Over(market).Check(sentence, "test", DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)).Claims, c => c.Kind == kind);

        Assert.True(expected == claim.Verdict, claim.Reason);
    }
}
