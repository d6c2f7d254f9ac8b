using Kabuto.Core.Calendars;
using Kabuto.Core.Market;

namespace Kabuto.Writing.Facts;

/// <summary>Daily bars per series, read once per check, with the running maxima the record and milestone checks need.</summary>
public sealed class SeriesHistory(IMarketDataReader reader)
{
    private readonly Dictionary<string, Series> _series = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Func<DateOnly, DateOnly, IReadOnlyList<DateOnly>>?> _gaps = new(StringComparer.Ordinal);

    /// <summary>The trading days strictly between two consecutive rows of the series that it holds no row for, by its
    /// market's calendar (the exchange's own days where the store holds them), read once per series.</summary>
    public IReadOnlyList<DateOnly> Missing(string seriesId, DateOnly previous, DateOnly date)
    {
        if (!_gaps.TryGetValue(seriesId, out var gaps))
        {
            gaps = SessionGaps.For(seriesId, reader);
            _gaps[seriesId] = gaps;
        }

        return gaps is null ? [] : gaps(previous, date);
    }

    /// <summary>A member's bars on the date and the session before it (for its range and previous close), oldest
    /// first; empty when not held.</summary>
    public IReadOnlyList<MemberBar> MemberBars(string code, DateOnly date) =>
        reader.GetMemberBars([code], date.AddDays(-10), date).OrderBy(b => b.Date).TakeLast(2).ToList();

    public Series Get(string seriesId)
    {
        if (!_series.TryGetValue(seriesId, out var series))
        {
            series = new Series(seriesId, reader.GetDailyBars(seriesId));
            _series[seriesId] = series;
        }

        return series;
    }

    /// <summary>One series: bars ascending, with the highest close and high strictly before each bar. As in the
    /// analytics history, a held history that starts after the index did takes in the catalogue's extremes
    /// (<see cref="HistoryScope.Catalogue"/>) as if they were bars on their dates (their position is then
    /// <see cref="Catalogue"/>), and a close above every earlier one is a record only once an earlier peak is known
    /// (<see cref="KnowsHighs"/>).</summary>
    public sealed class Series
    {
        /// <summary>The position of a running maximum that is a catalogue extreme, not a bar held.</summary>
        public const int Catalogue = -2;

        private readonly Dictionary<DateOnly, int> _positions;
        private readonly bool[] _highsKnown;
        private readonly KnownExtreme?[] _priorCloseExtreme;
        private readonly KnownExtreme?[] _priorHighExtreme;

        public Series(string id, IReadOnlyList<DailyBar> bars)
        {
            Id = id;
            Bars = bars;
            Scope = bars.Count == 0 ? HistoryScope.Whole(id, default) : IndexCatalogue.Scope(id, bars[0].Date);
            _positions = new Dictionary<DateOnly, int>(bars.Count);
            PriorMaxClose = new decimal[bars.Count];
            PriorMaxHigh = new decimal[bars.Count];
            PriorMaxCloseAt = new int[bars.Count];
            PriorMaxHighAt = new int[bars.Count];
            _highsKnown = new bool[bars.Count];
            _priorCloseExtreme = new KnownExtreme?[bars.Count];
            _priorHighExtreme = new KnownExtreme?[bars.Count];
            decimal maxClose = decimal.MinValue, maxHigh = decimal.MinValue;
            int maxCloseAt = 0, maxHighAt = 0;
            KnownExtreme? closeExtreme = null, highExtreme = null;
            var highsKnown = Scope.IsComplete;
            var next = 0;
            for (var i = 0; i < bars.Count; i++)
            {
                for (; next < Scope.Catalogue.Count && Scope.Catalogue[next].Date < bars[i].Date; next++)
                {
                    var known = Scope.Catalogue[next];
                    if (known.Kind == ExtremeKind.HighestClose)
                    {
                        highsKnown = true;
                        if (known.Value > maxClose)
                        {
                            (maxClose, maxCloseAt, closeExtreme) = (known.Value, Catalogue, known);
                        }
                    }

                    if (known.Kind is ExtremeKind.HighestClose or ExtremeKind.HighestIntraday && known.Value > maxHigh)
                    {
                        (maxHigh, maxHighAt, highExtreme) = (known.Value, Catalogue, known);
                    }
                }

                _positions[bars[i].Date] = i;
                PriorMaxClose[i] = maxClose;
                PriorMaxHigh[i] = maxHigh;
                PriorMaxCloseAt[i] = maxCloseAt;
                PriorMaxHighAt[i] = maxHighAt;
                _highsKnown[i] = highsKnown;
                _priorCloseExtreme[i] = closeExtreme;
                _priorHighExtreme[i] = highExtreme;
                if (bars[i].Close >= maxClose)
                {
                    (maxClose, maxCloseAt, closeExtreme) = (bars[i].Close, i, null);
                }

                if ((bars[i].High ?? bars[i].Close) >= maxHigh)
                {
                    (maxHigh, maxHighAt, highExtreme) = (bars[i].High ?? bars[i].Close, i, null);
                }
            }
        }

        /// <summary>What the held bars can say about records: complete, or judged with the catalogue's extremes.</summary>
        public HistoryScope Scope { get; }

        /// <summary>Whether a close above <see cref="PriorMaxClose"/> on bar i is a record (false: only the highest held,
        /// the index's earlier peak not being known).</summary>
        public bool KnowsHighs(int i) => _highsKnown[i];

        /// <summary>The catalogue extreme that is the highest close before bar i, when it is not a bar held.</summary>
        public KnownExtreme? PriorMaxCloseExtreme(int i) => _priorCloseExtreme[i];

        /// <summary>The catalogue extreme that is the highest print before bar i, when it is not a bar held.</summary>
        public KnownExtreme? PriorMaxHighExtreme(int i) => _priorHighExtreme[i];

        /// <summary>The date of the highest close before bar i (the catalogue extreme's date when it is one).</summary>
        public DateOnly PriorMaxCloseDate(int i) => _priorCloseExtreme[i]?.Date ?? Bars[PriorMaxCloseAt[i]].Date;

        /// <summary>The date of the highest print before bar i.</summary>
        public DateOnly PriorMaxHighDate(int i) => _priorHighExtreme[i]?.Date ?? Bars[PriorMaxHighAt[i]].Date;

        public string Id { get; }

        public IReadOnlyList<DailyBar> Bars { get; }

        public decimal[] PriorMaxClose { get; }

        public decimal[] PriorMaxHigh { get; }

        /// <summary>Where the highest close before each bar was made (the latest bar when tied; <see cref="Catalogue"/>).</summary>
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
