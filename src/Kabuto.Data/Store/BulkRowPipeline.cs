using Kabuto.Core.Market;
using Kabuto.Data.Import;

namespace Kabuto.Data.Store;

/// <summary>The two bulk tables of an import (member prices and ticks: a million rows a year of quotes, millions of
/// ticks) are written on a second thread while the importer parses the next rows, so parsing and the database's work
/// overlap on two cores (SQLite's inserts in this process, PostgreSQL's COPY in the server's). Double-buffered: the importer fills one batch while the other is written; handing over a full batch
/// first waits for the previous one, which bounds memory and keeps rows in file order. Every other use of the
/// connection first calls <see cref="Drain"/>, so the connection is never used by two threads at once.</summary>
internal sealed class BulkRowPipeline(Action<BulkRowBatch> write) : IDisposable
{
    public const int BatchRows = 16_384;

    private BulkRowBatch _filling = new(BatchRows);
    private BulkRowBatch _spare = new(BatchRows);
    private Task _writing = Task.CompletedTask;

    public void Member(long importId, string source, int rank, int line, in MemberBar bar)
    {
        _filling.Members.Add(new PendingMember(importId, source, rank, line, bar));
        HandOverIfFull();
    }

    public void Tick(long importId, int line, in TickRow tick)
    {
        _filling.Ticks.Add(new PendingTick(importId, line, tick));
        HandOverIfFull();
    }

    /// <summary>Writes what is queued and waits for it; rethrows what the writing thread threw.</summary>
    public void Drain()
    {
        if (_filling.Count > 0)
        {
            HandOver();
        }

        _writing.GetAwaiter().GetResult();
    }

    /// <summary>Waits for the writing thread without rethrowing: the transaction is rolled back after this anyway.</summary>
    public void Dispose()
    {
        try
        {
            _writing.Wait();
        }
        catch (AggregateException)
        {
            // Already reported by Drain, or the import is being abandoned: nothing of it will be committed.
        }
    }

    private void HandOverIfFull()
    {
        if (_filling.Count >= BatchRows)
        {
            HandOver();
        }
    }

    private void HandOver()
    {
        _writing.GetAwaiter().GetResult();
        var batch = _filling;
        (_filling, _spare) = (_spare, batch);
        _filling.Clear();
        _writing = Task.Run(() => write(batch));
    }
}

internal readonly record struct PendingMember(long ImportId, string Source, int Rank, int Line, MemberBar Bar);

internal readonly record struct PendingTick(long ImportId, int Line, TickRow Tick);

/// <summary>Rows handed to the writing thread in file order (a file has members or ticks, rarely both).</summary>
internal sealed class BulkRowBatch(int capacity)
{
    public List<PendingMember> Members { get; } = new(capacity);

    public List<PendingTick> Ticks { get; } = new(capacity);

    public int Count => Members.Count + Ticks.Count;

    public void Clear()
    {
        Members.Clear();
        Ticks.Clear();
    }
}
