using Kabuto.Live.Universe;

namespace Kabuto.Cluster;

/// <summary>Splits a session's indices into shares of about equal work: an index costs one slot per member on every
/// tick of a member, so shares are balanced by member count (largest first, each to the lightest share). Same universe
/// and share count, same plan.</summary>
public static class SharePlan
{
    public static IReadOnlyList<int[]> Split(LiveUniverse universe, int shares)
    {
        ArgumentNullException.ThrowIfNull(universe);
        var count = Math.Clamp(shares, 1, Math.Max(1, universe.Indices.Count));
        var load = new long[count];
        var members = new List<int>[count];
        for (var s = 0; s < count; s++)
        {
            members[s] = [];
        }

        var bySize = Enumerable.Range(0, universe.Indices.Count).OrderByDescending(i => universe.Indices[i].Members.Count).ThenBy(i => i);
        foreach (var index in bySize)
        {
            var lightest = 0;
            for (var s = 1; s < count; s++)
            {
                if (load[s] < load[lightest])
                {
                    lightest = s;
                }
            }

            members[lightest].Add(index);
            load[lightest] += universe.Indices[index].Members.Count + 1;
        }

        return [.. members.Select(m => m.Order().ToArray())];
    }

    /// <summary>The same instruments and session with only the given indices: an engine over it sees every tick (its
    /// clock, tick policy and snapshot instants are the whole session's) but updates only this share's indices.</summary>
    public static LiveUniverse Restrict(LiveUniverse universe, IReadOnlyList<int> indices)
    {
        ArgumentNullException.ThrowIfNull(universe);
        ArgumentNullException.ThrowIfNull(indices);
        return universe with { Indices = [.. indices.Select(i => universe.Indices[i])] };
    }
}
