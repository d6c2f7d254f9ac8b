using Kabuto.Core.Market;
using Kabuto.Live.Engine;

namespace Kabuto.Live.Tests;

public sealed class SnapshotScheduleTests
{
    private static List<IndexSnapshot> Run(params Ticks.Tick[] ticks)
    {
        var universe = TinyMarket.Create();
        var recorder = new SessionRecorder(universe, TimeSpan.Zero);
        var engine = new IndexEngine(universe, recorder);
        engine.Apply(ticks);
        engine.Complete();
        return [.. recorder.Track(0).Kept];
    }

    [Fact]
    public void Complete_FiveSecondCadence_StampsSnapshotsOnTheGrid()
    {
        var snapshots = Run(TinyMarket.Trade(1, 0, 10_100), TinyMarket.Trade(7, 0, 10_200), TinyMarket.Trade(8, 0, 10_300));

        Assert.Equal([TinyMarket.At(9, 0, 5), TinyMarket.At(9, 0, 10)], snapshots.Take(2).Select(s => s.TimeUtc));
        Assert.Equal(1505m, snapshots[0].Level);
    }

    [Fact]
    public void Complete_FirstSnapshotAfterOpen_IsMarkedOpen()
    {
        var snapshots = Run(TinyMarket.Trade(1, 0, 10_100), TinyMarket.Trade(7, 0, 10_200));

        Assert.True(snapshots[0].Kind.HasFlag(SnapshotKind.Open));
        Assert.False(snapshots[1].Kind.HasFlag(SnapshotKind.Open));
    }

    [Fact]
    public void Apply_TickAfterLunch_EmitsMorningCloseAt1130WithTheAuctionPrint()
    {
        var snapshots = Run(
            Ticks.Tick.Trade(TinyMarket.At(11, 30), 0, 10_400, 100),
            Ticks.Tick.Trade(TinyMarket.At(12, 30, 1), 0, 10_500, 100));

        var morning = Assert.Single(snapshots, s => s.Kind.HasFlag(SnapshotKind.MorningClose));
        Assert.Equal(TinyMarket.At(11, 30), morning.TimeUtc);
        Assert.Equal(1520m, morning.Level);
    }

    [Fact]
    public void Apply_ClockTickInTheLunchBreak_EmitsMorningCloseThenAndCountsNothing()
    {
        var universe = TinyMarket.Create();
        var snapshots = new List<IndexSnapshot>();
        var engine = new IndexEngine(universe, new ListSink(snapshots));
        engine.Apply(Ticks.Tick.Trade(TinyMarket.At(11, 30), 0, 10_400, 100));
        var before = snapshots.Count(s => s.Kind.HasFlag(SnapshotKind.MorningClose));

        engine.Apply(Ticks.Tick.Clock(TinyMarket.At(11, 31)));

        Assert.Equal(0, before);
        var morning = snapshots.Where(s => s.Kind.HasFlag(SnapshotKind.MorningClose)).ToList();
        Assert.Equal([0, 1], morning.Select(s => s.Index));
        Assert.Equal(1520m, morning[0].Level);
        Assert.Equal(TinyMarket.At(11, 30), snapshots[^1].TimeUtc);
        Assert.Equal((1L, 0L), (engine.Counts.Received, engine.Counts.OutsideSession));
    }

    [Fact]
    public void Complete_AfterClosingPrint_EmitsCloseIncludingIt()
    {
        var snapshots = Run(Ticks.Tick.Trade(TinyMarket.At(15, 30), 0, 9_900, 100));

        var close = Assert.Single(snapshots, s => s.Kind.HasFlag(SnapshotKind.Close));
        Assert.Equal(1495m, close.Level);
    }

    [Fact]
    public void Apply_QuietGap_EmitsOneSnapshotNotOnePerBoundary()
    {
        var snapshots = Run(TinyMarket.Trade(1, 0, 10_100), TinyMarket.Trade(3_600, 0, 10_200));

        Assert.Equal(2, snapshots.Count(s => s.TimeUtc < TinyMarket.At(11, 0)));
    }

    private sealed class ListSink(List<IndexSnapshot> snapshots) : ISnapshotSink
    {
        public void OnSnapshot(in IndexSnapshot snapshot) => snapshots.Add(snapshot);
    }
}
