using System.Collections.Concurrent;

namespace Kabuto.TestSupport;

/// <summary>A clock that jumps: every timer moves the time to its due moment and fires at once, so code that waits
/// for 16:30 through <see cref="TimeProvider"/> gets there in no real time, and reads the time it waited for. Meant for
/// one waiter at a time (a watch loop); <see cref="Waits"/> records every wait asked for.</summary>
public sealed class SimulatedClock(DateTimeOffset start) : TimeProvider
{
    private readonly object _gate = new();
    private readonly ConcurrentQueue<TimeSpan> _waits = new();
    private DateTimeOffset _now = start.ToUniversalTime();

    public IReadOnlyList<TimeSpan> Waits => _waits.ToArray();

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            _waits.Enqueue(dueTime);
            lock (_gate)
            {
                _now += dueTime;
            }

            ThreadPool.QueueUserWorkItem(_ => callback(state));
        }

        return new Fired();
    }

    private sealed class Fired : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
