using Kabuto.Core.Market;
using Kabuto.Live.Universe;

namespace Kabuto.Live.Engine;

/// <summary>When snapshots are due. Indices of one cadence share one grid (counted from the session open, only inside
/// the session windows, at most one boundary per quiet gap), so the schedule keeps one due time per cadence group, not
/// per index, and a boundary emits only the group's indices whose sum changed (the engine's dirty list). The session
/// marks (morning close, close) and a group's first boundary (the open) emit every index. The engine asks only when a
/// tick is later than <see cref="NextDue"/>, so the hot path pays one comparison; a boundary costs O(groups + changed
/// indices), not O(indices).</summary>
internal sealed class SnapshotSchedule
{
    private readonly TickSession _session;
    private readonly SessionWindow[] _windows;
    private readonly CadenceGroup[] _groups;
    private readonly (long Time, SnapshotKind Kind)[] _marks;
    private readonly int[] _everyTick;
    private int _nextMark;
    private bool _everyTickOpened;

    public SnapshotSchedule(LiveUniverse universe)
    {
        _session = universe.Session;
        _windows = [.. universe.Session.Windows];
        var count = universe.Indices.Count;
        GroupOf = new int[count];
        var everyTick = new List<int>();
        var groups = new List<(long Step, List<int> Members)>();
        for (var i = 0; i < count; i++)
        {
            var step = universe.Indices[i].CadenceTicks;
            if (step <= 0)
            {
                everyTick.Add(i);
                GroupOf[i] = -1;
                continue;
            }

            var g = groups.FindIndex(x => x.Step == step);
            if (g < 0)
            {
                g = groups.Count;
                groups.Add((step, []));
            }

            groups[g].Members.Add(i);
            GroupOf[i] = g;
        }

        _groups = [.. groups.Select(g => new CadenceGroup(g.Step, [.. g.Members]) { NextDue = NextBoundary(g.Step, _session.OpenUtc + 1) })];
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

    /// <summary>Cadence group ordinal of each index (-1: every tick).</summary>
    public int[] GroupOf { get; }

    /// <summary>Emits every snapshot stamped before <paramref name="time"/> (all pending ones when final), in time order.</summary>
    public void EmitDue(long time, bool final, IndexEngine engine)
    {
        while (true)
        {
            var mark = _nextMark < _marks.Length ? _marks[_nextMark].Time : long.MaxValue;
            var due = mark;
            foreach (var group in _groups)
            {
                due = Math.Min(due, group.NextDue);
            }

            if (due == long.MaxValue || (!final && time <= due))
            {
                break;
            }

            var markKind = due == mark ? _marks[_nextMark].Kind : SnapshotKind.None;
            for (var g = 0; g < _groups.Length; g++)
            {
                var group = _groups[g];
                if (group.NextDue != due)
                {
                    if (markKind != SnapshotKind.None)
                    {
                        EmitAll(group.Members, due, markKind, engine);
                    }

                    continue;
                }

                var kind = SnapshotKind.Cadence | markKind;
                if (!group.Opened && due > _session.OpenUtc)
                {
                    kind |= SnapshotKind.Open;
                    group.Opened = true;
                }

                engine.EmitBoundary(g, group.Members, group.Step, due, kind);

                // The state does not change between ticks, so one boundary covers a quiet gap.
                group.NextDue = final ? long.MaxValue : NextBoundary(group.Step, time);
            }

            if (markKind != SnapshotKind.None)
            {
                EmitAll(_everyTick, due, markKind, engine);
                _nextMark++;
            }
        }

        NextDue = ComputeNextDue();
    }

    /// <summary>Snapshots for indices disseminated on every tick, after an applied tick.</summary>
    public void EmitEveryTick(long time, IndexEngine engine)
    {
        var kind = SnapshotKind.Cadence;
        if (!_everyTickOpened && time >= _session.OpenUtc)
        {
            kind |= SnapshotKind.Open;
            _everyTickOpened = true;
        }

        EmitAll(_everyTick, time, kind, engine);
    }

    private static void EmitAll(int[] indices, long time, SnapshotKind kind, IndexEngine engine)
    {
        foreach (var i in indices)
        {
            engine.Emit(i, time, kind);
        }
    }

    /// <summary>The first grid point at or after <paramref name="time"/> that lies inside a session window.</summary>
    private long NextBoundary(long step, long time)
    {
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
        var next = _nextMark < _marks.Length ? _marks[_nextMark].Time : long.MaxValue;
        foreach (var group in _groups)
        {
            next = Math.Min(next, group.NextDue);
        }

        return next;
    }

    /// <summary>The schedule's position (part of an engine checkpoint): the next mark, whether every-tick indices have
    /// had their open, and each cadence group's next boundary and open flag.</summary>
    public void WriteState(BinaryWriter writer)
    {
        writer.Write(_nextMark);
        writer.Write(_everyTickOpened);
        foreach (var group in _groups)
        {
            writer.Write(group.NextDue);
            writer.Write(group.Opened);
        }
    }

    public int GroupCount => _groups.Length;

    public int MarkCount => _marks.Length;

    /// <summary>Bytes <see cref="WriteState"/> writes.</summary>
    public int StateSize => 4 + 1 + (_groups.Length * 9);

    public void ReadState(BinaryReader reader)
    {
        // The engine checked the mark's range before changing anything.
        _nextMark = reader.ReadInt32();
        _everyTickOpened = reader.ReadBoolean();
        foreach (var group in _groups)
        {
            group.NextDue = reader.ReadInt64();
            group.Opened = reader.ReadBoolean();
        }

        NextDue = ComputeNextDue();
    }

    private sealed class CadenceGroup(long step, int[] members)
    {
        public long Step { get; } = step;

        public int[] Members { get; } = members;

        public long NextDue { get; set; }

        public bool Opened { get; set; }
    }
}
