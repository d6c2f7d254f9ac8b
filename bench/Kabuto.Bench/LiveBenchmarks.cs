using BenchmarkDotNet.Attributes;
using Kabuto.Live.Engine;
using Kabuto.Live.Feeds;
using Kabuto.Live.Pipeline;
using Kabuto.Live.Simulation;
using Kabuto.Live.Ticks;
using Kabuto.Live.UseCases;

namespace Kabuto.Bench;

/// <summary>The paths of `kabuto bench` under BenchmarkDotNet, on the same inputs (BenchWorkload builds them, with `kabuto bench`'s defaults): the engine
/// alone on the realistic mix and on the worst case (every tick changes a member's price), 4,000 instruments, 41 indices,
/// reported per tick (a fresh engine per iteration, so the allocation column is the steady state); a binary tick file
/// replayed end to end and every LEAN zip replayed end to end, per operation.
/// dotnet run -c Release --project bench/Kabuto.Bench -- --filter '*LiveBenchmarks*' --job short</summary>
[MemoryDiagnoser]
[MedianColumn]
public class LiveBenchmarks
{
    // The sizes of `kabuto bench`: 3 M engine ticks, a 5 M-tick file.
    private const int EngineTicks = 3_000_000;
    private const long FileTicks = 5_000_000;
    private TokyoMarket _market = null!;
    private Tick[] _realistic = [];
    private Tick[] _worstCase = [];
    private IndexEngine _engine = null!;
    private string _file = "";
    private List<string> _lean = [];

    [GlobalSetup]
    public void Setup()
    {
        var workload = BenchWorkload.Create(new BenchWorkloadOptions { Instruments = 4_000, Ticks = EngineTicks });
        _market = workload.Market;
        _realistic = workload.Realistic;
        _worstCase = workload.WorstCase;
        _file = Path.Combine(Path.GetTempPath(), $"kabuto-livebench-{Environment.ProcessId}.kbt");
        using (var writer = new TickFileWriter(_file, _market.Universe))
        using (var simulator = new TokyoSimulator(_market, new SimulationOptions { Seed = 11, TargetTicks = FileTicks }))
        {
            writer.WriteAll(simulator);
        }

        _lean = LiveBench.LeanFiles(LiveBench.FindLeanDirectory());
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_file);

    [IterationSetup(Targets = [nameof(EngineRealisticPerTick), nameof(EngineWorstCasePerTick)])]
    public void NewEngine() => _engine = new IndexEngine(_market.Universe, new CountingSink());

    /// <summary>The realistic mix: simulated trades, most of which leave the price unchanged.</summary>
    [Benchmark(OperationsPerInvoke = EngineTicks)]
    public long EngineRealisticPerTick()
    {
        _engine.Apply(_realistic);
        return _engine.Counts.PriceChanges;
    }

    /// <summary>The worst case: every tick changes a member's price and updates every index holding it.</summary>
    [Benchmark(OperationsPerInvoke = EngineTicks)]
    public long EngineWorstCasePerTick()
    {
        _engine.Apply(_worstCase);
        return _engine.Counts.PriceChanges;
    }

    /// <summary>A ~5 M-tick simulated session file (plain quotes included): read, decode, engine.</summary>
    [Benchmark]
    public long ReplayBinaryFile()
    {
        using var reader = new TickFileReader(_file);
        return Replayer.Run(reader, new IndexEngine(reader.Universe, new CountingSink()), sampleEvery: 0).Ticks;
    }

    /// <summary>Every LEAN tick zip found (the 5 sessions, ~3.4 M rows): unzip, parse, merge, engine.</summary>
    [Benchmark]
    public long ReplayLeanAllSessions() => _lean.Count == 0 ? 0 : LiveBench.ReplayLean(_lean).Ticks;
}
