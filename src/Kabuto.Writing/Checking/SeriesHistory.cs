using Kabuto.Core.Market;

namespace Kabuto.Writing.Checking;

/// <summary>Daily bars per series, read once per check, with the running maxima the record and milestone checks need.</summary>
public sealed class SeriesHistory(IMarketDataReader reader)
{
    private readonly Dictionary<string, Series> _series = new(StringComparer.Ordinal);

    public Series Get(string seriesId)
    {
        if (!_series.TryGetValue(seriesId, out var series))
        {
            series = new Series(seriesId, reader.GetDailyBars(seriesId));
            _series[seriesId] = series;
        }

        return series;
    }

    /// <summary>One series: bars ascending, with the highest close and high strictly before each bar.</summary>
    public sealed class Series
    {
        private readonly Dictionary<DateOnly, int> _positions;

        public Series(string id, IReadOnlyList<DailyBar> bars)
        {
            Id = id;
            Bars = bars;
            _positions = new Dictionary<DateOnly, int>(bars.Count);
            PriorMaxClose = new decimal[bars.Count];
            PriorMaxHigh = new decimal[bars.Count];
            PriorMaxCloseAt = new int[bars.Count];
            PriorMaxHighAt = new int[bars.Count];
            decimal maxClose = decimal.MinValue, maxHigh = decimal.MinValue;
            int maxCloseAt = 0, maxHighAt = 0;
            for (var i = 0; i < bars.Count; i++)
            {
                _positions[bars[i].Date] = i;
                PriorMaxClose[i] = maxClose;
                PriorMaxHigh[i] = maxHigh;
                PriorMaxCloseAt[i] = maxCloseAt;
                PriorMaxHighAt[i] = maxHighAt;
                if (bars[i].Close >= maxClose)
                {
                    (maxClose, maxCloseAt) = (bars[i].Close, i);
                }

                if ((bars[i].High ?? bars[i].Close) >= maxHigh)
                {
                    (maxHigh, maxHighAt) = (bars[i].High ?? bars[i].Close, i);
                }
            }
        }

        public string Id { get; }

        public IReadOnlyList<DailyBar> Bars { get; }

        public decimal[] PriorMaxClose { get; }

        public decimal[] PriorMaxHigh { get; }

        /// <summary>Where the highest close before each bar was made (the latest bar when tied).</summary>
        public int[] PriorMaxCloseAt { get; }

        public int[] PriorMaxHighAt { get; }

        public bool IsEmpty => Bars.Count == 0;

        public int IndexOf(DateOnly date) => _positions.TryGetValue(date, out var i) ? i : -1;

        /// <summary>The position of the last bar on or before <paramref name="date"/> (strictly before when asked).</summary>
        public int OnOrBefore(DateOnly date, bool strictly = false)
        {
            int lo = 0, hi = Bars.Count - 1, found = -1;
            while (lo <= hi)
            {
                var mid = (lo + hi) / 2;
                if (strictly ? Bars[mid].Date < date : Bars[mid].Date <= date)
                {
                    found = mid;
                    lo = mid + 1;
                }
                else
                {
                    hi = mid - 1;
                }
            }

            return found;
        }

        public decimal Pct(int i, decimal value) => i <= 0 ? 0 : (value - Bars[i - 1].Close) / Bars[i - 1].Close * 100m;
    }
}
