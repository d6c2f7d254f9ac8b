using System.Globalization;
using Kabuto.Core.Market;
using Npgsql;
using NpgsqlTypes;

namespace Kabuto.Data.Store;

/// <summary>Computed sessions in the PostgreSQL store (migration 2): one transaction that first takes a lock per
/// session id (two writers of one session take turns and the second finds it stored); days as one batch, series by
/// binary COPY into a staging table, every insert <c>ON CONFLICT DO NOTHING</c>; the data version is bumped so that
/// 'kabuto serve' reloads.</summary>
internal static class PostgresComputedSessions
{
    private const string SessionColumns = """
        session_id, market, date, source, simulated, indices, shares, received, trades, special_quotes, quotes_ignored,
        status_ticks, outside_session, suspicious, out_of_order, duplicate, stale, price_changes, snapshots
        """;

    public static ComputedSessionWrite Store(PostgresMarketStore store, ComputedSession session, IReadOnlyList<ComputedIndexDay> days, IReadOnlyList<ComputedSeries>? series)
    {
        ComputedRows.RequireDays(session, days);
        var connection = store.Connection;
        using var transaction = connection.BeginTransaction();
        Execute(store, "SELECT pg_advisory_xact_lock(hashtext('kabuto computed ' || current_schema() || ' ' || $1))", session.SessionId);
        ComputedRows.RequireSameOrNew(store.Description, session, ReadSessions(store, session.SessionId).SingleOrDefault()?.Session);
        var t = session.Ticks;
        var sessions = Execute(store, $"""
            INSERT INTO computed_sessions({SessionColumns}, stored_utc)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20) ON CONFLICT DO NOTHING
            """,
            session.SessionId, session.Market, session.Date, session.Source, session.Simulated, session.Indices, session.Shares,
            t.Received, t.Trades, t.SpecialQuotes, t.QuotesIgnored, t.StatusTicks, t.OutsideSession, t.Suspicious, t.OutOfOrder,
            t.Duplicate, t.Stale, t.PriceChanges, t.Snapshots, DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));

        var insertedDays = 0;
        using (var batch = new NpgsqlBatch(connection, transaction))
        {
            foreach (var d in days)
            {
                var command = new NpgsqlBatchCommand("""
                    INSERT INTO computed_index_days(session_id, index_id, name, date, previous_close, open, morning_close, close, high, low, snapshots)
                    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT DO NOTHING
                    """);
                foreach (var value in new object?[] { d.SessionId, d.IndexId, d.Name, d.Date, (double)d.PreviousClose, Real(d.Open), Real(d.MorningClose), Real(d.Close), Real(d.High), Real(d.Low), d.Snapshots })
                {
                    command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
                }

                batch.BatchCommands.Add(command);
            }

            if (batch.BatchCommands.Count > 0)
            {
                insertedDays = batch.ExecuteNonQuery();
            }
        }

        long insertedLevels = 0;
        if (series is { Count: > 0 })
        {
            Execute(store, "CREATE TEMP TABLE stage_levels (LIKE computed_levels) ON COMMIT DROP");
            using (var copy = connection.BeginBinaryImport("COPY stage_levels(session_id, index_id, n, time_utc, level, marks) FROM STDIN (FORMAT BINARY)"))
            {
                foreach (var s in series)
                {
                    for (var n = 0; n < s.Levels.Count; n++)
                    {
                        var l = s.Levels[n];
                        copy.StartRow();
                        copy.Write(session.SessionId, NpgsqlDbType.Text);
                        copy.Write(s.IndexId, NpgsqlDbType.Text);
                        copy.Write(n, NpgsqlDbType.Integer);
                        copy.Write(ComputedRows.FormatTime(l.TimeUtc), NpgsqlDbType.Text);
                        copy.Write((double)l.Level, NpgsqlDbType.Double);
                        copy.Write((short)l.Kind, NpgsqlDbType.Smallint);
                    }
                }

                copy.Complete();
            }

            insertedLevels = Execute(store, "INSERT INTO computed_levels SELECT * FROM stage_levels ON CONFLICT DO NOTHING");
        }

        Execute(store, "UPDATE data_version SET version = version + 1");
        transaction.Commit();
        return new ComputedSessionWrite(sessions, insertedDays, insertedLevels);
    }

    public static IReadOnlyList<StoredComputedSession> List(PostgresMarketStore store) => ReadSessions(store, null);

    public static StoredComputedSession? Find(PostgresMarketStore store, string sessionId) => ReadSessions(store, sessionId).SingleOrDefault();

    public static IReadOnlyList<ComputedIndexDay> Days(PostgresMarketStore store, string indexId)
    {
        using var command = store.Command("""
            SELECT session_id, name, date, previous_close, open, morning_close, close, high, low, snapshots
            FROM computed_index_days WHERE index_id = $1 ORDER BY date, session_id
            """, indexId);
        using var reader = command.ExecuteReader();
        var days = new List<ComputedIndexDay>();
        while (reader.Read())
        {
            days.Add(new ComputedIndexDay(reader.GetString(0), indexId, reader.GetString(1), PostgresMarketStore.Date(reader, 2),
                (decimal)reader.GetDouble(3), Dec(reader, 4), Dec(reader, 5), Dec(reader, 6), Dec(reader, 7), Dec(reader, 8), reader.GetInt64(9)));
        }

        return days;
    }

    public static IReadOnlyList<ComputedLevel> Levels(PostgresMarketStore store, string sessionId, string indexId)
    {
        using var command = store.Command("SELECT time_utc, level, marks FROM computed_levels WHERE session_id = $1 AND index_id = $2 ORDER BY n", sessionId, indexId);
        using var reader = command.ExecuteReader();
        var levels = new List<ComputedLevel>();
        while (reader.Read())
        {
            levels.Add(new ComputedLevel(ComputedRows.ParseTime(reader.GetString(0)), (decimal)reader.GetDouble(1), (SnapshotKind)reader.GetInt16(2)));
        }

        return levels;
    }

    private static List<StoredComputedSession> ReadSessions(PostgresMarketStore store, string? sessionId)
    {
        using var command = store.Command($"""
            SELECT {SessionColumns},
                   (SELECT COUNT(*) FROM computed_levels l WHERE l.session_id = s.session_id)
            FROM computed_sessions s WHERE $1::text IS NULL OR session_id = $1 ORDER BY date, session_id
            """, new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)sessionId ?? DBNull.Value });
        using var reader = command.ExecuteReader();
        var list = new List<StoredComputedSession>();
        while (reader.Read())
        {
            var ticks = new TickCounts(reader.GetInt64(7), reader.GetInt64(8), reader.GetInt64(9), reader.GetInt64(10), reader.GetInt64(11),
                reader.GetInt64(12), reader.GetInt64(13), reader.GetInt64(14), reader.GetInt64(15), reader.GetInt64(16), reader.GetInt64(17), reader.GetInt64(18));
            var session = new ComputedSession(reader.GetString(0), reader.GetString(1), PostgresMarketStore.Date(reader, 2), reader.GetString(3),
                reader.GetBoolean(4), reader.GetInt32(5), reader.GetInt32(6), ticks);
            list.Add(new StoredComputedSession(session, reader.GetInt64(19)));
        }

        return list;
    }

    private static int Execute(PostgresMarketStore store, string sql, params object?[] values)
    {
        using var command = store.Command(sql, values);
        return command.ExecuteNonQuery();
    }

    private static object? Real(decimal? value) => value is { } v ? (double)v : null;

    private static decimal? Dec(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : (decimal)reader.GetDouble(ordinal);
}
