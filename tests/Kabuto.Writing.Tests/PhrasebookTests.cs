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

        Assert.Contains(verb, new[] { "plunged", "sank" });
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
}
