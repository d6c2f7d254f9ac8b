using Kabuto.Analytics.Facts;
using Kabuto.Core.Calendars;
using Kabuto.Core.Market;

namespace Kabuto.Writing.Facts;

/// <summary>The day facts the writer and checker need, derived from daily bars only (close, change, range, records,
/// round-level milestones, streaks, rankings within the held history, the yen). It is the fallback used when the
/// analytics fact book is not wired in; ids follow the shared scheme so either source gives the same ids.</summary>
/// <remarks>Rankings scan the whole history per day; <paramref name="rankings"/> = false skips them for series whose
/// rankings nobody reads (the regional and overnight lines of a wrap).</remarks>
public sealed class BarFactBook(IMarketDataReader reader, bool rankings = true) : IDayFacts
{
    private readonly SeriesHistory _history = new(reader);

    public IReadOnlyList<Fact> Day(string seriesId, DateOnly date)
    {
        var series = _history.Get(seriesId);
        var at = series.IndexOf(date);
        if (at < 0)
        {
            return [];
        }

        var facts = new List<Fact>();
        var day = new DayBuilder(series, at, facts);
        if (seriesId == IndexIds.UsdJpy)
        {
            day.Yen();
        }
        else
        {
            day.Prices();
            if (at > 0)
            {
                // After trading days without a row (law calendars) the change is not a daily one: it is given as the
                // change since the last close held, and no streak or ranking of daily moves runs through it.
                var missing = _history.Missing(seriesId, series.Bars[at - 1].Date, date);
                if (missing.Count > 0)
                {
                    day.SinceLastHeld(missing);
                }
                else
                {
                    day.Changes();
                }

                day.Records();
                day.Milestones();
                if (missing.Count == 0)
                {
                    day.Streaks();
                    if (rankings)
                    {
                        day.Rankings();
                    }
                }

                day.YearToDate();
            }
        }

        return facts;
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

    private sealed class DayBuilder(SeriesHistory.Series history, int at, List<Fact> facts)
    {
        private readonly string series = history.Id;
        private readonly IReadOnlyList<DailyBar> bars = history.Bars;

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

        public void SinceLastHeld(IReadOnlyList<DateOnly> missing)
        {
            var inputs = new[] { CloseInput(Bar), CloseInput(Prev) };
            Replace(Add(FactKinds.MissingSessionsBefore, missing.Count, FactUnits.Days, [CloseInput(Prev), CloseInput(Bar)]) with { ReferenceDate = missing[0] });
            Replace(Add(FactKinds.ChangeSinceLastHeldPoints, Bar.Close - Prev.Close, FactUnits.Points, inputs)
                with { ReferenceDate = Prev.Date, ReferenceValue = Prev.Close });
            Replace(Add(FactKinds.ChangeSinceLastHeldPercent, Pct(Bar.Close, Prev.Close), FactUnits.Percent, inputs)
                with { ReferenceDate = Prev.Date, ReferenceValue = Prev.Close });
        }

        public void Records()
        {
            var (maxClose, maxCloseAt) = MaxClose();
            if (!history.KnowsHighs(at))
            {
                // The held history starts after the index did and no earlier peak is known: the highest close held is
                // not a record, and round levels crossed may have been crossed before.
                if (Bar.Close > maxClose)
                {
                    Replace(Add(FactKinds.HighestCloseInHeldHistory, Bar.Close, FactUnits.Level, [CloseInput(Bar), CloseInput(bars[maxCloseAt])])
                        with { ReferenceDate = bars[0].Date });
                }

                return;
            }

            if (Bar.Close > maxClose)
            {
                Replace(Add(FactKinds.RecordClose, Bar.Close, FactUnits.Level, [CloseInput(Bar), PriorCloseInput()])
                    with { ReferenceValue = maxClose, ReferenceDate = history.PriorMaxCloseDate(at) });
                var streak = 1;
                while (at - streak > 0 && bars[at - streak].Close > history.PriorMaxClose[at - streak])
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
                Replace(Add(FactKinds.DistanceToRecordPercent, distance, FactUnits.Percent, [CloseInput(Bar), PriorCloseInput()])
                    with { ReferenceValue = maxClose, ReferenceDate = history.PriorMaxCloseDate(at) });
            }

            if (Bar.High is { } high)
            {
                var (maxHigh, _) = MaxHigh();
                if (high > maxHigh)
                {
                    Replace(Add(FactKinds.RecordIntradayHigh, high, FactUnits.Level,
                            [new(series, Bar.Date, "high", high), PriorHighInput()])
                        with { ReferenceValue = maxHigh, ReferenceDate = history.PriorMaxHighDate(at) });
                }
            }
        }

        public void Milestones()
        {
            var (maxClose, _) = MaxClose();
            var step = RoundStep(Bar.Close);
            var crossed = Math.Floor(Bar.Close / step) * step;
            if (history.KnowsHighs(at) && crossed > maxClose)
            {
                Subject(Add(FactKinds.FirstCloseAbove, crossed, FactUnits.Level, [CloseInput(Bar)], Label(crossed)), crossed);
            }

            if (history.KnowsHighs(at) && Bar.High is { } high)
            {
                var (maxHigh, _) = MaxHigh();
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

        private (decimal Value, int At) MaxClose() => (history.PriorMaxClose[at], history.PriorMaxCloseAt[at]);

        private (decimal Value, int At) MaxHigh() => (history.PriorMaxHigh[at], history.PriorMaxHighAt[at]);

        /// <summary>The highest close before today: a bar held, or the catalogue's peak it took in.</summary>
        private FactInput PriorCloseInput() =>
            history.PriorMaxCloseExtreme(at) is { } known
                ? new(series, known.Date, "close", known.Value)
                : CloseInput(bars[history.PriorMaxCloseAt[at]]);

        private FactInput PriorHighInput()
        {
            if (history.PriorMaxHighExtreme(at) is { } known)
            {
                return new(series, known.Date, known.Kind == ExtremeKind.HighestIntraday ? "high" : "close", known.Value);
            }

            var bar = bars[history.PriorMaxHighAt[at]];
            return new(series, bar.Date, bar.High is null ? "close" : "high", bar.High ?? bar.Close);
        }

        private void Subject(Fact fact, decimal level) => Replace(fact with { ReferenceValue = level, SubjectName = Numbers(level) });

        private void Replace(Fact fact) => facts[^1] = fact;

        private static string Label(decimal level) => decimal.Truncate(level).ToString(System.Globalization.CultureInfo.InvariantCulture);

        private static string Numbers(decimal level) => Kabuto.Writing.Text.Numbers.RoundLevel(level);
    }

    private static decimal Pct(decimal value, decimal reference) =>
        reference == 0 ? 0 : Math.Round((value - reference) / reference * 100m, 6, MidpointRounding.AwayFromZero);
}
