using System.Globalization;
using Kabuto.Core.Market;
using Kabuto.Data.Import;
using Microsoft.Data.Sqlite;

namespace Kabuto.Data.Store;

/// <summary>The SQLite side of one import run (<see cref="IStoreWriter"/>): one transaction, begun IMMEDIATE so that
/// a second writer (another process's import) waits for this one's commit before it reads anything.</summary>
internal sealed class SqliteStoreWriter : IStoreWriter
{
    /// <summary>Rows per multi-row INSERT of the bulk tables (14 member columns: 896 values, below SQLite's limit of 32,766).</summary>
    private const int BlockRows = 64;

    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly RawInsert _bars;
    private readonly RawInsert _best;
    private readonly RawInsert _members;
    private readonly RawInsert _memberBlocks;
    private readonly RawInsert _ticks;
    private readonly RawInsert _tickBlocks;
    private readonly RawInsert _tickFiles;
    private readonly RawInsert _quarantine;
    private readonly RawInsert _findings;
    private readonly RawInsert _membership;
    private readonly RawInsert _sessionLevels;
    private readonly RawInsert _instrumentSources;
    private readonly RawInsert _heldBars;
    private readonly RawInsert _exchangeDays;
    private readonly SortedSet<string> _touchedCodes = new(StringComparer.Ordinal);
    private readonly BulkRowPipeline _bulk;
    private readonly BindRow<PendingMember> _bindMember;
    private readonly SortedSet<string> _touchedSeries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _sourceIds = new(StringComparer.Ordinal);
    private (string? Name, long Id) _lastSource;
    private readonly CrashHook _crash;
    private readonly DateTexts _mainDates = new();
    private (long ImportId, string Symbol, DateOnly Day) _lastTickFile;
    private bool _committed;

    public SqliteStoreWriter(SqliteMarketStore store)
    {
        _connection = store.Connection;
        _transaction = _connection.BeginTransaction();
        _bars = new RawInsert(_connection, "daily_bars", ["series_id", "date", "source", "rank", "open", "high", "low", "close", "volume", "import_id", "line"]);
        _best = new RawInsert(_connection, "best_bars", ["series_id", "date", "open", "high", "low", "close", "volume", "source", "rank", "import_id", "line"],
            """
            ON CONFLICT(series_id, date) DO UPDATE SET open = excluded.open, high = excluded.high, low = excluded.low, close = excluded.close,
                volume = excluded.volume, source = excluded.source, rank = excluded.rank, import_id = excluded.import_id, line = excluded.line
            WHERE excluded.rank > best_bars.rank OR (excluded.rank = best_bars.rank AND excluded.source > best_bars.source)
            """);
        string[] memberColumns = ["date", "code", "source_id", "rank", "basis", "open", "high", "low", "close", "volume", "import_id", "line",
            "turnover_value", "adjustment_factor"];
        _members = new RawInsert(_connection, "member_prices", memberColumns);
        _memberBlocks = new RawInsert(_connection, "member_prices", memberColumns, rows: BlockRows);
        string[] tickColumns = ["import_id", "line", "time_ms", "kind", "price_e4", "size", "exchange", "condition", "suspicious"];
        _ticks = new RawInsert(_connection, "ticks", tickColumns);
        _tickBlocks = new RawInsert(_connection, "ticks", tickColumns, rows: BlockRows);
        _tickFiles = new RawInsert(_connection, "tick_files", ["import_id", "symbol", "day"]);
        _quarantine = new RawInsert(_connection, "quarantine", ["import_id", "file", "line", "raw", "rule", "value", "reason"]);
        _findings = new RawInsert(_connection, "findings", ["import_id", "file", "line", "rule", "value", "message"]);
        _membership = new RawInsert(_connection, "index_membership", ["index_id", "code", "valid_from", "valid_to", "paf", "paf_source", "import_id", "line"]);
        // A later import of the same key (series, date, session, time, outlet) replaces the row only when a value
        // differs: a corrected hand-collected file takes effect, the same file again changes nothing.
        _sessionLevels = new RawInsert(_connection, "session_levels",
            ["series_id", "date", "session", "time_jst", "level", "change_points", "change_pct", "decimals", "source", "url", "import_id", "line"],
            """
            ON CONFLICT(series_id, date, session, time_jst, source) DO UPDATE SET level = excluded.level,
                change_points = excluded.change_points, change_pct = excluded.change_pct, decimals = excluded.decimals,
                url = excluded.url, import_id = excluded.import_id, line = excluded.line
            WHERE excluded.level IS NOT session_levels.level OR excluded.change_points IS NOT session_levels.change_points
                OR excluded.change_pct IS NOT session_levels.change_pct OR excluded.decimals IS NOT session_levels.decimals
                OR excluded.url IS NOT session_levels.url
            """);
        _instrumentSources = new RawInsert(_connection, "instrument_sources",
            ["code", "source", "rank", "line", "name", "name_ja", "sector33_code", "sector33_name", "sector17_code", "sector17_name",
             "market_segment", "scale_category", "import_id"]);
        _heldBars = new RawInsert(_connection, "held_bars",
            ["series_id", "date", "source", "rank", "open", "high", "low", "close", "volume", "import_id", "line"]);
        _exchangeDays = new RawInsert(_connection, "exchange_days", ["market", "date", "status", "import_id"],
            "ON CONFLICT(market, date) DO UPDATE SET status = excluded.status, import_id = excluded.import_id WHERE excluded.status <> exchange_days.status");
        _bulk = new BulkRowPipeline(WriteBulk);
        _bindMember = BindMember;
        _crash = new CrashHook(FlushAll);
    }

    /// <summary>Rows inserted so far in this run (all tables), for per-file deltas.</summary>
    public long Inserted
    {
        get
        {
            FlushAll();
            return _bars.Inserted + _members.Inserted + _memberBlocks.Inserted + _ticks.Inserted + _tickBlocks.Inserted + _membership.Inserted
                   + _sessionLevels.Inserted + _instrumentSources.Inserted + _exchangeDays.Inserted;
        }
    }

    public (long ImportId, string ImportedUtc)? FindImport(string sha256)
    {
        FlushAll();
        using var command = Command("SELECT import_id, imported_utc FROM imports WHERE sha256 = $h");
        command.Parameters.AddWithValue("$h", sha256);
        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.GetInt64(0), reader.GetString(1)) : null;
    }

    public long BeginImport(string path, string source, string sha256, string format, DateTimeOffset? importedUtc = null)
    {
        FlushAll();
        using var command = Command("""
            INSERT INTO imports(path, source, sha256, format, rows_read, inserted, quarantined, imported_utc)
            VALUES ($p, $s, $h, $f, 0, 0, 0, $t) RETURNING import_id
            """);
        command.Parameters.AddWithValue("$p", path);
        command.Parameters.AddWithValue("$s", source);
        command.Parameters.AddWithValue("$h", sha256);
        command.Parameters.AddWithValue("$f", format);
        command.Parameters.AddWithValue("$t", (importedUtc?.UtcDateTime ?? DateTime.UtcNow).ToString("O", CultureInfo.InvariantCulture));
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public void FinishImport(long importId, string series, long rowsRead, long inserted, long quarantined)
    {
        FlushAll();
        using var command = Command("UPDATE imports SET series = $s, rows_read = $r, inserted = $i, quarantined = $q WHERE import_id = $id");
        command.Parameters.AddWithValue("$s", series);
        command.Parameters.AddWithValue("$r", rowsRead);
        command.Parameters.AddWithValue("$i", inserted);
        command.Parameters.AddWithValue("$q", quarantined);
        command.Parameters.AddWithValue("$id", importId);
        command.ExecuteNonQuery();
    }

    /// <summary>Closes of the series from every source except <paramref name="exceptSource"/>, for cross-source checks.</summary>
    public Dictionary<DateOnly, List<OtherClose>> OtherSources(string seriesId, string exceptSource)
    {
        FlushAll();
        using var command = Command("SELECT date, source, rank, close, line FROM daily_bars WHERE series_id = $s AND source <> $x");
        command.Parameters.AddWithValue("$s", seriesId);
        command.Parameters.AddWithValue("$x", exceptSource);
        using var reader = command.ExecuteReader();
        var map = new Dictionary<DateOnly, List<OtherClose>>();
        while (reader.Read())
        {
            var date = SqliteMarketStore.ParseDate(reader.GetString(0));
            if (!map.TryGetValue(date, out var list))
            {
                list = [];
                map[date] = list;
            }

            list.Add(new OtherClose(reader.GetString(1), reader.GetInt32(2), (decimal)reader.GetDouble(3), reader.GetInt32(4)));
        }

        return map;
    }

    /// <summary>Holds back a row the checks quarantined as a partial last row, with its values, so a source that has the
    /// same close can confirm it later, in whatever order the files arrive (<see cref="HeldBars"/>).</summary>
    public void HoldBar(long importId, string source, int rank, string seriesId, int line, in DailyBar bar)
    {
        FlushAll();
        _heldBars.Repeated(1, seriesId).Text(2, SqliteMarketStore.FormatDate(bar.Date)).Repeated(3, source).Int(4, rank)
            .Real(5, bar.Open).Real(6, bar.High).Real(7, bar.Low).Real(8, (double)bar.Close).Real(9, bar.Volume)
            .Int(10, importId).Int(11, line).Run();
    }

    /// <summary>Every held row (partial last rows), released or not.</summary>
    public IReadOnlyList<HeldBar> HeldBars()
    {
        FlushAll();
        using var command = Command("""
            SELECT h.series_id, h.date, h.source, h.rank, h.open, h.high, h.low, h.close, h.volume, h.import_id, h.line, h.released
            FROM held_bars h ORDER BY h.series_id, h.date, h.source
            """);
        using var reader = command.ExecuteReader();
        var held = new List<HeldBar>();
        while (reader.Read())
        {
            decimal? Dec(int i) => reader.IsDBNull(i) ? null : (decimal)reader.GetDouble(i);
            var bar = new DailyBar(SqliteMarketStore.ParseDate(reader.GetString(1)), Dec(4), Dec(5), Dec(6), (decimal)reader.GetDouble(7), Dec(8));
            held.Add(new HeldBar(reader.GetString(0), reader.GetString(2), reader.GetInt32(3), bar, reader.GetInt64(9), reader.GetInt32(10),
                reader.GetInt64(11) != 0));
        }

        return held;
    }

    /// <summary>A held row another source confirmed: stored like any accepted row, its quarantine entry removed (and
    /// its import's count corrected), marked released.</summary>
    public void ReleaseHeld(HeldBar held)
    {
        ArgumentNullException.ThrowIfNull(held);
        AddBar(held.ImportId, held.Source, held.Rank, held.SeriesId, held.Line, held.Bar);
        using var command = Command("""
            DELETE FROM quarantine WHERE import_id = $i AND line = $l AND rule = $r;
            UPDATE imports SET quarantined = quarantined - 1, inserted = inserted + 1 WHERE import_id = $i;
            UPDATE held_bars SET released = 1 WHERE series_id = $s AND date = $d AND source = $src;
            """);
        command.Parameters.AddWithValue("$i", held.ImportId);
        command.Parameters.AddWithValue("$l", held.Line);
        command.Parameters.AddWithValue("$r", Quality.Rules.PartialLastRow);
        command.Parameters.AddWithValue("$s", held.SeriesId);
        command.Parameters.AddWithValue("$d", SqliteMarketStore.FormatDate(held.Bar.Date));
        command.Parameters.AddWithValue("$src", held.Source);
        command.ExecuteNonQuery();
    }

    /// <summary>Replaces the findings of one rule about one row of a file (a confirmation restated with every source
    /// that confirms it so far).</summary>
    public void ReplaceFinding(long importId, string file, int line, string rule, string? value, string message)
    {
        FlushAll();
        using (var delete = Command("DELETE FROM findings WHERE file = $f AND line = $l AND rule = $r"))
        {
            delete.Parameters.AddWithValue("$f", file);
            delete.Parameters.AddWithValue("$l", line);
            delete.Parameters.AddWithValue("$r", rule);
            delete.ExecuteNonQuery();
        }

        AddFinding(importId, file, line, rule, value, message);
    }

    public void AddBar(long importId, string source, int rank, string seriesId, int line, in DailyBar bar)
    {
        FlushAll();
        _touchedSeries.Add(seriesId);
        var date = _mainDates.Of(bar.Date);
        var before = _bars.Inserted;
        _bars.Repeated(1, seriesId).Text(2, date).Repeated(3, source).Int(4, rank)
            .Real(5, bar.Open).Real(6, bar.High).Real(7, bar.Low).Real(8, (double)bar.Close).Real(9, bar.Volume)
            .Int(10, importId).Int(11, line).Run();
        if (_bars.Inserted != before)
        {
            // Only a row that was stored can become the best one (a row ignored as already held must not).
            _best.Repeated(1, seriesId).Text(2, date).Real(3, bar.Open).Real(4, bar.High).Real(5, bar.Low).Real(6, (double)bar.Close)
                .Real(7, bar.Volume).Repeated(8, source).Int(9, rank).Int(10, importId).Int(11, line).Run();
        }
        Count();
    }

    public void AddMember(long importId, string source, int rank, int line, in MemberBar bar)
    {
        _bulk.Member(importId, source, rank, line, bar);
        Count();
    }

    public void AddTick(long importId, int line, in TickRow tick)
    {
        _bulk.Tick(importId, line, tick);
        Count();
    }

    public void AddMembership(long importId, int line, in MembershipRow row)
    {
        FlushAll();
        _membership.Text(1, row.IndexId).Text(2, row.Code).Text(3, SqliteMarketStore.FormatDate(row.ValidFrom))
            .Text(4, row.ValidTo is { } to ? SqliteMarketStore.FormatDate(to) : null).Real(5, row.Paf).Text(6, row.PafSource)
            .Int(7, importId).Int(8, line).Run();
        Count();
    }

    public void AddSessionLevel(long importId, int line, PublishedSessionLevel level)
    {
        FlushAll();
        _sessionLevels.Text(1, level.SeriesId).Text(2, SqliteMarketStore.FormatDate(level.Date)).Text(3, level.Session)
            .Text(4, SqliteMarketStore.FormatTime(level.TimeJst)).Real(5, level.Level).Real(6, level.ChangePoints).Real(7, level.ChangePct)
            .Int(8, level.Decimals).Text(9, level.Source).Text(10, level.Url).Int(11, importId).Int(12, line).Run();
        Count();
    }

    /// <summary>One source's description of an instrument, kept beside every other source's (instrument_sources); the
    /// instruments row readers use is resolved from all of them at commit (<see cref="InstrumentPrecedence"/>), so the
    /// order of the imports does not matter.</summary>
    public void AddInstrument(long importId, string source, int rank, int line, Instrument instrument)
    {
        FlushAll();
        _touchedCodes.Add(instrument.Code);
        _instrumentSources.Text(1, instrument.Code).Repeated(2, source).Int(3, rank).Int(4, line).Text(5, instrument.Name)
            .Text(6, instrument.NameJa).Text(7, instrument.Sector33Code).Text(8, instrument.Sector33Name).Text(9, instrument.Sector17Code)
            .Text(10, instrument.Sector17Name).Text(11, instrument.MarketSegment).Text(12, instrument.ScaleCategory).Int(13, importId).Run();
        Count();
    }

    public void AddQuarantine(long importId, string file, int line, string raw, string rule, string? value, string reason)
    {
        FlushAll();
        _quarantine.Int(1, importId).Text(2, file).Int(3, line).Text(4, raw).Text(5, rule).Text(6, value).Text(7, reason).Run();
    }

    public void AddFinding(long importId, string file, int line, string rule, string? value, string message)
    {
        FlushAll();
        _findings.Int(1, importId).Text(2, file).Int(3, line).Text(4, rule).Text(5, value).Text(6, message).Run();
    }

    public void AddExchangeDay(long importId, string market, DateOnly date, int status)
    {
        FlushAll();
        _exchangeDays.Text(1, market).Text(2, SqliteMarketStore.FormatDate(date)).Int(3, status).Int(4, importId).Run();
    }

    /// <summary>Waits until the bulk rows handed over so far are written: called before any other use of the connection.</summary>
    public void FlushAll() => _bulk.Drain();

    public void Commit()
    {
        FlushAll();
        ResolveInstruments();
        RefreshCoverage();
        _transaction.Commit();
        _committed = true;
    }

    public void Dispose()
    {
        _bulk.Dispose();
        if (!_committed)
        {
            _transaction.Rollback();
        }

        _bars.Dispose();
        _best.Dispose();
        _members.Dispose();
        _memberBlocks.Dispose();
        _ticks.Dispose();
        _tickBlocks.Dispose();
        _tickFiles.Dispose();
        _quarantine.Dispose();
        _findings.Dispose();
        _membership.Dispose();
        _sessionLevels.Dispose();
        _instrumentSources.Dispose();
        _heldBars.Dispose();
        _transaction.Dispose();
    }

    private void Count() => _crash.Count();

    /// <summary>Recounts the coverage of every series this run wrote to, from best_bars (migration 4), inside the
    /// import's transaction.</summary>
    private void RefreshCoverage()
    {
        foreach (var series in _touchedSeries)
        {
            using var refresh = Command("""
                DELETE FROM series_coverage WHERE series_id = $s;
                INSERT INTO series_coverage SELECT series_id, MIN(date), MAX(date), COUNT(*) FROM best_bars WHERE series_id = $s GROUP BY series_id;
                """);
            refresh.Parameters.AddWithValue("$s", series);
            refresh.ExecuteNonQuery();
        }

        _touchedSeries.Clear();
    }

    /// <summary>The writing thread's half: binds and steps the bulk rows of one batch (see <see cref="BulkRowPipeline"/>).</summary>
    private void WriteBulk(BulkRowBatch batch)
    {
        WriteMembers(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(batch.Members));
        WriteTicks(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(batch.Ticks));
    }

    private void WriteMembers(ReadOnlySpan<PendingMember> members) => InsertInBlocks(members, _memberBlocks, _members, _bindMember);

    /// <summary>Rows a block at a time through the multi-row statement, the rest one by one through the single-row one.</summary>
    private static void InsertInBlocks<T>(ReadOnlySpan<T> rows, RawInsert block, RawInsert single, BindRow<T> bind)
    {
        var blocks = rows.Length / block.Rows * block.Rows;
        for (var start = 0; start < blocks; start += block.Rows)
        {
            for (var k = 0; k < block.Rows; k++)
            {
                bind(block, k * block.Columns, rows[start + k]);
            }

            block.Run();
        }

        foreach (ref readonly var row in rows[blocks..])
        {
            bind(single, 0, row);
            single.Run();
        }
    }

    private void WriteTicks(ReadOnlySpan<PendingTick> ticks)
    {
        // Ticks go a block at a time within one tick file (a block never spans two files, so tick_files is written
        // before the block's first row); the rest of the file's run goes one row at a time.
        var start = 0;
        while (start < ticks.Length)
        {
            var first = ticks[start];
            if (_lastTickFile != (first.ImportId, first.Tick.Symbol, first.Tick.Day))
            {
                // A LEAN zip is one symbol and one day: recorded once per file, not on every row (migration 2).
                _lastTickFile = (first.ImportId, first.Tick.Symbol, first.Tick.Day);
                _tickFiles.Int(1, first.ImportId).Text(2, first.Tick.Symbol).Text(3, SqliteMarketStore.FormatDate(first.Tick.Day)).Run();
            }

            var end = start + 1;
            while (end < ticks.Length && SameTickFile(ticks[end], first))
            {
                end++;
            }

            InsertInBlocks(ticks[start..end], _tickBlocks, _ticks, BindTick);
            start = end;
        }
    }

    private static bool SameTickFile(in PendingTick a, in PendingTick b) =>
        a.ImportId == b.ImportId && a.Tick.Day == b.Tick.Day && string.Equals(a.Tick.Symbol, b.Tick.Symbol, StringComparison.Ordinal);

    private static void BindTick(RawInsert insert, int offset, in PendingTick t)
    {
        var tick = t.Tick;
        insert.Int(offset + 1, t.ImportId).Int(offset + 2, t.Line).Int(offset + 3, tick.TimeMs).Int(offset + 4, tick.Kind)
            .Int(offset + 5, tick.PriceE4).Int(offset + 6, tick.Size).Repeated(offset + 7, tick.Exchange).Int(offset + 8, tick.Condition)
            .Int(offset + 9, tick.Suspicious ? 1 : 0);
    }

    private void BindMember(RawInsert insert, int offset, in PendingMember m)
    {
        var bar = m.Bar;
        insert.Int(offset + 1, SqliteMarketStore.DateNumber(bar.Date)).Repeated(offset + 2, bar.Code).Int(offset + 3, SourceId(m.Source)).Int(offset + 4, m.Rank)
            .Int(offset + 5, SqliteMarketStore.BasisNumber(bar.Basis)).Real(offset + 6, bar.Open).Real(offset + 7, bar.High).Real(offset + 8, bar.Low)
            .Real(offset + 9, (double)bar.Close).Real(offset + 10, bar.Volume).Int(offset + 11, m.ImportId).Int(offset + 12, m.Line)
            .Real(offset + 13, bar.TurnoverValue).Real(offset + 14, bar.AdjustmentFactor);
    }

    /// <summary>The id of a source name in the sources table (added on first use); the writing thread's own cache.</summary>
    private long SourceId(string source)
    {
        if (ReferenceEquals(source, _lastSource.Name))
        {
            return _lastSource.Id;
        }

        if (!_sourceIds.TryGetValue(source, out var id))
        {
            using var insert = Command("INSERT INTO sources(name) VALUES ($n) ON CONFLICT(name) DO UPDATE SET name = excluded.name RETURNING source_id");
            insert.Parameters.AddWithValue("$n", source);
            id = Convert.ToInt64(insert.ExecuteScalar(), CultureInfo.InvariantCulture);
            _sourceIds[source] = id;
        }

        _lastSource = (source, id);
        return id;
    }

    private delegate void BindRow<T>(RawInsert insert, int offset, in T row);

    /// <summary>Consecutive daily bars mostly share a date within a run of files: formatted once, not per row.</summary>
    private sealed class DateTexts
    {
        private DateOnly _last;
        private string _text = string.Empty;

        public string Of(DateOnly date)
        {
            if (date != _last || _text.Length == 0)
            {
                _last = date;
                _text = SqliteMarketStore.FormatDate(date);
            }

            return _text;
        }
    }

    /// <summary>Re-resolves the instruments row of every code this run described, from every source's description.</summary>
    private void ResolveInstruments()
    {
        if (_touchedCodes.Count == 0)
        {
            return;
        }

        // The row held so far takes part as the lowest-ranked description: its values all come from the descriptions
        // (so it never decides anything), except in a store from before migration 6, whose fields it keeps unless a
        // source gives them.
        var candidates = new Dictionary<string, List<InstrumentCandidate>>(StringComparer.Ordinal);
        using (var read = Command("""
            SELECT code, source, rank, line, name, name_ja, sector33_code, sector33_name, sector17_code, sector17_name, market_segment,
                   scale_category, import_id
            FROM instrument_sources
            UNION ALL
            SELECT code, '(instruments row)', -1, line, name, name_ja, sector33_code, sector33_name, sector17_code, sector17_name,
                   market_segment, scale_category, import_id
            FROM instruments
            """))
        using (var reader = read.ExecuteReader())
        {
            while (reader.Read())
            {
                var code = reader.GetString(0);
                if (!_touchedCodes.Contains(code))
                {
                    continue;
                }

                string? Str(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
                if (!candidates.TryGetValue(code, out var list))
                {
                    list = [];
                    candidates[code] = list;
                }

                list.Add(new InstrumentCandidate(reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3),
                    [Str(4), Str(5), Str(6), Str(7), Str(8), Str(9), Str(10), Str(11)], reader.GetInt64(12)));
            }
        }

        using var write = Command($"""
            INSERT INTO instruments(code, {string.Join(", ", InstrumentPrecedence.Fields)}, import_id, line)
            VALUES ($code, $f0, $f1, $f2, $f3, $f4, $f5, $f6, $f7, $import, $line)
            ON CONFLICT(code) DO UPDATE SET {string.Join(", ", InstrumentPrecedence.Fields.Select(f => $"{f} = excluded.{f}"))},
                import_id = excluded.import_id, line = excluded.line
            """);
        foreach (var (code, list) in candidates)
        {
            var (values, nameFrom) = InstrumentPrecedence.Resolve(list);
            write.Parameters.Clear();
            write.Parameters.AddWithValue("$code", code);
            for (var i = 0; i < values.Length; i++)
            {
                write.Parameters.AddWithValue($"$f{i}", (object?)values[i] ?? DBNull.Value);
            }

            write.Parameters.AddWithValue("$import", nameFrom.ImportId);
            write.Parameters.AddWithValue("$line", nameFrom.Line);
            write.ExecuteNonQuery();
        }

        _touchedCodes.Clear();
    }

    private SqliteCommand Command(string sql)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        return command;
    }
}
