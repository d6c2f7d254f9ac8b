using Kabuto.Analytics.Facts;
using Kabuto.Checking;
using Kabuto.Core.Market;
using Kabuto.Writing.Facts;

namespace Kabuto.Writing.Tests;

/// <summary>A figure of a series related to a headline index (its futures, options, volatility index, funds, a sub-index,
/// a sibling, a sector index) is that series' own: read under its own id, never judged as the parent's. Invented
/// sentences, one family per row.</summary>
public sealed class RelatedSeriesTests
{
    private static readonly DateOnly Monday = new(2026, 3, 16);
    private static readonly DateOnly Tuesday = new(2026, 3, 17);

    private static Claim Move(string text) =>
        Assert.Single(ClaimExtractor.Read(text).Claims, c => c.Kind is ClaimKind.ChangePercent or ClaimKind.ChangePoints);

    [Theory]
    // Futures, options, funds, dividend and volatility indices derived from any index.
    [InlineData("Nikkei futures in Osaka added 1.4% after the close.", "N225:futures")]
    [InlineData("Nikkei 225 futures traded in Chicago slipped 0.6%.", "N225:futures")]
    [InlineData("CME Nikkei futures gained 0.9% in overnight trade.", "N225:futures")]
    [InlineData("Futures on the Nikkei rose 0.7% before the open.", "N225:futures")]
    [InlineData("S&P 500 e-mini futures were up 0.4% in Asian hours.", "SPX:futures")]
    [InlineData("E-mini S&P 500 contracts slipped 0.2% during Asian trade.", "SPX:futures")]
    [InlineData("U.S. stock futures edged up 0.3% on Tuesday.", "SPX:futures")]
    [InlineData("Nasdaq 100 futures dropped 0.8% early on.", "NDX:futures")]
    [InlineData("GIFT Nifty futures pointed 0.5% higher.", "NIFTY50:futures")]
    [InlineData("Nikkei 225 options volume fell 12%.", "N225:options")]
    [InlineData("The NEXT FUNDS Nikkei 225 Leveraged Index ETF jumped 5.1%.", "N225:fund")]
    [InlineData("The Nikkei 225 ETF rose 2.2% in heavy trade.", "N225:fund")]
    [InlineData("The Nikkei Stock Average Dividend Point Index rose 1.5%.", "N225:dividend")]
    [InlineData("The Nikkei Volatility Index jumped 8.5% to 28.4.", "NKVI")]
    [InlineData("The Nikkei VI fell 4.2% as nerves calmed.", "NKVI")]
    [InlineData("Wall Street's fear gauge, the VIX, rose 11%.", "VIX")]
    // Sub-indices and siblings, each named by the lexicon.
    [InlineData("The Hang Seng China Enterprises Index fell 2.1% in the afternoon.", "HSCEI")]
    [InlineData("Hong Kong's China Enterprises Index slid 1.7%.", "HSCEI")]
    [InlineData("The Hang Seng Tech index advanced 3.3%.", "HSTECH")]
    [InlineData("TOPIX Core 30 gained 1.1% on the day.", "JPX-0028")]
    [InlineData("The Topix 500 eased 0.4%.", "JPX-002C")]
    [InlineData("The JPX-Nikkei Index 400 rose 0.9%.", "JPXNK400")]
    [InlineData("The Nikkei 500 Stock Average fell 0.3%.", "NK500")]
    [InlineData("The TSE Growth Market Index fell 2.5%.", "JPX-0502")]
    [InlineData("The Shenzhen Component Index gained 1.3%.", "SZSC")]
    [InlineData("The CSI 500 lost 0.6%.", "CSI500")]
    [InlineData("The Nasdaq 100 rose 1.4% overnight.", "NDX")]
    [InlineData("The Dow Jones Transportation Average fell 0.8%.", "DJT")]
    [InlineData("The pan-European STOXX 600 fell 0.9%.", "STOXX600")]
    [InlineData("The Euro Stoxx 50 rose 0.2%.", "SX5E")]
    [InlineData("The All Ordinaries gained 0.5%.", "AORD")]
    [InlineData("The KOSPI 200 rose 1.6%.", "KOSPI200")]
    [InlineData("The tech-heavy Kosdaq slipped 1.1%.", "KOSDAQ")]
    // Sector indices: the TSE's are the JPX series (Banks: JPX-005B).
    [InlineData("The TSE's bank index climbed 3.2%.", "JPX-005B")]
    [InlineData("The Topix property index added 2.4%.", "TOPIX:sector")]
    [InlineData("The bank sub-index gained 1.2% at one point.", "JPX-005B")]
    [InlineData("The Hang Seng's property sub-index dipped 1.9%.", "HSI:sector")]
    [InlineData("The HSI financial sector sub-index fell 1.5%.", "HSI:sector")]
    [InlineData("The sub-index of the Hang Seng tracking energy shares slipped 1.2%.", "HSI:sector")]
    [InlineData("Dow e-minis were up 0.2% in Asian trade.", "DJIA:futures")]
    [InlineData("MSCI's Asia ex-Japan stock index fell 0.9%.", "MSCI")]
    public void Read_FigureOfARelatedSeries_IsThatSeries(string sentence, string id)
    {
        Assert.Equal(id, Move(sentence).Index);
    }

    [Theory]
    [InlineData("The Nikkei 225 rose 1.2% on Monday.", IndexIds.N225)]
    [InlineData("The Nikkei share average closed up 0.8%.", IndexIds.N225)]
    [InlineData("The Nikkei Stock Average ended 0.5% lower.", IndexIds.N225)]
    [InlineData("The broader Topix index gained 0.6%.", IndexIds.Topix)]
    [InlineData("The Hang Seng Index fell 1.1%.", IndexIds.Hsi)]
    [InlineData("The Nasdaq Composite jumped 0.9% overnight.", IndexIds.Nasdaq)]
    [InlineData("The Dow Jones Industrial Average fell 0.4% overnight.", IndexIds.Djia)]
    [InlineData("The Shanghai Composite rose 0.4%.", IndexIds.Ssec)]
    [InlineData("The blue-chip CSI300 index ended down 0.7%.", IndexIds.Csi300)]
    [InlineData("The S&P/ASX 200 closed up 0.3%.", IndexIds.Asx200)]
    [InlineData("The benchmark S&P/ASX200 index closed up 0.3%.", IndexIds.Asx200)]
    [InlineData("South Korea's Kospi rose 1.6%.", IndexIds.Kospi)]
    [InlineData("The Nifty 50 gained 0.2%.", IndexIds.Nifty50)]
    [InlineData("The S&P 500 added 0.5% overnight.", IndexIds.Spx)]
    [InlineData("Selling sent the Nikkei 300 points lower, a fall of 0.6%.", IndexIds.N225)]
    public void Read_ParentNamedItself_IsTheParent(string sentence, string id)
    {
        Assert.Contains(ClaimExtractor.Read(sentence).Claims, c => c.Kind is ClaimKind.ChangePercent && c.Index == id);
    }

    [Fact]
    public void Read_ParentAndRelatedInOneClause_EachFigureHasItsOwnSeries()
    {
        var claims = ClaimExtractor.Read("The Shanghai Composite rose 0.4% and the Shenzhen Component gained 1.3%.").Claims;

        Assert.Contains(claims, c => c is { Index: IndexIds.Ssec, Value: 0.4m });
        Assert.Contains(claims, c => c is { Index: "SZSC", Value: 1.3m });
    }

    [Fact]
    public void Read_DirectionOfARelatedSeries_IsNotTheParents()
    {
        var claims = ClaimExtractor.Read("The Hang Seng China Enterprises Index fell on Tuesday.").Claims;

        Assert.DoesNotContain(claims, c => c.Index == IndexIds.Hsi);
    }

    [Fact]
    public void Read_PlaceAfterAPreposition_IsNoCompany()
    {
        var claims = ClaimExtractor.Read("Nikkei futures traded in Osaka rose 1.5%.").Claims;

        Assert.DoesNotContain(claims, c => c.Kind == ClaimKind.MemberMove);
    }

    [Fact]
    public void Check_RelatedSeriesNotHeld_IsNotCheckableAndNeverTheParents()
    {
        // The Nikkei ended +2.1% that day; the futures' 2.1% must not borrow its verdict.
        var report = Checker().Check("Nikkei 225 futures closed up 2.1% on Tuesday.", "test", Tuesday);

        var claim = Assert.Single(report.Claims, c => c.Kind == "change_pct");
        Assert.Equal(Verdict.NotCheckable, claim.Verdict);
        Assert.Equal("N225:futures", claim.Index);
        Assert.Contains("series of its own, not N225", claim.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_RelatedSeriesHeld_IsJudgedOnItsOwnSeries()
    {
        var market = new InMemoryMarketData()
            .AddBars(IndexIds.N225, [Bar(Monday, 50_000m), Bar(Tuesday, 51_050m)])
            .AddBars("HSCEI", [Bar(Monday, 9_000m), Bar(Tuesday, 8_811m)]);
        var checker = new ArticleChecker(market, new FactList([]));

        var claim = Assert.Single(checker.Check("The Hang Seng China Enterprises Index closed down 2.1% on Tuesday.", "test", Tuesday).Claims,
            c => c.Kind == "change_pct");

        Assert.Equal(("HSCEI", Verdict.Supported), (claim.Index, claim.Verdict));
    }

    private static ArticleChecker Checker() =>
        new(new InMemoryMarketData().AddBars(IndexIds.N225, [Bar(Monday, 50_000m), Bar(Tuesday, 51_050m)]), new FactList([]));

    private static DailyBar Bar(DateOnly date, decimal close) => new(date, close, close, close, close, null);
}

/// <summary>Exchange tickers printed with a company's name do not stop its move being read, and name the member by its
/// code when the store knows it.</summary>
public sealed class TickerTests
{
    private static readonly DateOnly Monday = new(2026, 3, 16);
    private static readonly DateOnly Tuesday = new(2026, 3, 17);

    [Theory]
    [InlineData("Nippon Steel Corp (TYO:5401) rose 3%.", "Nippon Steel", "5401")]
    [InlineData("Toyota (7203.T) fell 1.1%.", "Toyota", "7203")]
    [InlineData("Toyota <7203.T> fell 1.1%.", "Toyota", "7203")]
    [InlineData("Nippon Steel (5401.T) rose 3%.", "Nippon Steel", "5401")]
    [InlineData("Toyota (TSE: 7203) fell 1.1%.", "Toyota", "7203")]
    [InlineData("Inpex (T:1605) climbed 3.4%.", "Inpex", "1605")]
    [InlineData("Toyota (7203) fell 1.1%.", "Toyota", "7203")]
    [InlineData("Toyota (OTC: TOYOF) fell 1.1%.", "Toyota", null)]
    [InlineData("Nippon Steel ( NISTF ) rose 3%.", "Nippon Steel", null)]
    [InlineData("Rival Honda Motor (NYSE:HMC) (TYO:7267) rose 2.5%.", "Honda Motor", "7267")]
    public void Read_MemberWithTicker_ReadsTheMoveAndTheCode(string sentence, string name, string? code)
    {
        var claim = Assert.Single(ClaimExtractor.Read(sentence).Claims, c => c.Kind == ClaimKind.MemberMove);

        Assert.Equal((name, code), (claim.Subject, claim.Code));
    }

    [Fact]
    public void Read_DriversWithTickers_KeepEachCode()
    {
        var claims = ClaimExtractor.Read("Tokyo Electron (TYO:8035) and Advantest <6857.T> were the biggest contributors to the Nikkei's gain.").Claims;

        Assert.Contains(claims, c => c is { Kind: ClaimKind.Driver, Subject: "Tokyo Electron", Code: "8035" });
        Assert.Contains(claims, c => c is { Kind: ClaimKind.Driver, Subject: "Advantest", Code: "6857" });
    }

    [Fact]
    public void Read_YearInBrackets_IsNoTicker()
    {
        Assert.DoesNotContain(ClaimExtractor.Read("Advantest (1987) rose 2%.").Claims, c => c.Code == "1987");
    }

    [Fact]
    public void Check_TickerNamesTheMemberByCode_WhateverTheName()
    {
        // "Nippon Seitetsu" is no short name of the member held; its code is.
        var facts = new List<Fact>
        {
            TestFacts.Make(FactKinds.MemberChangePercent, 3.02m, FactUnits.Percent, subject: "5401", name: "NIPPON STEEL CORPORATION", date: Tuesday),
        };
        var market = new InMemoryMarketData().AddBars(IndexIds.N225, [new DailyBar(Monday, 1m, 1m, 1m, 50_000m, null), new DailyBar(Tuesday, 1m, 1m, 1m, 50_500m, null)]);

        var claim = Assert.Single(new ArticleChecker(market, new FactList(facts)).Check("Nippon Seitetsu (TYO:5401) rose 3% by the close.", "test", Tuesday).Claims,
            c => c.Kind == "member_move");

        Assert.Equal(Verdict.Supported, claim.Verdict);
        Assert.Contains(claim.Evidence, e => e.Id.EndsWith(":5401", StringComparison.Ordinal));
    }
}
