using Kabuto.Core.Errors;
using Kabuto.Core.Indexing;
using Kabuto.Core.Market;

namespace Kabuto.Core.Tests.Indexing;

public sealed class VerificationTests
{
    private static readonly DateOnly Week1 = new(2011, 3, 11);
    private static readonly DateOnly Week2 = new(2011, 3, 18);
    private static readonly DateOnly Week3 = new(2011, 3, 25);

    private static readonly IndexDefinition TwoMembers =
        new("dow-2", Methodology.Dow, [new MemberSpec("AA"), new MemberSpec("KO")], 0.132129493m, []) { OfficialSeries = "DJIA" };

    private static MemberBar Bar(string code, DateOnly date, decimal close) => new(code, date, null, null, null, close, null, PriceBasis.Raw);

    private static InMemoryMarketData Store(params (DateOnly Date, decimal Level)[] official) =>
        new InMemoryMarketData().AddBars("DJIA", official.Select(o => DailyBar.CloseOnly(o.Date, o.Level)));

    [Fact]
    public void Run_SumMatchesOfficial_ReportsMatch()
    {
        // (16.42 + 64.50) / 0.132129493 = 612.4295... -> 612.43
        var store = Store((Week1, 612.429512m)).AddMemberBars([Bar("AA", Week1, 16.42m), Bar("KO", Week1, 64.50m)]);

        var row = Verification.Run(TwoMembers, store).Rows.Single();

        Assert.Equal(VerificationStatus.Match, row.Status);
        Assert.Equal(612.43m, row.Computed);
        Assert.Equal(0m, row.Difference);
    }

    [Fact]
    public void Run_OneCentOff_ExplainsMismatchAsOneCent()
    {
        var store = Store((Week1, 612.51m)).AddMemberBars([Bar("AA", Week1, 16.42m), Bar("KO", Week1, 64.50m)]);

        var row = Verification.Run(TwoMembers, store).Rows.Single();

        Assert.Equal(VerificationStatus.Mismatch, row.Status);
        Assert.Equal(-0.08m, row.Difference);
        Assert.Equal(1, row.Explanation!.Cents);
        Assert.True(row.Explanation.Exact);
        Assert.Contains("equals a 1-cent difference in one member's close", row.Explanation.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ComputedAboveOfficialNoWholeCent_GivesTheGapUnsignedWithItsDirection()
    {
        // (16.42 + 64.50) / 0.132129493 = 612.43, 0.07 above 612.36; 612.36 x divisor = 80.9108: the sum is 0.92 cents
        // above it, and one cent less (80.91) publishes 612.35, not 612.36.
        var store = Store((Week1, 612.36m)).AddMemberBars([Bar("AA", Week1, 16.42m), Bar("KO", Week1, 64.50m)]);

        var row = Verification.Run(TwoMembers, store).Rows.Single();

        Assert.False(row.Explanation!.Exact);
        Assert.Equal("0.07 points above official; sum(price x factor) is 0.92 cents above official x divisor, which no whole-cent "
                     + "difference in one close reproduces exactly", row.Explanation.Text);
    }

    [Fact]
    public void Run_Mismatch_ExplanationSaysWhatWouldExplainItNotWhatHappened()
    {
        var store = Store((Week1, 612.51m)).AddMemberBars([Bar("AA", Week1, 16.42m), Bar("KO", Week1, 64.50m)]);

        var text = Verification.Run(TwoMembers, store).Rows.Single().Explanation!.Text;

        Assert.DoesNotContain("too low", text, StringComparison.Ordinal);
        Assert.DoesNotContain("too high", text, StringComparison.Ordinal);
        Assert.Contains("official is reproduced with one factor-1 close 1 cent higher", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_MemberMissingOnADate_IsIncompleteAndNamesIt()
    {
        var store = Store((Week1, 612.43m), (Week2, 600m)).AddMemberBars([Bar("AA", Week1, 16.42m), Bar("KO", Week1, 64.50m), Bar("KO", Week2, 64m)]);

        var report = Verification.Run(TwoMembers, store);

        var row = report.Rows.Single(r => r.Date == Week2);
        Assert.Equal(VerificationStatus.Incomplete, row.Status);
        Assert.Null(row.Computed);
        Assert.Equal(["AA"], row.MissingMembers);
        Assert.Equal(1, report.Summary.Incomplete);
    }

    [Fact]
    public void Run_NoOfficialValueThatDay_IsNoOfficial()
    {
        var store = Store((Week1, 612.43m)).AddMemberBars([Bar("AA", Week3, 16m), Bar("KO", Week3, 64m)]);

        var row = Verification.Run(TwoMembers, store).Rows.Single();

        Assert.Equal(VerificationStatus.NoOfficial, row.Status);
        Assert.NotNull(row.Computed);
    }

    [Fact]
    public void Run_Summary_CountsAndMaxDifference()
    {
        var store = Store((Week1, 612.43m), (Week2, 612.51m))
            .AddMemberBars([Bar("AA", Week1, 16.42m), Bar("KO", Week1, 64.50m), Bar("AA", Week2, 16.42m), Bar("KO", Week2, 64.50m)]);

        var summary = Verification.Run(TwoMembers, store).Summary;

        Assert.Equal(new VerificationSummary(2, 1, 1, 0, 0, 0.08m), summary with { MembersWithoutPrices = [], AdjustedPriceMembers = [] });
    }

    [Fact]
    public void Run_MemberWithoutAnyPrice_FailsNamingTheFieldAndTheFix()
    {
        var store = Store((Week1, 612.43m)).AddMemberBars([Bar("AA", Week1, 16.42m)]);
        var definition = TwoMembers with { Source = "defs/dow.json" };

        var error = Assert.Throws<UserInputException>(() => Verification.Run(definition, store));

        Assert.StartsWith("defs/dow.json: members[1].code 'KO' has no prices in the store", error.Message, StringComparison.Ordinal);
        Assert.Contains("correct the code", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_OfficialSeriesNotInStore_FailsWithFix()
    {
        var store = new InMemoryMarketData().AddMemberBars([Bar("AA", Week1, 16.42m)]);

        var error = Assert.Throws<UserInputException>(() => Verification.Run(TwoMembers, store));

        Assert.Contains("no series 'DJIA'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ReplacementEvent_UsesNewBasketAndDivisorFromItsDate()
    {
        var definition = TwoMembers with { Events = [new ReplacementEvent(Week2, "AA", new MemberSpec("CSCO"))] };
        var store = Store((Week1, 1m), (Week2, 1m)).AddMemberBars(
            [Bar("AA", Week1, 20m), Bar("KO", Week1, 60m), Bar("CSCO", Week1, 40m), Bar("CSCO", Week2, 40m), Bar("KO", Week2, 60m)]);

        var rows = Verification.Run(definition, store).Rows;

        Assert.Equal(rows[0].Computed, rows[1].Computed);
    }

    [Fact]
    public void Run_BaseDate_ComputesOnlyFromThatDate()
    {
        var definition = TwoMembers with { BaseDate = Week2 };
        var store = Store((Week1, 1m), (Week2, 1m)).AddMemberBars(
            [Bar("AA", Week1, 20m), Bar("KO", Week1, 60m), Bar("AA", Week2, 20m), Bar("KO", Week2, 60m)]);

        var rows = Verification.Run(definition, store).Rows;

        Assert.Equal([Week2], rows.Select(r => r.Date));
    }

    [Fact]
    public void Run_TotalReturnDefinition_ReinvestsDividendOnExDate()
    {
        // Price level 100 -> 99 while AA pays 1.00 (1 point at divisor 1): the total-return index stays at 100.
        var definition = new IndexDefinition("tr", Methodology.Dow with { Return = ReturnKind.Total }, [new MemberSpec("AA")], 1m,
            [new DividendEvent(Week2, "AA", 1m)]) { OfficialSeries = "DJIA" };
        var store = Store((Week1, 100m), (Week2, 100m)).AddMemberBars([Bar("AA", Week1, 100m), Bar("AA", Week2, 99m)]);

        var rows = Verification.Run(definition, store).Rows;

        Assert.Equal([100m, 100m], rows.Select(r => r.Computed));
    }
}
