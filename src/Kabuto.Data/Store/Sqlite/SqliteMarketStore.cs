using System.Globalization;
using Kabuto.Core.Errors;
using Kabuto.Core.Market;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Kabuto.Data.Store;

/// <summary>The embedded SQLite adapter of <see cref="IMarketStore"/>: one file, WAL journal, versioned migrations. Reads pick, for each date, the
/// row of the best source (highest rank, then the greater source name: never the import order); every other source's
/// row stays stored beside it.
/// Published session levels are kept per outlet and all returned (<see cref="GetSessionLevels"/>).</summary>
public sealed class SqliteMarketStore : IMarketStore
{
    private readonly SqliteConnection _connection;

    private SqliteMarketStore(SqliteConnection connection, string path)
    {
        _connection = connection;
        Path = path;
    }

    public string Path { get; }

    public string Description => Path;

    public int SchemaVersion => SqliteMigrations.CurrentVersion(_connection);

    public int LatestSchemaVersion => SqliteMigrations.Latest;

    internal SqliteConnection Connection => _connection;

    /// <summary>SQLite's data_version: changes whenever another connection commits to the file (an import while
    /// 'kabuto serve' reads it), never for this connection's own writes. Cheap enough to poll.</summary>
    public long DataVersion
    {
        get
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "PRAGMA data_version";
            return (long)command.ExecuteScalar()!;
        }
    }

    /// <summary>True when the file was opened read-only (<see cref="OpenToRead"/> on a file without write permission).</summary>
    public bool IsReadOnly { get; private init; }

    /// <summary>Opens the store to write: creates the file if needed and brings its schema to the latest version. A file
    /// without write permission is refused with the fix.</summary>
    public static SqliteMarketStore Open(string path) => Open(path, forReading: false);

    /// <summary>Opens the store for queries. A file without write permission (its mode says so, or the file system does)
    /// is opened read-only and never migrated; one of an older schema is refused with the fix. Otherwise as <see cref="Open"/>
    /// (a missing file is created, so a reader that outlives it, such as 'kabuto serve', sees a later import).</summary>
    public static SqliteMarketStore OpenToRead(string path) => Open(path, forReading: true);

    /// <summary>Opens the store for one query that ends before any import could follow: a file that does not exist is
    /// not created, the query reads an empty store in memory (a mistyped --db leaves no stray empty file behind).
    /// Otherwise as <see cref="OpenToRead"/>.</summary>
    public static SqliteMarketStore OpenToQuery(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = System.IO.Path.GetFullPath(path);
        if (File.Exists(full) || Directory.Exists(full))
        {
            return OpenToRead(path);
        }

        var memory = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = ":memory:", Pooling = false }.ToString());
        memory.Open();
        SqliteMigrations.Apply(memory);
        return new SqliteMarketStore(memory, full);
    }

    private static SqliteMarketStore Open(string path, bool forReading)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = System.IO.Path.GetFullPath(path);
        var folder = System.IO.Path.GetDirectoryName(full);
        if (folder is not null && !Directory.Exists(folder))
        {
            throw Fail.Input(path, null, "database folder", folder, "does not exist", "create the folder or pass another --db");
        }

        if (Directory.Exists(full))
        {
            throw Fail.Input(path, null, "database", null, "is a folder", "pass a database file with --db, e.g. --db kabuto.db");
        }

        if (File.Exists(full) && !IsWritable(full))
        {
            return forReading
                ? OpenReadOnly(path, full)
                : throw Fail.Input(path, null, "database", null, "is read-only", $"make it writable (chmod u+w {path}) or pass another --db");
        }

        // A writer waits for another process's import to commit (SQLite has one writer at a time) for up to 10 minutes.
        var builder = new SqliteConnectionStringBuilder { DataSource = full, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false, DefaultTimeout = 600 };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            Pragma(connection, "PRAGMA journal_mode=WAL");
            Pragma(connection, "PRAGMA synchronous=NORMAL");
            Tune(connection);
            SqliteMigrations.Apply(connection);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == raw.SQLITE_READONLY)
        {
            // The file system refused a write the file's permissions allowed (a read-only mount, a folder that cannot
            // hold the journal): a query can still read the file as it is.
            connection.Dispose();
            return forReading
                ? OpenReadOnly(path, full)
                : throw Fail.Input(path, null, "database", null, "is read-only (the file system refuses writes)", "pass a writable --db");
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw Fail.Input(path, null, "database", null, $"cannot be opened ({e.Message})", "pass a writable SQLite file with --db");
        }

        return new SqliteMarketStore(connection, full);
    }

    /// <summary>Opens the file read-only, without a migration. A WAL store in a folder this process cannot write has no
    /// shared-memory file to read through, so it is opened as immutable, which it is to this process.</summary>
    private static SqliteMarketStore OpenReadOnly(string path, string full)
    {
        SqliteException? failure = null;
        foreach (var source in new[] { full, $"{new Uri(full).AbsoluteUri}?immutable=1" })
        {
            var builder = new SqliteConnectionStringBuilder { DataSource = source, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
            var connection = new SqliteConnection(builder.ToString());
            try
            {
                connection.Open();
                Tune(connection);
                RequireLatestSchema(connection, path);
                return new SqliteMarketStore(connection, full) { IsReadOnly = true };
            }
            catch (SqliteException e) when (e.SqliteErrorCode is raw.SQLITE_READONLY or raw.SQLITE_CANTOPEN)
            {
                connection.Dispose();
                failure = e;
            }
            catch (Exception e) when (e is SqliteException or UserInputException)
            {
                connection.Dispose();
                throw e as UserInputException
                      ?? Fail.Input(path, null, "database", null, $"is read-only and cannot be read ({e.Message})", "pass a Kabuto store with --db");
            }
        }

        throw Fail.Input(path, null, "database", null, $"is read-only and cannot be read ({failure?.Message})", "make it and its folder readable, or pass another --db");
    }

    /// <summary>Connection settings that write nothing (the journal mode is set by <see cref="Open(string)"/>).</summary>
    private static void Tune(SqliteConnection connection)
    {
        Pragma(connection, "PRAGMA busy_timeout=5000");

        // Bulk imports touch thousands of B-tree leaves at once (a day of 4,000 stocks lands on 4,000 leaves of
        // the (code, date) key); with SQLite's default 2 MB page cache those leaves thrash to the WAL.
        Pragma(connection, "PRAGMA cache_size=-131072");
        Pragma(connection, "PRAGMA temp_store=MEMORY");
    }

    /// <summary>A read-only store cannot be migrated: read it only when its schema is this version's.</summary>
    private static void RequireLatestSchema(SqliteConnection connection, string path)
    {
        var version = SqliteMigrations.CurrentVersionIfAny(connection);
        if (version is null)
        {
            throw Fail.Input(path, null, "database", null, "is read-only and holds no Kabuto store", "pass a store written by 'kabuto import' with --db");
        }

        if (version < SqliteMigrations.Latest)
        {
            throw Fail.Input(path, null, "database", null,
                $"is read-only and at schema version {version}, older than this kabuto's {SqliteMigrations.Latest}",
                $"make it writable once (chmod u+w {path}) so that kabuto can migrate it, or pass another --db");
        }
    }

    /// <summary>Whether this process may write the file: its mode must grant a write permission (root ignores modes, so
    /// the mode is read, not only tried) and opening it to write must succeed.</summary>
    private static bool IsWritable(string file)
    {
        if (OperatingSystem.IsWindows())
        {
            if (File.GetAttributes(file).HasFlag(FileAttributes.ReadOnly))
            {
                return false;
            }
        }
        else if ((File.GetUnixFileMode(file) & (UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) == 0)
        {
            return false;
        }

        try
        {
            using var probe = new FileStream(file, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
            return true;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return false;
        }
    }

    public IReadOnlyList<SeriesCoverage> ListSeries()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT series_id, first, last, days FROM series_coverage ORDER BY series_id";
        using var reader = command.ExecuteReader();
        var list = new List<SeriesCoverage>();
        while (reader.Read())
        {
            list.Add(new SeriesCoverage(reader.GetString(0), ParseDate(reader.GetString(1)), ParseDate(reader.GetString(2)), reader.GetInt32(3)));
        }

        return list;
    }

    /// <summary>A series' rows in date order. Read through SQLitePCL's raw API (columns by position, the date parsed
    /// from its UTF-8 bytes): whole histories are read on every cold start, and the ADO.NET reader's per-value strings
    /// and checks were most of that time (docs/store.md).</summary>
    public IReadOnlyList<DailyBar> GetDailyBars(string seriesId, DateOnly? from = null, DateOnly? to = null)
    {
        ArgumentNullException.ThrowIfNull(seriesId);
        var db = _connection.Handle ?? throw new InvalidOperationException("The store is closed.");
        const string sql = "SELECT date, open, high, low, close, volume FROM best_bars WHERE series_id = ?1 AND date >= ?2 AND date <= ?3 ORDER BY date";
        Check(db, raw.sqlite3_prepare_v2(db, sql, out var statement), sql);
        using (statement)
        {
            raw.sqlite3_bind_text(statement, 1, seriesId);
            raw.sqlite3_bind_text(statement, 2, from is null ? "0000-00-00" : FormatDate(from.Value));
            raw.sqlite3_bind_text(statement, 3, to is null ? "9999-99-99" : FormatDate(to.Value));
            var bars = new List<DailyBar>();
            int rc;
            while ((rc = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
            {
                var dateBytes = raw.sqlite3_column_blob(statement, 0);
                var date = IsoDate(dateBytes) ?? ParseDate(System.Text.Encoding.UTF8.GetString(dateBytes));
                bars.Add(new DailyBar(date, Column(statement, 1), Column(statement, 2), Column(statement, 3),
                    (decimal)raw.sqlite3_column_double(statement, 4), Column(statement, 5)));
            }

            Check(db, rc == raw.SQLITE_DONE ? raw.SQLITE_OK : rc, sql);
            return bars;
        }
    }

    private static decimal? Column(sqlite3_stmt statement, int index) =>
        raw.sqlite3_column_type(statement, index) == raw.SQLITE_NULL ? null : (decimal)raw.sqlite3_column_double(statement, index);

    /// <summary>"YYYY-MM-DD" from its UTF-8 bytes (widened on the stack for <see cref="Import.Parse.TryIsoDate"/>), or
    /// null for anything else.</summary>
    private static DateOnly? IsoDate(ReadOnlySpan<byte> text)
    {
        if (text.Length != 10)
        {
            return null;
        }

        Span<char> chars = stackalloc char[10];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)text[i];
        }

        return Import.Parse.TryIsoDate(chars, out var date) ? date : null;
    }

    private static void Check(sqlite3 db, int rc, string sql)
    {
        if (rc != raw.SQLITE_OK)
        {
            throw new SqliteException($"SQLite error {rc} ({raw.sqlite3_errmsg(db).utf8_to_string()}) running {sql}", rc);
        }
    }

    public IReadOnlySet<DateOnly> HeldDates(string seriesId, DateOnly from, DateOnly to)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT date FROM best_bars WHERE series_id = $s AND date >= $f AND date <= $t";
        command.Parameters.AddWithValue("$s", seriesId);
        command.Parameters.AddWithValue("$f", FormatDate(from));
        command.Parameters.AddWithValue("$t", FormatDate(to));
        return ReadDates(command, r => ParseDate(r.GetString(0)));
    }

    public IReadOnlySet<DateOnly> MemberDates(string sourcePrefix, DateOnly from, DateOnly to)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT DISTINCT m.date FROM member_prices m JOIN sources s ON s.source_id = m.source_id
            WHERE m.date >= $f AND m.date <= $t AND substr(s.name, 1, length($p)) = $p
            """;
        command.Parameters.AddWithValue("$f", DateNumber(from));
        command.Parameters.AddWithValue("$t", DateNumber(to));
        command.Parameters.AddWithValue("$p", sourcePrefix);
        return ReadDates(command, r => FromDateNumber(r.GetInt32(0)));
    }

    public IReadOnlySet<DateOnly> SessionLevelDates(string seriesId, string session, DateOnly from, DateOnly to)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT DISTINCT date FROM session_levels WHERE series_id = $s AND session = $n AND date >= $f AND date <= $t";
        command.Parameters.AddWithValue("$s", seriesId);
        command.Parameters.AddWithValue("$n", session);
        command.Parameters.AddWithValue("$f", FormatDate(from));
        command.Parameters.AddWithValue("$t", FormatDate(to));
        return ReadDates(command, r => ParseDate(r.GetString(0)));
    }

    public IReadOnlyDictionary<DateOnly, int> ExchangeDays(string market, DateOnly from, DateOnly to)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT date, status FROM exchange_days WHERE market = $m AND date >= $f AND date <= $t";
        command.Parameters.AddWithValue("$m", market);
        command.Parameters.AddWithValue("$f", FormatDate(from));
        command.Parameters.AddWithValue("$t", FormatDate(to));
        using var reader = command.ExecuteReader();
        var days = new Dictionary<DateOnly, int>();
        while (reader.Read())
        {
            days[ParseDate(reader.GetString(0))] = reader.GetInt32(1);
        }

        return days;
    }

    public bool HasImportFrom(string source)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT EXISTS(SELECT 1 FROM imports WHERE source = $s)";
        command.Parameters.AddWithValue("$s", source);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) != 0;
    }

    private static HashSet<DateOnly> ReadDates(SqliteCommand command, Func<SqliteDataReader, DateOnly> read)
    {
        using var reader = command.ExecuteReader();
        var dates = new HashSet<DateOnly>();
        while (reader.Read())
        {
            dates.Add(read(reader));
        }

        return dates;
    }

    public IReadOnlyList<MemberBar> GetMemberBars(IReadOnlyCollection<string>? codes = null, DateOnly? from = null, DateOnly? to = null)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT m.code, m.date, m.open, m.high, m.low, m.close, m.volume, m.basis, m.turnover_value, m.adjustment_factor
            FROM member_prices m JOIN sources s ON s.source_id = m.source_id
            WHERE m.date >= $f AND m.date <= $t
            ORDER BY m.date, m.code, m.rank DESC, s.name DESC
            """;
        command.Parameters.AddWithValue("$f", from is null ? 0 : DateNumber(from.Value));
        command.Parameters.AddWithValue("$t", to is null ? 99_999_999 : DateNumber(to.Value));
        var wanted = codes is null ? null : new HashSet<string>(codes, StringComparer.Ordinal);
        using var reader = command.ExecuteReader();
        var bars = new List<MemberBar>();
        (string Code, int Date) previous = default;
        while (reader.Read())
        {
            var key = (reader.GetString(0), reader.GetInt32(1));
            if (key == previous || (wanted is not null && !wanted.Contains(key.Item1)))
            {
                continue;
            }

            previous = key;
            bars.Add(new MemberBar(key.Item1, FromDateNumber(key.Item2), Dec(reader, 2), Dec(reader, 3), Dec(reader, 4),
                (decimal)reader.GetDouble(5), Dec(reader, 6), BasisOf(reader.GetInt32(7)), Dec(reader, 8), Dec(reader, 9)));
        }

        return bars;
    }

    public IReadOnlyList<Instrument> GetInstruments(IReadOnlyCollection<string>? codes = null)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT code, name, name_ja, sector33_code, sector33_name, sector17_code, sector17_name, market_segment, scale_category
            FROM instruments ORDER BY code
            """;
        var wanted = codes is null ? null : new HashSet<string>(codes, StringComparer.Ordinal);
        using var reader = command.ExecuteReader();
        var list = new List<Instrument>();
        while (reader.Read())
        {
            var code = reader.GetString(0);
            if (wanted is not null && !wanted.Contains(code))
            {
                continue;
            }

            list.Add(new Instrument(code, reader.GetString(1))
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
        using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT session, time_jst, level, change_points, change_pct, decimals, source, url FROM session_levels
            WHERE series_id = $s AND date = $d ORDER BY time_jst, session, source
            """;
        command.Parameters.AddWithValue("$s", seriesId);
        command.Parameters.AddWithValue("$d", FormatDate(date));
        using var reader = command.ExecuteReader();
        var levels = new List<PublishedSessionLevel>();
        while (reader.Read())
        {
            levels.Add(new PublishedSessionLevel(seriesId, date, reader.GetString(0), ParseTime(reader.GetString(1)),
                (decimal)reader.GetDouble(2), Dec(reader, 3), Dec(reader, 4), reader.GetInt32(5), reader.GetString(6), Str(reader, 7)));
        }

        return levels;
    }

    public long Count(string table)
    {
        if (!IsTable(table))
        {
            throw new ArgumentException($"'{table}' is not a table of the store", nameof(table));
        }

        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table}";
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public IReadOnlyList<IndexMembershipRow> GetMembership(string indexId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(indexId);
        using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT code, valid_from, valid_to, paf, paf_source FROM index_membership
            WHERE index_id = $i ORDER BY code, valid_from
            """;
        command.Parameters.AddWithValue("$i", indexId);
        using var reader = command.ExecuteReader();
        var rows = new List<IndexMembershipRow>();
        while (reader.Read())
        {
            rows.Add(new IndexMembershipRow(indexId, reader.GetString(0), ParseDate(reader.GetString(1)),
                reader.IsDBNull(2) ? null : ParseDate(reader.GetString(2)), Dec(reader, 3), Str(reader, 4)));
        }

        return rows;
    }

    public ComputedSessionWrite StoreComputedSession(ComputedSession session, IReadOnlyList<ComputedIndexDay> days, IReadOnlyList<ComputedSeries>? series = null)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(days);
        return SqliteComputedSessions.Store(this, session, days, series);
    }

    public IReadOnlyList<StoredComputedSession> ListComputedSessions() => SqliteComputedSessions.List(_connection);

    public StoredComputedSession? FindComputedSession(string sessionId) => SqliteComputedSessions.Find(_connection, sessionId);

    public IReadOnlyList<ComputedIndexDay> GetComputedDays(string indexId) => SqliteComputedSessions.Days(_connection, indexId);

    public IReadOnlyList<ComputedLevel> GetComputedLevels(string sessionId, string indexId) => SqliteComputedSessions.Levels(_connection, sessionId, indexId);

    IStoreWriter IMarketStore.BeginWrite() => new SqliteStoreWriter(this);

    public void Dispose() => _connection.Dispose();

    internal static string FormatDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>session_levels.time_jst: "HH:MM" (migration 5), ordered like the time.</summary>
    internal static string FormatTime(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    internal static TimeOnly ParseTime(string text) => TimeOnly.ParseExact(text, "HH:mm", CultureInfo.InvariantCulture);

    internal static DateOnly ParseDate(string text) =>
        Import.Parse.TryIsoDate(text, out var date) ? date : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>member_prices keys dates as the integer YYYYMMDD (migration 3): ordered like the date, compact.</summary>
    internal static int DateNumber(DateOnly date) => (date.Year * 10_000) + (date.Month * 100) + date.Day;

    internal static DateOnly FromDateNumber(int number) => new(number / 10_000, number / 100 % 100, number % 100);

    /// <summary>member_prices.basis: 0 raw, 1 adjusted, 2 unknown (migration 3).</summary>
    internal static int BasisNumber(PriceBasis basis) => basis switch
    {
        PriceBasis.Raw => 0,
        PriceBasis.Adjusted => 1,
        _ => 2,
    };

    internal static PriceBasis BasisOf(int number) => number switch
    {
        0 => PriceBasis.Raw,
        1 => PriceBasis.Adjusted,
        _ => PriceBasis.Unknown,
    };

    private bool IsTable(string name)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = $n";
        command.Parameters.AddWithValue("$n", name);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) == 1;
    }

    // A REAL holds every published value exactly enough: decimal's conversion keeps 15 significant digits.
    private static decimal? Dec(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : (decimal)reader.GetDouble(ordinal);

    private static string? Str(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static void Pragma(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
