using Kabuto.Core.Market;
using Kabuto.Live.Universe;

namespace Kabuto.Live.Engine;

/// <summary>An index value at an instant: the exact weighted sum; <see cref="Level"/> converts it to decimal
/// (unrounded; publish with <see cref="LiveIndex.Publish"/>) only when a consumer asks. A snapshot stamped T
/// reflects every tick applied before the first tick later than T arrived.</summary>
public readonly record struct IndexSnapshot(int Index, long TimeUtc, Int128 WeightedSum, SnapshotKind Kind, LiveIndex Definition)
{
    public decimal Level => Definition.LevelOf(WeightedSum);
}

/// <summary>A cadence boundary has been emitted: every index of this cadence that got no snapshot stamped
/// <see cref="TimeUtc"/> in it still has the value of its previous snapshot (its weighted sum did not change). The
/// engine emits snapshots only for changed indices; with the boundaries a consumer can rebuild the full series
/// (<see cref="DenseSeries"/>, <see cref="SessionRecorder"/>; ADR "changed-only snapshots").</summary>
public readonly record struct CadenceBoundary(long TimeUtc, long CadenceTicks);

/// <summary>Receives snapshots from the engine on the engine's thread; must not block. At a cadence boundary the
/// engine calls <see cref="OnSnapshot"/> for each index of that cadence whose sum changed since its previous snapshot
/// (every index at the open, 11:30 and the close), then <see cref="OnBoundary"/> once. The snapshots of one boundary
/// may come as one batch (<see cref="OnSnapshots"/>).</summary>
public interface ISnapshotSink
{
    void OnSnapshot(in IndexSnapshot snapshot);

    /// <summary>Several snapshots of one instant, in order; the span is only valid during the call. A sink that can
    /// take them at once (counting) overrides this to save a call per snapshot.</summary>
    void OnSnapshots(ReadOnlySpan<IndexSnapshot> snapshots)
    {
        foreach (ref readonly var snapshot in snapshots)
        {
            OnSnapshot(in snapshot);
        }
    }

    /// <summary>The indices of this cadence not sent at this time hold their value. A sink that wants only changes
    /// ignores it; one that wants a value per index per boundary wraps itself in <see cref="DenseSeries"/>.</summary>
    void OnBoundary(in CadenceBoundary boundary)
    {
    }
}

/// <summary>A sink that only counts (benchmarks).</summary>
public sealed class CountingSink : ISnapshotSink
{
    public long Count { get; private set; }

    public void OnSnapshot(in IndexSnapshot snapshot) => Count++;

    public void OnSnapshots(ReadOnlySpan<IndexSnapshot> snapshots) => Count += snapshots.Length;
}
