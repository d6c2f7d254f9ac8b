using Kabuto.Analytics.Facts;
using Kabuto.Writing.Planning;

namespace Kabuto.Writing.Tests;

public sealed class StoryPlannerTests
{
    private static Fact Change(decimal pct, string index = "N225") => TestFacts.Make(FactKinds.ChangePercent, pct, FactUnits.Percent, index);

    [Fact]
    public void Plan_FirstCloseAboveAndRecord_LeadsWithFirstCloseAbove()
    {
        var stories = StoryPlanner.Plan(TestFacts.RecordDay(), "N225", null, null);

        Assert.Equal(StoryKind.FirstCloseAbove, stories[0].Kind);
    }

    [Fact]
    public void Plan_RecordCloseAndGain_RecordBeatsPlainGain()
    {
        var facts = new List<Fact> { Change(0.8m), TestFacts.Make(FactKinds.RecordClose, 40000m, FactUnits.Level, reference: 39900m) };

        Assert.Equal(StoryKind.RecordClose, StoryPlanner.Plan(facts, "N225", null, null)[0].Kind);
    }

    [Fact]
    public void Plan_FirstCloseAboveAndRecordStreak_FirstCloseAboveLeads()
    {
        var facts = new List<Fact>
        {
            Change(0.8m),
            TestFacts.Make(FactKinds.RecordCloseStreak, 4m, FactUnits.Days),
            TestFacts.Make(FactKinds.FirstCloseAbove, 40010m, FactUnits.Level, subject: "40000", reference: 40000m),
        };

        var stories = StoryPlanner.Plan(facts, "N225", null, null).ToList();

        Assert.True(stories.FindIndex(s => s.Kind == StoryKind.FirstCloseAbove) < stories.FindIndex(s => s.Kind == StoryKind.RecordStreak));
    }

    [Fact]
    public void Plan_NikkeiUpTopixDown_DivergenceIsAStory()
    {
        var stories = StoryPlanner.Plan([Change(2.17m)], "N225", [Change(-0.23m, "TOPIX")], "TOPIX");

        Assert.Contains(stories, s => s.Kind == StoryKind.Divergence);
    }

    [Fact]
    public void Plan_SecondLargestFall_LeadsOverRecordlessMove()
    {
        var facts = new List<Fact> { Change(-12.4m), TestFacts.Make(FactKinds.RankFallPercent, 2m, FactUnits.Rank, reference: -12.4m) };

        Assert.Equal(StoryKind.TopRankedMove, StoryPlanner.Plan(facts, "N225", null, null)[0].Kind);
    }

    [Fact]
    public void Plan_SmallMoveOnly_IsPlainMove()
    {
        var stories = StoryPlanner.Plan([Change(0.3m)], "N225", null, null);

        Assert.Equal(StoryKind.PlainMove, Assert.Single(stories).Kind);
    }
}
