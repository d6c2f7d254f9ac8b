using Kabuto.Analytics.Day;
using Kabuto.Analytics.Facts;
using Kabuto.Core.Market;

namespace Kabuto.Analytics.Tests;

/// <summary>The Prime market's breadth on split-adjusted closes (J-Quants' AdjustmentFactor on the ex-date) and its
/// turnover, complete or partial.</summary>
public sealed class PrimeBreadthFactsTests
{
    private static readonly DateOnly Before = new(2026, 3, 17);
    private static readonly DateOnly On = new(2026, 3, 18);

    private static MemberBar Bar(string code, DateOnly date, decimal close, decimal? turnover = null, decimal? factor = null) =>
        new(code, date, close, close, close, close, 1000m, PriceBasis.Raw, turnover, factor);

    private static List<Fact> Facts(IEnumerable<MemberBar> bars, params string[] standardCodes)
    {
        var list = bars.ToList();
        var instruments = list.Select(b => b.Code).Distinct(StringComparer.Ordinal)
            .Select(code => new Instrument(code, "Issue " + code) { MarketSegment = standardCodes.Contains(code) ? "スタンダード" : "プライム" });
        var reader = new InMemoryMarketData().AddInstruments(instruments).AddMemberBars(list);
        var facts = new List<Fact>();
        PrimeBreadthFacts.Append(reader, On, Before, facts);
        return facts;
    }

    // The master lists `listed` Prime issues; bars (up 1 yen on the day, with turnover) are held for the first `held`.
    private static List<Fact> Covering(int listed, int held)
    {
        var codes = Enumerable.Range(1000, listed).Select(c => c.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var bars = codes.Take(held).SelectMany(c => new[] { Bar(c, Before, 100m, 1e6m), Bar(c, On, 101m, 1e6m) }).ToList();
        var reader = new InMemoryMarketData()
            .AddInstruments(codes.Select(c => new Instrument(c, "Issue " + c) { MarketSegment = "プライム" }))
            .AddMemberBars(bars);
        var facts = new List<Fact>();
        PrimeBreadthFacts.Append(reader, On, Before, facts);
        return facts;
    }

    [Fact]
    public void Append_BarsOfTooFewOfTheMastersPrimeIssues_ClaimsNoBreadthOrTurnover()
    {
        // 226 of 1,699 (a store holding the Nikkei 225's members): their counts are not the market's.
        Assert.Empty(Covering(1_699, 226));
        Assert.Empty(Covering(100, 89));
    }

    [Fact]
    public void Append_BarsOfNearlyEveryPrimeIssue_CountsTheHeldOnes()
    {
        var facts = Covering(100, 90);

        Assert.Equal(90m, Value(facts, FactKinds.Advancers));
        Assert.Equal(90e6m, Value(facts, FactKinds.Turnover));
    }

    private static decimal Value(List<Fact> facts, string kind) =>
        Assert.Single(facts, f => f.Kind == kind && f.Subject == PrimeBreadthFacts.Subject).Value;

    [Fact]
    public void Append_OneForTwoSplitAtHalfThePreviousClose_CountsUnchanged()
    {
        // 2,000 yen before the ex-date, 1,000 on it: the same value per old share, not a 50% fall.
        var facts = Facts([Bar("1111", Before, 2000m, factor: 1m), Bar("1111", On, 1000m, factor: 0.5m)]);

        Assert.Equal(0m, Value(facts, FactKinds.Decliners));
        Assert.Equal(1m, Value(facts, FactKinds.Unchanged));
        Assert.Equal(0m, Value(facts, FactKinds.Advancers));
    }

    [Fact]
    public void Append_OneForTwoSplitAboveHalfThePreviousClose_CountsUp()
    {
        var facts = Facts([Bar("1111", Before, 2000m, factor: 1m), Bar("1111", On, 1010m, factor: 0.5m)]);

        Assert.Equal(1m, Value(facts, FactKinds.Advancers));
        Assert.Equal(0m, Value(facts, FactKinds.Decliners));
    }

    [Fact]
    public void Append_ConsolidationBelowTenTimesThePreviousClose_CountsDown()
    {
        // A 10:1 consolidation (factor 10): 50 yen before is 500 on the new basis; 490 is a fall, not a 880% rise.
        var facts = Facts([Bar("2222", Before, 50m), Bar("2222", On, 490m, factor: 10m)]);

        Assert.Equal(1m, Value(facts, FactKinds.Decliners));
        Assert.Equal(0m, Value(facts, FactKinds.Advancers));
    }

    [Fact]
    public void Append_OneForThreeSplitWithSixDigitFactor_CountsUnchanged()
    {
        // 900 × 0.333333 = 299.9997: rounded to 0.1 yen as J-Quants rounds adjusted prices, 300 is unchanged.
        var facts = Facts([Bar("3333", Before, 900m), Bar("3333", On, 300m, factor: 0.333333m)]);

        Assert.Equal(1m, Value(facts, FactKinds.Unchanged));
    }

    [Fact]
    public void Append_NoFactor_ComparesPrintedClosesAndSaysHowMany()
    {
        var facts = Facts([Bar("1111", Before, 2000m), Bar("1111", On, 1000m), Bar("4444", Before, 100m, factor: 1m), Bar("4444", On, 101m, factor: 1m)]);

        Assert.Equal(1m, Value(facts, FactKinds.Decliners));
        Assert.Equal(1m, Value(facts, FactKinds.Advancers));
        var input = Assert.Single(facts.First(f => f.Kind == FactKinds.Advancers).Inputs, i => i.Field == "without_adjustment_factor");
        Assert.Equal(1m, input.Value);
    }

    [Fact]
    public void ComparableBase_FactorOne_IsThePreviousCloseUnrounded()
    {
        Assert.Equal(123.45m, PrimeBreadthFacts.ComparableBase(123.45m, 1m));
        Assert.Equal(123.45m, PrimeBreadthFacts.ComparableBase(123.45m, null));
        Assert.Equal(61.7m, PrimeBreadthFacts.ComparableBase(123.45m, 0.5m));
    }

    [Fact]
    public void Append_EveryTradedPrimeIssueHasTurnover_SumsTheirTurnoverInYen()
    {
        var facts = Facts(
        [
            Bar("1111", Before, 100m, turnover: 1m), Bar("1111", On, 101m, turnover: 2_500_000_000m),
            Bar("2222", Before, 200m, turnover: 1m), Bar("2222", On, 199m, turnover: 1_250_000_000m),
            Bar("3333", On, 300m, turnover: 250_000_000m), // listed that day: no previous close, but its trades are the market's
            Bar("5555", Before, 100m, turnover: 1m), Bar("5555", On, 100m, turnover: 9_000_000_000m), // Standard: not Prime
        ], "5555");

        var turnover = Assert.Single(facts, f => f.Kind == FactKinds.Turnover);
        Assert.Equal(4_000_000_000m, turnover.Value);
        Assert.Equal(FactUnits.Yen, turnover.Unit);
        Assert.Equal("TOPIX:2026-03-18:close:turnover:prime", turnover.Id);
        Assert.Equal(0m, Assert.Single(turnover.Inputs, i => i.Field == "without_turnover").Value);
        Assert.Equal(2m, Value(facts, FactKinds.Advancers) + Value(facts, FactKinds.Decliners) + Value(facts, FactKinds.Unchanged));
        Assert.DoesNotContain(facts, f => f.Kind == FactKinds.TurnoverPartial);
    }

    [Fact]
    public void Append_SomeTradedIssueLacksTurnover_StatesOnlyAPartialSumWithTheMissingCount()
    {
        var facts = Facts([Bar("1111", Before, 100m), Bar("1111", On, 101m, turnover: 2_500_000_000m), Bar("2222", Before, 200m), Bar("2222", On, 199m)]);

        Assert.DoesNotContain(facts, f => f.Kind == FactKinds.Turnover);
        var partial = Assert.Single(facts, f => f.Kind == FactKinds.TurnoverPartial);
        Assert.Equal(2_500_000_000m, partial.Value);
        Assert.Equal(1m, Assert.Single(partial.Inputs, i => i.Field == "without_turnover").Value);
        Assert.Equal(1m, Assert.Single(partial.Inputs, i => i.Field == "with_turnover").Value);
    }

    [Fact]
    public void Append_NoIssueHasTurnover_StatesNoTurnover()
    {
        var facts = Facts([Bar("1111", Before, 100m), Bar("1111", On, 101m)]);

        Assert.DoesNotContain(facts, f => f.Kind is FactKinds.Turnover or FactKinds.TurnoverPartial);
        Assert.Equal(1m, Value(facts, FactKinds.Advancers));
    }
}
