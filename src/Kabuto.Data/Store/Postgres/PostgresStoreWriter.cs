using System.Globalization;
using Kabuto.Core.Market;
using Kabuto.Data.Import;
using Npgsql;
using NpgsqlTypes;

namespace Kabuto.Data.Store;

/// <summary>The PostgreSQL side of one import run (<see cref="IStoreWriter"/>). One transaction, which first takes a
/// transaction-scoped advisory lock: imports into the same store run one after another (a second process waits for the
/// first's commit, then finds its files imported), while readers go on reading the last committed state. Rows are
/// buffered and written in bulk when something needs them written (a count, a read, a full buffer, the commit): the
/// three large tables by binary COPY (daily bars and member prices through a staging table, so that the same
/// ON CONFLICT rules as SQLite's decide what is stored), every other row as one statement of a batch. Member prices and
/// ticks are copied on a second thread while the importer parses on (<see cref="BulkRowPipeline"/>, as for SQLite).</summary>
internal sealed class PostgresStoreWriter : IStoreWriter
{
    /// <summary>Rows of a bulk table buffered before a COPY (bounds memory on a folder of millions of ticks).</summary>
    private const int BulkRows = 65_536;

    /// <summary>Statements sent to the server in one round trip.</summary>
    private const int BatchStatements = 2_000;

    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private readonly List<PendingDailyBar> _bars = [];
    private readonly BulkRowPipeline _bulk;
    private readonly List<(NpgsqlBatchCommand Command, bool Counted)> _statements = [];
    private readonly SortedSet<string> _touchedSeries = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _touchedCodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _sourceIds = new(StringComparer.Ordinal);
    private readonly CrashHook _crash;
    private (long ImportId, string Symbol, DateOnly Day) _lastTickFile;
    private long _inserted;
    private long _bulkInserted;
    private bool _committed;

    public PostgresStoreWriter(PostgresMarketStore store)
    {
        _connection = store.Connection;
        _transaction = _connection.BeginTransaction();
        Execute("""
            SELECT pg_advisory_xact_lock(hashtext('kabuto import ' || current_schema()));
            CREATE TEMP TABLE stage_bars (LIKE daily_bars) ON COMMIT DROP;
            CREATE TEMP TABLE stage_members (LIKE member_prices) ON COMMIT DROP;
            """);
        _bulk = new BulkRowPipeline(WriteBulk);
        _crash = new CrashHook(FlushAll);
    }

    public long Inserted
    {
        get
        {
            FlushAll();
            return _inserted + _bulkInserted;
        }
    }

    public (long ImportId, string ImportedUtc)? FindImport(string sha256)
    {
        FlushAll();
        using var command = Command("SELECT import_id, imported_utc FROM imports WHERE sha256 = $1", T(sha256));
        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.GetInt64(0), reader.GetString(1)) : null;
    }

    public long BeginImport(string path, string source, string sha256, string format, DateTimeOffset? importedUtc = null)
    {
        FlushAll();
        using var command = Command("""
            INSERT INTO imports(path, source, sha256, format, rows_read, inserted, quarantined, imported_utc)
            VALUES ($1, $2, $3, $4, 0, 0, 0, $5) RETURNING import_id
            """, T(path), T(source), T(sha256), T(format), T((importedUtc?.UtcDateTime ?? DateTime.UtcNow).ToString("O", CultureInfo.InvariantCulture)));
        return (long)command.ExecuteScalar()!;
    }

    public void FinishImport(long importId, string series, long rowsRead, long inserted, long quarantined)
    {
        FlushAll();
        using var command = Command("UPDATE imports SET series = $1, rows_read = $2, inserted = $3, quarantined = $4 WHERE import_id = $5",
            T(series), L(rowsRead), L(inserted), L(quarantined), L(importId));
        command.ExecuteNonQuery();
    }

    public Dictionary<DateOnly, List<OtherClose>> OtherSources(string seriesId, string exceptSource)
    {
        FlushAll();
        using var command = Command("SELECT date, source, rank, close, line FROM daily_bars WHERE series_id = $1 AND source <> $2",
            T(seriesId), T(exceptSource));
        using var reader = command.ExecuteReader();
        var map = new Dictionary<DateOnly, List<OtherClose>>();
        while (reader.Read())
        {
            var date = PostgresMarketStore.Date(reader, 0);
            if (!map.TryGetValue(date, out var list))
            {
                list = [];
                map[date] = list;
            }

            list.Add(new OtherClose(reader.GetString(1), reader.GetInt32(2), (decimal)reader.GetDouble(3), reader.GetInt32(4)));
        }

        return map;
    }

    public void HoldBar(long importId, string source, int rank, string seriesId, int line, in DailyBar bar) =>
        Statement("""
            INSERT INTO held_bars(series_id, date, source, rank, open, high, low, close, volume, import_id, line)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT DO NOTHING
            """, counted: false, T(seriesId), D(bar.Date), T(source), I(rank), R(bar.Open), R(bar.High), R(bar.Low), R(bar.Close), R(bar.Volume),
            L(importId), I(line));

    public IReadOnlyList<HeldBar> HeldBars()
    {
        FlushAll();
        using var command = Command("""
            SELECT series_id, date, source, rank, open, high, low, close, volume, import_id, line, released
            FROM held_bars ORDER BY series_id, date, source
            """);
        using var reader = command.ExecuteReader();
        var held = new List<HeldBar>();
        while (reader.Read())
        {
            decimal? Dec(int i) => reader.IsDBNull(i) ? null : (decimal)reader.GetDouble(i);
            var bar = new DailyBar(PostgresMarketStore.Date(reader, 1), Dec(4), Dec(5), Dec(6), (decimal)reader.GetDouble(7), Dec(8));
            held.Add(new HeldBar(reader.GetString(0), reader.GetString(2), reader.GetInt32(3), bar, reader.GetInt64(9), reader.GetInt32(10),
                reader.GetBoolean(11)));
        }

        return held;
    }

    public void ReleaseHeld(HeldBar held)
    {
        ArgumentNullException.ThrowIfNull(held);
        AddBar(held.ImportId, held.Source, held.Rank, held.SeriesId, held.Line, held.Bar);
        Statement("DELETE FROM quarantine WHERE import_id = $1 AND line = $2 AND rule = $3", counted: false,
            L(held.ImportId), I(held.Line), T(Quality.Rules.PartialLastRow));
        Statement("UPDATE imports SET quarantined = quarantined - 1, inserted = inserted + 1 WHERE import_id = $1", counted: false, L(held.ImportId));
        Statement("UPDATE held_bars SET released = true WHERE series_id = $1 AND date = $2 AND source = $3", counted: false,
            T(held.SeriesId), D(held.Bar.Date), T(held.Source));
        FlushAll();
    }

    public void ReplaceFinding(long importId, string file, int line, string rule, string? value, string message)
    {
        Statement("DELETE FROM findings WHERE file = $1 AND line = $2 AND rule = $3", counted: false, T(file), I(line), T(rule));
        AddFinding(importId, file, line, rule, value, message);
    }

    public void AddBar(long importId, string source, int rank, string seriesId, int line, in DailyBar bar)
    {
        _touchedSeries.Add(seriesId);
        _bars.Add(new PendingDailyBar(importId, source, rank, seriesId, line, bar));
        if (_bars.Count >= BulkRows)
        {
            FlushAll();
        }

        _crash.Count();
    }

    public void AddMember(long importId, string source, int rank, int line, in MemberBar bar)
    {
        _bulk.Member(importId, source, rank, line, bar);
        _crash.Count();
    }

    public void AddTick(long importId, int line, in TickRow tick)
    {
        _bulk.Tick(importId, line, tick);
        _crash.Count();
    }

    public void AddMembership(long importId, int line, in MembershipRow row)
    {
        Statement("""
            INSERT INTO index_membership(index_id, code, valid_from, valid_to, paf, paf_source, import_id, line)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING
            """, counted: true, T(row.IndexId), T(row.Code), D(row.ValidFrom), D(row.ValidTo), R(row.Paf), T(row.PafSource), L(importId), I(line));
        _crash.Count();
    }

    public void AddSessionLevel(long importId, int line, PublishedSessionLevel level)
    {
        ArgumentNullException.ThrowIfNull(level);
        Statement("""
            INSERT INTO session_levels(series_id, date, session, time_jst, level, change_points, change_pct, decimals, source, url, import_id, line)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
            ON CONFLICT(series_id, date, session, time_jst, source) DO UPDATE SET level = excluded.level,
                change_points = excluded.change_points, change_pct = excluded.change_pct, decimals = excluded.decimals,
                url = excluded.url, import_id = excluded.import_id, line = excluded.line
            WHERE (excluded.level, excluded.change_points, excluded.change_pct, excluded.decimals, excluded.url)
                IS DISTINCT FROM (session_levels.level, session_levels.change_points, session_levels.change_pct, session_levels.decimals, session_levels.url)
            """, counted: true, T(level.SeriesId), D(level.Date), T(level.Session), T(SqliteMarketStore.FormatTime(level.TimeJst)), R(level.Level),
            R(level.ChangePoints), R(level.ChangePct), I(level.Decimals), T(level.Source), T(level.Url), L(importId), I(line));
        _crash.Count();
    }

    public void AddInstrument(long importId, string source, int rank, int line, Instrument instrument)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        _touchedCodes.Add(instrument.Code);
        Statement("""
            INSERT INTO instrument_sources(code, source, rank, line, name, name_ja, sector33_code, sector33_name, sector17_code, sector17_name,
                market_segment, scale_category, import_id)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) ON CONFLICT DO NOTHING
            """, counted: true, T(instrument.Code), T(source), I(rank), I(line), T(instrument.Name), T(instrument.NameJa), T(instrument.Sector33Code),
            T(instrument.Sector33Name), T(instrument.Sector17Code), T(instrument.Sector17Name), T(instrument.MarketSegment), T(instrument.ScaleCategory),
            L(importId));
        _crash.Count();
    }

    public void AddQuarantine(long importId, string file, int line, string raw, string rule, string? value, string reason) =>
        Statement("INSERT INTO quarantine(import_id, file, line, raw, rule, value, reason) VALUES ($1, $2, $3, $4, $5, $6, $7)", counted: false,
            L(importId), T(file), I(line), T(raw), T(rule), T(value), T(reason));

    public void AddFinding(long importId, string file, int line, string rule, string? value, string message) =>
        Statement("INSERT INTO findings(import_id, file, line, rule, value, message) VALUES ($1, $2, $3, $4, $5, $6)", counted: false,
            L(importId), T(file), I(line), T(rule), T(value), T(message));

    public void AddExchangeDay(long importId, string market, DateOnly date, int status) =>
        Statement("""
            INSERT INTO exchange_days(market, date, status, import_id) VALUES ($1, $2, $3, $4)
            ON CONFLICT(market, date) DO UPDATE SET status = excluded.status, import_id = excluded.import_id WHERE excluded.status <> exchange_days.status
            """, counted: true, T(market), D(date), new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Smallint, Value = (short)status }, L(importId));

    /// <summary>Waits for the writing thread, then writes the buffered statements and daily bars: the connection is
    /// never used by two threads at once.</summary>
    public void FlushAll()
    {
        _bulk.Drain();
        FlushStatements();
        FlushBars();
    }

    public void Commit()
    {
        FlushAll();
        ResolveInstruments();
        if (_touchedSeries.Count > 0)
        {
            // Each series' coverage recounted from best_bars, inside the import's transaction.
            var series = _touchedSeries.ToArray();
            Statement("DELETE FROM series_coverage WHERE series_id = ANY($1)", counted: false, TextArray(series));
            Statement("""
                INSERT INTO series_coverage SELECT series_id, MIN(date), MAX(date), COUNT(*) FROM best_bars WHERE series_id = ANY($1) GROUP BY series_id
                """, counted: false, TextArray(series));
        }

        Statement("UPDATE data_version SET version = version + 1", counted: false);
        FlushStatements();
        _transaction.Commit();
        _committed = true;
    }

    public void Dispose()
    {
        _bulk.Dispose();
        if (!_committed && _connection.State == System.Data.ConnectionState.Open)
        {
            _transaction.Rollback();
        }

        _transaction.Dispose();
    }

    /// <summary>Daily bars by COPY into the staging table, then one statement: rows whose (series, date, source) the
    /// store does not hold yet are stored (the first of a file's duplicates wins: a temporary table is scanned in the
    /// order it was filled), and each stored row becomes its date's best one by the rule SQLite's store applies row by
    /// row (higher rank, or equal rank and greater source name).</summary>
    private void FlushBars()
    {
        if (_bars.Count == 0)
        {
            return;
        }

        using (var copy = _connection.BeginBinaryImport(
                   "COPY stage_bars (series_id, date, source, rank, open, high, low, close, volume, import_id, line) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var b in _bars)
            {
                copy.StartRow();
                copy.Write(b.SeriesId, NpgsqlDbType.Text);
                copy.Write(b.Bar.Date, NpgsqlDbType.Date);
                copy.Write(b.Source, NpgsqlDbType.Text);
                copy.Write(b.Rank, NpgsqlDbType.Integer);
                Real(copy, b.Bar.Open);
                Real(copy, b.Bar.High);
                Real(copy, b.Bar.Low);
                copy.Write((double)b.Bar.Close, NpgsqlDbType.Double);
                Real(copy, b.Bar.Volume);
                copy.Write(b.ImportId, NpgsqlDbType.Bigint);
                copy.Write(b.Line, NpgsqlDbType.Integer);
            }

            copy.Complete();
        }

        using var store = Command("""
            WITH stored AS (
                INSERT INTO daily_bars SELECT * FROM stage_bars ON CONFLICT DO NOTHING
                RETURNING series_id, date, open, high, low, close, volume, source, rank, import_id, line),
            best AS (
                INSERT INTO best_bars(series_id, date, open, high, low, close, volume, source, rank, import_id, line)
                SELECT DISTINCT ON (series_id, date) * FROM stored ORDER BY series_id, date, rank DESC, source DESC
                ON CONFLICT(series_id, date) DO UPDATE SET open = excluded.open, high = excluded.high, low = excluded.low,
                    close = excluded.close, volume = excluded.volume, source = excluded.source, rank = excluded.rank,
                    import_id = excluded.import_id, line = excluded.line
                WHERE excluded.rank > best_bars.rank OR (excluded.rank = best_bars.rank AND excluded.source > best_bars.source))
            SELECT COUNT(*) FROM stored;
            TRUNCATE stage_bars;
            """);
        _inserted += (long)store.ExecuteScalar()!;
        _bars.Clear();
    }

    /// <summary>The writing thread's half (<see cref="BulkRowPipeline"/>): one batch of member prices and ticks.</summary>
    private void WriteBulk(BulkRowBatch batch)
    {
        if (batch.Members.Count > 0)
        {
            WriteMembers(batch.Members);
        }

        if (batch.Ticks.Count > 0)
        {
            WriteTicks(batch.Ticks);
        }
    }

    private void WriteMembers(List<PendingMember> members)
    {
        foreach (var m in members)
        {
            SourceId(m.Source);
        }

        using (var copy = _connection.BeginBinaryImport(
                   "COPY stage_members (date, code, source_id, rank, basis, open, high, low, close, volume, import_id, line, turnover_value, adjustment_factor) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var m in members)
            {
                var bar = m.Bar;
                copy.StartRow();
                copy.Write(bar.Date, NpgsqlDbType.Date);
                copy.Write(bar.Code, NpgsqlDbType.Text);
                copy.Write(_sourceIds[m.Source], NpgsqlDbType.Integer);
                copy.Write(m.Rank, NpgsqlDbType.Integer);
                copy.Write((short)SqliteMarketStore.BasisNumber(bar.Basis), NpgsqlDbType.Smallint);
                Real(copy, bar.Open);
                Real(copy, bar.High);
                Real(copy, bar.Low);
                copy.Write((double)bar.Close, NpgsqlDbType.Double);
                Real(copy, bar.Volume);
                copy.Write(m.ImportId, NpgsqlDbType.Bigint);
                copy.Write(m.Line, NpgsqlDbType.Integer);
                Real(copy, bar.TurnoverValue);
                Real(copy, bar.AdjustmentFactor);
            }

            copy.Complete();
        }

        using var store = Command("INSERT INTO member_prices SELECT * FROM stage_members ON CONFLICT DO NOTHING; TRUNCATE stage_members;");
        _bulkInserted += store.ExecuteNonQuery();
    }

    /// <summary>Ticks have no key (every row of a new file is new), so they are copied straight into their table; each
    /// tick file (a LEAN zip: one symbol, one day) is recorded once in tick_files.</summary>
    private void WriteTicks(List<PendingTick> ticks)
    {
        foreach (var t in ticks)
        {
            if (_lastTickFile != (t.ImportId, t.Tick.Symbol, t.Tick.Day))
            {
                _lastTickFile = (t.ImportId, t.Tick.Symbol, t.Tick.Day);
                using var file = Command("INSERT INTO tick_files(import_id, symbol, day) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
                    L(t.ImportId), T(t.Tick.Symbol), D(t.Tick.Day));
                file.ExecuteNonQuery();
            }
        }

        using var copy = _connection.BeginBinaryImport(
            "COPY ticks (import_id, line, time_ms, kind, price_e4, size, exchange, condition, suspicious) FROM STDIN (FORMAT BINARY)");
        foreach (var t in ticks)
        {
            var tick = t.Tick;
            copy.StartRow();
            copy.Write(t.ImportId, NpgsqlDbType.Bigint);
            copy.Write(t.Line, NpgsqlDbType.Integer);
            copy.Write(tick.TimeMs, NpgsqlDbType.Integer);
            copy.Write((short)tick.Kind, NpgsqlDbType.Smallint);
            copy.Write(tick.PriceE4, NpgsqlDbType.Bigint);
            copy.Write(tick.Size, NpgsqlDbType.Bigint);
            copy.Write(tick.Exchange, NpgsqlDbType.Text);
            copy.Write(tick.Condition, NpgsqlDbType.Integer);
            copy.Write(tick.Suspicious, NpgsqlDbType.Boolean);
        }

        _bulkInserted += (long)copy.Complete();
    }

    private void FlushStatements()
    {
        if (_statements.Count == 0)
        {
            return;
        }

        using var batch = new NpgsqlBatch(_connection, _transaction);
        foreach (var (command, _) in _statements)
        {
            batch.BatchCommands.Add(command);
        }

        batch.ExecuteNonQuery();
        foreach (var (command, counted) in _statements)
        {
            if (counted)
            {
                _inserted += command.RecordsAffected;
            }
        }

        _statements.Clear();
    }

    /// <summary>The id of a source name in the sources table (added on first use): the writing thread's own cache.</summary>
    private int SourceId(string source)
    {
        if (!_sourceIds.TryGetValue(source, out var id))
        {
            using var insert = Command("INSERT INTO sources(name) VALUES ($1) ON CONFLICT(name) DO UPDATE SET name = excluded.name RETURNING source_id", T(source));
            id = (int)insert.ExecuteScalar()!;
            _sourceIds[source] = id;
        }

        return id;
    }

    /// <summary>Re-resolves the instruments row of every code this run described, from every source's description
    /// (<see cref="InstrumentPrecedence"/>, the same rule as the SQLite store's).</summary>
    private void ResolveInstruments()
    {
        if (_touchedCodes.Count == 0)
        {
            return;
        }

        var candidates = new Dictionary<string, List<InstrumentCandidate>>(StringComparer.Ordinal);
        using (var read = Command("""
            SELECT code, source, rank, line, name, name_ja, sector33_code, sector33_name, sector17_code, sector17_name, market_segment,
                   scale_category, import_id
            FROM instrument_sources WHERE code = ANY($1)
            UNION ALL
            SELECT code, '(instruments row)', -1, line, name, name_ja, sector33_code, sector33_name, sector17_code, sector17_name,
                   market_segment, scale_category, import_id
            FROM instruments WHERE code = ANY($1)
            """, TextArray(_touchedCodes.ToArray())))
        using (var reader = read.ExecuteReader())
        {
            while (reader.Read())
            {
                string? Str(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
                var code = reader.GetString(0);
                if (!candidates.TryGetValue(code, out var list))
                {
                    list = [];
                    candidates[code] = list;
                }

                list.Add(new InstrumentCandidate(reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3),
                    [Str(4), Str(5), Str(6), Str(7), Str(8), Str(9), Str(10), Str(11)], reader.GetInt64(12)));
            }
        }

        var sql = $"""
            INSERT INTO instruments(code, {string.Join(", ", InstrumentPrecedence.Fields)}, import_id, line)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
            ON CONFLICT(code) DO UPDATE SET {string.Join(", ", InstrumentPrecedence.Fields.Select(f => $"{f} = excluded.{f}"))},
                import_id = excluded.import_id, line = excluded.line
            """;
        foreach (var (code, list) in candidates)
        {
            var (values, nameFrom) = InstrumentPrecedence.Resolve(list);
            Statement(sql, counted: false, [T(code), .. values.Select(T), L(nameFrom.ImportId), I(nameFrom.Line)]);
        }

        FlushStatements();
        _touchedCodes.Clear();
    }

    private void Statement(string sql, bool counted, params NpgsqlParameter[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.AddRange(parameters);
        _statements.Add((command, counted));
        if (_statements.Count >= BatchStatements)
        {
            FlushAll();
        }
    }

    private void Execute(string sql)
    {
        using var command = Command(sql);
        command.ExecuteNonQuery();
    }

    private NpgsqlCommand Command(string sql, params NpgsqlParameter[] parameters)
    {
        var command = new NpgsqlCommand(sql, _connection, _transaction);
        command.Parameters.AddRange(parameters);
        return command;
    }

    private static void Real(NpgsqlBinaryImporter copy, decimal? value)
    {
        if (value is { } v)
        {
            copy.Write((double)v, NpgsqlDbType.Double);
        }
        else
        {
            copy.WriteNull();
        }
    }

    // Typed positional parameters: a null still tells the server its type. PostgreSQL's text cannot hold NUL, which a
    // damaged file's quarantined line may contain: it is stored as U+FFFD.
    private static NpgsqlParameter T(string? value) =>
        new() { NpgsqlDbType = NpgsqlDbType.Text, Value = value is null ? DBNull.Value : value.Contains('\0') ? value.Replace('\0', '\uFFFD') : value };

    private static NpgsqlParameter TextArray(string[] values) => new() { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text, Value = values };

    private static NpgsqlParameter R(decimal? value) => new() { NpgsqlDbType = NpgsqlDbType.Double, Value = value is { } v ? (double)v : DBNull.Value };

    private static NpgsqlParameter I(int value) => new() { NpgsqlDbType = NpgsqlDbType.Integer, Value = value };

    private static NpgsqlParameter L(long value) => new() { NpgsqlDbType = NpgsqlDbType.Bigint, Value = value };

    private static NpgsqlParameter D(DateOnly? value) => new() { NpgsqlDbType = NpgsqlDbType.Date, Value = value is { } d ? d : DBNull.Value };

    private readonly record struct PendingDailyBar(long ImportId, string Source, int Rank, string SeriesId, int Line, DailyBar Bar);
}
