using Kabuto.Analytics.Facts;
using Kabuto.Core.Market;
using Kabuto.Writing.Composing;
using Kabuto.Writing.Facts;

namespace Kabuto.Writing.Tests;

/// <summary>Hand-built facts and seeded synthetic markets for tests that must not depend on the real data.</summary>
internal static class TestFacts
{
    public static readonly DateOnly Day = new(2025, 10, 29);

    public static Fact Make(string kind, decimal value, string unit, string index = IndexIds.N225, string session = Sessions.Close,
        string? subject = null, string? name = null, decimal? reference = null, DateOnly? referenceDate = null, DateOnly? date = null) =>
        new(FactLookup.MakeId(index, date ?? Day, session, kind, subject), kind, index, date ?? Day, session, value, unit, [])
        {
            Subject = subject,
            SubjectName = name,
            ReferenceValue = reference,
            ReferenceDate = referenceDate,
        };

    /// <summary>The Nikkei's close of 29 Oct 2025: +1,088.47 (+2.17%) to a record 51,307.65, first close above 51,000.</summary>
    public static List<Fact> RecordDay(string session = Sessions.Close) =>
    [
        Make(FactKinds.Close, 51307.65m, FactUnits.Level, session: session),
        Make(FactKinds.ChangePoints, 1088.47m, FactUnits.Points, session: session),
        Make(FactKinds.ChangePercent, 2.17m, FactUnits.Percent, session: session),
        Make(FactKinds.High, 51412.97m, FactUnits.Level, session: session),
        Make(FactKinds.Low, 50365.62m, FactUnits.Level, session: session),
        Make(FactKinds.PreviousClose, 50219.18m, FactUnits.Level, session: session, referenceDate: Day.AddDays(-1)),
        Make(FactKinds.RecordClose, 51307.65m, FactUnits.Level, session: session, reference: 50512.32m, referenceDate: new DateOnly(2025, 10, 27)),
        Make(FactKinds.FirstCloseAbove, 51307.65m, FactUnits.Level, session: session, subject: "51000", reference: 51000m),
    ];

    public static WrapInput Input(IReadOnlyList<Fact> main, WrapEdition edition = WrapEdition.Close, IReadOnlyList<Fact>? topix = null) =>
        new(Markets.Find(Markets.Tokyo)!, Day, edition, new SeriesDay(IndexIds.N225, Day, main),
            topix is null ? null : new SeriesDay(IndexIds.Topix, Day, topix), [], [], null);

    /// <summary>A seeded random market: N225 with OHLC, TOPIX close-only, the yen, three US indices and the Kospi,
    /// all on weekdays, with trends strong enough to make records, milestones, streaks and big moves happen.</summary>
    public static InMemoryMarketData Synthetic(int seed, int days)
    {
        var random = new Random(seed);
        var data = new InMemoryMarketData();
        var dates = new List<DateOnly>();
        for (var d = new DateOnly(2020, 1, 6); dates.Count < days; d = d.AddDays(1))
        {
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                dates.Add(d);
            }
        }

        data.AddBars(IndexIds.N225, Walk(random, dates, 38000m, withRange: true));
        data.AddBars(IndexIds.Topix, Walk(random, dates, 2700m, withRange: false));
        data.AddBars(IndexIds.UsdJpy, Walk(random, dates, 150m, withRange: false, volatility: 0.004));
        foreach (var us in new[] { IndexIds.Spx, IndexIds.Djia, IndexIds.Nasdaq })
        {
            data.AddBars(us, Walk(random, dates, us == IndexIds.Djia ? 42000m : 5500m, withRange: true));
        }

        data.AddBars(IndexIds.Kospi, Walk(random, dates, 2600m, withRange: true));
        return data;
    }

    private static List<DailyBar> Walk(Random random, List<DateOnly> dates, decimal start, bool withRange, double volatility = 0.015)
    {
        var bars = new List<DailyBar>(dates.Count);
        var level = (double)start;
        var drift = 0.0008;
        foreach (var date in dates)
        {
            if (random.NextDouble() < 0.02)
            {
                drift = -drift;
            }

            var shock = random.NextDouble() < 0.01 ? 6 : 1;
            var previous = level;
            level *= 1 + drift + (volatility * shock * ((random.NextDouble() * 2) - 1));
            var close = Math.Round((decimal)level, 2);
            if (!withRange)
            {
                bars.Add(DailyBar.CloseOnly(date, close));
                continue;
            }

            var open = Math.Round((decimal)previous * (1 + (decimal)((random.NextDouble() - 0.5) * 0.004)), 2);
            var high = Math.Max(open, close) + Math.Round((decimal)(random.NextDouble() * 0.008 * level), 2);
            var low = Math.Min(open, close) - Math.Round((decimal)(random.NextDouble() * 0.008 * level), 2);
            bars.Add(new DailyBar(date, open, high, low, close, null));
        }

        return bars;
    }
}
