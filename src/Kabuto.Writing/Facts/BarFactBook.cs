using Kabuto.Analytics.Facts;
using Kabuto.Core.Market;

namespace Kabuto.Writing.Facts;

/// <summary>The day facts the writer and checker need, derived from daily bars only (close, change, range, records,
/// round-level milestones, streaks, rankings within the held history, the yen). It is the fallback used when the
/// analytics fact book is not wired in; ids follow the shared scheme so either source gives the same ids.</summary>
public sealed class BarFactBook(IMarketDataReader reader) : IDayFacts
{
    private readonly Dictionary<string, IReadOnlyList<DailyBar>> _history = new(StringComparer.Ordinal);

    public IReadOnlyList<Fact> Day(string seriesId, DateOnly date)
    {
        var bars = History(seriesId);
        var at = IndexOf(bars, date);
        if (at < 0)
        {
            return [];
        }

        var facts = new List<Fact>();
        var day = new DayBuilder(seriesId, bars, at, facts);
        if (seriesId == IndexIds.UsdJpy)
        {
            day.Yen();
        }
        else
        {
            day.Prices();
            if (at > 0)
            {
                day.Changes();
                day.Records();
                day.Milestones();
                day.Streaks();
                day.Rankings();
                day.YearToDate();
            }
        }

        return facts;
    }

    /// <summary>The series' bars (cached per instance: one wrap or check reads each series once).</summary>
    public IReadOnlyList<DailyBar> History(string seriesId)
    {
        if (!_history.TryGetValue(seriesId, out var bars))
        {
            bars = reader.GetDailyBars(seriesId);
            _history[seriesId] = bars;
        }

        return bars;
    }

    private static int IndexOf(IReadOnlyList<DailyBar> bars, DateOnly date)
    {
        int lo = 0, hi = bars.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var cmp = bars[mid].Date.CompareTo(date);
            if (cmp == 0)
            {
                return mid;
            }

            if (cmp < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return -1;
    }

    /// <summary>The round-level step of a series at a level: 1,000 for a five-digit index, 100 for a four-digit one.</summary>
    public static decimal RoundStep(decimal level)
    {
        var step = 1m;
        while (step * 100 <= level)
        {
            step *= 10;
        }

        return Math.Max(step, 1m);
    }

    private sealed class DayBuilder(string series, IReadOnlyList<DailyBar> bars, int at, List<Fact> facts)
    {
        private DailyBar Bar => bars[at];

        private DailyBar Prev => bars[at - 1];

        private FactInput CloseInput(DailyBar bar) => new(series, bar.Date, "close", bar.Close);

        private Fact Add(string kind, decimal value, string unit, IReadOnlyList<FactInput> inputs, string? subject = null)
        {
            var fact = new Fact(FactLookup.MakeId(series, Bar.Date, Sessions.Close, kind, subject), kind, series, Bar.Date,
                Sessions.Close, value, unit, inputs) { Subject = subject };
            facts.Add(fact);
            return fact;
        }

        public void Yen()
        {
            Add(FactKinds.YenLevel, Bar.Close, FactUnits.Yen, [CloseInput(Bar)]);
            if (at > 0)
            {
                Replace(Add(FactKinds.YenChange, Bar.Close - Prev.Close, FactUnits.Yen, [CloseInput(Bar), CloseInput(Prev)])
                    with { ReferenceDate = Prev.Date, ReferenceValue = Prev.Close });
            }
        }

        public void Prices()
        {
            if (Bar.Open is { } open)
            {
                Add(FactKinds.Open, open, FactUnits.Level, [new(series, Bar.Date, "open", open)]);
            }

            if (Bar.High is { } high)
            {
                Add(FactKinds.High, high, FactUnits.Level, [new(series, Bar.Date, "high", high)]);
            }

            if (Bar.Low is { } low)
            {
                Add(FactKinds.Low, low, FactUnits.Level, [new(series, Bar.Date, "low", low)]);
            }

            Add(FactKinds.Close, Bar.Close, FactUnits.Level, [CloseInput(Bar)]);
        }

        public void Changes()
        {
            var inputs = new[] { CloseInput(Bar), CloseInput(Prev) };
            Replace(Add(FactKinds.PreviousClose, Prev.Close, FactUnits.Level, [CloseInput(Prev)]) with { ReferenceDate = Prev.Date });
            Add(FactKinds.ChangePoints, Bar.Close - Prev.Close, FactUnits.Points, inputs);
            Add(FactKinds.ChangePercent, Pct(Bar.Close, Prev.Close), FactUnits.Percent, inputs);
            if (Bar.High is { } high)
            {
                Add(FactKinds.IntradayHighChangePercent, Pct(high, Prev.Close), FactUnits.Percent,
                    [new(series, Bar.Date, "high", high), CloseInput(Prev)]);
            }

            if (Bar.Low is { } low)
            {
                Add(FactKinds.IntradayLowChangePercent, Pct(low, Prev.Close), FactUnits.Percent,
                    [new(series, Bar.Date, "low", low), CloseInput(Prev)]);
            }
        }

        public void Records()
        {
            var (maxClose, maxCloseAt) = Max(b => b.Close);
            if (Bar.Close > maxClose)
            {
                Replace(Add(FactKinds.RecordClose, Bar.Close, FactUnits.Level, [CloseInput(Bar), CloseInput(bars[maxCloseAt])])
                    with { ReferenceValue = maxClose, ReferenceDate = bars[maxCloseAt].Date });
                var streak = 1;
                while (at - streak > 0 && IsRecordClose(at - streak))
                {
                    streak++;
                }

                if (streak > 1)
                {
                    Add(FactKinds.RecordCloseStreak, streak, FactUnits.Days, [CloseInput(Bar)]);
                }
            }
            else
            {
                var distance = Pct(Bar.Close, maxClose);
                Replace(Add(FactKinds.DistanceToRecordPercent, distance, FactUnits.Percent, [CloseInput(Bar), CloseInput(bars[maxCloseAt])])
                    with { ReferenceValue = maxClose, ReferenceDate = bars[maxCloseAt].Date });
            }

            if (Bar.High is { } high)
            {
                var (maxHigh, maxHighAt) = Max(b => b.High ?? b.Close);
                if (high > maxHigh)
                {
                    Replace(Add(FactKinds.RecordIntradayHigh, high, FactUnits.Level,
                            [new(series, Bar.Date, "high", high), new(series, bars[maxHighAt].Date, "high", maxHigh)])
                        with { ReferenceValue = maxHigh, ReferenceDate = bars[maxHighAt].Date });
                }
            }
        }

        public void Milestones()
        {
            var (maxClose, _) = Max(b => b.Close);
            var step = RoundStep(Bar.Close);
            var crossed = Math.Floor(Bar.Close / step) * step;
            if (crossed > maxClose)
            {
                Subject(Add(FactKinds.FirstCloseAbove, crossed, FactUnits.Level, [CloseInput(Bar)], Label(crossed)), crossed);
            }

            if (Bar.High is { } high)
            {
                var (maxHigh, _) = Max(b => b.High ?? b.Close);
                var printed = Math.Floor(high / step) * step;
                if (printed > maxHigh && printed > crossed)
                {
                    Subject(Add(FactKinds.FirstPrintAbove, printed, FactUnits.Level, [new(series, Bar.Date, "high", high)], Label(printed)), printed);
                }
            }

            var next = (Math.Floor(Bar.Close / step) + 1) * step;
            Subject(Add(FactKinds.DistanceToNextLevel, next - Bar.Close, FactUnits.Points, [CloseInput(Bar)], Label(next)), next);
        }

        public void Streaks()
        {
            var sign = Math.Sign(Bar.Close - Prev.Close);
            if (sign == 0)
            {
                return;
            }

            var days = 1;
            while (at - days > 0 && Math.Sign(bars[at - days].Close - bars[at - days - 1].Close) == sign)
            {
                days++;
            }

            Add(sign > 0 ? FactKinds.GainStreak : FactKinds.LossStreak, days, FactUnits.Days, [CloseInput(Bar)]);
        }

        public void Rankings()
        {
            var points = Bar.Close - Prev.Close;
            var pct = Pct(Bar.Close, Prev.Close);
            int byPoints = 1, byPct = 1;
            for (var i = 1; i < at; i++)
            {
                var p = bars[i].Close - bars[i - 1].Close;
                var q = Pct(bars[i].Close, bars[i - 1].Close);
                if (points > 0 ? p > points : p < points)
                {
                    byPoints++;
                }

                if (pct > 0 ? q > pct : q < pct)
                {
                    byPct++;
                }
            }

            // Rankings only make news near the top, and only over a history long enough to mean something.
            const int top = 10;
            if (at < 250 || points == 0)
            {
                return;
            }

            if (byPoints <= top)
            {
                Ranked(points > 0 ? FactKinds.RankGainPoints : FactKinds.RankFallPoints, byPoints, points);
            }

            if (byPct <= top)
            {
                Ranked(points > 0 ? FactKinds.RankGainPercent : FactKinds.RankFallPercent, byPct, pct);
            }
        }

        public void YearToDate()
        {
            var lastOfPreviousYear = -1;
            for (var i = at - 1; i >= 0; i--)
            {
                if (bars[i].Date.Year < Bar.Date.Year)
                {
                    lastOfPreviousYear = i;
                    break;
                }
            }

            if (lastOfPreviousYear >= 0)
            {
                var baseBar = bars[lastOfPreviousYear];
                Replace(Add(FactKinds.YearToDateChangePercent, Pct(Bar.Close, baseBar.Close), FactUnits.Percent, [CloseInput(Bar), CloseInput(baseBar)])
                    with { ReferenceValue = baseBar.Close, ReferenceDate = baseBar.Date });
            }
        }

        private void Ranked(string kind, int rank, decimal move) =>
            Replace(Add(kind, rank, FactUnits.Rank, [CloseInput(Bar), CloseInput(Prev)]) with { ReferenceValue = move, ReferenceDate = bars[0].Date });

        private bool IsRecordClose(int i)
        {
            for (var j = 0; j < i; j++)
            {
                if (bars[j].Close >= bars[i].Close)
                {
                    return false;
                }
            }

            return true;
        }

        private (decimal Value, int At) Max(Func<DailyBar, decimal> field)
        {
            var best = decimal.MinValue;
            var bestAt = 0;
            for (var i = 0; i < at; i++)
            {
                var value = field(bars[i]);
                if (value >= best)
                {
                    best = value;
                    bestAt = i;
                }
            }

            return (best, bestAt);
        }

        private void Subject(Fact fact, decimal level) => Replace(fact with { ReferenceValue = level, SubjectName = Numbers(level) });

        private void Replace(Fact fact) => facts[^1] = fact;

        private static string Label(decimal level) => decimal.Truncate(level).ToString(System.Globalization.CultureInfo.InvariantCulture);

        private static string Numbers(decimal level) => Kabuto.Writing.Text.Numbers.RoundLevel(level);
    }

    private static decimal Pct(decimal value, decimal reference) =>
        reference == 0 ? 0 : Math.Round((value - reference) / reference * 100m, 6, MidpointRounding.AwayFromZero);
}
