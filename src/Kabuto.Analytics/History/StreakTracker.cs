namespace Kabuto.Analytics.History;

/// <summary>Consecutive closes up or down (an unchanged close ends both streaks).</summary>
internal sealed class StreakTracker
{
    private StreakState _state;

    /// <param name="acrossGap">The row follows missing trading days: its move is not a daily one, so no streak runs
    /// through it.</param>
    public StreakState Observe(SeriesColumns series, int index, bool acrossGap = false)
    {
        var change = series.ChangePoints(index);
        _state = acrossGap ? new StreakState(0, 0)
            : change > 0m ? new StreakState(_state.Gains + 1, 0)
            : change < 0m ? new StreakState(0, _state.Losses + 1)
            : new StreakState(0, 0);
        return _state;
    }
}
