using Kabuto.Analytics.Facts;

namespace Kabuto.Writing.Planning;

/// <summary>What can make news on a day, from most to least newsworthy (docs/writer.md has the table).</summary>
public enum StoryKind
{
    FirstCloseAbove,
    FirstCloseBelow,
    TopRankedMove,
    RecordClose,
    RankedMove,
    RecordIntradayHigh,
    FirstPrintAbove,
    RecordStreak,
    Divergence,
    LongStreak,
    BigMove,
    PlainMove,
}

/// <summary>A candidate story: its kind, its score (higher leads), the fact that makes it true, and any second fact
/// it needs (the other index of a divergence).</summary>
public sealed record Story(StoryKind Kind, int Score, Fact Fact, Fact? Other = null);
