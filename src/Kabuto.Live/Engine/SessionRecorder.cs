using Kabuto.Core.Market;
using Kabuto.Live.Universe;

namespace Kabuto.Live.Engine;

/// <summary>What a session looked like per index, from its snapshots: the named values (open, 11:30, close), the
/// published high and low (over disseminated values), a bounded sample of the series and a fingerprint of every
/// snapshot (replaying the same input must give the same fingerprint). The engine sends only changed indices at a
/// boundary; the recorder reads the others as holding their value (<see cref="CadenceBoundary"/>), so counts, the
/// last value and the kept series are those of the full series, at a cost of O(changed) per boundary plus
/// O(indices) per sample interval.</summary>
public sealed class SessionRecorder : ISnapshotSink
{
    private readonly IndexTrack[] _tracks;
    private readonly Dictionary<long, CadenceTracks> _groups = [];
    private readonly long _sampleTicks;
    private ulong _fingerprint = 14695981039346656037UL;

    /// <summary>sampleInterval: null keeps no series; zero keeps every snapshot; otherwise the first snapshot at or
    /// after each multiple of the interval, plus every named one (open, 11:30, close).</summary>
    public SessionRecorder(LiveUniverse universe, TimeSpan? sampleInterval = null)
    {
        ArgumentNullException.ThrowIfNull(universe);
        _sampleTicks = sampleInterval?.Ticks ?? -1;
        _tracks = new IndexTrack[universe.Indices.Count];
        for (var i = 0; i < _tracks.Length; i++)
        {
            var cadence = universe.Indices[i].CadenceTicks;
            CadenceTracks? group = null;
            if (cadence > 0 && !_groups.TryGetValue(cadence, out group))
            {
                group = new CadenceTracks();
                _groups.Add(cadence, group);
            }

            _tracks[i] = new IndexTrack(universe.Indices[i], group);
            group?.Tracks.Add(_tracks[i]);
        }
    }

    /// <summary>FNV-1a over the emitted snapshots and boundaries, which determine the full series one to one.</summary>
    public ulong Fingerprint => _fingerprint;

    public IndexTrack Track(int index) => _tracks[index];

    public void OnSnapshot(in IndexSnapshot snapshot)
    {
        Mix((ulong)snapshot.Index);
        Mix((ulong)snapshot.TimeUtc);
        Mix((ulong)(snapshot.WeightedSum & ulong.MaxValue));
        Mix((ulong)(snapshot.WeightedSum >> 64));
        Mix((ulong)snapshot.Kind);
        var track = _tracks[snapshot.Index];
        var sum = snapshot.WeightedSum;
        var first = track.Sent == 0;
        track.Sent++;
        if ((snapshot.Kind & SnapshotKind.Cadence) == 0 || track.Group is null)
        {
            track.OffGrid++;
        }

        track.LastSent = snapshot;
        if (first || sum > track.HighSum)
        {
            track.HighSum = sum;
        }

        if (first || sum < track.LowSum)
        {
            track.LowSum = sum;
        }

        if ((snapshot.Kind & SnapshotKind.Open) != 0)
        {
            track.Open = snapshot;
        }

        if ((snapshot.Kind & SnapshotKind.MorningClose) != 0)
        {
            track.MorningClose = snapshot;
        }

        if ((snapshot.Kind & SnapshotKind.Close) != 0)
        {
            track.Close = snapshot;
        }

        Keep(track, snapshot);
    }

    public void OnBoundary(in CadenceBoundary boundary)
    {
        Mix(0xB0B0B0B0UL);
        Mix((ulong)boundary.TimeUtc);
        Mix((ulong)boundary.CadenceTicks);
        if (!_groups.TryGetValue(boundary.CadenceTicks, out var group))
        {
            return;
        }

        group.Boundaries++;
        group.LastBoundary = boundary.TimeUtc;
        if (_sampleTicks < 0 || boundary.TimeUtc < group.NextSample)
        {
            return;
        }

        // A sample is due for some track: the ones that were not sent now hold their value at this boundary.
        var next = long.MaxValue;
        foreach (var track in group.Tracks)
        {
            if (track.LastSent is { } last && last.TimeUtc != boundary.TimeUtc)
            {
                Keep(track, last with { TimeUtc = boundary.TimeUtc, Kind = SnapshotKind.Cadence });
            }

            next = Math.Min(next, track.NextSample);
        }

        group.NextSample = next;
    }

    private void Keep(IndexTrack track, in IndexSnapshot snapshot)
    {
        if (_sampleTicks == 0 || (_sampleTicks > 0 && (snapshot.TimeUtc >= track.NextSample || snapshot.Kind > SnapshotKind.Cadence)))
        {
            track.Kept.Add(snapshot);
            if (_sampleTicks > 0 && snapshot.TimeUtc >= track.NextSample)
            {
                track.NextSample = ((snapshot.TimeUtc / _sampleTicks) + 1) * _sampleTicks;
            }
        }
    }

    // FNV-1a over 64-bit words: a cheap, stable fingerprint (not cryptographic).
    private void Mix(ulong value)
    {
        _fingerprint = (_fingerprint ^ value) * 1099511628211UL;
    }
}

/// <summary>The boundaries seen for one cadence and the tracks of its indices.</summary>
internal sealed class CadenceTracks
{
    public List<IndexTrack> Tracks { get; } = [];

    public long Boundaries { get; set; }

    public long LastBoundary { get; set; } = long.MinValue;

    /// <summary>The earliest sample time of any of its tracks (the boundary that may owe samples).</summary>
    public long NextSample { get; set; }
}

/// <summary>One index's snapshots in a session (high and low kept as exact sums, converted on request). Counts and
/// <see cref="Last"/> are those of the full series: an index not sent at a boundary of its cadence holds its value.</summary>
public sealed class IndexTrack
{
    private readonly LiveIndex _definition;

    internal IndexTrack(LiveIndex definition, CadenceTracks? group)
    {
        _definition = definition;
        Group = group;
    }

    /// <summary>Snapshots in the full series: one per boundary of its cadence, plus named ones off the grid.</summary>
    public long Count => Sent == 0 ? 0 : (Group?.Boundaries ?? 0) + OffGrid;

    public IndexSnapshot? Open { get; internal set; }

    public IndexSnapshot? MorningClose { get; internal set; }

    public IndexSnapshot? Close { get; internal set; }

    /// <summary>The latest value of the full series: the last one sent, restamped at a later boundary it held through.</summary>
    public IndexSnapshot? Last => LastSent is { } last && Group is { } g && g.LastBoundary > last.TimeUtc
        ? last with { TimeUtc = g.LastBoundary, Kind = SnapshotKind.Cadence }
        : LastSent;

    public decimal? High => Sent == 0 ? null : _definition.LevelOf(HighSum);

    public decimal? Low => Sent == 0 ? null : _definition.LevelOf(LowSum);

    /// <summary>The kept series (see the recorder's sample interval).</summary>
    public List<IndexSnapshot> Kept { get; } = [];

    internal CadenceTracks? Group { get; }

    internal long Sent { get; set; }

    internal long OffGrid { get; set; }

    internal IndexSnapshot? LastSent { get; set; }

    internal Int128 HighSum { get; set; }

    internal Int128 LowSum { get; set; }

    internal long NextSample { get; set; }
}
