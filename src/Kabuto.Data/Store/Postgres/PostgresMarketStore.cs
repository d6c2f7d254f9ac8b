using System.Globalization;
using Kabuto.Core.Errors;
using Kabuto.Core.Market;
using Npgsql;

namespace Kabuto.Data.Store;

/// <summary>The PostgreSQL adapter of <see cref="IMarketStore"/>: the same tables, precedence and answers as the SQLite
/// store, on a server several processes share. One connection per store (like SQLite's); readers never wait for an
/// import (MVCC: they see the last committed one), imports wait for each other (<see cref="PostgresStoreWriter"/>).</summary>
public sealed class PostgresMarketStore : IMarketStore
{
    private readonly NpgsqlConnection _connection;

    private PostgresMarketStore(NpgsqlConnection connection, string description)
    {
        _connection = connection;
        Description = description;
    }

    public string Description { get; }

    public bool IsReadOnly => false;

    public int SchemaVersion => PostgresMigrations.CurrentVersion(_connection);

    public int LatestSchemaVersion => PostgresMigrations.Latest;

    public long DataVersion => Scalar<long>("SELECT version FROM data_version");

    internal NpgsqlConnection Connection => _connection;

    /// <summary>Connects and brings the schema to the latest version (nothing is written when it is already there, so a
    /// role that may only read can serve a migrated store). A server that cannot be reached or refuses the login fails
    /// with one line naming the address without its password.</summary>
    public static PostgresMarketStore Open(StoreLocation location)
    {
        ArgumentNullException.ThrowIfNull(location);
        var builder = new NpgsqlConnectionStringBuilder(location.ConnectionString)
        {
            // A bulk statement of a large import, or an import waiting for another one's commit, may take minutes.
            CommandTimeout = 600,
        };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            connection.Open();
            PostgresMigrations.Apply(connection);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            connection.Dispose();
            throw Fail.Input(location.Description, null, "PostgreSQL store", null, $"cannot be opened ({Reason(e)})",
                "check that the server runs and accepts this user and database, or pass another --db");
        }

        return new PostgresMarketStore(connection, location.Description);
    }

    /// <summary>What went wrong, without anything of the connection string (Npgsql's messages never carry the password).</summary>
    private static string Reason(Exception e) => e is PostgresException p ? $"{p.SqlState}: {p.MessageText}" : e.InnerException?.Message ?? e.Message;

    public IReadOnlyList<SeriesCoverage> ListSeries()
    {
        using var command = Command("SELECT series_id, first, last, days FROM series_coverage ORDER BY series_id");
        using var reader = command.ExecuteReader();
        var list = new List<SeriesCoverage>();
        while (reader.Read())
        {
            list.Add(new SeriesCoverage(reader.GetString(0), Date(reader, 1), Date(reader, 2), reader.GetInt32(3)));
        }

        return list;
    }

    public IReadOnlyList<DailyBar> GetDailyBars(string seriesId, DateOnly? from = null, DateOnly? to = null)
    {
        ArgumentNullException.ThrowIfNull(seriesId);
        using var command = Command("""
            SELECT date, open, high, low, close, volume FROM best_bars WHERE series_id = $1 AND date >= $2 AND date <= $3 ORDER BY date
            """, seriesId, from ?? DateOnly.MinValue, to ?? DateOnly.MaxValue);
        using var reader = command.ExecuteReader();
        var bars = new List<DailyBar>();
        while (reader.Read())
        {
            bars.Add(new DailyBar(Date(reader, 0), Dec(reader, 1), Dec(reader, 2), Dec(reader, 3), (decimal)reader.GetDouble(4), Dec(reader, 5)));
        }

        return bars;
    }

    public IReadOnlySet<DateOnly> HeldDates(string seriesId, DateOnly from, DateOnly to) =>
        Dates("SELECT date FROM best_bars WHERE series_id = $1 AND date >= $2 AND date <= $3", seriesId, from, to);

    public IReadOnlyDictionary<DateOnly, int> ExchangeDays(string market, DateOnly from, DateOnly to)
    {
        using var command = Command("SELECT date, status FROM exchange_days WHERE market = $1 AND date >= $2 AND date <= $3", market, from, to);
        using var reader = command.ExecuteReader();
        var days = new Dictionary<DateOnly, int>();
        while (reader.Read())
        {
            days[Date(reader, 0)] = reader.GetInt16(1);
        }

        return days;
    }

    public IReadOnlySet<DateOnly> MemberDates(string sourcePrefix, DateOnly from, DateOnly to) =>
        Dates("""
            SELECT DISTINCT m.date FROM member_prices m JOIN sources s ON s.source_id = m.source_id
            WHERE m.date >= $1 AND m.date <= $2 AND starts_with(s.name, $3)
            """, from, to, sourcePrefix);

    public IReadOnlySet<DateOnly> SessionLevelDates(string seriesId, string session, DateOnly from, DateOnly to) =>
        Dates("SELECT DISTINCT date FROM session_levels WHERE series_id = $1 AND session = $2 AND date >= $3 AND date <= $4",
            seriesId, session, from, to);

    public bool HasImportFrom(string source) => Scalar<bool>("SELECT EXISTS(SELECT 1 FROM imports WHERE source = $1)", source);

    public IReadOnlyList<MemberBar> GetMemberBars(IReadOnlyCollection<string>? codes = null, DateOnly? from = null, DateOnly? to = null)
    {
        // The best source per (date, code): highest rank, then the greater source name, as the SQLite store reads it.
        using var command = Command("""
            SELECT DISTINCT ON (m.date, m.code) m.code, m.date, m.open, m.high, m.low, m.close, m.volume, m.basis, m.turnover_value, m.adjustment_factor
            FROM member_prices m JOIN sources s ON s.source_id = m.source_id
            WHERE m.date >= $1 AND m.date <= $2 AND ($3::text[] IS NULL OR m.code = ANY($3))
            ORDER BY m.date, m.code, m.rank DESC, s.name DESC
            """, from ?? DateOnly.MinValue, to ?? DateOnly.MaxValue, Codes(codes));
        using var reader = command.ExecuteReader();
        var bars = new List<MemberBar>();
        while (reader.Read())
        {
            bars.Add(new MemberBar(reader.GetString(0), Date(reader, 1), Dec(reader, 2), Dec(reader, 3), Dec(reader, 4),
                (decimal)reader.GetDouble(5), Dec(reader, 6), SqliteMarketStore.BasisOf(reader.GetInt16(7)), Dec(reader, 8), Dec(reader, 9)));
        }

        return bars;
    }

    public IReadOnlyList<Instrument> GetInstruments(IReadOnlyCollection<string>? codes = null)
    {
        using var command = Command("""
            SELECT code, name, name_ja, sector33_code, sector33_name, sector17_code, sector17_name, market_segment, scale_category
            FROM instruments WHERE $1::text[] IS NULL OR code = ANY($1) ORDER BY code
            """, Codes(codes));
        using var reader = command.ExecuteReader();
        var list = new List<Instrument>();
        while (reader.Read())
        {
            list.Add(new Instrument(reader.GetString(0), reader.GetString(1))
            {
                NameJa = Str(reader, 2),
                Sector33Code = Str(reader, 3),
                Sector33Name = Str(reader, 4),
                Sector17Code = Str(reader, 5),
                Sector17Name = Str(reader, 6),
                MarketSegment = Str(reader, 7),
                ScaleCategory = Str(reader, 8),
            });
        }

        return list;
    }

    public IReadOnlyList<PublishedSessionLevel> GetSessionLevels(string seriesId, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(seriesId);
        using var command = Command("""
            SELECT session, time_jst, level, change_points, change_pct, decimals, source, url FROM session_levels
            WHERE series_id = $1 AND date = $2 ORDER BY time_jst, session, source
            """, seriesId, date);
        using var reader = command.ExecuteReader();
        var levels = new List<PublishedSessionLevel>();
        while (reader.Read())
        {
            levels.Add(new PublishedSessionLevel(seriesId, date, reader.GetString(0), SqliteMarketStore.ParseTime(reader.GetString(1)),
                (decimal)reader.GetDouble(2), Dec(reader, 3), Dec(reader, 4), reader.GetInt32(5), reader.GetString(6), Str(reader, 7)));
        }

        return levels;
    }

    public IReadOnlyList<IndexMembershipRow> GetMembership(string indexId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(indexId);
        using var command = Command("""
            SELECT code, valid_from, valid_to, paf, paf_source FROM index_membership WHERE index_id = $1 ORDER BY code, valid_from
            """, indexId);
        using var reader = command.ExecuteReader();
        var rows = new List<IndexMembershipRow>();
        while (reader.Read())
        {
            rows.Add(new IndexMembershipRow(indexId, reader.GetString(0), Date(reader, 1), reader.IsDBNull(2) ? null : Date(reader, 2),
                Dec(reader, 3), Str(reader, 4)));
        }

        return rows;
    }

    public long Count(string table)
    {
        if (!Scalar<bool>("SELECT EXISTS(SELECT 1 FROM pg_tables WHERE schemaname = current_schema() AND tablename = $1)", table))
        {
            throw new ArgumentException($"'{table}' is not a table of the store", nameof(table));
        }

        return Scalar<long>($"SELECT COUNT(*) FROM {table}");
    }

    public ComputedSessionWrite StoreComputedSession(ComputedSession session, IReadOnlyList<ComputedIndexDay> days, IReadOnlyList<ComputedSeries>? series = null)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(days);
        return PostgresComputedSessions.Store(this, session, days, series);
    }

    public IReadOnlyList<StoredComputedSession> ListComputedSessions() => PostgresComputedSessions.List(this);

    public StoredComputedSession? FindComputedSession(string sessionId) => PostgresComputedSessions.Find(this, sessionId);

    public IReadOnlyList<ComputedIndexDay> GetComputedDays(string indexId) => PostgresComputedSessions.Days(this, indexId);

    public IReadOnlyList<ComputedLevel> GetComputedLevels(string sessionId, string indexId) => PostgresComputedSessions.Levels(this, sessionId, indexId);

    IStoreWriter IMarketStore.BeginWrite() => new PostgresStoreWriter(this);

    public void Dispose() => _connection.Dispose();

    internal NpgsqlCommand Command(string sql, params object?[] values)
    {
        var command = new NpgsqlCommand(sql, _connection);
        foreach (var value in values)
        {
            command.Parameters.Add(value as NpgsqlParameter ?? new NpgsqlParameter { Value = value ?? DBNull.Value });
        }

        return command;
    }

    private T Scalar<T>(string sql, params object?[] values)
    {
        using var command = Command(sql, values);
        return (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T), CultureInfo.InvariantCulture);
    }

    private HashSet<DateOnly> Dates(string sql, params object?[] values)
    {
        using var command = Command(sql, values);
        using var reader = command.ExecuteReader();
        var dates = new HashSet<DateOnly>();
        while (reader.Read())
        {
            dates.Add(Date(reader, 0));
        }

        return dates;
    }

    /// <summary>A code filter as a text[] parameter (null: every code).</summary>
    private static NpgsqlParameter Codes(IReadOnlyCollection<string>? codes) =>
        new() { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Text, Value = codes is null ? DBNull.Value : codes.ToArray() };

    internal static DateOnly Date(NpgsqlDataReader reader, int ordinal) => reader.GetFieldValue<DateOnly>(ordinal);

    // double precision, as SQLite's REAL: decimal's conversion keeps the 15 significant digits every published value has.
    private static decimal? Dec(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : (decimal)reader.GetDouble(ordinal);

    private static string? Str(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
