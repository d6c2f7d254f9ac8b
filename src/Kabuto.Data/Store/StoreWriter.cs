using System.Globalization;
using Kabuto.Core.Market;
using Kabuto.Data.Import;
using Microsoft.Data.Sqlite;

namespace Kabuto.Data.Store;

/// <summary>The write side of one import run: everything happens in ONE transaction, committed only by
/// <see cref="Commit"/>; disposing without committing rolls back, so a failed or killed import changes nothing.</summary>
internal sealed class StoreWriter : IDisposable
{
    /// <summary>Test hook: after this many rows have been handed to the store inside the transaction the process
    /// calls Environment.FailFast, simulating a crash mid-import (see docs/store.md).</summary>
    public const string CrashHookVariable = "KABUTO_TEST_CRASH_AFTER_ROWS";

    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly BatchInserter _bars;
    private readonly BatchInserter _members;
    private readonly BatchInserter _ticks;
    private readonly BatchInserter _quarantine;
    private readonly BatchInserter _findings;
    private readonly BatchInserter _membership;
    private readonly SqliteCommand _instrumentOverwrite;
    private readonly SqliteCommand _instrumentFill;
    private readonly long _crashAfter;
    private readonly object?[] _row = new object?[12];
    private long _instrumentChanges;
    private long _written;
    private bool _committed;

    public StoreWriter(MarketStore store)
    {
        _connection = store.Connection;
        _transaction = _connection.BeginTransaction();
        _bars = Inserter("daily_bars", ["series_id", "date", "source", "rank", "open", "high", "low", "close", "volume", "import_id", "line"], 150);
        _members = Inserter("member_prices", ["code", "date", "source", "rank", "basis", "open", "high", "low", "close", "volume", "import_id", "line"], 150);
        _ticks = Inserter("ticks", ["import_id", "line", "symbol", "day", "time_ms", "kind", "price_e4", "size", "exchange", "condition", "suspicious"], 150);
        _quarantine = Inserter("quarantine", ["import_id", "file", "line", "raw", "rule", "value", "reason"], 50);
        _findings = Inserter("findings", ["import_id", "file", "line", "rule", "value", "message"], 50);
        _membership = Inserter("index_membership", ["index_id", "code", "valid_from", "valid_to", "paf", "paf_source", "import_id", "line"], 50);
        _instrumentOverwrite = InstrumentCommand(overwrite: true);
        _instrumentFill = InstrumentCommand(overwrite: false);
        _crashAfter = long.TryParse(Environment.GetEnvironmentVariable(CrashHookVariable), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : long.MaxValue;
    }

    /// <summary>Rows inserted so far in this run (all tables), for per-file deltas.</summary>
    public long Inserted => _bars.Inserted + _members.Inserted + _ticks.Inserted + _membership.Inserted + _instrumentChanges;

    public (long ImportId, string ImportedUtc)? FindImport(string sha256)
    {
        using var command = Command("SELECT import_id, imported_utc FROM imports WHERE sha256 = $h");
        command.Parameters.AddWithValue("$h", sha256);
        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.GetInt64(0), reader.GetString(1)) : null;
    }

    public long BeginImport(string path, string source, string sha256, string format)
    {
        using var command = Command("""
            INSERT INTO imports(path, source, sha256, format, rows_read, inserted, quarantined, imported_utc)
            VALUES ($p, $s, $h, $f, 0, 0, 0, $t) RETURNING import_id
            """);
        command.Parameters.AddWithValue("$p", path);
        command.Parameters.AddWithValue("$s", source);
        command.Parameters.AddWithValue("$h", sha256);
        command.Parameters.AddWithValue("$f", format);
        command.Parameters.AddWithValue("$t", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public void FinishImport(long importId, string series, long rowsRead, long inserted, long quarantined)
    {
        using var command = Command("UPDATE imports SET series = $s, rows_read = $r, inserted = $i, quarantined = $q WHERE import_id = $id");
        command.Parameters.AddWithValue("$s", series);
        command.Parameters.AddWithValue("$r", rowsRead);
        command.Parameters.AddWithValue("$i", inserted);
        command.Parameters.AddWithValue("$q", quarantined);
        command.Parameters.AddWithValue("$id", importId);
        command.ExecuteNonQuery();
    }

    /// <summary>Closes of the series from every source except <paramref name="exceptSource"/>, for cross-source checks.</summary>
    public Dictionary<DateOnly, List<(string Source, int Rank, decimal Close)>> OtherSources(string seriesId, string exceptSource)
    {
        FlushAll();
        using var command = Command("SELECT date, source, rank, close FROM daily_bars WHERE series_id = $s AND source <> $x");
        command.Parameters.AddWithValue("$s", seriesId);
        command.Parameters.AddWithValue("$x", exceptSource);
        using var reader = command.ExecuteReader();
        var map = new Dictionary<DateOnly, List<(string, int, decimal)>>();
        while (reader.Read())
        {
            var date = MarketStore.ParseDate(reader.GetString(0));
            if (!map.TryGetValue(date, out var list))
            {
                list = [];
                map[date] = list;
            }

            list.Add((reader.GetString(1), reader.GetInt32(2), (decimal)reader.GetDouble(3)));
        }

        return map;
    }

    public void AddBar(long importId, string source, int rank, string seriesId, int line, in DailyBar bar)
    {
        var r = _row.AsSpan(0, 11);
        r[0] = seriesId;
        r[1] = MarketStore.FormatDate(bar.Date);
        r[2] = source;
        r[3] = rank;
        r[4] = Real(bar.Open);
        r[5] = Real(bar.High);
        r[6] = Real(bar.Low);
        r[7] = (double)bar.Close;
        r[8] = Real(bar.Volume);
        r[9] = importId;
        r[10] = line;
        _bars.Add(r);
        Count();
    }

    public void AddMember(long importId, string source, int rank, int line, in MemberBar bar)
    {
        var r = _row.AsSpan(0, 12);
        r[0] = bar.Code;
        r[1] = MarketStore.FormatDate(bar.Date);
        r[2] = source;
        r[3] = rank;
        r[4] = bar.Basis.ToString();
        r[5] = Real(bar.Open);
        r[6] = Real(bar.High);
        r[7] = Real(bar.Low);
        r[8] = (double)bar.Close;
        r[9] = Real(bar.Volume);
        r[10] = importId;
        r[11] = line;
        _members.Add(r);
        Count();
    }

    public void AddTick(long importId, int line, in TickRow tick)
    {
        var r = _row.AsSpan(0, 11);
        r[0] = importId;
        r[1] = line;
        r[2] = tick.Symbol;
        r[3] = MarketStore.FormatDate(tick.Day);
        r[4] = tick.TimeMs;
        r[5] = (int)tick.Kind;
        r[6] = tick.PriceE4;
        r[7] = tick.Size;
        r[8] = tick.Exchange;
        r[9] = tick.Condition;
        r[10] = tick.Suspicious ? 1 : 0;
        _ticks.Add(r);
        Count();
    }

    public void AddMembership(long importId, int line, in MembershipRow row)
    {
        var r = _row.AsSpan(0, 8);
        r[0] = row.IndexId;
        r[1] = row.Code;
        r[2] = MarketStore.FormatDate(row.ValidFrom);
        r[3] = row.ValidTo is { } to ? MarketStore.FormatDate(to) : null;
        r[4] = Real(row.Paf);
        r[5] = row.PafSource;
        r[6] = importId;
        r[7] = line;
        _membership.Add(r);
        Count();
    }

    /// <summary>Authoritative sources (J-Quants, the derived member list) overwrite fields they carry; others only fill gaps.</summary>
    public void UpsertInstrument(long importId, int line, Instrument instrument, bool authoritative)
    {
        var command = authoritative ? _instrumentOverwrite : _instrumentFill;
        var p = command.Parameters;
        p[0].Value = instrument.Code;
        p[1].Value = instrument.Name;
        p[2].Value = (object?)instrument.NameJa ?? DBNull.Value;
        p[3].Value = (object?)instrument.Sector33Code ?? DBNull.Value;
        p[4].Value = (object?)instrument.Sector33Name ?? DBNull.Value;
        p[5].Value = (object?)instrument.Sector17Code ?? DBNull.Value;
        p[6].Value = (object?)instrument.Sector17Name ?? DBNull.Value;
        p[7].Value = (object?)instrument.MarketSegment ?? DBNull.Value;
        p[8].Value = (object?)instrument.ScaleCategory ?? DBNull.Value;
        p[9].Value = importId;
        p[10].Value = line;
        _instrumentChanges += command.ExecuteNonQuery();
        Count();
    }

    public void AddQuarantine(long importId, string file, int line, string raw, string rule, string? value, string reason)
    {
        var r = _row.AsSpan(0, 7);
        r[0] = importId;
        r[1] = file;
        r[2] = line;
        r[3] = raw;
        r[4] = rule;
        r[5] = value;
        r[6] = reason;
        _quarantine.Add(r);
    }

    public void AddFinding(long importId, string file, int line, string rule, string? value, string message)
    {
        var r = _row.AsSpan(0, 6);
        r[0] = importId;
        r[1] = file;
        r[2] = line;
        r[3] = rule;
        r[4] = value;
        r[5] = message;
        _findings.Add(r);
    }

    public void FlushAll()
    {
        _bars.Flush();
        _members.Flush();
        _ticks.Flush();
        _quarantine.Flush();
        _findings.Flush();
        _membership.Flush();
    }

    public void Commit()
    {
        FlushAll();
        _transaction.Commit();
        _committed = true;
    }

    public void Dispose()
    {
        if (!_committed)
        {
            _transaction.Rollback();
        }

        _bars.Dispose();
        _members.Dispose();
        _ticks.Dispose();
        _quarantine.Dispose();
        _findings.Dispose();
        _membership.Dispose();
        _instrumentOverwrite.Dispose();
        _instrumentFill.Dispose();
        _transaction.Dispose();
    }

    private void Count()
    {
        if (++_written >= _crashAfter)
        {
            FlushAll();
            Environment.FailFast($"{CrashHookVariable}={_crashAfter} reached inside the import transaction (test hook)");
        }
    }

    private static object? Real(decimal? value) => value is { } v ? (double)v : null;

    private BatchInserter Inserter(string table, string[] columns, int rows) =>
        new(_connection, _transaction, table, columns, "ON CONFLICT DO NOTHING", rows);

    private SqliteCommand InstrumentCommand(bool overwrite)
    {
        string[] fields = ["name", "name_ja", "sector33_code", "sector33_name", "sector17_code", "sector17_name", "market_segment", "scale_category"];
        var sets = string.Join(", ", fields.Select(f => overwrite ? $"{f} = COALESCE(excluded.{f}, {f})" : $"{f} = COALESCE({f}, excluded.{f})"));
        var changed = string.Join(" OR ", fields.Select(f => overwrite
            ? $"(excluded.{f} IS NOT NULL AND excluded.{f} IS NOT {f})"
            : $"({f} IS NULL AND excluded.{f} IS NOT NULL)"));
        var command = Command($"""
            INSERT INTO instruments(code, name, name_ja, sector33_code, sector33_name, sector17_code, sector17_name, market_segment, scale_category, import_id, line)
            VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10)
            ON CONFLICT(code) DO UPDATE SET {sets}, import_id = excluded.import_id, line = excluded.line WHERE {changed}
            """);
        for (var i = 0; i <= 10; i++)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = $"@p{i}" });
        }

        command.Prepare();
        return command;
    }

    private SqliteCommand Command(string sql)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        return command;
    }
}
