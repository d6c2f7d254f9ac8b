using Kabuto.Writing.Composing;

namespace Kabuto.Writing.Tests;

public sealed class PhrasebookTests
{
    [Theory]
    [InlineData(0.05, MoveBand.Flat)]
    [InlineData(0.10, MoveBand.Small)]
    [InlineData(-0.49, MoveBand.Small)]
    [InlineData(0.50, MoveBand.Moderate)]
    [InlineData(1.49, MoveBand.Moderate)]
    [InlineData(-1.50, MoveBand.Large)]
    [InlineData(2.99, MoveBand.Large)]
    [InlineData(3.00, MoveBand.Huge)]
    [InlineData(-12.40, MoveBand.Huge)]
    public void Band_MoveSize_FollowsDocumentedThresholds(double pct, MoveBand expected) =>
        Assert.Equal(expected, Phrasebook.Band((decimal)pct));

    [Fact]
    public void Verb_Fall_IsADownVerb()
    {
        var verb = Phrasebook.Verb(-4.2m, new DateOnly(2024, 8, 5), "lede");

        Assert.Contains(verb, new[] { "plunged", "sank", "tumbled", "slumped" });
    }

    [Fact]
    public void Pick_SameDateAndSlot_IsStable()
    {
        var date = new DateOnly(2026, 2, 10);

        Assert.Equal(Phrasebook.Pick(date, "lede", ["a", "b", "c"]), Phrasebook.Pick(date, "lede", ["a", "b", "c"]));
    }

    [Fact]
    public void Pick_ConsecutiveDates_UseEveryOption()
    {
        var picks = Enumerable.Range(0, 20).Select(i => Phrasebook.Pick(new DateOnly(2026, 1, 5).AddDays(i), "lede", ["a", "b", "c"])).ToHashSet();

        Assert.Equal(3, picks.Count);
    }

    [Fact]
    public void Verb_SameBandTwiceInOneArticle_UsesAnotherWord()
    {
        var used = new List<string>();
        var date = new DateOnly(2026, 3, 19);

        var first = Phrasebook.Verb(-2.73m, date, "KOSPI", used);
        var second = Phrasebook.Verb(-1.61m, date, "KOSPI", used);

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void HeadlineVerb_Chosen_KeepsItsPastTenseOutOfTheLede()
    {
        var used = new List<string>();
        var date = new DateOnly(2026, 3, 18);

        var headline = Phrasebook.HeadlineVerb(2.87m, date, used);
        var lede = Phrasebook.Verb(2.87m, date, "lede", used);

        Assert.NotEqual(headline[..3], lede[..3]);
    }

    [Theory]
    [InlineData("3250", "Pharmaceutical", "drugmakers")]
    [InlineData("6050", "Wholesale Trade", "trading houses")]
    [InlineData("9999", "Other", "other stocks")]
    public void SectorNoun_TseCode_IsTheWireNoun(string code, string name, string expected) =>
        Assert.Equal(expected, Phrasebook.SectorNoun(code, name));
}
