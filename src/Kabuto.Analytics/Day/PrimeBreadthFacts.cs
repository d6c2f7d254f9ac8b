using Kabuto.Analytics.Facts;
using Kabuto.Core.Market;

namespace Kabuto.Analytics.Day;

/// <summary>Breadth and turnover of the TSE Prime market from every issue's bars (J-Quants' daily bars of all issues,
/// with the master's market segment), as facts of TOPIX's day (subject "prime"): how many Prime issues closed up, down
/// and unchanged from their previous session's close, split-adjusted (<see cref="ComparableBase"/>), and the value the
/// Prime issues traded that day. An issue without both closes is not counted in the breadth. Nothing is said unless
/// the day's bars cover <see cref="MarketCoverage"/> of the Prime issues the master lists.</summary>
public static class PrimeBreadthFacts
{
    public const string Subject = "prime";

    private const string SubjectName = "TSE Prime";

    /// <summary>The share of the master's Prime issues that must have a bar on the day for the counts to be the
    /// market's.</summary>
    public const double MarketCoverage = 0.9;

    /// <summary>The master's segment names for Prime: J-Quants' 「プライム」, JPX's list "Prime Market (Domestic)".</summary>
    public static bool IsPrime(string? segment) =>
        segment is not null && (segment.Contains("Prime", StringComparison.OrdinalIgnoreCase) || segment.Contains("プライム", StringComparison.Ordinal));

    /// <summary>The previous close on the day's share basis. J-Quants' convention (its /equities/bars/daily spec: "for a
    /// 1:2 split, 0.5 on the ex-date's record"): the factor sits on the ex-date's bar and multiplies every earlier price,
    /// so previous close × the day's factor compares with the day's close (a consolidation's factor is above 1). The
    /// product is rounded to 0.1 yen half away from zero, as J-Quants rounds its adjusted prices, so a 1:3 split's 0.333333
    /// does not turn an unchanged price into a rise (900 × 0.333333 = 299.9997 → 300.0); TSE ticks are 0.1 yen or
    /// coarser, so the rounding hides no real move. A bar without a factor (a source or a store from before factors were
    /// kept) is compared on printed closes.</summary>
    public static decimal ComparableBase(decimal previousClose, decimal? adjustmentFactor) =>
        adjustmentFactor is { } factor && factor != 1m
            ? Math.Round(previousClose * factor, 1, MidpointRounding.AwayFromZero)
            : previousClose;

    public static void Append(IMarketDataReader reader, DateOnly date, DateOnly previous, List<Fact> into)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var prime = reader.GetInstruments().Where(i => IsPrime(i.MarketSegment)).Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        if (prime.Count == 0)
        {
            return;
        }

        var bars = new Dictionary<string, (MemberBar? Before, MemberBar? On)>(StringComparer.Ordinal);
        foreach (var bar in reader.GetMemberBars(prime, previous, date))
        {
            if (bar.Date != previous && bar.Date != date)
            {
                continue;
            }

            var held = bars.GetValueOrDefault(bar.Code);
            bars[bar.Code] = bar.Date == date ? held with { On = bar } : held with { Before = bar };
        }

        // The market's breadth and turnover need every issue's bars (J-Quants' bars by date); a store holding some
        // Prime issues (say, the Nikkei 225's members) says nothing of the market, so below the coverage nothing is
        // claimed. The master may be of another date than the day (listings come and go), hence not 100 %.
        var traded = bars.Values.Count(b => b.On is not null);
        if (traded < MarketCoverage * prime.Count)
        {
            return;
        }

        var sink = new FactSink(into, IndexIds.Topix, date, Sessions.Close);
        AppendBreadth(bars.Values, sink, previous);
        AppendTurnover(bars.Values.Where(b => b.On is not null).Select(b => b.On!.Value).ToList(), sink);
    }

    private static void AppendBreadth(IEnumerable<(MemberBar? Before, MemberBar? On)> bars, FactSink sink, DateOnly previous)
    {
        var pairs = bars.Where(b => b is { Before: not null, On: not null }).Select(b => (Before: b.Before!.Value, On: b.On!.Value)).ToList();
        if (pairs.Count == 0)
        {
            return;
        }

        var moves = pairs.Select(p => Math.Sign(p.On.Close - ComparableBase(p.Before.Close, p.On.AdjustmentFactor))).ToList();
        var date = sink.Date;
        List<FactInput> inputs = [Inputs.Of("prime_issues", date, "count", moves.Count)];
        var adjusted = pairs.Count(p => p.On.AdjustmentFactor is { } f && f != 1m);
        var unfactored = pairs.Count(p => p.On.AdjustmentFactor is null);
        if (adjusted > 0)
        {
            inputs.Add(Inputs.Of("prime_issues", date, "split_adjusted", adjusted));
        }

        if (unfactored > 0)
        {
            // Said so a reader knows these were compared on printed closes: a split among them would count by its printed move.
            inputs.Add(Inputs.Of("prime_issues", date, "without_adjustment_factor", unfactored));
        }

        sink.Add(FactKinds.Advancers, moves.Count(m => m > 0), FactUnits.Count, inputs, subject: Subject, subjectName: SubjectName, referenceDate: previous);
        sink.Add(FactKinds.Decliners, moves.Count(m => m < 0), FactUnits.Count, inputs, subject: Subject, subjectName: SubjectName, referenceDate: previous);
        sink.Add(FactKinds.Unchanged, moves.Count(m => m == 0), FactUnits.Count, inputs, subject: Subject, subjectName: SubjectName, referenceDate: previous);
    }

    /// <summary>The value traded by every Prime issue with a bar on the day (an issue listed that day or without a
    /// previous close counts here though not in the breadth: its trades are the market's). Complete only when every
    /// such bar gives its turnover: otherwise the sum of those that do is <see cref="FactKinds.TurnoverPartial"/>,
    /// which no wrap prints as the market's turnover.</summary>
    private static void AppendTurnover(IReadOnlyList<MemberBar> traded, FactSink sink)
    {
        var known = traded.Where(b => b.TurnoverValue is not null).ToList();
        if (known.Count == 0)
        {
            return;
        }

        var missing = traded.Count - known.Count;
        var date = sink.Date;
        FactInput[] inputs =
        [
            Inputs.Of("prime_issues", date, "with_turnover", known.Count),
            Inputs.Of("prime_issues", date, "without_turnover", missing),
        ];
        sink.Add(missing == 0 ? FactKinds.Turnover : FactKinds.TurnoverPartial, known.Sum(b => b.TurnoverValue!.Value), FactUnits.Yen, inputs,
            subject: Subject, subjectName: SubjectName);
    }
}
