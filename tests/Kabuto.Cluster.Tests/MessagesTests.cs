using Kabuto.Core.Market;
using Kabuto.Live.Engine;
using Kabuto.Live.Simulation;

namespace Kabuto.Cluster.Tests;

/// <summary>The wire formats and the share plan, without a server.</summary>
public sealed class MessagesTests
{
    [Fact]
    public void LevelsBatch_RoundTrip_KeepsExactSumsKindsAndCounts()
    {
        var counts = new TickCounts(10, 5, 1, 2, 1, 0, 0, 1, 0, 0, 4, 3);
        var batch = new LevelsBatch(
            42, 6, true, "host/123",
            [new ClusterSnapshot(3, 638_800_000_000_000_000, Int128.MaxValue - 7, SnapshotKind.Cadence | SnapshotKind.Open), new ClusterSnapshot(0, 1, -5, SnapshotKind.Close)],
            counts);

        var back = LevelsBatch.FromBytes(batch.ToBytes());

        Assert.Equal(batch.TickSequence, back.TickSequence);
        Assert.Equal(6, back.Shares);
        Assert.True(back.Final);
        Assert.Equal("host/123", back.Worker);
        Assert.Equal(batch.Snapshots, back.Snapshots);
        Assert.Equal(counts, back.Counts);
    }

    [Fact]
    public void ShareCheckpoint_RoundTrip_KeepsEveryField_AndATruncatedOneIsRefused()
    {
        var checkpoint = new ShareCheckpoint("tokyo-20260318", 4, "nuid-1", 812, 77, 830_000, 811, "w2", [1, 2, 3, 250]);

        var bytes = checkpoint.ToBytes();
        var back = ShareCheckpoint.FromBytes(bytes);

        Assert.Equal(checkpoint with { Engine = [] }, back with { Engine = [] });
        Assert.Equal(checkpoint.Engine, back.Engine);
        Assert.Contains("truncated", Assert.Throws<InvalidDataException>(() => ShareCheckpoint.FromBytes(bytes[..^1])).Message, StringComparison.Ordinal);
        Assert.Contains("not a share checkpoint", Assert.Throws<InvalidDataException>(() => ShareCheckpoint.FromBytes(checkpoint.Engine)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SharePlan_EveryIndexInExactlyOneShare_LoadsWithinTheLargestIndex()
    {
        var universe = TokyoMarket.Create(3, new DateOnly(2026, 3, 18), 800).Universe;

        var plan = SharePlan.Split(universe, 6);

        Assert.Equal(6, plan.Count);
        Assert.Equal(Enumerable.Range(0, universe.Indices.Count), plan.SelectMany(s => s).Order());
        var loads = plan.Select(s => s.Sum(i => universe.Indices[i].Members.Count + 1)).ToList();
        Assert.True(loads.Max() - loads.Min() <= universe.Indices.Max(i => i.Members.Count) + 1, string.Join(", ", loads));
    }

    [Fact]
    public void SharePlan_Restrict_KeepsEveryInstrumentAndTheSession()
    {
        var universe = TokyoMarket.Create(3, new DateOnly(2026, 3, 18), 800).Universe;

        var share = SharePlan.Restrict(universe, [0, 5]);

        Assert.Same(universe.Instruments, share.Instruments);
        Assert.Equal(universe.Session, share.Session);
        Assert.Equal([universe.Indices[0], universe.Indices[5]], share.Indices);
    }
}
