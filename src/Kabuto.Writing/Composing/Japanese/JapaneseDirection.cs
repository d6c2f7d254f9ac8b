namespace Kabuto.Writing.Composing.Japanese;

/// <summary>How today's move reads against the sessions before it.</summary>
public enum MoveWord
{
    /// <summary>Up after an up session: 続伸.</summary>
    ContinuedRise,

    /// <summary>Up after a down session: 反発.</summary>
    Rebound,

    /// <summary>Down after a down session: 続落.</summary>
    ContinuedFall,

    /// <summary>Down after an up session: 反落.</summary>
    Reversal,

    /// <summary>Up after an unchanged session or one whose move is not known: 上昇.</summary>
    Rise,

    /// <summary>Down after an unchanged session or one whose move is not known: 下落.</summary>
    Fall,

    /// <summary>No change: 変わらず.</summary>
    Unchanged,
}

/// <summary>The move word and its count: for 続伸/続落 the sessions in the run, today included (「3日続伸」); for
/// 反発/反落 the sessions since the index last moved today's way, today included (「3日ぶり反発」); null when the
/// history does not reach back far enough (or crosses a missing session) to count.</summary>
public sealed record Direction(MoveWord Word, int? Count);

/// <summary>The direction-word rules of Japanese wraps (shared/docs/japanese-style.md): up after up is 続伸, up after
/// down is 反発 (counted back to the last rise: two down sessions before it make 「3日ぶり反発」), down after down 続落,
/// down after up 反落; after an unchanged session the word is plain 上昇/下落. The rules read signs only, so they are
/// the same for the close and for the morning session (today's sign from the morning's change).</summary>
public static class JapaneseDirection
{
    /// <param name="today">Sign of today's change.</param>
    /// <param name="before">Signs of the previous sessions' changes, newest first; null for a session whose change is
    /// not a daily one (it follows missing trading days), which ends the count.</param>
    public static Direction Classify(int today, IReadOnlyList<int?> before)
    {
        ArgumentNullException.ThrowIfNull(before);
        if (today == 0)
        {
            return new Direction(MoveWord.Unchanged, null);
        }

        var up = today > 0;
        var previous = before.Count > 0 ? before[0] : null;
        if (previous is null || previous == 0)
        {
            return new Direction(up ? MoveWord.Rise : MoveWord.Fall, null);
        }

        if (previous == today)
        {
            // The run: today plus every session before it that moved the same way.
            var run = 1;
            foreach (var sign in before)
            {
                if (sign != today)
                {
                    return new Direction(up ? MoveWord.ContinuedRise : MoveWord.ContinuedFall, sign is null ? null : run);
                }

                run++;
            }

            return new Direction(up ? MoveWord.ContinuedRise : MoveWord.ContinuedFall, null);
        }

        // 反発/反落: sessions since the last one that moved today's way, today included.
        for (var i = 0; i < before.Count; i++)
        {
            if (before[i] is null)
            {
                return new Direction(up ? MoveWord.Rebound : MoveWord.Reversal, null);
            }

            if (before[i] == today)
            {
                return new Direction(up ? MoveWord.Rebound : MoveWord.Reversal, i + 1);
            }
        }

        return new Direction(up ? MoveWord.Rebound : MoveWord.Reversal, null);
    }

    /// <summary>The comparison basis of a change: 「前日比」 when the previous close is the day before, 「前週末比」 when
    /// it is in an earlier week (a Monday, or a Tuesday after a Monday holiday), else 「前営業日比」 (after a midweek
    /// holiday).</summary>
    public static string Basis(DateOnly date, DateOnly previous)
    {
        if (previous == date.AddDays(-1))
        {
            return "前日比";
        }

        return WeekStart(previous) < WeekStart(date) ? "前週末比" : "前営業日比";
    }

    private static DateOnly WeekStart(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
}
