using System.Diagnostics;
using System.Runtime.InteropServices;
using Kabuto.Live.Engine;
using Kabuto.Live.Feeds;
using Kabuto.Live.Metrics;
using Kabuto.Live.Pipeline;
using Kabuto.Live.Simulation;
using Kabuto.Live.Ticks;

namespace Kabuto.Live.UseCases;

public sealed record BenchOptions
{
    /// <summary>Instruments of the simulated market for the engine benchmark.</summary>
    public int Instruments { get; init; } = 4_000;

    /// <summary>Ticks held in memory for the engine-only benchmark.</summary>
    public int EngineTicks { get; init; } = 3_000_000;

    /// <summary>Ticks in the binary file for the end-to-end replay benchmark.</summary>
    public long FileTicks { get; init; } = 5_000_000;

    /// <summary>Repetitions of each measurement (medians are reported).</summary>
    public int Runs { get; init; } = 3;

    /// <summary>Folder of LEAN tick zips (null: skip that measurement).</summary>
    public string? LeanDirectory { get; init; }

    public string WorkDirectory { get; init; } = Path.GetTempPath();
}

public sealed record MachineInfo(int Cores, string Os, string Dotnet, string Cpu);

/// <summary>`kabuto bench` numbers (medians over runs). Engine: in-memory ticks into one engine on one thread, on the
/// realistic mix (a simulated session's trades: most do not change the price) and on the worst case (the same times and
/// instruments, but every tick moves its instrument's price, so every tick updates every index holding it).
/// Replay: a binary tick file read, decoded and applied. LEAN: every LEAN zip found, unzipped, parsed and applied.</summary>
public sealed record BenchReport(
    int Instruments,
    int Indices,
    int Slots,
    long EngineTicks,
    double EngineTicksPerSecond,
    double EngineTicksPerCpuSecond,
    double EnginePriceChangesPerSecond,
    double AllocatedBytesPerTick,
    LatencySummary Latency,
    long WorstCaseTicks,
    double WorstCaseTicksPerSecond,
    double WorstCaseTicksPerCpuSecond,
    double WorstCaseIndexUpdatesPerTick,
    double WorstCaseIndexUpdatesPerSecond,
    double WorstCaseAllocatedBytesPerTick,
    LatencySummary WorstCaseLatency,
    long ReplayTicks,
    double ReplayTicksPerSecond,
    double ReplayTicksPerCpuSecond,
    long? LeanTicks,
    double? LeanReplayTicksPerSecond,
    double? LeanReplayTicksPerCpuSecond,
    int Runs,
    double LoadAverage,
    MachineInfo Machine)
{
    /// <summary>The build configuration that measured these numbers ("Release" or "Debug"), set by the caller.</summary>
    public string? Build { get; init; }
}

/// <summary>The measurements behind `kabuto bench`.</summary>
public static class LiveBench
{
    public static BenchReport Run(BenchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var date = DemoSession.DefaultDate;
        var market = TokyoMarket.Create(11, date, options.Instruments);
        var universe = market.Universe;

        // The first part of a dense full session (trades only, so every tick is a price update candidate).
        var ticks = RealisticTicks(market, options.EngineTicks);
        var realistic = MeasureEngine(market, ticks, options.Runs);
        var worstTicks = EveryTickMoves(market, ticks);
        var worst = MeasureEngine(market, worstTicks, options.Runs);
        if (worst.PriceChanges != worstTicks.Length)
        {
            throw new InvalidOperationException($"bench: the worst-case mix changed {worst.PriceChanges:N0} prices in {worstTicks.Length:N0} ticks; every tick must change one");
        }

        var file = Path.Combine(options.WorkDirectory, $"kabuto-bench-{Environment.ProcessId}.kbt");
        try
        {
            using (var writer = new TickFileWriter(file, universe))
            using (var simulator = new TokyoSimulator(market, new SimulationOptions { Seed = 11, TargetTicks = options.FileTicks }))
            {
                writer.WriteAll(simulator);
            }

            var replay = Median(options.Runs, () =>
            {
                using var reader = new TickFileReader(file);
                return Replayer.Run(reader, new IndexEngine(reader.Universe, new CountingSink()), sampleEvery: 0);
            });
            var lean = LeanFiles(options.LeanDirectory) is { Count: > 0 } leanFiles
                ? Median(options.Runs, () => ReplayLean(leanFiles))
                : (RunStats?)null;
            var updatesPerTick = IndexUpdatesPerTick(universe, worstTicks);
            return new BenchReport(
                universe.Instruments.Count, universe.Indices.Count, universe.Indices.Sum(i => i.Members.Count), ticks.Length,
                realistic.TicksPerSecond, realistic.TicksPerCpuSecond, realistic.PriceChangesPerSecond, realistic.AllocatedBytesPerTick, realistic.Latency,
                worstTicks.Length, worst.TicksPerSecond, worst.TicksPerCpuSecond, updatesPerTick, updatesPerTick * worst.TicksPerSecond,
                worst.AllocatedBytesPerTick, worst.Latency,
                replay.Ticks, replay.TicksPerSecond, replay.TicksPerCpuSecond, lean?.Ticks, lean?.TicksPerSecond, lean?.TicksPerCpuSecond,
                options.Runs, LoadAverage(), Machine());
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>The LEAN tick folder: $KABUTO_DATA/raw/lean-algoseek-ticks, else shared/data/raw/lean-algoseek-ticks
    /// found from the working or the program's directory upwards; null when there is none.</summary>
    public static string? FindLeanDirectory()
    {
        const string Relative = "raw/lean-algoseek-ticks";
        if (Environment.GetEnvironmentVariable("KABUTO_DATA") is { Length: > 0 } data && Directory.Exists(Path.Combine(data, Relative)))
        {
            return Path.Combine(data, Relative);
        }

        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                foreach (var candidate in new[] { Path.Combine(dir.FullName, "shared", "data", Relative), Path.Combine(dir.FullName, "..", "shared", "data", Relative) })
                {
                    if (Directory.Exists(candidate))
                    {
                        return Path.GetFullPath(candidate);
                    }
                }
            }
        }

        return null;
    }

    public static MachineInfo Machine()
    {
        var cpu = "unknown";
        if (File.Exists("/proc/cpuinfo"))
        {
            var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            cpu = line?.Split(':', 2)[1].Trim() ?? cpu;
        }

        return new MachineInfo(Environment.ProcessorCount, RuntimeInformation.OSDescription, RuntimeInformation.FrameworkDescription, cpu);
    }

    /// <summary>The realistic engine mix: the first <paramref name="count"/> ticks of a dense simulated session (30 M
    /// ticks, trades only: special quotes, auction prints and continuous trades; most leave the price where it was).</summary>
    public static Tick[] RealisticTicks(TokyoMarket market, int count)
    {
        ArgumentNullException.ThrowIfNull(market);
        using var simulator = new TokyoSimulator(market, new SimulationOptions { Seed = 11, TargetTicks = 30_000_000, QuoteShare = 0 });
        var ticks = new Tick[count];
        var filled = 0;
        while (filled < count)
        {
            var read = simulator.Read(ticks.AsSpan(filled));
            if (read == 0)
            {
                break;
            }

            filled += read;
        }

        return ticks[..filled];
    }

    /// <summary>The worst-case engine mix: the realistic stream's times and instruments, but every tick a trade one TSE
    /// tick away from that instrument's previous price (a seeded walk that never stands still). Every tick changes a
    /// member's price, so every tick updates every index holding it; snapshot work is the same as on the realistic mix.</summary>
    public static Tick[] EveryTickMoves(TokyoMarket market, Tick[] realistic)
    {
        ArgumentNullException.ThrowIfNull(market);
        ArgumentNullException.ThrowIfNull(realistic);
        var random = new Random(12);
        var price = market.Universe.Instruments.Select(i => i.BasePrice).ToArray();
        var moved = new Tick[realistic.Length];
        for (var n = 0; n < realistic.Length; n++)
        {
            var i = realistic[n].Instrument;
            var step = TseTickSize.At(price[i], market.Stocks[i].Topix500);
            price[i] = random.Next(2) == 0 || price[i] - step < step ? price[i] + step : price[i] - step;
            moved[n] = Tick.Trade(realistic[n].TimeUtc, i, price[i], 100);
        }

        return moved;
    }

    // Indices a tick of the stream updates on average (each index holding its instrument).
    private static double IndexUpdatesPerTick(Universe.LiveUniverse universe, Tick[] ticks)
    {
        var holders = new int[universe.Instruments.Count];
        foreach (var index in universe.Indices)
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

    private static EngineMeasurement MeasureEngine(TokyoMarket market, Tick[] ticks, int runs)
    {
        var rates = new List<double>();
        var cpuRates = new List<double>();
        var changeRates = new List<double>();
        var allocated = new List<double>();
        long changes = 0;
        RunEngine(market, ticks); // warm-up: JIT tiers up before measuring
        for (var r = 0; r < Math.Max(1, runs); r++)
        {
            var (seconds, cpu, bytes, changed) = RunEngine(market, ticks);
            rates.Add(ticks.Length / seconds);
            cpuRates.Add(ticks.Length / Math.Max(cpu, 1e-9));
            changeRates.Add(changed / seconds);
            allocated.Add((double)bytes / ticks.Length);
            changes = changed;
        }

        var histogram = new LatencyHistogram();
        Replayer.Drive(new IndexEngine(market.Universe, new CountingSink()), ticks, sampleEvery: 8, histogram);
        return new EngineMeasurement(Median(rates), Median(cpuRates), Median(changeRates), Median(allocated), changes, histogram.Summary());
    }

    private static (double Seconds, double Cpu, long Bytes, long Changes) RunEngine(TokyoMarket market, Tick[] ticks)
    {
        var engine = new IndexEngine(market.Universe, new CountingSink());
        var cpu = RunStats.CpuNow();
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        var start = Stopwatch.GetTimestamp();
        engine.Apply(ticks);
        var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - bytes;
        return (seconds, RunStats.CpuNow() - cpu, allocated, engine.Counts.PriceChanges);
    }

    // The 1-minute load average (Linux), so a reader can tell a slow machine from a shared one.
    private static double LoadAverage()
    {
        try
        {
            var text = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg") : null;
            return text is null ? -1 : double.Parse(text.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return -1;
        }
    }

    /// <summary>Every LEAN tick zip under a folder, in path order (none when the folder is null or missing).</summary>
    public static List<string> LeanFiles(string? directory) =>
        directory is not null && Directory.Exists(directory)
            ? [.. Directory.EnumerateFiles(directory, "*.zip", SearchOption.AllDirectories).Where(LeanFile.LooksLikeLean).Order(StringComparer.Ordinal)]
            : [];

    /// <summary>Replays LEAN zips end to end (unzip, parse, merge, engine), one session per date.</summary>
    public static RunStats ReplayLean(IReadOnlyList<string> files)
    {
        long ticks = 0;
        var cpu = RunStats.CpuNow();
        var start = Stopwatch.GetTimestamp();
        foreach (var group in LeanSession.GroupByDate(files))
        {
            using var session = LeanSession.Open(group);
            ticks += Replayer.Run(session, new IndexEngine(session.Universe, new CountingSink()), sampleEvery: 0).Ticks;
        }

        return new RunStats(ticks, Stopwatch.GetElapsedTime(start).TotalSeconds, RunStats.CpuNow() - cpu, default);
    }

    private static RunStats Median(int runs, Func<RunStats> run)
    {
        var results = Enumerable.Range(0, Math.Max(1, runs)).Select(_ => run()).OrderBy(r => r.TicksPerSecond).ToList();
        return results[results.Count / 2];
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }

    private readonly record struct EngineMeasurement(
        double TicksPerSecond, double TicksPerCpuSecond, double PriceChangesPerSecond, double AllocatedBytesPerTick, long PriceChanges, LatencySummary Latency);
}
