using Kabuto.Analytics.Facts;
using Kabuto.Core.Market;

namespace Kabuto.Analytics.Day;

/// <summary>Breadth of the TSE Prime market from every issue's bars (J-Quants' daily bars of all issues, with the
/// master's market segment): how many Prime issues closed up, down and unchanged from their previous session's close,
/// as facts of TOPIX's day (subject "prime"). An issue without both closes is not counted; the counts compare printed
/// prices, so an issue split between the two days counts by its printed move. Turnover is not stored yet.</summary>
public static class PrimeBreadthFacts
{
    public const string Subject = "prime";

    /// <summary>The master's segment names for Prime: J-Quants' 「プライム」, JPX's list "Prime Market (Domestic)".</summary>
    public static bool IsPrime(string? segment) =>
        segment is not null && (segment.Contains("Prime", StringComparison.OrdinalIgnoreCase) || segment.Contains("プライム", StringComparison.Ordinal));

    public static void Append(IMarketDataReader reader, DateOnly date, DateOnly previous, List<Fact> into)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var prime = reader.GetInstruments().Where(i => IsPrime(i.MarketSegment)).Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        if (prime.Count == 0)
        {
            return;
        }

        var closes = new Dictionary<string, (decimal? Before, decimal? On)>(StringComparer.Ordinal);
        foreach (var bar in reader.GetMemberBars(prime, previous, date))
        {
            if (bar.Date != previous && bar.Date != date)
            {
                continue;
            }

            var held = closes.GetValueOrDefault(bar.Code);
            closes[bar.Code] = bar.Date == date ? held with { On = bar.Close } : held with { Before = bar.Close };
        }

        var moves = closes.Values.Where(c => c is { Before: not null, On: not null }).Select(c => Math.Sign(c.On!.Value - c.Before!.Value)).ToList();
        if (moves.Count == 0)
        {
            return;
        }

        var sink = new FactSink(into, IndexIds.Topix, date, Sessions.Close);
        FactInput[] inputs = [Inputs.Of("prime_issues", date, "count", moves.Count)];
        sink.Add(FactKinds.Advancers, moves.Count(m => m > 0), FactUnits.Count, inputs, subject: Subject, subjectName: "TSE Prime", referenceDate: previous);
        sink.Add(FactKinds.Decliners, moves.Count(m => m < 0), FactUnits.Count, inputs, subject: Subject, subjectName: "TSE Prime", referenceDate: previous);
        sink.Add(FactKinds.Unchanged, moves.Count(m => m == 0), FactUnits.Count, inputs, subject: Subject, subjectName: "TSE Prime", referenceDate: previous);
    }
}
