using Microsoft.Data.Sqlite;

namespace Kabuto.Data.Store;

/// <summary>Ordered schema migrations of the SQLite store (PostgreSQL has its own: <see cref="PostgresMigrations"/>). A migration is never edited once shipped: add a new one at the end.
/// Each runs in its own transaction together with its schema_version row, so a crash leaves the old version.</summary>
internal static class SqliteMigrations
{
    private static readonly (int Version, string Description, string Sql)[] Scripts =
    [
        (1, "initial schema: imports, instruments, daily bars, member prices, ticks, index definitions, quarantine", """
            CREATE TABLE imports(
                import_id INTEGER PRIMARY KEY,
                path TEXT NOT NULL,
                source TEXT NOT NULL,
                sha256 TEXT NOT NULL UNIQUE,
                format TEXT NOT NULL,
                series TEXT,
                rows_read INTEGER NOT NULL,
                inserted INTEGER NOT NULL,
                quarantined INTEGER NOT NULL,
                imported_utc TEXT NOT NULL);

            CREATE TABLE instruments(
                code TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                name_ja TEXT,
                sector33_code TEXT,
                sector33_name TEXT,
                sector17_code TEXT,
                sector17_name TEXT,
                market_segment TEXT,
                scale_category TEXT,
                import_id INTEGER NOT NULL,
                line INTEGER NOT NULL);

            -- Every accepted row of every source is kept; readers pick the best source per date (highest rank,
            -- then the latest import), so a lower-ranked source never hides a higher one and nothing is lost.
            CREATE TABLE daily_bars(
                series_id TEXT NOT NULL,
                date TEXT NOT NULL,
                source TEXT NOT NULL,
                rank INTEGER NOT NULL,
                open REAL, high REAL, low REAL,
                close REAL NOT NULL,
                volume REAL,
                import_id INTEGER NOT NULL,
                line INTEGER NOT NULL,
                PRIMARY KEY(series_id, date, source)) WITHOUT ROWID;

            -- Keyed date first: imports arrive a day of the whole market at a time (J-Quants by-date responses) and
            -- readers ask for date ranges, so both append and scan in key order (3x faster bulk inserts than code first).
            CREATE TABLE member_prices(
                code TEXT NOT NULL,
                date TEXT NOT NULL,
                source TEXT NOT NULL,
                rank INTEGER NOT NULL,
                basis TEXT NOT NULL,
                open REAL, high REAL, low REAL,
                close REAL NOT NULL,
                volume REAL,
                import_id INTEGER NOT NULL,
                line INTEGER NOT NULL,
                PRIMARY KEY(date, code, source)) WITHOUT ROWID;

            -- Prices in ten-thousandths of the currency unit (LEAN's deci-cents), kind 0 trade, 1 bid, 2 ask.
            CREATE TABLE ticks(
                import_id INTEGER NOT NULL,
                line INTEGER NOT NULL,
                symbol TEXT NOT NULL,
                day TEXT NOT NULL,
                time_ms INTEGER NOT NULL,
                kind INTEGER NOT NULL,
                price_e4 INTEGER NOT NULL,
                size INTEGER NOT NULL,
                exchange TEXT NOT NULL,
                condition INTEGER NOT NULL,
                suspicious INTEGER NOT NULL);

            CREATE TABLE index_definitions(
                index_id TEXT PRIMARY KEY,
                definition_json TEXT NOT NULL,
                import_id INTEGER);

            CREATE TABLE index_events(
                event_id INTEGER PRIMARY KEY,
                index_id TEXT NOT NULL,
                effective_date TEXT NOT NULL,
                kind TEXT NOT NULL,
                payload_json TEXT NOT NULL,
                import_id INTEGER,
                line INTEGER);

            CREATE TABLE index_membership(
                index_id TEXT NOT NULL,
                code TEXT NOT NULL,
                valid_from TEXT NOT NULL,
                valid_to TEXT,
                paf REAL,
                paf_source TEXT,
                import_id INTEGER NOT NULL,
                line INTEGER NOT NULL,
                PRIMARY KEY(index_id, code, valid_from)) WITHOUT ROWID;

            CREATE TABLE quarantine(
                quarantine_id INTEGER PRIMARY KEY,
                import_id INTEGER NOT NULL,
                file TEXT NOT NULL,
                line INTEGER NOT NULL,
                raw TEXT NOT NULL,
                rule TEXT NOT NULL,
                value TEXT,
                reason TEXT NOT NULL);

            -- Findings that did not quarantine a row (source disagreements, gaps): reported, kept for audit.
            CREATE TABLE findings(
                finding_id INTEGER PRIMARY KEY,
                import_id INTEGER NOT NULL,
                file TEXT NOT NULL,
                line INTEGER NOT NULL,
                rule TEXT NOT NULL,
                value TEXT,
                message TEXT NOT NULL);
            """),
        (2, "compact ticks: symbol and day once per tick file (tick_files), not repeated on every tick row", """
            DROP TABLE ticks;

            -- A LEAN zip holds one symbol and one day: stored once here instead of as text on millions of rows.
            CREATE TABLE tick_files(
                import_id INTEGER NOT NULL,
                symbol TEXT NOT NULL,
                day TEXT NOT NULL,
                PRIMARY KEY(import_id, symbol, day)) WITHOUT ROWID;

            -- Prices in ten-thousandths of the currency unit (LEAN's deci-cents), kind 0 trade, 1 bid, 2 ask.
            -- (import_id, line) is the row's origin; symbol and day come from tick_files.
            CREATE TABLE ticks(
                import_id INTEGER NOT NULL,
                line INTEGER NOT NULL,
                time_ms INTEGER NOT NULL,
                kind INTEGER NOT NULL,
                price_e4 INTEGER NOT NULL,
                size INTEGER NOT NULL,
                exchange TEXT NOT NULL,
                condition INTEGER NOT NULL,
                suspicious INTEGER NOT NULL);
            """),
        (3, "compact member prices: date as the integer YYYYMMDD, the source as an id (sources), the basis as 0/1/2", """
            -- A year of the whole TSE is a million member rows: integer keys halve the table and speed up bulk inserts
            -- against text dates and a source path repeated on every row (docs/store.md).
            CREATE TABLE sources(
                source_id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE);
            INSERT INTO sources(name) SELECT DISTINCT source FROM member_prices ORDER BY source;

            CREATE TABLE member_prices_v3(
                date INTEGER NOT NULL,
                code TEXT NOT NULL,
                source_id INTEGER NOT NULL,
                rank INTEGER NOT NULL,
                basis INTEGER NOT NULL,
                open REAL, high REAL, low REAL,
                close REAL NOT NULL,
                volume REAL,
                import_id INTEGER NOT NULL,
                line INTEGER NOT NULL,
                PRIMARY KEY(date, code, source_id)) WITHOUT ROWID;
            INSERT INTO member_prices_v3
                SELECT CAST(REPLACE(m.date, '-', '') AS INTEGER), m.code, s.source_id, m.rank,
                       CASE m.basis WHEN 'Raw' THEN 0 WHEN 'Adjusted' THEN 1 ELSE 2 END,
                       m.open, m.high, m.low, m.close, m.volume, m.import_id, m.line
                FROM member_prices m JOIN sources s ON s.name = m.source;
            DROP TABLE member_prices;
            ALTER TABLE member_prices_v3 RENAME TO member_prices;
            """),
        (4, "best_bars and series_coverage: the chosen row per series and date, and each series' coverage, kept by imports", """
            -- Readers want one row per date (the best source) and the coverage of every series; working both out of
            -- every source's rows cost a tenth of a second per series and per listing. Imports keep them: a new row
            -- replaces the best one when its rank is higher (or equal, from a later import), and the coverage of the
            -- series written to is recounted at commit, inside the import's transaction (docs/store.md).
            CREATE TABLE best_bars(
                series_id TEXT NOT NULL,
                date TEXT NOT NULL,
                open REAL, high REAL, low REAL,
                close REAL NOT NULL,
                volume REAL,
                source TEXT NOT NULL,
                rank INTEGER NOT NULL,
                import_id INTEGER NOT NULL,
                line INTEGER NOT NULL,
                PRIMARY KEY(series_id, date)) WITHOUT ROWID;
            INSERT INTO best_bars
                SELECT series_id, date, open, high, low, close, volume, source, rank, import_id, line FROM (
                    SELECT *, ROW_NUMBER() OVER (PARTITION BY series_id, date ORDER BY rank DESC, import_id DESC) AS pick
                    FROM daily_bars)
                WHERE pick = 1;

            CREATE TABLE series_coverage(
                series_id TEXT PRIMARY KEY,
                first TEXT NOT NULL,
                last TEXT NOT NULL,
                days INTEGER NOT NULL) WITHOUT ROWID;
            INSERT INTO series_coverage SELECT series_id, MIN(date), MAX(date), COUNT(*) FROM best_bars GROUP BY series_id;
            """),
        (5, "session_levels: index levels at a moment of a Tokyo session as outlets printed them", """
            -- Hand-collected secondary reports (a wire's 10:46 level, a site's 11:30 morning close): source is the
            -- outlet, not the file (the file is imports.source through import_id). time_jst is 'HH:MM' (11:30 for
            -- morning_close); decimals is the precision the outlet printed the level with (docs/store.md).
            CREATE TABLE session_levels(
                series_id TEXT NOT NULL,
                date TEXT NOT NULL,
                session TEXT NOT NULL,
                time_jst TEXT NOT NULL,
                level REAL NOT NULL,
                change_points REAL,
                change_pct REAL,
                decimals INTEGER NOT NULL,
                source TEXT NOT NULL,
                url TEXT,
                import_id INTEGER NOT NULL,
                line INTEGER NOT NULL,
                PRIMARY KEY(series_id, date, session, time_jst, source)) WITHOUT ROWID;
            """),
        (6, "order-free precedence: best_bars ties by source name, instruments resolved from every source's description, held partial rows", """
            -- The same files in any order give the same store (docs/store.md, "Merge by precedence"). best_bars: a tie in
            -- rank goes to the greater source name, not to the later import.
            DELETE FROM best_bars;
            INSERT INTO best_bars
                SELECT series_id, date, open, high, low, close, volume, source, rank, import_id, line FROM (
                    SELECT *, ROW_NUMBER() OVER (PARTITION BY series_id, date ORDER BY rank DESC, source DESC) AS pick
                    FROM daily_bars)
                WHERE pick = 1;

            -- Every source's description of an instrument; instruments holds the row resolved from them (InstrumentPrecedence).
            -- A row of a store from before takes part in the next resolution of its code as the lowest-ranked description.
            CREATE TABLE IF NOT EXISTS instrument_sources(
                code TEXT NOT NULL,
                source TEXT NOT NULL,
                rank INTEGER NOT NULL,
                line INTEGER NOT NULL,
                name TEXT NOT NULL,
                name_ja TEXT,
                sector33_code TEXT,
                sector33_name TEXT,
                sector17_code TEXT,
                sector17_name TEXT,
                market_segment TEXT,
                scale_category TEXT,
                import_id INTEGER NOT NULL,
                PRIMARY KEY(code, source, line)) WITHOUT ROWID;

            -- Partial last rows (quarantined) with their values, so a source with the same close can confirm them in
            -- whichever order the files arrive; released = 1 once confirmed and stored in daily_bars.
            CREATE TABLE IF NOT EXISTS held_bars(
                series_id TEXT NOT NULL,
                date TEXT NOT NULL,
                source TEXT NOT NULL,
                rank INTEGER NOT NULL,
                open REAL, high REAL, low REAL,
                close REAL NOT NULL,
                volume REAL,
                import_id INTEGER NOT NULL,
                line INTEGER NOT NULL,
                released INTEGER NOT NULL DEFAULT 0,
                PRIMARY KEY(series_id, date, source)) WITHOUT ROWID;
            """),
        (7, "computed sessions: each index's day (and optionally its snapshot series) as the cluster computed it", """
            -- Written by 'kabuto cluster store' (docs/cluster.md), one transaction per session; keys make a second
            -- store of the same session write nothing. Levels are published values (2 dp); times are UTC in ISO 8601
            -- with 7 fractional digits (the engine's 100 ns resolution); marks: 1 cadence, 2 open, 4 morning close, 8 close.
            CREATE TABLE IF NOT EXISTS computed_sessions(
                session_id TEXT PRIMARY KEY,
                market TEXT NOT NULL,
                date TEXT NOT NULL,
                source TEXT NOT NULL,
                simulated INTEGER NOT NULL,
                indices INTEGER NOT NULL,
                shares INTEGER NOT NULL,
                received INTEGER NOT NULL,
                trades INTEGER NOT NULL,
                special_quotes INTEGER NOT NULL,
                quotes_ignored INTEGER NOT NULL,
                status_ticks INTEGER NOT NULL,
                outside_session INTEGER NOT NULL,
                suspicious INTEGER NOT NULL,
                out_of_order INTEGER NOT NULL,
                duplicate INTEGER NOT NULL,
                stale INTEGER NOT NULL,
                price_changes INTEGER NOT NULL,
                snapshots INTEGER NOT NULL,
                stored_utc TEXT NOT NULL) WITHOUT ROWID;

            CREATE TABLE IF NOT EXISTS computed_index_days(
                session_id TEXT NOT NULL,
                index_id TEXT NOT NULL,
                name TEXT NOT NULL,
                date TEXT NOT NULL,
                previous_close REAL NOT NULL,
                open REAL, morning_close REAL, close REAL, high REAL, low REAL,
                snapshots INTEGER NOT NULL,
                PRIMARY KEY(session_id, index_id)) WITHOUT ROWID;
            CREATE INDEX IF NOT EXISTS computed_index_days_by_index ON computed_index_days(index_id, date);

            CREATE TABLE IF NOT EXISTS computed_levels(
                session_id TEXT NOT NULL,
                index_id TEXT NOT NULL,
                n INTEGER NOT NULL,
                time_utc TEXT NOT NULL,
                level REAL NOT NULL,
                marks INTEGER NOT NULL,
                PRIMARY KEY(session_id, index_id, n)) WITHOUT ROWID;
            """),
        (8, "member prices carry the day's turnover value and the source's adjustment factor", """
            -- J-Quants' TurnoverValue (yen) and AdjustmentFactor (0.5 on a 1:2 split's ex-date, 1 on other days), for the
            -- Prime market's turnover and split-adjusted breadth (docs/facts.md). Rows stored before stay null: their
            -- files are known by sha256, so re-importing them changes nothing; a fresh store reads them afresh.
            ALTER TABLE member_prices ADD COLUMN turnover_value REAL;
            ALTER TABLE member_prices ADD COLUMN adjustment_factor REAL;
            """),
        (9, "exchange_days: an exchange's own trading calendar (J-Quants /markets/calendar HolDiv), which wins over the law calendar", """
            -- status is J-Quants' HolDiv: 0 closed, 1 open, 2 half day, 3 closed with holiday trading. A later answer
            -- replaces a day's status (the exchange may revise its calendar).
            CREATE TABLE IF NOT EXISTS exchange_days(
                market TEXT NOT NULL,
                date TEXT NOT NULL,
                status INTEGER NOT NULL,
                import_id INTEGER NOT NULL,
                PRIMARY KEY(market, date)) WITHOUT ROWID;
            """),
    ];

    public static int Latest => Scripts[^1].Version;

    public static void Apply(SqliteConnection connection)
    {
        Execute(connection, "CREATE TABLE IF NOT EXISTS schema_version(version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_utc TEXT NOT NULL)");
        var current = CurrentVersion(connection);
        foreach (var (version, description, sql) in Scripts)
        {
            if (version <= current)
            {
                continue;
            }

            // BEGIN IMMEDIATE: two processes opening a new file at once take turns, and the second finds the script applied.
            using var transaction = connection.BeginTransaction();
            if (CurrentVersion(connection, transaction) >= version)
            {
                continue;
            }

            Execute(connection, sql, transaction);
            using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_version(version, description, applied_utc) VALUES ($v, $d, $t)";
            record.Parameters.AddWithValue("$v", version);
            record.Parameters.AddWithValue("$d", description);
            record.Parameters.AddWithValue("$t", DateTime.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            record.ExecuteNonQuery();
            transaction.Commit();
        }
    }

    /// <summary>The schema version, or null when the file has no schema_version table (not a Kabuto store, or empty).</summary>
    public static int? CurrentVersionIfAny(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0 ? null : CurrentVersion(connection);
    }

    public static int CurrentVersion(SqliteConnection connection, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
