using Kabuto.Core.Market;
using Kabuto.Live.Engine;
using Kabuto.Live.Pipeline;
using Kabuto.Live.Simulation;
using Kabuto.Live.Universe;

namespace Kabuto.Live.UseCases;

/// <summary>One member's part in an index move: points since the previous close = weight × (price − previous close)
/// / divisor (cap-weighted: × base level / base market value).</summary>
public sealed record MemberContribution(string Code, string Name, string Sector33Code, decimal Weight, decimal PreviousClose, decimal Price, decimal Points);

/// <summary>An index's day: published (2 dp, half-up) values; Residual = Change − Σ member points (rounding only, the
/// divisor does not change intraday).</summary>
public sealed record IndexDayResult(
    string Id,
    string Name,
    WeightingMethod Method,
    decimal PreviousClose,
    decimal Open,
    decimal MorningClose,
    decimal Close,
    decimal High,
    decimal Low,
    decimal Change,
    decimal ChangePct,
    decimal Residual,
    IReadOnlyList<MemberContribution> Contributions);

/// <summary>A stock's day: previous close and close (yen), change and percent, its sector and Nikkei membership.</summary>
public sealed record MemberDayResult(string Code, string Name, string Sector33Code, string Sector33Name, decimal PreviousClose, decimal Close, decimal Change, decimal ChangePct, bool InNikkei, bool Traded);

/// <summary>The simulated session's results: every index (N225 and TOPIX first), every member, and how the engine ran.</summary>
public sealed record DemoResult(
    DateOnly Date,
    int Seed,
    string Market,
    long Ticks,
    double Seconds,
    TickCounts Counts,
    IReadOnlyList<IndexDayResult> Indices,
    IReadOnlyList<MemberDayResult> Members)
{
    public IndexDayResult Index(string id) => Indices.First(i => i.Id == id);
}

/// <summary>`kabuto demo`: a seeded simulated Tokyo session driven through the engine, summarised as a day.</summary>
public static class DemoSession
{
    public static readonly DateOnly DefaultDate = new(2026, 11, 20);

    public static DemoResult Run(int seed = 7, DateOnly? date = null, long targetTicks = 1_500_000, int stockCount = 2_200)
    {
        var day = date ?? DefaultDate;
        var market = TokyoMarket.Create(seed, day, stockCount);
        var universe = market.Universe;
        var recorder = new SessionRecorder(universe);
        var engine = new IndexEngine(universe, recorder);
        using var simulator = new TokyoSimulator(market, new SimulationOptions { Seed = seed, TargetTicks = targetTicks });
        var stats = Replayer.Run(simulator, engine, sampleEvery: 0);
        var indices = new List<IndexDayResult>();
        for (var x = 0; x < universe.Indices.Count; x++)
        {
            indices.Add(Summarise(engine, recorder.Track(x), x));
        }

        var nikkei = universe.Indices[universe.IndexOrdinal(IndexIds.N225)].Members.Select(m => m.Instrument).ToHashSet();
        var members = new List<MemberDayResult>();
        for (var i = 0; i < universe.Instruments.Count; i++)
        {
            var instrument = universe.Instruments[i];
            var previous = universe.ToCurrency(instrument.BasePrice);
            var close = universe.ToCurrency(engine.EffectivePrice(i));
            var change = close - previous;
            members.Add(new MemberDayResult(
                instrument.Code, instrument.Name, instrument.Sector33Code, TseSectors.NameOf(instrument.Sector33Code), previous, close, change,
                Math.Round(change / previous * 100, 2, MidpointRounding.AwayFromZero), nikkei.Contains(i), engine.LastTradePrice(i) != 0));
        }

        return new DemoResult(day, seed, universe.Market, stats.Ticks, stats.Seconds, engine.Counts, indices, members);
    }

    /// <summary>An index's day from the engine and its snapshot track (also used by replay).</summary>
    public static IndexDayResult Summarise(IndexEngine engine, IndexTrack track, int index)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(track);
        var universe = engine.Universe;
        var definition = universe.Indices[index];
        var previous = LiveIndex.Publish(engine.BaseLevel(index));
        var close = LiveIndex.Publish(track.Close?.Level ?? engine.Level(index));
        var contributions = definition.Members
            .Select(m => Contribution(engine, index, m))
            .OrderByDescending(c => c.Points)
            .ThenBy(c => c.Code, StringComparer.Ordinal)
            .ToList();
        var change = close - previous;
        return new IndexDayResult(
            definition.Id,
            definition.Name,
            definition.Method,
            previous,
            LiveIndex.Publish(track.Open?.Level ?? engine.BaseLevel(index)),
            LiveIndex.Publish(track.MorningClose?.Level ?? engine.BaseLevel(index)),
            close,
            LiveIndex.Publish(track.High ?? close),
            LiveIndex.Publish(track.Low ?? close),
            change,
            previous == 0 ? 0 : Math.Round(change / previous * 100, 2, MidpointRounding.AwayFromZero),
            change - contributions.Sum(c => c.Points),
            contributions);
    }

    private static MemberContribution Contribution(IndexEngine engine, int index, IndexMember member)
    {
        var universe = engine.Universe;
        var instrument = universe.Instruments[member.Instrument];
        return new MemberContribution(
            instrument.Code,
            instrument.Name,
            instrument.Sector33Code,
            universe.Indices[index].WeightOf(member),
            universe.ToCurrency(instrument.BasePrice),
            universe.ToCurrency(engine.EffectivePrice(member.Instrument)),
            engine.Contribution(index, member));
    }
}
