namespace Kabuto.Core.Indexing;

/// <summary>Total return: dividends reinvested in the whole index on the ex-date (S&amp;P DJI index mathematics).</summary>
public static class TotalReturn
{
    /// <summary>ID_t = Σ dividend × multiplier / divisor over the members going ex on the day.</summary>
    public static decimal DividendPoints(IndexState state, IEnumerable<DividendEvent> dividends)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(dividends);
        var sum = 0m;
        foreach (var dividend in dividends)
        {
            var ordinal = state.OrdinalOf(dividend.Code);
            if (ordinal >= 0)
            {
                sum += dividend.Amount * state.Members[ordinal].Multiplier;
            }
        }

        return sum / state.Divisor;
    }

    /// <summary>TR_t = TR_{t-1} × (I_t + ID_t) / I_{t-1}.</summary>
    public static decimal Next(decimal previousTotalReturn, decimal previousLevel, decimal level, decimal dividendPoints) =>
        previousTotalReturn * (level + dividendPoints) / previousLevel;
}
