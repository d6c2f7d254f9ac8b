using System.Diagnostics;
using Kabuto.Live.Feeds;
using Kabuto.Live.Simulation;

namespace Kabuto.Live.UseCases;

/// <summary>A written simulated session. <see cref="SeededFrom"/>: the real previous closes (index id → level) the
/// simulated indices start from; empty when they were invented.</summary>
public sealed record SimulatedFile(
    string Path, DateOnly Date, int Seed, long Ticks, long Bytes, int Instruments, int Indices, double Seconds,
    IReadOnlyDictionary<string, decimal> SeededFrom)
{
    /// <summary>Always true: said in every output so a simulated session is never read as a real one.</summary>
    public bool Simulated => true;
}

/// <summary>`kabuto simulate`: a seeded Tokyo session written in the binary tick format.</summary>
public static class SimulateRun
{
    public static SimulatedFile Write(
        string path, DateOnly date, int seed, long targetTicks, double faultRate = 0, int stockCount = 2_200,
        IReadOnlyDictionary<string, decimal>? previousCloses = null)
    {
        var start = Stopwatch.GetTimestamp();
        var market = TokyoMarket.Create(seed, date, stockCount, previousCloses);
        long count;
        using (var writer = new TickFileWriter(path, market.Universe))
        using (var simulator = new TokyoSimulator(market, new SimulationOptions { Seed = seed, TargetTicks = targetTicks, FaultRate = faultRate }))
        {
            count = writer.WriteAll(simulator);
        }

        return new SimulatedFile(
            path, date, seed, count, new FileInfo(path).Length, market.Universe.Instruments.Count, market.Universe.Indices.Count,
            Stopwatch.GetElapsedTime(start).TotalSeconds, previousCloses ?? new Dictionary<string, decimal>());
    }
}
