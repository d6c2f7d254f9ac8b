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
        _tracks = [.. universe.Indices.Select(_ => new IndexTrack())];
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
        var level = snapshot.Level;
        track.Count++;
        track.Last = snapshot;
        track.High = track.High is { } h && h >= level ? h : level;
        track.Low = track.Low is { } l && l <= level ? l : level;
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

/// <summary>One index's snapshots in a session.</summary>
public sealed class IndexTrack
{
    public long Count { get; internal set; }

    public IndexSnapshot? Open { get; internal set; }

    public IndexSnapshot? MorningClose { get; internal set; }

    public IndexSnapshot? Close { get; internal set; }

    public IndexSnapshot? Last { get; internal set; }

    public decimal? High { get; internal set; }

    public decimal? Low { get; internal set; }

    /// <summary>The kept series (see the recorder's sample interval).</summary>
    public List<IndexSnapshot> Kept { get; } = [];

    internal long NextSample { get; set; }
}
