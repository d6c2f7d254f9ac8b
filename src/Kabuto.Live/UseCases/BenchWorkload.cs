using Kabuto.Live.Simulation;
using Kabuto.Live.Ticks;
using Kabuto.Live.Universe;

namespace Kabuto.Live.UseCases;

/// <summary>What `kabuto bench` runs the engine on (docs/bench.md): a simulated market, its indices, and two tick
/// mixes over the same skeleton of times and instruments.</summary>
public sealed record BenchWorkloadOptions
{
    public int Instruments { get; init; } = 4_000;

    /// <summary>The market's own 41 indices (or the first N of them), then custom baskets (<see cref="CustomIndexSet"/>).</summary>
    public int Indices { get; init; } = 41;

    /// <summary>Ticks in each mix (the simulated session's count; the simulator hits it to within a fraction of a percent).</summary>
    public int Ticks { get; init; } = 3_000_000;

    /// <summary>The trading seconds the ticks are spread over, from the open (19,800 = the whole Tokyo session).</summary>
    public int SessionSeconds { get; init; } = 19_800;

    /// <summary>Share of the realistic mix's ticks that move their instrument's price (the worst case moves every one).</summary>
    public double PriceChangeShare { get; init; } = 0.27;

    public int Seed { get; init; } = 11;
}

/// <summary>The bench workload. The skeleton is a simulated session's trades (its intraday shape: busy open, quiet
/// midday, busy close; active large caps), their times squeezed linearly into the first <c>SessionSeconds</c> of
/// trading time. Each mix walks every instrument's price from its base: a tick moves it one TSE tick up or down with
/// the mix's probability (seeded) and trades at the current price otherwise; the worst case moves it on every tick.</summary>
public sealed class BenchWorkload
{
    private BenchWorkload(BenchWorkloadOptions options, TokyoMarket market, LiveUniverse universe, Tick[] realistic, Tick[] worstCase)
    {
        Options = options;
        Market = market;
        Universe = universe;
        Realistic = realistic;
        WorstCase = worstCase;
    }

    public BenchWorkloadOptions Options { get; }

    public TokyoMarket Market { get; }

    public LiveUniverse Universe { get; }

    public Tick[] Realistic { get; }

    public Tick[] WorstCase { get; }

    public static BenchWorkload Create(BenchWorkloadOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var market = TokyoMarket.Create(options.Seed, DemoSession.DefaultDate, options.Instruments);
        var universe = CustomIndexSet.Universe(market, options.Indices, options.Seed);
        var skeleton = Skeleton(market, options);
        var realistic = Walk(market, skeleton, options.PriceChangeShare, options.Seed + 1);
        var worstCase = Walk(market, skeleton, 1.0, options.Seed + 2);
        return new BenchWorkload(options, market, universe, realistic, worstCase);
    }

    /// <summary>Member slots: (instrument, index) pairs, the work of a tick is its instrument's share of them.</summary>
    public long Slots => Universe.Indices.Sum(i => (long)i.Members.Count);

    /// <summary>Indices holding the ticked instrument, averaged over the stream.</summary>
    public double IndicesPerTick(Tick[] ticks)
    {
        ArgumentNullException.ThrowIfNull(ticks);
        var holders = new int[Universe.Instruments.Count];
        foreach (var index in Universe.Indices)
        {
            foreach (var member in index.Members)
            {
                holders[member.Instrument]++;
            }
        }

        long updates = 0;
        foreach (var tick in ticks)
        {
            updates += holders[tick.Instrument];
        }

        return (double)updates / Math.Max(1, ticks.Length);
    }

    private static Tick[] Skeleton(TokyoMarket market, BenchWorkloadOptions options)
    {
        using var simulator = new TokyoSimulator(market, new SimulationOptions { Seed = options.Seed, TargetTicks = options.Ticks, QuoteShare = 0 });
        var ticks = new List<Tick>(options.Ticks + (options.Ticks / 50));
        var buffer = new Tick[4096];
        int read;
        while ((read = simulator.Read(buffer)) > 0)
        {
            ticks.AddRange(buffer.AsSpan(0, read));
        }

        var session = market.Universe.Session;
        var trading = session.Windows.Sum(w => w.EndUtc - w.StartUtc);
        var squeeze = Math.Min(1.0, options.SessionSeconds * (double)TimeSpan.TicksPerSecond / trading);
        var result = new Tick[Math.Min(ticks.Count, options.Ticks)];
        for (var n = 0; n < result.Length; n++)
        {
            var time = ToClock(session, (long)(ToTradingTime(session, ticks[n].TimeUtc) * squeeze));
            result[n] = ticks[n] with { TimeUtc = time };
        }

        return result;
    }

    private static Tick[] Walk(TokyoMarket market, Tick[] skeleton, double share, int seed)
    {
        var random = new Random(seed);
        var price = market.Universe.Instruments.Select(i => i.BasePrice).ToArray();
        var ticks = new Tick[skeleton.Length];
        for (var n = 0; n < skeleton.Length; n++)
        {
            var i = skeleton[n].Instrument;
            if (share >= 1.0 || random.NextDouble() < share)
            {
                var step = TseTickSize.At(price[i], market.Stocks[i].Topix500);
                price[i] = random.Next(2) == 0 || price[i] - step < step ? price[i] + step : price[i] - step;
            }

            ticks[n] = Tick.Trade(skeleton[n].TimeUtc, i, price[i], 100);
        }

        return ticks;
    }

    // Trading time: ticks since the open, not counting the lunch break.
    private static long ToTradingTime(TickSession session, long timeUtc)
    {
        long before = 0;
        foreach (var window in session.Windows)
        {
            if (timeUtc <= window.EndUtc)
            {
                return before + Math.Max(0, timeUtc - window.StartUtc);
            }

            before += window.EndUtc - window.StartUtc;
        }

        return before;
    }

    private static long ToClock(TickSession session, long tradingTime)
    {
        foreach (var window in session.Windows)
        {
            var length = window.EndUtc - window.StartUtc;
            if (tradingTime <= length)
            {
                return window.StartUtc + tradingTime;
            }

            tradingTime -= length;
        }

        return session.Windows[^1].EndUtc;
    }
}
