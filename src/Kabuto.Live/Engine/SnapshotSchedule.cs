using Kabuto.Live.Universe;

namespace Kabuto.Live.Engine;

/// <summary>When each index is due for a snapshot: its cadence grid (counted from the session open, only inside the
/// session windows, at most one snapshot per quiet gap) and the session marks (morning close, close). The engine
/// asks it only when a tick is later than <see cref="NextDue"/>, so the hot path pays one comparison.</summary>
internal sealed class SnapshotSchedule
{
    private readonly TickSession _session;
    private readonly SessionWindow[] _windows;
    private readonly long[] _cadence;
    private readonly long[] _nextCadence;
    private readonly int[] _nextMark;
    private readonly bool[] _opened;
    private readonly (long Time, SnapshotKind Kind)[] _marks;
    private readonly int[] _everyTick;

    public SnapshotSchedule(LiveUniverse universe)
    {
        _session = universe.Session;
        _windows = [.. universe.Session.Windows];
        var count = universe.Indices.Count;
        _cadence = new long[count];
        _nextCadence = new long[count];
        _nextMark = new int[count];
        _opened = new bool[count];
        var everyTick = new List<int>();
        for (var i = 0; i < count; i++)
        {
            _cadence[i] = universe.Indices[i].CadenceTicks;
            if (_cadence[i] <= 0)
            {
                everyTick.Add(i);
                _nextCadence[i] = long.MaxValue;
            }
            else
            {
                _nextCadence[i] = NextBoundary(i, _session.OpenUtc + 1);
            }
        }

        _everyTick = [.. everyTick];
        var marks = new List<(long, SnapshotKind)>();
        if (_session.MorningCloseUtc != 0)
        {
            marks.Add((_session.MorningCloseUtc, SnapshotKind.MorningClose));
        }

        marks.Add((_session.CloseUtc, SnapshotKind.Close));
        _marks = [.. marks];
        NextDue = ComputeNextDue();
    }

    /// <summary>The earliest instant some index is due; a tick later than this triggers <see cref="EmitDue"/>.</summary>
    public long NextDue { get; private set; }

    public bool HasEveryTickIndices => _everyTick.Length > 0;

    /// <summary>Emits every snapshot stamped before <paramref name="time"/> (all pending ones when final).</summary>
    public void EmitDue(long time, bool final, IndexEngine engine)
    {
        for (var i = 0; i < _cadence.Length; i++)
        {
            while (true)
            {
                var mark = _nextMark[i] < _marks.Length ? _marks[_nextMark[i]].Time : long.MaxValue;
                var cadence = _nextCadence[i];
                var due = Math.Min(mark, cadence);
                if (due == long.MaxValue || (!final && time <= due))
                {
                    break;
                }

                var kind = SnapshotKind.None;
                if (due == cadence)
                {
                    kind |= SnapshotKind.Cadence;
                    if (!_opened[i] && due > _session.OpenUtc)
                    {
                        kind |= SnapshotKind.Open;
                        _opened[i] = true;
                    }

                    // The state does not change between ticks, so one snapshot covers a quiet gap.
                    _nextCadence[i] = final ? long.MaxValue : NextBoundary(i, time);
                }

                if (due == mark)
                {
                    kind |= _marks[_nextMark[i]].Kind;
                    _nextMark[i]++;
                }

                engine.Emit(i, due, kind);
            }
        }

        NextDue = ComputeNextDue();
    }

    /// <summary>Snapshots for indices disseminated on every tick, after an applied tick.</summary>
    public void EmitEveryTick(long time, IndexEngine engine)
    {
        foreach (var i in _everyTick)
        {
            var kind = SnapshotKind.Cadence;
            if (!_opened[i] && time >= _session.OpenUtc)
            {
                kind |= SnapshotKind.Open;
                _opened[i] = true;
            }

            engine.Emit(i, time, kind);
        }
    }

    /// <summary>The first grid point at or after <paramref name="time"/> that lies inside a session window.</summary>
    private long NextBoundary(int index, long time)
    {
        var step = _cadence[index];
        foreach (var window in _windows)
        {
            var from = Math.Max(time, window.StartUtc);
            var k = (from - _session.OpenUtc + step - 1) / step;
            var boundary = _session.OpenUtc + (Math.Max(k, 1) * step);
            if (boundary <= window.EndUtc)
            {
                return boundary;
            }
        }

        return long.MaxValue;
    }

    private long ComputeNextDue()
    {
        var next = long.MaxValue;
        for (var i = 0; i < _cadence.Length; i++)
        {
            next = Math.Min(next, _nextCadence[i]);
            if (_nextMark[i] < _marks.Length)
            {
                next = Math.Min(next, _marks[_nextMark[i]].Time);
            }
        }

        return next;
    }
}
