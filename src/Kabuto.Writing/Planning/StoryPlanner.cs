using Kabuto.Analytics.Facts;
using Kabuto.Writing.Facts;

namespace Kabuto.Writing.Planning;

/// <summary>Decides what is news. Every candidate gets a fixed score; the highest leads the article and the rest
/// become highlights. The scores encode the house rules: a first close above a round level beats a record close,
/// a record close beats a ranked (4th to 10th largest) move, which beats a plain gain; a top-3 move beats a record;
/// a Nikkei/TOPIX divergence and a long streak are stories of their own.</summary>
public static class StoryPlanner
{
    public const int FirstCloseScore = 100;
    public const int RecordCloseScore = 90;
    public const int RecordIntradayScore = 80;
    public const int FirstPrintScore = 75;
    public const int RecordStreakScore = 70;
    public const int DivergenceScore = 65;
    public const int LongStreakScore = 55;
    public const int BigMoveScore = 50;
    public const int PlainMoveScore = 10;

    /// <summary>Streaks shorter than this are not news.</summary>
    public const int LongStreakDays = 5;

    /// <summary>A move of at least this size (percent) is a story by itself.</summary>
    public const decimal BigMovePct = 2.0m;

    /// <summary>The main index's stories, best first. <paramref name="second"/> (TOPIX for Tokyo) feeds the divergence.</summary>
    public static IReadOnlyList<Story> Plan(IReadOnlyList<Fact> main, string mainIndex, IReadOnlyList<Fact>? second, string? secondIndex, string session = Sessions.Close)
    {
        ArgumentNullException.ThrowIfNull(main);
        var stories = new List<Story>();
        void Add(StoryKind kind, int score, Fact? fact, Fact? other = null)
        {
            if (fact is not null)
            {
                stories.Add(new Story(kind, score, fact, other));
            }
        }

        var change = main.Find(FactKinds.ChangePercent, mainIndex, session);
        var recordClose = main.Find(FactKinds.RecordClose, mainIndex, session);
        Add(StoryKind.FirstCloseAbove, FirstCloseScore, main.Find(FactKinds.FirstCloseAbove, mainIndex, session));
        Add(StoryKind.FirstCloseBelow, FirstCloseScore, main.Find(FactKinds.FirstCloseBelow, mainIndex, session));
        Add(StoryKind.RecordClose, RecordCloseScore, recordClose);
        foreach (var kind in new[] { FactKinds.RankGainPoints, FactKinds.RankGainPercent, FactKinds.RankFallPoints, FactKinds.RankFallPercent })
        {
            if (main.Find(kind, mainIndex, session) is { } rank && rank.Value is >= 1 and <= 10)
            {
                var top = rank.Value <= 3;
                Add(top ? StoryKind.TopRankedMove : StoryKind.RankedMove, top ? 96 - (int)rank.Value : 88 - (int)rank.Value, rank);
            }
        }

        if (recordClose is null)
        {
            Add(StoryKind.RecordIntradayHigh, RecordIntradayScore, main.Find(FactKinds.RecordIntradayHigh, mainIndex, session));
        }

        Add(StoryKind.FirstPrintAbove, FirstPrintScore, main.Find(FactKinds.FirstPrintAbove, mainIndex, session));
        if (main.Find(FactKinds.RecordCloseStreak, mainIndex, session) is { Value: >= 2 } recordStreak)
        {
            Add(StoryKind.RecordStreak, RecordStreakScore, recordStreak);
        }

        if (secondIndex is not null && second is not null && change is not null
            && second.Find(FactKinds.ChangePercent, secondIndex, session) is { } otherChange && IsDivergence(change.Value, otherChange.Value))
        {
            Add(StoryKind.Divergence, DivergenceScore, change, otherChange);
        }

        foreach (var kind in new[] { FactKinds.GainStreak, FactKinds.LossStreak })
        {
            if (main.Find(kind, mainIndex, session) is { } streak && streak.Value >= LongStreakDays)
            {
                Add(StoryKind.LongStreak, LongStreakScore, streak);
            }
        }

        if (change is not null)
        {
            Add(Math.Abs(change.Value) >= BigMovePct ? StoryKind.BigMove : StoryKind.PlainMove,
                Math.Abs(change.Value) >= BigMovePct ? BigMoveScore : PlainMoveScore, change);
        }

        // Stable order: score, then the enum order, so equal scores never swap between runs.
        return stories.OrderByDescending(s => s.Score).ThenBy(s => s.Kind).ToList();
    }

    /// <summary>The two indices moved in opposite directions by a visible amount, or apart by 1.5 points or more.</summary>
    public static bool IsDivergence(decimal mainPct, decimal otherPct) =>
        (Math.Sign(mainPct) != Math.Sign(otherPct) && Math.Max(Math.Abs(mainPct), Math.Abs(otherPct)) >= 0.5m)
        || Math.Abs(mainPct - otherPct) >= 1.5m;
}
