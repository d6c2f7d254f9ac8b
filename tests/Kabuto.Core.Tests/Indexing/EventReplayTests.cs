using Kabuto.Core.Indexing;
using static Kabuto.Core.Tests.Indexing.Baskets;

namespace Kabuto.Core.Tests.Indexing;

/// <summary>The worked examples of index-methodology.md §1.5, §2.3 and §3.2, replayed through the event log.</summary>
public sealed class EventReplayTests
{
    private static readonly Methodology NikkeiFullPrecision = Methodology.Nikkei225 with { DivisorRounding = DivisorRounding.None };

    private static readonly IReadOnlyList<MemberSpec> Xyz =
        [new("X") { Factor = 1m }, new("Y") { Factor = 0.5m }, new("Z") { Factor = 5m }];

    private static readonly Dictionary<string, decimal> XyzCloses = Prices(("X", 2000m), ("Y", 12000m), ("Z", 800m), ("W", 3500m));

    [Fact]
    public void Apply_NikkeiSplit_ScalesFactorAndKeepsDivisor()
    {
        var definition = Definition(NikkeiFullPrecision, 4m, Xyz, new SplitEvent(Day2, "Y", 2m, 1m));

        var adjustment = EventReplay.Replay(definition, null, From(XyzCloses)).Single();

        Assert.Equal(4m, adjustment.After.Divisor);
        Assert.Equal(1m, adjustment.After.Members[1].Multiplier);
        Assert.Equal(6000m, adjustment.BasePrices["Y"]);
    }

    [Fact]
    public void Apply_NikkeiReplacement_ResolvesDivisorToFourAndAHalf()
    {
        var definition = Definition(NikkeiFullPrecision, 4m, Xyz, new ReplacementEvent(Day2, "X", new MemberSpec("W")));

        var state = EventReplay.StateAsOf(definition, Day2, From(XyzCloses));

        Assert.Equal(4.5m, state.Divisor);
        Assert.Equal(["W", "Y", "Z"], state.Codes);
    }

    [Fact]
    public void Apply_NikkeiCapping_ResolvesDivisorToFourPointThree()
    {
        var definition = Definition(NikkeiFullPrecision, 4m, Xyz,
            new SplitEvent(Day1, "Y", 2m, 1m),
            new ReplacementEvent(Day1, "X", new MemberSpec("W")),
            new CappingChangeEvent(Day2, "Y", 0.9m));
        var closes = Prices(("X", 2000m), ("Y", 6000m), ("Z", 800m), ("W", 3500m));

        var state = EventReplay.StateAsOf(definition, Day2, (code, date) => date == Day1 && code == "Y" ? 12000m : closes[code]);

        Assert.Equal(4.3m, state.Divisor);
    }

    [Fact]
    public void Apply_DowSplitThenReplacement_FollowsTheWorkedExample()
    {
        var members = new MemberSpec[] { new("A"), new("B"), new("C") };
        var definition = Definition(Methodology.Dow, 2m, members,
            new SplitEvent(Day1, "A", 3m, 1m),
            new ReplacementEvent(Day2, "B", new MemberSpec("E")));
        var closes = new Dictionary<DateOnly, Dictionary<string, decimal>>
        {
            [Day1] = Prices(("A", 150m), ("B", 60m), ("C", 90m)),
            [Day2] = Prices(("A", 50m), ("B", 60m), ("C", 90m), ("E", 240m)),
        };

        var adjustments = EventReplay.Replay(definition, null, (code, date) => closes[date][code]);

        Assert.Equal(2m * 200m / 300m, adjustments[0].After.Divisor);
        Assert.Equal(150m, decimal.Round(adjustments[1].LevelAfter, 20));
        Assert.Equal(2.5333m, decimal.Round(adjustments[1].After.Divisor, 4));
    }

    [Fact]
    public void Apply_DowReverseSplit_RaisesDivisor()
    {
        var definition = Definition(Methodology.Dow, 2m, [new("A"), new("B")], new SplitEvent(Day2, "A", 1m, 5m));

        var adjustment = EventReplay.Replay(definition, null, From(Prices(("A", 10m), ("B", 90m)))).Single();

        Assert.Equal(50m, adjustment.BasePrices["A"]);
        Assert.Equal(2m * 140m / 100m, adjustment.After.Divisor);
    }

    [Fact]
    public void TheoreticalExRightsPrice_GuidebookExample_Is933Point33()
    {
        var rights = new RightsIssueEvent(Day2, "P", 0.2m, 600m, 1m);

        Assert.Equal(933.33m, decimal.Round(rights.TheoreticalExRightsPrice(1000m), 2));
    }

    [Fact]
    public void Apply_PriceWeightedRightsIssue_LowersDivisorByRightsValue()
    {
        var definition = Definition(Methodology.Dow, 2m, [new("P"), new("Q")], new RightsIssueEvent(Day2, "P", 0.2m, 600m, 1m));

        var adjustment = EventReplay.Replay(definition, null, From(Prices(("P", 1000m), ("Q", 1000m)))).Single();

        var rightsValue = 1000m - (1120m / 1.2m);
        Assert.Equal(decimal.Round(2m * (2000m - rightsValue) / 2000m, 20), decimal.Round(adjustment.After.Divisor, 20));
    }

    [Fact]
    public void Apply_CapWeightedRightsIssue_AddsTheCashRaisedToTheBase()
    {
        var definition = Definition(Methodology.Topix, 10m, [new("P") { Shares = 100m }], new RightsIssueEvent(Day2, "P", 0.2m, 600m, 1m));

        var adjustment = EventReplay.Replay(definition, null, From(Prices(("P", 1000m)))).Single();

        Assert.Equal(120m, adjustment.After.Members[0].Multiplier);
        Assert.Equal(10m * (100_000m + 12_000m) / 100_000m, decimal.Round(adjustment.After.Divisor, 20));
    }

    [Fact]
    public void Apply_TopixAddition_ScalesBaseMarketValue()
    {
        // MV 1,000 on base 300 (333.33); a 5-unit addition moves the base to 301.5.
        var definition = new IndexDefinition("t", Methodology.Topix, [new MemberSpec("A") { Shares = 1000m }], 3m,
            [new AdditionEvent(Day2, new MemberSpec("N") { Shares = 5m })]) { BaseLevel = 100m };

        var state = EventReplay.StateAsOf(definition, Day2, From(Prices(("A", 1m), ("N", 1m))));

        Assert.Equal(301.5m, state.Divisor * 100m);
    }

    [Fact]
    public void Apply_CapWeightedSplit_ScalesSharesAndKeepsDivisor()
    {
        var definition = Definition(Methodology.Topix, 10m, [new("A") { Shares = 100m }, new("B") { Shares = 50m }], new SplitEvent(Day2, "A", 2m, 1m));

        var adjustment = EventReplay.Replay(definition, null, From(Prices(("A", 30m), ("B", 20m)))).Single();

        Assert.Equal(10m, adjustment.After.Divisor);
        Assert.Equal(200m, adjustment.After.Members[0].Multiplier);
    }

    [Fact]
    public void Apply_FreeFloatChange_ResolvesBaseSoLevelIsUnchanged()
    {
        var definition = Definition(Methodology.Topix, 10m, [new("A") { Shares = 100m }, new("B") { Shares = 50m }], new FreeFloatChangeEvent(Day2, "A", 0.5m));

        var adjustment = EventReplay.Replay(definition, null, From(Prices(("A", 30m), ("B", 20m)))).Single();

        Assert.Equal(adjustment.LevelBefore, decimal.Round(adjustment.LevelAfter, 20));
        Assert.NotEqual(10m, adjustment.After.Divisor);
    }

    [Fact]
    public void Apply_Deletion_RemovesMemberAndKeepsLevel()
    {
        var definition = Definition(Methodology.Dow, 1m, [new("A"), new("B"), new("C")], new DeletionEvent(Day2, "B"));

        var adjustment = EventReplay.Replay(definition, null, From(Prices(("A", 10m), ("B", 20m), ("C", 30m)))).Single();

        Assert.Equal(["A", "C"], adjustment.After.Codes);
        Assert.Equal(60m, decimal.Round(adjustment.LevelAfter, 20));
    }

    [Fact]
    public void Apply_EventDayBeforeQueriedDate_IsNotApplied()
    {
        var definition = Definition(Methodology.Dow, 1m, [new("A")], new AdditionEvent(Day2, new MemberSpec("B")));

        var state = EventReplay.StateAsOf(definition, Day1, From(Prices(("A", 10m), ("B", 20m))));

        Assert.Equal(["A"], state.Codes);
    }

    [Fact]
    public void Apply_MissingReferencePrice_FailsNamingCodeAndFix()
    {
        var definition = Definition(Methodology.Dow, 1m, [new("A")], new AdditionEvent(Day2, new MemberSpec("B")));

        var error = Assert.Throws<Errors.UserInputException>(() => EventReplay.StateAsOf(definition, Day2, From(Prices(("A", 10m)))));

        Assert.Contains("B's close", error.Message, StringComparison.Ordinal);
        Assert.Contains("reference_price", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_ReferencePriceOnEvent_OverridesStoredClose()
    {
        var definition = Definition(Methodology.Dow, 1m, [new("A")], new AdditionEvent(Day2, new MemberSpec("B")) { ReferencePrice = 30m });

        var adjustment = EventReplay.Replay(definition, null, From(Prices(("A", 10m), ("B", 20m)))).Single();

        Assert.Equal(4m, adjustment.After.Divisor);
    }
}
