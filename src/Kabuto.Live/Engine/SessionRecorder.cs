using Kabuto.Live.Universe;

namespace Kabuto.Live.Engine;

/// <summary>What a session looked like per index, from its snapshots: the named values (open, 11:30, close), the
/// published high and low (over disseminated values), a bounded sample of the series and a fingerprint of every
/// snapshot (replaying the same input must give the same fingerprint).</summary>
public sealed class SessionRecorder : ISnapshotSink
{
    private readonly IndexTrack[] _tracks;
    private readonly long _sampleTicks;
    private ulong _fingerprint = 14695981039346656037UL;

    /// <summary>sampleInterval: null keeps no series; zero keeps every snapshot; otherwise the first snapshot at or
    /// after each multiple of the interval, plus every named one (open, 11:30, close).</summary>
    public SessionRecorder(LiveUniverse universe, TimeSpan? sampleInterval = null)
    {
        ArgumentNullException.ThrowIfNull(universe);
        _sampleTicks = sampleInterval?.Ticks ?? -1;
        _tracks = [.. universe.Indices.Select(i => new IndexTrack(i))];
    }

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
        track.Count++;
        track.Last = snapshot;
        if (track.Count == 1 || sum > track.HighSum)
        {
            track.HighSum = sum;
        }

        if (track.Count == 1 || sum < track.LowSum)
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

/// <summary>One index's snapshots in a session (high and low kept as exact sums, converted on request).</summary>
public sealed class IndexTrack(LiveIndex definition)
{
    public long Count { get; internal set; }

    public IndexSnapshot? Open { get; internal set; }

    public IndexSnapshot? MorningClose { get; internal set; }

    public IndexSnapshot? Close { get; internal set; }

    public IndexSnapshot? Last { get; internal set; }

    public decimal? High => Count == 0 ? null : definition.LevelOf(HighSum);

    public decimal? Low => Count == 0 ? null : definition.LevelOf(LowSum);

    internal Int128 HighSum { get; set; }

    internal Int128 LowSum { get; set; }

    /// <summary>The kept series (see the recorder's sample interval).</summary>
    public List<IndexSnapshot> Kept { get; } = [];

    internal long NextSample { get; set; }
}
