using Kabuto.Analytics.Facts;
using Kabuto.Analytics.Members;
using Kabuto.Core.Indexing;
using Kabuto.Core.Market;

namespace Kabuto.Analytics.Tests;

/// <summary>Member facts read from an engine attribution: points, residual, drivers, breadth, sectors, concentration.</summary>
public sealed class MemberFactsTests
{
    private static readonly DateOnly From = new(2024, 3, 15);
    private static readonly DateOnly To = new(2024, 3, 18);

    // Divisor 10: points = factor × price change / 10. Index move +23 = 20 + 5 − 3 + 0 + residual 1.
    private static MemberMove Move() => new(IndexIds.N225, From, To, new Attribution(1000m, 1023m,
    [
        new MemberContribution("8035", 1m, 100m, 300m, 20m),
        new MemberContribution("9983", 1m, 400m, 450m, 5m),
        new MemberContribution("7203", 1m, 200m, 170m, -3m),
        new MemberContribution("8306", 1m, 50m, 50m, 0m),
    ], 1m));

    private static readonly Dictionary<string, Instrument> Instruments = new(StringComparer.Ordinal)
    {
        ["8035"] = new("8035", "Tokyo Electron") { Sector33Code = "3650", Sector33Name = "Electric Appliances" },
        ["9983"] = new("9983", "Fast Retailing") { Sector33Code = "6100", Sector33Name = "Retail Trade" },
        ["7203"] = new("7203", "Toyota Motor") { Sector33Code = "3700", Sector33Name = "Transportation Equipment" },
        ["8306"] = new("8306", "MUFG") { Sector33Code = "7050", Sector33Name = "Banks" },
    };

    private static List<Fact> Facts()
    {
        var facts = new List<Fact>();
        MemberFacts.Append(Move(), Instruments, facts);
        return facts;
    }

    [Fact]
    public void Append_Member_ContributionWithNameAndId()
    {
        var fact = Assert.Single(Facts(), f => f is { Kind: FactKinds.MemberContributionPoints, Subject: "8035" });

        Assert.Equal(20m, fact.Value);
        Assert.Equal("Tokyo Electron", fact.SubjectName);
        Assert.Equal("N225:2024-03-18:close:contribution_points:8035", fact.Id);
    }

    [Fact]
    public void Append_Member_CarriesTheWireShortNameBesideTheRegisteredOne()
    {
        var instruments = new Dictionary<string, Instrument>(Instruments, StringComparer.Ordinal) { ["8035"] = new("8035", "TOKYO ELECTRON LIMITED") };
        var facts = new List<Fact>();

        MemberFacts.Append(Move(), instruments, facts);

        var fact = Assert.Single(facts, f => f is { Kind: FactKinds.MemberContributionPoints, Subject: "8035" });
        Assert.Equal(("TOKYO ELECTRON LIMITED", "Tokyo Electron"), (fact.SubjectName, fact.SubjectShortName));
        Assert.Equal("Tokyo Electron", FactJson.From(fact).SubjectShortName);
    }

    [Fact]
    public void Append_Residual_IsTheAttributionsResidual()
    {
        Assert.Equal(1m, Assert.Single(Facts(), f => f.Kind == FactKinds.ContributionResidualPoints).Value);
    }

    [Fact]
    public void Append_RoundedContributions_AddUpWithResidualToTheRoundedChange()
    {
        var move = new MemberMove(IndexIds.N225, From, To, new Attribution(1000m, 1000.10m,
        [
            new MemberContribution("8035", 1m, 100m, 100.004m, 0.034m),
            new MemberContribution("9983", 1m, 400m, 400.004m, 0.034m),
            new MemberContribution("7203", 1m, 200m, 200.004m, 0.034m),
        ], -0.002m));
        var facts = new List<Fact>();

        MemberFacts.Append(move, Instruments, facts);

        var points = facts.Where(f => f.Kind == FactKinds.MemberContributionPoints).Sum(f => f.Value);
        var residual = Assert.Single(facts, f => f.Kind == FactKinds.ContributionResidualPoints).Value;
        Assert.Equal(0.09m, points);
        Assert.Equal(0.10m, points + residual);
    }

    [Fact]
    public void Append_Drivers_RankedByPointsDraggersByLoss()
    {
        var facts = Facts();

        var drivers = facts.Where(f => f.Kind == FactKinds.TopDriverRank).OrderBy(f => f.Value).Select(f => f.Subject);
        var draggers = facts.Where(f => f.Kind == FactKinds.TopDraggerRank).Select(f => f.Subject);
        Assert.Equal(["8035", "9983"], drivers);
        Assert.Equal(["7203"], draggers);
    }

    [Fact]
    public void Append_Breadth_CountsAdvancersDeclinersUnchanged()
    {
        var facts = Facts();

        Assert.Equal(2m, Assert.Single(facts, f => f.Kind == FactKinds.Advancers).Value);
        Assert.Equal(1m, Assert.Single(facts, f => f.Kind == FactKinds.Decliners).Value);
        Assert.Equal(1m, Assert.Single(facts, f => f.Kind == FactKinds.Unchanged).Value);
    }

    [Fact]
    public void Append_Sectors_RankedByChangeBestFirst()
    {
        var ranks = Facts().Where(f => f.Kind == FactKinds.SectorRank).OrderBy(f => f.Value).Select(f => f.SubjectName).ToList();

        Assert.Equal(["Electric Appliances", "Retail Trade", "Banks", "Transportation Equipment"], ranks);
    }

    [Fact]
    public void Append_Concentration_TopMembersShareAndMoveWithoutThem()
    {
        var facts = Facts();

        // Top members in the direction of the move: 20 + 5 = 25 of 23 points.
        Assert.Equal(108.70m, Assert.Single(facts, f => f.Kind == FactKinds.TopContributorsSharePercent).Value);
        Assert.Equal(-2m, Assert.Single(facts, f => f.Kind == FactKinds.ChangeExcludingTopPoints).Value);
    }

    [Fact]
    public void MoveInto_WeeklyMemberPrices_AttributesTheWeekWithTheDefinitionDivisor()
    {
        var definition = new IndexDefinition("dow-test", Methodology.Dow,
            [new MemberSpec("AA"), new MemberSpec("BA")], 0.5m, []) { OfficialSeries = IndexIds.Djia };
        var week1 = new DateOnly(2011, 1, 7);
        var week2 = new DateOnly(2011, 1, 14);
        var reader = new InMemoryMarketData().AddMemberBars(
        [
            new MemberBar("AA", week1, null, null, null, 16m, null, PriceBasis.Raw),
            new MemberBar("BA", week1, null, null, null, 70m, null, PriceBasis.Raw),
            new MemberBar("AA", week2, null, null, null, 17m, null, PriceBasis.Raw),
            new MemberBar("BA", week2, null, null, null, 69m, null, PriceBasis.Raw),
        ]);

        var move = new DefinitionAttributionSource(reader, [definition]).MoveInto(IndexIds.Djia, week2);

        Assert.NotNull(move);
        Assert.Equal(week1, move.From);
        Assert.Equal([2m, -2m], move.Attribution.Members.Select(m => m.Points));
    }
}
