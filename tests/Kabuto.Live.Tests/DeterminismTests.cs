using Kabuto.Live.Engine;
using Kabuto.Live.Feeds;
using Kabuto.Live.Pipeline;
using Kabuto.Live.Simulation;
using Kabuto.Live.Universe;
using Kabuto.TestSupport;

namespace Kabuto.Live.Tests;

public sealed class DeterminismTests
{
    private static readonly SimulationOptions Options = new() { Seed = 9, TargetTicks = 40_000, FaultRate = 0.001 };

    private static readonly TokyoMarket Market = TokyoMarket.Create(9, TinyMarket.Date, stockCount: 150);

    // N225, TOPIX and one sector keep the test quick (snapshot count grows with indices × session seconds).
    private static readonly LiveUniverse Universe = Market.Universe with { Indices = [.. Market.Universe.Indices.Take(3)] };

    private static ulong ReplaySimulated()
    {
        var recorder = new SessionRecorder(Universe);
        using var simulator = new TokyoSimulator(Market, Options);
        Replayer.Run(simulator, new IndexEngine(Universe, recorder));
        return recorder.Fingerprint;
    }

    [Fact]
    public void Replay_SameSessionTwice_GivesIdenticalSnapshotFingerprints()
    {
        Assert.Equal(ReplaySimulated(), ReplaySimulated());
    }

    [Fact]
    public void Replay_FromBinaryFile_GivesSameFingerprintAsFromSimulator()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "session.kbt");
        using (var writer = new TickFileWriter(path, Universe))
        using (var simulator = new TokyoSimulator(Market, Options))
        {
            writer.WriteAll(simulator);
        }

        using var reader = new TickFileReader(path);
        var recorder = new SessionRecorder(reader.Universe);
        Replayer.Run(reader, new IndexEngine(reader.Universe, recorder));

        Assert.Equal(ReplaySimulated(), recorder.Fingerprint);
    }

    [Fact]
    public async Task RunAsync_ThroughBoundedChannel_GivesSameFingerprintAsDirectReplay()
    {
        var recorder = new SessionRecorder(Universe);
        using var simulator = new TokyoSimulator(Market, Options);

        await ChannelPipeline.RunAsync(simulator, new IndexEngine(Universe, recorder), capacity: 2, batchSize: 1_000);

        Assert.Equal(ReplaySimulated(), recorder.Fingerprint);
    }
}
