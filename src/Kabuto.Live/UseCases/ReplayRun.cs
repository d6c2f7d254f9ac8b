using Kabuto.Core.Errors;
using Kabuto.Core.Market;
using Kabuto.Live.Engine;
using Kabuto.Live.Feeds;
using Kabuto.Live.Metrics;
using Kabuto.Live.Pipeline;
using Kabuto.Live.Ticks;
using Kabuto.Live.Universe;

namespace Kabuto.Live.UseCases;

/// <summary>An index's level at one snapshot, published (2 dp), with local exchange time.</summary>
public sealed record LevelPoint(DateTimeOffset Time, decimal Level, string Kind);

/// <summary>One index over a replayed session. Levels: the first snapshot of each half hour plus the named ones
/// (open, 11:30, close); Summarised tells whether snapshots were left out.</summary>
public sealed record ReplayedIndex(
    string Id,
    string Name,
    decimal PreviousClose,
    decimal? Open,
    decimal? MorningClose,
    decimal? Close,
    decimal? High,
    decimal? Low,
    long SnapshotCount,
    bool Summarised,
    IReadOnlyList<LevelPoint> Levels);

/// <summary>One replayed session: throughput end to end (read, decode, engine), how much faster than the session's
/// trading time (the sum of its continuous windows: 19,800 s for Tokyo since Nov 2024) it replayed, sampled per-tick
/// latency, what the tick policy did, a fingerprint of every snapshot, and the indices.</summary>
public sealed record ReplayedSession(
    string Source,
    string Market,
    DateOnly Date,
    long Ticks,
    double Seconds,
    double TicksPerSecond,
    double TicksPerCpuSecond,
    double SessionSeconds,
    double SpeedupVsRealTime,
    LatencySummary Latency,
    TickCounts Counts,
    string Fingerprint,
    IReadOnlyList<ReplayedIndex> Indices)
{
    /// <summary>True for a Kabuto tick file: only the simulator writes that format, so its session is made up;
    /// false for LEAN zips (recorded trades).</summary>
    public bool Simulated { get; init; }
}

/// <summary>`kabuto replay`: binary tick files (one session each) and LEAN tick zips (grouped into one session per
/// date), each driven through the engine on the replay path.</summary>
public static class ReplayRun
{
    public static IReadOnlyList<ReplayedSession> Run(IReadOnlyList<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var binary = new List<string>();
        var lean = new List<string>();
        foreach (var path in paths)
        {
            if (!File.Exists(path))
            {
                throw Fail.Input(path, null, Directory.Exists(path) ? "path" : "file", null, Directory.Exists(path) ? "is a folder" : "does not exist",
                    "pass a tick file written by 'kabuto simulate' or a LEAN <yyyyMMdd>_trade.zip");
            }

            if (TickFile.LooksLikeTickFile(path))
            {
                binary.Add(path);
            }
            else if (LeanFile.LooksLikeLean(path))
            {
                lean.Add(path);
            }
            else
            {
                throw Fail.Input(path, null, "file", null, "is neither a Kabuto tick file nor a LEAN tick zip", "pass a file written by 'kabuto simulate' or a LEAN <yyyyMMdd>_trade.zip / _quote.zip");
            }
        }

        var sessions = new List<ReplayedSession>();
        foreach (var path in binary)
        {
            using var reader = new TickFileReader(path);
            sessions.Add(Replay(path, reader) with { Simulated = true });
        }

        foreach (var group in LeanSession.GroupByDate(lean))
        {
            using var session = LeanSession.Open(group);
            sessions.Add(Replay(string.Join(" ", group.Select(f => Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(f.Path))) + "/" + Path.GetFileName(f.Path))), session));
        }

        return sessions;
    }

    public static ReplayedSession Replay(string source, ITickSource ticks)
    {
        ArgumentNullException.ThrowIfNull(ticks);
        var universe = ticks.Universe;
        var recorder = new SessionRecorder(universe, TimeSpan.FromMinutes(30));
        var engine = new IndexEngine(universe, recorder);
        var stats = Replayer.Run(ticks, engine);
        var indices = new List<ReplayedIndex>();
        for (var x = 0; x < universe.Indices.Count; x++)
        {
            indices.Add(Summarise(universe, engine, recorder.Track(x), x));
        }

        var sessionSeconds = universe.Session.Windows.Sum(w => (double)(w.EndUtc - w.StartUtc)) / TimeSpan.TicksPerSecond;
        return new ReplayedSession(
            source, universe.Market, universe.Session.Date, stats.Ticks, stats.Seconds, stats.TicksPerSecond, stats.TicksPerCpuSecond,
            sessionSeconds, stats.Seconds > 0 ? sessionSeconds / stats.Seconds : 0, stats.Latency, engine.Counts,
            recorder.Fingerprint.ToString("x16", System.Globalization.CultureInfo.InvariantCulture), indices);
    }

    private static ReplayedIndex Summarise(LiveUniverse universe, IndexEngine engine, IndexTrack track, int index)
    {
        var definition = universe.Indices[index];
        var summarised = track.Count > track.Kept.Count;
        var levels = track.Kept
            .Select(s => new LevelPoint(universe.Session.ToLocal(s.TimeUtc), LiveIndex.Publish(s.Level), KindName(s.Kind)))
            .ToList();
        return new ReplayedIndex(
            definition.Id,
            definition.Name,
            LiveIndex.Publish(engine.BaseLevel(index)),
            Published(track.Open),
            Published(track.MorningClose),
            Published(track.Close),
            track.High is { } h ? LiveIndex.Publish(h) : null,
            track.Low is { } l ? LiveIndex.Publish(l) : null,
            track.Count,
            summarised,
            levels);
    }

    private static decimal? Published(IndexSnapshot? snapshot) => snapshot is { } s ? LiveIndex.Publish(s.Level) : null;

    private static string KindName(SnapshotKind kind) =>
        (kind & SnapshotKind.Close) != 0 ? "close"
        : (kind & SnapshotKind.MorningClose) != 0 ? "morning_close"
        : (kind & SnapshotKind.Open) != 0 ? "open"
        : "cadence";
}
