using Kabuto.Core.Market;
using Kabuto.Live.Universe;

namespace Kabuto.Live.Engine;

/// <summary>Rebuilds the full snapshot series from the engine's changed-only one: at each cadence boundary, every index
/// of that cadence gets a snapshot (the one sent, or its previous value restamped), in index order. For consumers that
/// want a value per index per boundary (a live chart, the naive-twin tests); it costs O(indices) per boundary, which
/// is what the engine itself no longer pays.</summary>
public sealed class DenseSeries : ISnapshotSink
{
    private readonly ISnapshotSink _inner;
    private readonly Dictionary<long, int[]> _members = [];
    private readonly IndexSnapshot?[] _last;
    private readonly IndexSnapshot?[] _pending;

    public DenseSeries(LiveUniverse universe, ISnapshotSink inner)
    {
        ArgumentNullException.ThrowIfNull(universe);
        ArgumentNullException.ThrowIfNull(inner);
        _inner = inner;
        _last = new IndexSnapshot?[universe.Indices.Count];
        _pending = new IndexSnapshot?[universe.Indices.Count];
        foreach (var cadence in universe.Indices.Select(i => i.CadenceTicks).Where(c => c > 0).Distinct())
        {
            _members[cadence] = [.. Enumerable.Range(0, universe.Indices.Count).Where(i => universe.Indices[i].CadenceTicks == cadence)];
        }
    }

    public void OnSnapshot(in IndexSnapshot snapshot)
    {
        _last[snapshot.Index] = snapshot;
        if ((snapshot.Kind & SnapshotKind.Cadence) != 0 && _members.ContainsKey(snapshot.Definition.CadenceTicks))
        {
            // Held until the boundary closes, so the boundary comes out in index order.
            _pending[snapshot.Index] = snapshot;
            return;
        }

        _inner.OnSnapshot(snapshot);
    }

    public void OnBoundary(in CadenceBoundary boundary)
    {
        if (!_members.TryGetValue(boundary.CadenceTicks, out var members))
        {
            return;
        }

        foreach (var i in members)
        {
            if (_pending[i] is { } sent)
            {
                _inner.OnSnapshot(sent);
                _pending[i] = null;
            }
            else if (_last[i] is { } held)
            {
                _inner.OnSnapshot(held with { TimeUtc = boundary.TimeUtc, Kind = SnapshotKind.Cadence });
            }
        }

        _inner.OnBoundary(boundary);
    }
}
