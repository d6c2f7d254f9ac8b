using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Kabuto.Data.Store;

/// <summary>A prepared INSERT bound by position through SQLitePCL's raw API on the store's own connection (so it runs
/// inside the import transaction). Microsoft.Data.Sqlite looks every parameter up by name on every execution and
/// boxes every value; binding by index with typed calls is what makes bulk imports fast (docs/store.md).</summary>
internal sealed class RawInsert : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private readonly string _sql;
    private readonly Dictionary<string, byte[]> _utf8 = new(StringComparer.Ordinal);
    private readonly (string? Value, byte[] Utf8)[] _lastBound;

    /// <param name="rows">Rows per statement: a multi-row INSERT binds <paramref name="rows"/> × columns values (row k's
    /// column c at index k × columns + c) and runs the statement once, which halves SQLite's per-row cost in bulk loads.</param>
    public RawInsert(SqliteConnection connection, string table, string[] columns, string conflict = "ON CONFLICT DO NOTHING", int rows = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rows);
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        var tuple = $"({string.Join(',', columns.Select(_ => "?"))})";
        _sql = $"INSERT INTO {table}({string.Join(',', columns)}) VALUES {string.Join(',', Enumerable.Repeat(tuple, rows))} {conflict}";
        Rows = rows;
        Columns = columns.Length;
        _lastBound = new (string?, byte[])[(rows * columns.Length) + 1];
        Check(raw.sqlite3_prepare_v2(_db, _sql, out _statement));
    }

    /// <summary>Rows one execution inserts (the statement's VALUES tuples).</summary>
    public int Rows { get; }

    /// <summary>Columns per row.</summary>
    public int Columns { get; }

    /// <summary>Rows SQLite actually inserted (conflicting rows are ignored, not counted).</summary>
    public long Inserted { get; private set; }

    public RawInsert Int(int index, long value)
    {
        raw.sqlite3_bind_int64(_statement, index, value);
        return this;
    }

    public RawInsert Real(int index, double value)
    {
        raw.sqlite3_bind_double(_statement, index, value);
        return this;
    }

    public RawInsert Real(int index, decimal? value)
    {
        _ = value is { } v ? raw.sqlite3_bind_double(_statement, index, (double)v) : raw.sqlite3_bind_null(_statement, index);
        return this;
    }

    public RawInsert Text(int index, string? value)
    {
        _ = value is null ? raw.sqlite3_bind_null(_statement, index) : raw.sqlite3_bind_text(_statement, index, value);
        return this;
    }

    /// <summary>Binds a value that repeats across rows (a source name, a code, a date): its UTF-8 bytes are encoded once
    /// and reused, where the string overload encodes and allocates on every row.</summary>
    public RawInsert Repeated(int index, string value)
    {
        // The same string instance as last time at this position (a file's source, a day's date): no lookup at all.
        ref var last = ref _lastBound[index];
        if (!ReferenceEquals(last.Value, value))
        {
            if (!_utf8.TryGetValue(value, out var bytes))
            {
                bytes = System.Text.Encoding.UTF8.GetBytes(value);
                _utf8[value] = bytes;
            }

            last = (value, bytes);
        }

        raw.sqlite3_bind_text(_statement, index, last.Utf8);
        return this;
    }

    /// <summary>Executes with the bound values, then resets the statement for the next row.</summary>
    public void Run()
    {
        var rc = raw.sqlite3_step(_statement);
        raw.sqlite3_reset(_statement);
        if (rc != raw.SQLITE_DONE)
        {
            throw new SqliteException($"SQLite error {rc} ({raw.sqlite3_errmsg(_db).utf8_to_string()}) running {_sql}", rc);
        }

        Inserted += raw.sqlite3_changes(_db);
    }

    public void Dispose() => _statement.Dispose();

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            throw new SqliteException($"SQLite error {rc} ({raw.sqlite3_errmsg(_db).utf8_to_string()}) preparing {_sql}", rc);
        }
    }
}
