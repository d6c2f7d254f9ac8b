using Kabuto.Checking;

namespace Kabuto.Writing.Tests;

public sealed class ClaimExtractorTests
{
    private static IReadOnlyList<Claim> Read(string text) => ClaimExtractor.Read(text).Claims;

    [Fact]
    public void Read_ClosingLevelAndChange_GivesLevelAndPercentClaims()
    {
        var claims = Read("Japan's Nikkei 225 index reached a historic high, closing at 51,249.82, up 2.05%.");

        Assert.Contains(claims, c => c is { Kind: ClaimKind.Level, Index: "N225", Session: ClaimSessions.Close, Value: 51249.82m, Decimals: 2 });
        Assert.Contains(claims, c => c is { Kind: ClaimKind.ChangePercent, Index: "N225", Value: 2.05m });
        Assert.Contains(claims, c => c is { Kind: ClaimKind.Record, Index: "N225" });
    }

    [Fact]
    public void Read_About_IsAnAboutHedgeWithOneDecimal()
    {
        var claim = Assert.Single(Read("The Nikkei gained about 2.7% on Tuesday."), c => c.Kind == ClaimKind.ChangePercent);

        Assert.Equal((Hedge.About, 1, 2.7m), (claim.Hedge, claim.Decimals, claim.Value!.Value));
    }

    [Fact]
    public void Read_AsMuchAs_IsAnIntradayExtreme()
    {
        var claim = Assert.Single(Read("Japan's Nikkei 225 jumped as much as 3% to a new all-time high of 57,960 points."), c => c.Kind == ClaimKind.ChangePercent);

        Assert.Equal((Hedge.AsMuchAs, ClaimSessions.Intraday), (claim.Hedge, claim.Session));
    }

    [Fact]
    public void Read_Fall_IsNegative()
    {
        var claim = Assert.Single(Read("The small-cap Kosdaq slipped 1.1% into negative territory."), c => c.Kind == ClaimKind.ChangePercent);

        Assert.Equal(("KOSDAQ", -1.1m), (claim.Index, claim.Value!.Value));
    }

    [Fact]
    public void Read_PriorSession_LooksOneSessionBack()
    {
        var claims = Read("The gains followed a strong prior session, when the Nikkei climbed nearly 4% and the TOPIX advanced 2.3%.");

        Assert.Contains(claims, c => c is { Index: "N225", DaysBack: 1, Hedge: Hedge.Nearly, Value: 4m });
        Assert.Contains(claims, c => c is { Index: "TOPIX", DaysBack: 1, Value: 2.3m });
    }

    [Theory]
    [InlineData("As of the previous trading session, the Nikkei was up 4% this year and the TOPIX up 2.3%.")]
    [InlineData("Through the last trading session, the Nikkei had gained 4% for the year and the TOPIX had risen 2.3%.")]
    [InlineData("In the prior trading day, the Nikkei rose 4% and the TOPIX advanced 2.3%.")]
    public void Read_PriorTradingSession_LooksOneSessionBack(string text)
    {
        var claims = Read(text);

        Assert.Contains(claims, c => c is { Index: "N225", DaysBack: 1, Value: 4m });
        Assert.Contains(claims, c => c is { Index: "TOPIX", DaysBack: 1, Value: 2.3m });
    }

    [Theory]
    [InlineData("Of the Nikkei's 225 constituents, 177 rose and 45 fell.", "N225", 177, 45)]
    [InlineData("177 of the Nikkei's 225 components rose and 45 fell.", "N225", 177, 45)]
    [InlineData("In Tokyo, 150 of the index's 225 members advanced.", "N225", 150, null)]
    [InlineData("On the Prime market, 1,200 stocks rose and 400 fell.", null, 1200, 400)]
    public void Read_Breadth_IsACountNotTheIndexsDirection(string text, string? index, int advancers, int? decliners)
    {
        var claims = Read("The Nikkei ended lower. " + text);

        Assert.DoesNotContain(claims, c => c.Kind == ClaimKind.Direction && c.Value > 0);
        Assert.Contains(claims, c => c is { Kind: ClaimKind.Breadth, Subject: "advancers" } && c.Index == index && c.Value == advancers);
        Assert.Equal(decliners is not null, claims.Any(c => c is { Kind: ClaimKind.Breadth, Subject: "decliners" } && c.Value == decliners));
    }

    [Theory]
    [InlineData("The Nikkei rose 177 points.")]
    [InlineData("Toyota shares rose 3% and 45 analysts expect more.")]
    public void Read_NumbersBesideMovesWithoutACountNoun_AreNoBreadth(string text) =>
        Assert.DoesNotContain(Read(text), c => c.Kind == ClaimKind.Breadth);

    [Fact]
    public void Read_WallStreet_IsOvernight()
    {
        var claim = Assert.Single(Read("Overnight, the Nasdaq Composite jumped 0.9%."), c => c.Kind == ClaimKind.ChangePercent);

        Assert.Equal(("NASDAQ", ClaimSessions.Overnight), (claim.Index, claim.Session));
    }

    [Fact]
    public void Read_MemberMove_NamesTheCompany()
    {
        var claims = Read("Index heavyweight Tokyo Electron Ltd gained 4.64% and chip-testing equipment maker Advantest, which counts Nvidia among its customers, added 2.63%.");

        Assert.Contains(claims, c => c is { Kind: ClaimKind.MemberMove, Subject: "Tokyo Electron", Value: 4.64m });
        Assert.Contains(claims, c => c is { Kind: ClaimKind.MemberMove, Subject: "Advantest", Value: 2.63m });
    }

    [Fact]
    public void Read_SectorLeader_IsASectorClaim()
    {
        var claim = Assert.Single(Read("Among the 33 industry sectors, the insurance sector led the gainers, up 2.51%."), c => c.Kind == ClaimKind.SectorMove);

        Assert.Equal(("Insurance", 2.51m), (claim.Subject, claim.Value!.Value));
    }

    [Fact]
    public void Read_FirstTimeAbove_IsAMilestone()
    {
        var claim = Assert.Single(Read("The Nikkei has surpassed the 51,000 mark for the first time."), c => c.Kind == ClaimKind.FirstAbove);

        Assert.Equal(51000m, claim.Value);
    }

    [Fact]
    public void Read_YenPerDollar_IsAYenLevel()
    {
        var claim = Assert.Single(Read("The yen traded at 154.30 per dollar."), c => c.Kind == ClaimKind.YenLevel);

        Assert.Equal((154.30m, 2), (claim.Value!.Value, claim.Decimals));
    }

    [Fact]
    public void Read_Quote_IsACause()
    {
        var claim = Assert.Single(Read("“Investors are upbeat,” said an analyst."));

        Assert.Equal(ClaimKind.Cause, claim.Kind);
    }

    [Fact]
    public void Read_MiddayPiece_DefaultsToTheMorningSession()
    {
        Assert.Equal(ClaimSessions.Morning, ClaimExtractor.Read("The Nikkei was up 1.83% at 39,883.86 by the midday break.").DefaultSession);
    }

    [Fact]
    public void Read_IndexNamedBeforeGlobal_IsStillAnIndexClaim()
    {
        var claims = Read("The broader Topix index also gained 0.82%, cementing Tokyo's position as the standout performer in global equities this year.");

        Assert.Contains(claims, c => c is { Kind: ClaimKind.ChangePercent, Index: "TOPIX", Value: 0.82m });
        Assert.DoesNotContain(claims, c => c.Period is { Kind: PeriodKind.YearToDate });
    }

    [Fact]
    public void Read_FuturesLinkedToAnIndex_MakeNoIndexClaim() =>
        Assert.All(Read("Futures linked to India's Nifty 50 were little changed."), c => Assert.Equal("NIFTY50:futures", c.Index));

    [Fact]
    public void Read_CompanyNameWithASectorWord_IsAMemberMove()
    {
        var claim = Assert.Single(Read("Japan Steel Works jumped 6.8%."));

        Assert.Equal((ClaimKind.MemberMove, "Japan Steel Works"), (claim.Kind, claim.Subject));
    }

    [Fact]
    public void Read_GainRecordedOnAWeekday_LooksBackForItsClauseOnly()
    {
        var claims = Read("Shares of SoftBank Group surged 5%. The stock added to a 6.3% gain recorded Monday, making it one of the biggest drivers of the Nikkei's advance.");

        Assert.Contains(claims, c => c is { Kind: ClaimKind.MemberMove, DaysBack: 1, Value: 6.3m });
        Assert.Contains(claims, c => c is { Kind: ClaimKind.Driver, Subject: "SoftBank Group", DaysBack: 0 });
    }

    [Fact]
    public void Read_NamesListedBeforeContributors_AreEachADriver()
    {
        var claims = Read("Advantest, SoftBank Group and Tokyo Electron were the biggest contributors to the Nikkei's gain.");

        Assert.Equal(["Advantest", "SoftBank Group", "Tokyo Electron"], claims.Where(c => c.Kind == ClaimKind.Driver).Select(c => c.Subject));
    }

    [Fact]
    public void Read_StraightSessionsWithAFallingVerb_IsALosingStreak()
    {
        var claim = Assert.Single(Read("Nikkei edges down 0.48% for fifth straight session."), c => c.Kind == ClaimKind.Streak);

        Assert.Equal(-5m, claim.Value);
    }

    [Theory]
    [InlineData("0050")]
    [InlineData("1050")]
    [InlineData("2050")]
    [InlineData("3050")]
    [InlineData("3100")]
    [InlineData("3150")]
    [InlineData("3200")]
    [InlineData("3250")]
    [InlineData("3300")]
    [InlineData("3350")]
    [InlineData("3400")]
    [InlineData("3450")]
    [InlineData("3500")]
    [InlineData("3550")]
    [InlineData("3600")]
    [InlineData("3650")]
    [InlineData("3700")]
    [InlineData("3750")]
    [InlineData("3800")]
    [InlineData("4050")]
    [InlineData("5050")]
    [InlineData("5100")]
    [InlineData("5150")]
    [InlineData("5200")]
    [InlineData("5250")]
    [InlineData("6050")]
    [InlineData("6100")]
    [InlineData("7050")]
    [InlineData("7100")]
    [InlineData("7150")]
    [InlineData("7200")]
    [InlineData("8050")]
    [InlineData("9050")]
    public void Read_WritersSectorNoun_IsASectorClaim(string code)
    {
        var noun = Kabuto.Writing.Composing.Phrasebook.SectorNoun(code, null);

        var claims = Read($"The Nikkei fell 1.75%. Among the Nikkei's members grouped by TSE industry, miners led, up 2.00%, followed by {noun}, up 1.49%.");

        Assert.Contains(claims, c => c is { Kind: ClaimKind.SectorMove, Value: 1.49m });
        Assert.DoesNotContain(claims, c => c is { Kind: ClaimKind.ChangePercent, Value: 1.49m });
    }

    [Fact]
    public void Read_CompanyWithAnIndustryWordInItsName_IsAMemberMove()
    {
        var claims = Read("The Nikkei rose. Mitsui Mining and Smelting weighed most against the rise, taking 52.06 points off on a 6.72% drop.");

        Assert.Contains(claims, c => c is { Kind: ClaimKind.MemberMove, Subject: "Mitsui Mining", Value: -6.72m });
    }
}
