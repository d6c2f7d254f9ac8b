namespace Kabuto.Analytics.History;

/// <summary>When a history fact is worth stating. "Highest since last Tuesday" is true but not news, so the
/// "since" facts need a gap of at least a month of sessions.</summary>
public static class HistoryRules
{
    /// <summary>Rows between today and the "since" day for highest/lowest-since, largest-move-since and
    /// first-record-since facts (21 sessions ≈ one month).</summary>
    public const int SinceMinimumRows = 21;

    /// <summary>A gain, loss or record streak is stated from this many days.</summary>
    public const int StreakMinimumDays = 2;

    /// <summary>Ranks of a day's move are stated down to this rank (as it stood that day).</summary>
    public const int DayRankMaximum = 10;

    /// <summary>The record history lists this many largest moves per ranking.</summary>
    public const int RecordsTop = 10;
}
