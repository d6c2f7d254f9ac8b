using System.Text;
using Microsoft.Data.Sqlite;

namespace Kabuto.Data.Store;

/// <summary>Bulk insert through prepared multi-row INSERT statements: one statement carries many rows, which is
/// several times faster than a statement per row in Microsoft.Data.Sqlite. Rows are buffered; <see cref="Flush"/>
/// writes the remainder. <see cref="Inserted"/> counts rows SQLite actually inserted (conflicts are ignored).</summary>
internal sealed class BatchInserter : IDisposable
{
    private readonly SqliteCommand _batch;
    private readonly SqliteCommand _single;
    private readonly int _columns;
    private readonly int _rowsPerBatch;
    private readonly object?[] _buffer;
    private int _buffered;

    public BatchInserter(SqliteConnection connection, SqliteTransaction transaction, string table, string[] columns, string conflict, int rowsPerBatch)
    {
        _columns = columns.Length;
        _rowsPerBatch = rowsPerBatch;
        _buffer = new object?[columns.Length * rowsPerBatch];
        _batch = Build(connection, transaction, table, columns, conflict, rowsPerBatch);
        _single = Build(connection, transaction, table, columns, conflict, 1);
    }

    public long Inserted { get; private set; }

    public long Added { get; private set; }

    /// <summary>Adds one row; values in column order (null for SQL NULL).</summary>
    public void Add(ReadOnlySpan<object?> values)
    {
        values.CopyTo(_buffer.AsSpan(_buffered * _columns, _columns));
        _buffered++;
        Added++;
        if (_buffered == _rowsPerBatch)
        {
            Execute(_batch, _rowsPerBatch);
            _buffered = 0;
        }
    }

    public void Flush()
    {
        for (var row = 0; row < _buffered; row++)
        {
            var parameters = _single.Parameters;
            for (var c = 0; c < _columns; c++)
            {
                parameters[c].Value = _buffer[(row * _columns) + c] ?? DBNull.Value;
            }

            Inserted += _single.ExecuteNonQuery();
        }

        _buffered = 0;
    }

    public void Dispose()
    {
        _batch.Dispose();
        _single.Dispose();
    }

    private void Execute(SqliteCommand command, int rows)
    {
        var parameters = command.Parameters;
        var count = rows * _columns;
        for (var i = 0; i < count; i++)
        {
            parameters[i].Value = _buffer[i] ?? DBNull.Value;
        }

        Inserted += command.ExecuteNonQuery();
    }

    private static SqliteCommand Build(SqliteConnection connection, SqliteTransaction transaction, string table, string[] columns, string conflict, int rows)
    {
        var sql = new StringBuilder();
        sql.Append("INSERT INTO ").Append(table).Append('(').AppendJoin(',', columns).Append(") VALUES ");
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        for (var r = 0; r < rows; r++)
        {
            sql.Append(r == 0 ? "(" : ",(");
            for (var c = 0; c < columns.Length; c++)
            {
                var name = $"@p{(r * columns.Length) + c}";
                sql.Append(c == 0 ? string.Empty : ",").Append(name);
                command.Parameters.Add(new SqliteParameter { ParameterName = name });
            }

            sql.Append(')');
        }

        sql.Append(' ').Append(conflict);
        command.CommandText = sql.ToString();
        command.Prepare();
        return command;
    }
}
