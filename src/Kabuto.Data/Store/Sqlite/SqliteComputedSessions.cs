using System.Globalization;
using Kabuto.Core.Errors;
using Kabuto.Core.Market;
using Microsoft.Data.Sqlite;

namespace Kabuto.Data.Store;

/// <summary>Computed sessions in the SQLite store (migration 7): written in one IMMEDIATE transaction (a second writer
/// waits for the first's commit, then finds the rows stored), every insert <c>ON CONFLICT DO NOTHING</c>.</summary>
internal static class SqliteComputedSessions
{
    private const string SessionColumns = """
        session_id, market, date, source, simulated, indices, shares, received, trades, special_quotes, quotes_ignored,
        status_ticks, outside_session, suspicious, out_of_order, duplicate, stale, price_changes, snapshots
        """;

    public static ComputedSessionWrite Store(SqliteMarketStore store, ComputedSession session, IReadOnlyList<ComputedIndexDay> days, IReadOnlyList<ComputedSeries>? series)
    {
        ComputedRows.RequireDays(session, days);
        if (store.IsReadOnly)
        {
            throw Fail.Input(store.Path, null, "database", null, "is read-only", $"make it writable (chmod u+w {store.Path}) or pass another --db");
        }

        var connection = store.Connection;
        using var transaction = connection.BeginTransaction();
        ComputedRows.RequireSameOrNew(store.Path, session, ReadSessions(connection, transaction, session.SessionId).SingleOrDefault()?.Session);
        var sessions = Execute(connection, transaction, $"""
            INSERT INTO computed_sessions({SessionColumns}, stored_utc)
            VALUES ($s, $m, $d, $src, $sim, $i, $sh, $r, $t, $sq, $qi, $st, $os, $su, $oo, $du, $stale, $pc, $sn, $at)
            ON CONFLICT DO NOTHING
            """,
            ("$s", session.SessionId), ("$m", session.Market), ("$d", SqliteMarketStore.FormatDate(session.Date)), ("$src", session.Source),
            ("$sim", session.Simulated ? 1 : 0), ("$i", session.Indices), ("$sh", session.Shares), ("$r", session.Ticks.Received),
            ("$t", session.Ticks.Trades), ("$sq", session.Ticks.SpecialQuotes), ("$qi", session.Ticks.QuotesIgnored),
            ("$st", session.Ticks.StatusTicks), ("$os", session.Ticks.OutsideSession), ("$su", session.Ticks.Suspicious),
            ("$oo", session.Ticks.OutOfOrder), ("$du", session.Ticks.Duplicate), ("$stale", session.Ticks.Stale),
            ("$pc", session.Ticks.PriceChanges), ("$sn", session.Ticks.Snapshots),
            ("$at", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture)));

        var insertedDays = 0;
        using (var day = Prepare(connection, transaction, """
            INSERT INTO computed_index_days(session_id, index_id, name, date, previous_close, open, morning_close, close, high, low, snapshots)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT DO NOTHING
            """, 11))
        {
            foreach (var d in days)
            {
                Bind(day, d.SessionId, d.IndexId, d.Name, SqliteMarketStore.FormatDate(d.Date), (double)d.PreviousClose,
                    Real(d.Open), Real(d.MorningClose), Real(d.Close), Real(d.High), Real(d.Low), d.Snapshots);
                insertedDays += day.ExecuteNonQuery();
            }
        }

        long insertedLevels = 0;
        using (var level = Prepare(connection, transaction, """
            INSERT INTO computed_levels(session_id, index_id, n, time_utc, level, marks) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING
            """, 6))
        {
            foreach (var s in series ?? [])
            {
                for (var n = 0; n < s.Levels.Count; n++)
                {
                    var l = s.Levels[n];
                    Bind(level, session.SessionId, s.IndexId, n, ComputedRows.FormatTime(l.TimeUtc), (double)l.Level, (int)l.Kind);
                    insertedLevels += level.ExecuteNonQuery();
                }
            }
        }

        transaction.Commit();
        return new ComputedSessionWrite(sessions, insertedDays, insertedLevels);
    }

    public static IReadOnlyList<StoredComputedSession> List(SqliteConnection connection) => ReadSessions(connection, null, null);

    public static StoredComputedSession? Find(SqliteConnection connection, string sessionId) => ReadSessions(connection, null, sessionId).SingleOrDefault();

    public static IReadOnlyList<ComputedIndexDay> Days(SqliteConnection connection, string indexId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT session_id, name, date, previous_close, open, morning_close, close, high, low, snapshots
            FROM computed_index_days WHERE index_id = $i ORDER BY date, session_id
            """;
        command.Parameters.AddWithValue("$i", indexId);
        using var reader = command.ExecuteReader();
        var days = new List<ComputedIndexDay>();
        while (reader.Read())
        {
            days.Add(new ComputedIndexDay(reader.GetString(0), indexId, reader.GetString(1), SqliteMarketStore.ParseDate(reader.GetString(2)),
                (decimal)reader.GetDouble(3), Dec(reader, 4), Dec(reader, 5), Dec(reader, 6), Dec(reader, 7), Dec(reader, 8), reader.GetInt64(9)));
        }

        return days;
    }

    public static IReadOnlyList<ComputedLevel> Levels(SqliteConnection connection, string sessionId, string indexId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT time_utc, level, marks FROM computed_levels WHERE session_id = $s AND index_id = $i ORDER BY n";
        command.Parameters.AddWithValue("$s", sessionId);
        command.Parameters.AddWithValue("$i", indexId);
        using var reader = command.ExecuteReader();
        var levels = new List<ComputedLevel>();
        while (reader.Read())
        {
            levels.Add(new ComputedLevel(ComputedRows.ParseTime(reader.GetString(0)), (decimal)reader.GetDouble(1), (SnapshotKind)reader.GetInt32(2)));
        }

        return levels;
    }

    private static List<StoredComputedSession> ReadSessions(SqliteConnection connection, SqliteTransaction? transaction, string? sessionId)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"""
            SELECT {SessionColumns},
                   (SELECT COUNT(*) FROM computed_levels l WHERE l.session_id = s.session_id)
            FROM computed_sessions s WHERE $s IS NULL OR session_id = $s ORDER BY date, session_id
            """;
        command.Parameters.AddWithValue("$s", (object?)sessionId ?? DBNull.Value);
        using var reader = command.ExecuteReader();
        var list = new List<StoredComputedSession>();
        while (reader.Read())
        {
            var ticks = new TickCounts(reader.GetInt64(7), reader.GetInt64(8), reader.GetInt64(9), reader.GetInt64(10), reader.GetInt64(11),
                reader.GetInt64(12), reader.GetInt64(13), reader.GetInt64(14), reader.GetInt64(15), reader.GetInt64(16), reader.GetInt64(17), reader.GetInt64(18));
            var session = new ComputedSession(reader.GetString(0), reader.GetString(1), SqliteMarketStore.ParseDate(reader.GetString(2)), reader.GetString(3),
                reader.GetInt32(4) != 0, reader.GetInt32(5), reader.GetInt32(6), ticks);
            list.Add(new StoredComputedSession(session, reader.GetInt64(19)));
        }

        return list;
    }

    private static int Execute(SqliteConnection connection, SqliteTransaction transaction, string sql, params (string Name, object Value)[] values)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in values)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command.ExecuteNonQuery();
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (var p = 1; p <= parameters; p++)
        {
            command.Parameters.Add(new SqliteParameter($"${p}", null));
        }

        command.Prepare();
        return command;
    }

    private static void Bind(SqliteCommand command, params object?[] values)
    {
        for (var p = 0; p < values.Length; p++)
        {
            command.Parameters[p].Value = values[p] ?? DBNull.Value;
        }
    }

    private static object? Real(decimal? value) => value is { } v ? (double)v : null;

    private static decimal? Dec(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : (decimal)reader.GetDouble(ordinal);
}
