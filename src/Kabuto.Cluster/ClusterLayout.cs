using System.Text.RegularExpressions;
using Kabuto.Core.Errors;

namespace Kabuto.Cluster;

/// <summary>Where the cluster keeps things in JetStream (docs/cluster.md): the tick log, the work queue of index shares,
/// the levels log and the bucket of session universes. One session = one subject in each stream.</summary>
public static partial class ClusterLayout
{
    public const string DefaultUrl = "nats://127.0.0.1:4222";

    /// <summary>Every tick batch of every session, in feed order; subject <c>kabuto.ticks.SESSION</c>.</summary>
    public const string TickStream = "KABUTO_TICKS";

    /// <summary>Work queue: one message per index share of a session; a worker holds one by not acknowledging it.</summary>
    public const string ShareStream = "KABUTO_SHARES";

    /// <summary>The durable pull consumer all workers compete on.</summary>
    public const string WorkersConsumer = "kabuto-workers";

    /// <summary>Snapshot batches per share; subject <c>kabuto.levels.SESSION.SHARE</c>.</summary>
    public const string LevelsStream = "KABUTO_LEVELS";

    /// <summary>Object store bucket holding each session's universe (instruments, indices, session windows).</summary>
    public const string UniverseBucket = "kabuto-universes";

    /// <summary>Object store bucket holding each share's latest engine checkpoint; object <c>SESSION.SHARE</c> (ADR 0019).</summary>
    public const string CheckpointBucket = "kabuto-checkpoints";

    public static string Checkpoint(string session, int share) => $"{session}.{share:D3}";

    public static string Ticks(string session) => $"kabuto.ticks.{session}";

    public static string Shares(string session) => $"kabuto.shares.{session}";

    public static string Levels(string session, int share) => $"kabuto.levels.{session}.{share:D3}";

    public static string AllLevels(string session) => $"kabuto.levels.{session}.*";

    /// <summary>A session id is one NATS subject token: letters, digits, '-' and '_'.</summary>
    public static string CheckSession(string session) =>
        SessionId().IsMatch(session)
            ? session
            : throw Fail.Input("--session", null, "value", session, "is not a session id", "use letters, digits, '-' and '_' only, e.g. tokyo-20260318");

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex SessionId();
}
