using System.Diagnostics;
using Kabuto.Live.Feeds;
using Kabuto.Live.Simulation;

namespace Kabuto.Live.UseCases;

public sealed record SimulatedFile(string Path, DateOnly Date, int Seed, long Ticks, long Bytes, int Instruments, int Indices, double Seconds);

/// <summary>`kabuto simulate`: a seeded Tokyo session written in the binary tick format.</summary>
public static class SimulateRun
{
    public static SimulatedFile Write(string path, DateOnly date, int seed, long targetTicks, double faultRate = 0, int stockCount = 2_200)
    {
        var start = Stopwatch.GetTimestamp();
        var market = TokyoMarket.Create(seed, date, stockCount);
        long count;
        using (var writer = new TickFileWriter(path, market.Universe))
        using (var simulator = new TokyoSimulator(market, new SimulationOptions { Seed = seed, TargetTicks = targetTicks, FaultRate = faultRate }))
        {
            count = writer.WriteAll(simulator);
        }

        return new SimulatedFile(
            path, date, seed, count, new FileInfo(path).Length, market.Universe.Instruments.Count, market.Universe.Indices.Count,
            Stopwatch.GetElapsedTime(start).TotalSeconds);
    }
}
