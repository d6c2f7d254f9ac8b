using System.Globalization;
using Kabuto.Core.Errors;
using Kabuto.Core.Market;

namespace Kabuto.Data.Store;

/// <summary>What both adapters share about computed sessions (migration 7 / PostgreSQL 2): how an instant is written
/// and the refusal of a session id already stored with other totals.</summary>
internal static class ComputedRows
{
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    /// <summary>UTC, 7 fractional digits: exact at the engine's 100 ns and ordered like the instant as text.</summary>
    public static string FormatTime(DateTimeOffset time) => time.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseTime(string text) =>
        new(DateTime.SpecifyKind(DateTime.ParseExact(text, TimeFormat, CultureInfo.InvariantCulture), DateTimeKind.Utc));

    /// <summary>Before anything is written: a session id the store holds with other totals is another session (a
    /// JetStream store started afresh and fed again under the same id), not this one computed twice.</summary>
    public static void RequireSameOrNew(string store, ComputedSession session, ComputedSession? stored)
    {
        if (stored is not null && stored != session)
        {
            throw Fail.Input(store, null, "session", session.SessionId,
                $"is stored already with other values (stored: {Describe(stored)}; now: {Describe(session)})",
                "feed the new session under another --session id, or store it in another --db");
        }
    }

    public static void RequireDays(ComputedSession session, IReadOnlyList<ComputedIndexDay> days)
    {
        if (days.Any(d => d.SessionId != session.SessionId || d.Date != session.Date))
        {
            throw new ArgumentException($"every day must be of session {session.SessionId} on {session.Date:yyyy-MM-dd}", nameof(days));
        }
    }

    private static string Describe(ComputedSession s) => string.Create(CultureInfo.InvariantCulture,
        $"{s.Market} {s.Date:yyyy-MM-dd}, {s.Source}, {s.Indices} indices, {s.Ticks.Received:N0} ticks, {s.Ticks.Snapshots:N0} snapshots");
}
