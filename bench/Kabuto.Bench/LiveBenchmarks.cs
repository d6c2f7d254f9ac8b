using BenchmarkDotNet.Attributes;
using Kabuto.Live.Engine;
using Kabuto.Live.Feeds;
using Kabuto.Live.Pipeline;
using Kabuto.Live.Simulation;
using Kabuto.Live.Ticks;

namespace Kabuto.Bench;

/// <summary>The live paths of `kabuto bench` under BenchmarkDotNet: the engine on in-memory ticks (4,000 instruments,
/// 41 indices), a binary tick file replayed end to end, and LEAN zips. A short job keeps a run to about a minute:
/// dotnet run -c Release --project bench/Kabuto.Bench -- --filter '*LiveBenchmarks*' --job short</summary>
[MemoryDiagnoser]
public class LiveBenchmarks
{
    private const int EngineTicks = 1_000_000;
    private TokyoMarket _market = null!;
    private Tick[] _ticks = [];
    private string _file = "";
    private List<string> _lean = [];

    [GlobalSetup]
    public void Setup()
    {
        _market = TokyoMarket.Create(11, new DateOnly(2026, 11, 20), 4_000);
        using (var simulator = new TokyoSimulator(_market, new SimulationOptions { Seed = 11, TargetTicks = 30_000_000, QuoteShare = 0 }))
        {
            _ticks = new Tick[EngineTicks];
            var filled = 0;
            while (filled < _ticks.Length)
            {
                filled += simulator.Read(_ticks.AsSpan(filled));
            }
        }

        _file = Path.Combine(Path.GetTempPath(), $"kabuto-livebench-{Environment.ProcessId}.kbt");
        using (var writer = new TickFileWriter(_file, _market.Universe))
        using (var simulator = new TokyoSimulator(_market, new SimulationOptions { Seed = 11, TargetTicks = 1_000_000 }))
        {
            writer.WriteAll(simulator);
        }

        var leanRoot = Environment.GetEnvironmentVariable("KABUTO_DATA") is { Length: > 0 } data
            ? Path.Combine(data, "raw", "lean-algoseek-ticks")
            : Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../../shared/data/raw/lean-algoseek-ticks"));
        _lean = Directory.Exists(leanRoot) ? [.. Directory.EnumerateFiles(Path.Combine(leanRoot, "ibm"), "20131007_*.zip")] : [];
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_file);

    /// <summary>One million ticks into one engine (per-op time / 1e6 = per tick).</summary>
    [Benchmark]
    public long EngineMillionTicks()
    {
        var engine = new IndexEngine(_market.Universe, new CountingSink());
        engine.Apply(_ticks);
        return engine.Counts.PriceChanges;
    }

    [Benchmark]
    public long ReplayBinaryFile()
    {
        using var reader = new TickFileReader(_file);
        return Replayer.Run(reader, new IndexEngine(reader.Universe, new CountingSink()), sampleEvery: 0).Ticks;
    }

    [Benchmark]
    public long ReplayLeanIbmDay()
    {
        if (_lean.Count == 0)
        {
            return 0;
        }

        using var session = LeanSession.Open(LeanSession.GroupByDate(_lean)[0]);
        return Replayer.Run(session, new IndexEngine(session.Universe, new CountingSink()), sampleEvery: 0).Ticks;
    }
}
