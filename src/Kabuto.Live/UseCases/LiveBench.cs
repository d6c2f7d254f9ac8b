using System.Diagnostics;
using System.Runtime.InteropServices;
using Kabuto.Core.Market;
using Kabuto.Live.Engine;
using Kabuto.Live.Feeds;
using Kabuto.Live.Metrics;
using Kabuto.Live.Pipeline;
using Kabuto.Live.Simulation;
using Kabuto.Live.Ticks;
using Kabuto.Live.Universe;

namespace Kabuto.Live.UseCases;

public sealed record BenchOptions
{
    /// <summary>Instruments of the simulated market for the engine benchmark.</summary>
    public int Instruments { get; init; } = 4_000;

    /// <summary>Indices: the market's own 41 (or the first N), then custom baskets (<see cref="Simulation.CustomIndexSet"/>).</summary>
    public int Indices { get; init; } = 41;

    /// <summary>Ticks held in memory for the engine-only benchmark (each mix).</summary>
    public int EngineTicks { get; init; } = 3_000_000;

    /// <summary>Trading seconds the engine ticks are spread over (19,800: the whole Tokyo session).</summary>
    public int SessionSeconds { get; init; } = 19_800;

    /// <summary>Share of the realistic mix's ticks that move a price.</summary>
    public double PriceChangeShare { get; init; } = 0.27;

    /// <summary>Compile and time the bare native loop on the worst-case ticks beside the engine.</summary>
    public bool BareLoop { get; init; } = true;

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

    /// <summary>Trading seconds the engine ticks span.</summary>
    public int SessionSeconds { get; init; }

    /// <summary>The realistic mix's requested share of price-moving ticks, and the share the engine counted.</summary>
    public double PriceChangeShare { get; init; }

    public double RealisticPriceChangeShare { get; init; }

    /// <summary>Snapshots the engine sent (changed-only) and the full series they stand for (a value per index per
    /// boundary of its cadence), per run of each mix.</summary>
    public long RealisticSnapshots { get; init; }

    public long RealisticFullSeriesSnapshots { get; init; }

    public long WorstCaseSnapshots { get; init; }

    public long WorstCaseFullSeriesSnapshots { get; init; }

    /// <summary>The bare native loop on the worst-case ticks, runs interleaved with the engine's (null when skipped).</summary>
    public double? BareLoopTicksPerSecond { get; init; }

    public double? BareLoopTicksPerCpuSecond { get; init; }

    /// <summary>Engine worst case ÷ bare loop, wall clock and per CPU-second.</summary>
    public double? WorstCaseShareOfBareLoop { get; init; }

    public double? WorstCaseCpuShareOfBareLoop { get; init; }

    /// <summary>The bare loop's final sums equal the engine's (same arithmetic on the same ticks).</summary>
    public bool? BareLoopSumsMatch { get; init; }

    /// <summary>Why the bare loop was not measured (null when it was).</summary>
    public string? BareLoopSkipped { get; init; }

    /// <summary>The bare loop written in C# (<see cref="ManagedBareLoop"/>), run after each engine run: the engine's
    /// share of it is its own overhead; its share of the gcc loop is what .NET costs on the same work.</summary>
    public double? ManagedBareLoopTicksPerSecond { get; init; }

    public double? ManagedBareLoopTicksPerCpuSecond { get; init; }

    public double? WorstCaseShareOfManagedBareLoop { get; init; }

    public double? WorstCaseCpuShareOfManagedBareLoop { get; init; }

    public double? ManagedBareLoopCpuShareOfBareLoop { get; init; }

    public bool? ManagedBareLoopSumsMatch { get; init; }
}

/// <summary>The measurements behind `kabuto bench`.</summary>
public static class LiveBench
{
    public static BenchReport Run(BenchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var workload = BenchWorkload.Create(new BenchWorkloadOptions
        {
            Instruments = options.Instruments,
            Indices = options.Indices,
            Ticks = options.EngineTicks,
            SessionSeconds = options.SessionSeconds,
            PriceChangeShare = options.PriceChangeShare,
        });
        var universe = workload.Universe;
        var realistic = MeasureEngine(universe, workload.Realistic, options.Runs);

        var bareRuns = new List<BareLoopRun>();
        var (bare, skipped) = options.BareLoop ? PrepareBareLoop(options, workload) : (null, "not asked for (--no-bare-loop)");
        var managed = new ManagedBareLoop(universe);
        var managedRuns = new List<BareLoopRun>();
        var worst = MeasureEngine(universe, workload.WorstCase, options.Runs, () =>
        {
            if (bare is { } files)
            {
                bareRuns.Add(BareLoop.Run(files.Binary, files.Workload));
            }

            managedRuns.Add(managed.Run(workload.WorstCase));
        });
        if (worst.PriceChanges != workload.WorstCase.Length)
        {
            throw new InvalidOperationException($"bench: the worst-case mix changed {worst.PriceChanges:N0} prices in {workload.WorstCase.Length:N0} ticks; every tick must change one");
        }

        var file = Path.Combine(options.WorkDirectory, $"kabuto-bench-{Environment.ProcessId}.kbt");
        try
        {
            using (var writer = new TickFileWriter(file, universe))
            using (var simulator = new TokyoSimulator(workload.Market, new SimulationOptions { Seed = 11, TargetTicks = options.FileTicks }))
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
            var updatesPerTick = workload.IndicesPerTick(workload.WorstCase);
            double? bareRate = bareRuns.Count > 0 ? Median([.. bareRuns.Select(r => r.Ticks / r.Seconds)]) : null;
            double? bareCpuRate = bareRuns.Count > 0 ? Median([.. bareRuns.Select(r => r.Ticks / Math.Max(r.CpuSeconds, 1e-9))]) : null;
            var managedRate = Median([.. managedRuns.Select(r => r.Ticks / r.Seconds)]);
            var managedCpuRate = Median([.. managedRuns.Select(r => r.Ticks / Math.Max(r.CpuSeconds, 1e-9))]);
            return new BenchReport(
                universe.Instruments.Count, universe.Indices.Count, (int)workload.Slots, workload.Realistic.Length,
                realistic.TicksPerSecond, realistic.TicksPerCpuSecond, realistic.PriceChangesPerSecond, realistic.AllocatedBytesPerTick, realistic.Latency,
                workload.WorstCase.Length, worst.TicksPerSecond, worst.TicksPerCpuSecond, updatesPerTick, updatesPerTick * worst.TicksPerSecond,
                worst.AllocatedBytesPerTick, worst.Latency,
                replay.Ticks, replay.TicksPerSecond, replay.TicksPerCpuSecond, lean?.Ticks, lean?.TicksPerSecond, lean?.TicksPerCpuSecond,
                options.Runs, LoadAverage(), Machine())
            {
                SessionSeconds = options.SessionSeconds,
                PriceChangeShare = options.PriceChangeShare,
                RealisticPriceChangeShare = (double)realistic.PriceChanges / Math.Max(1, workload.Realistic.Length),
                RealisticSnapshots = realistic.Snapshots,
                RealisticFullSeriesSnapshots = realistic.FullSeriesSnapshots,
                WorstCaseSnapshots = worst.Snapshots,
                WorstCaseFullSeriesSnapshots = worst.FullSeriesSnapshots,
                BareLoopTicksPerSecond = bareRate,
                BareLoopTicksPerCpuSecond = bareCpuRate,
                WorstCaseShareOfBareLoop = bareRate is { } b ? worst.TicksPerSecond / b : null,
                WorstCaseCpuShareOfBareLoop = bareCpuRate is { } c ? worst.TicksPerCpuSecond / c : null,
                BareLoopSumsMatch = bareRuns.Count > 0 ? bareRuns.All(r => r.Checksum == worst.Checksum) : null,
                ManagedBareLoopTicksPerSecond = managedRate,
                ManagedBareLoopTicksPerCpuSecond = managedCpuRate,
                WorstCaseShareOfManagedBareLoop = worst.TicksPerSecond / managedRate,
                WorstCaseCpuShareOfManagedBareLoop = worst.TicksPerCpuSecond / managedCpuRate,
                ManagedBareLoopCpuShareOfBareLoop = bareCpuRate is { } nativeCpu ? managedCpuRate / nativeCpu : null,
                ManagedBareLoopSumsMatch = managedRuns.All(r => r.Checksum == worst.Checksum),
                BareLoopSkipped = skipped,
            };
        }
        finally
        {
            File.Delete(file);
            if (bare is { } b)
            {
                File.Delete(b.Binary);
                File.Delete(b.Workload);
            }
        }
    }

    // The bare loop compiled and its input written, or why not.
    private static ((string Binary, string Workload)? Files, string? Skipped) PrepareBareLoop(BenchOptions options, BenchWorkload workload)
    {
        if (BareLoop.FindSource() is not { } source)
        {
            return (null, "bench/bare-loop/bare_loop.c not found above the working or the program's folder");
        }

        var (binary, why) = BareLoop.Compile(source, options.WorkDirectory);
        if (binary is null)
        {
            return (null, why);
        }

        var input = Path.Combine(options.WorkDirectory, $"kabuto-bare-loop-{Environment.ProcessId}.bin");
        BareLoop.WriteWorkload(input, workload.Universe, workload.WorstCase);
        return ((binary, input), null);
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

    // Runs alternate with `alongside` (the bare loop), so both meet the same load on a shared machine.
    private static EngineMeasurement MeasureEngine(LiveUniverse universe, Tick[] ticks, int runs, Action? alongside = null)
    {
        var rates = new List<double>();
        var cpuRates = new List<double>();
        var changeRates = new List<double>();
        var allocated = new List<double>();
        EngineRun last = default;
        RunEngine(universe, ticks); // warm-up: JIT tiers up before measuring
        for (var r = 0; r < Math.Max(1, runs); r++)
        {
            last = RunEngine(universe, ticks);
            rates.Add(ticks.Length / last.Seconds);
            cpuRates.Add(ticks.Length / Math.Max(last.Cpu, 1e-9));
            changeRates.Add(last.Changes / last.Seconds);
            allocated.Add((double)last.Bytes / ticks.Length);
            alongside?.Invoke();
        }

        var histogram = new LatencyHistogram();
        Replayer.Drive(new IndexEngine(universe, new CountingSink()), ticks, sampleEvery: 8, histogram);
        return new EngineMeasurement(
            Median(rates), Median(cpuRates), Median(changeRates), Median(allocated), last.Changes, last.Snapshots, last.FullSeries, last.Checksum, histogram.Summary());
    }

    private static EngineRun RunEngine(LiveUniverse universe, Tick[] ticks)
    {
        var sink = new SeriesCounter(universe);
        var engine = new IndexEngine(universe, sink);
        var cpu = RunStats.CpuNow();
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        var start = Stopwatch.GetTimestamp();
        engine.Apply(ticks);
        var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - bytes;
        var cpuSeconds = RunStats.CpuNow() - cpu;
        return new EngineRun(seconds, cpuSeconds, allocated, engine.Counts.PriceChanges, sink.Sent, sink.FullSeries, BareLoop.Checksum(engine));
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
        double TicksPerSecond, double TicksPerCpuSecond, double PriceChangesPerSecond, double AllocatedBytesPerTick, long PriceChanges,
        long Snapshots, long FullSeriesSnapshots, string Checksum, LatencySummary Latency);

    private readonly record struct EngineRun(double Seconds, double Cpu, long Bytes, long Changes, long Snapshots, long FullSeries, string Checksum);

    // Counts the snapshots sent and the full series they stand for: a boundary stands for one value per index of its
    // cadence (a per-boundary lookup, not per tick).
    private sealed class SeriesCounter(LiveUniverse universe) : ISnapshotSink
    {
        private readonly Dictionary<long, int> _members = universe.Indices.Where(i => i.CadenceTicks > 0)
            .GroupBy(i => i.CadenceTicks).ToDictionary(g => g.Key, g => g.Count());

        private long _offGrid;
        private long _boundaryValues;

        public long Sent { get; private set; }

        public long FullSeries => _offGrid + _boundaryValues;

        public void OnSnapshot(in IndexSnapshot snapshot)
        {
            Sent++;
            if ((snapshot.Kind & SnapshotKind.Cadence) == 0 || snapshot.Definition.CadenceTicks <= 0)
            {
                _offGrid++;
            }
        }

        // A batch is one boundary's snapshots: all on its cadence grid, so counted by the boundary.
        public void OnSnapshots(ReadOnlySpan<IndexSnapshot> snapshots) => Sent += snapshots.Length;

        public void OnBoundary(in CadenceBoundary boundary) => _boundaryValues += _members[boundary.CadenceTicks];
    }
}
