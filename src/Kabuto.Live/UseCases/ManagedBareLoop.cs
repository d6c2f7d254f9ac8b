using System.Diagnostics;
using Kabuto.Live.Pipeline;
using Kabuto.Live.Ticks;
using Kabuto.Live.Universe;

namespace Kabuto.Live.UseCases;

/// <summary>The bare loop (bench/bare-loop/bare_loop.c) written in C#: the same arrays, the same per-tick work (the
/// price delta; for a moved price, every holding index's exact 128-bit sum, tick high and low) and nothing else. It
/// multiplies as the engine does (one 64-bit product when |delta| × the largest weight fits, else the 128-bit one), so
/// it is the fastest this loop runs on .NET: the engine ÷ this twin is the engine's own overhead (tick policy,
/// snapshots, dirty list), this twin ÷ the gcc loop is what the language and JIT cost on the same work.</summary>
public sealed class ManagedBareLoop
{
    private readonly long[] _basePrices;
    private readonly int[] _slotStarts;
    private readonly long[] _weights;
    private readonly int[] _slotIndices;
    private readonly Int128[] _baseSums;
    private readonly long _maxNarrowDelta;
    private readonly long[] _prices;
    private readonly Int128[] _sums;
    private readonly Int128[] _highs;
    private readonly Int128[] _lows;

    public ManagedBareLoop(LiveUniverse universe)
    {
        ArgumentNullException.ThrowIfNull(universe);
        var instruments = universe.Instruments.Count;
        var runs = Enumerable.Range(0, instruments).Select(_ => new List<(long Weight, int Index)>()).ToArray();
        for (var x = 0; x < universe.Indices.Count; x++)
        {
            foreach (var member in universe.Indices[x].Members)
            {
                runs[member.Instrument].Add((member.Weight, x));
            }
        }

        _basePrices = [.. universe.Instruments.Select(i => i.BasePrice)];
        _slotStarts = new int[instruments + 1];
        for (var i = 0; i < instruments; i++)
        {
            _slotStarts[i + 1] = _slotStarts[i] + runs[i].Count;
        }

        _weights = [.. runs.SelectMany(r => r).Select(s => s.Weight)];
        _slotIndices = [.. runs.SelectMany(r => r).Select(s => s.Index)];
        _baseSums = [.. universe.Indices.Select(index => index.Members.Aggregate(
            Int128.Zero, (sum, m) => sum + ((Int128)m.Weight * universe.Instruments[m.Instrument].BasePrice)))];
        _maxNarrowDelta = long.MaxValue / 2 / _weights.Select(Math.Abs).Append(1).Max();
        _prices = new long[instruments];
        _sums = new Int128[_baseSums.Length];
        _highs = new Int128[_baseSums.Length];
        _lows = new Int128[_baseSums.Length];
    }

    /// <summary>One timed pass over the ticks from the base prices; the checksum is <see cref="BareLoop.Checksum"/>'s.</summary>
    public BareLoopRun Run(ReadOnlySpan<Tick> ticks)
    {
        _basePrices.CopyTo(_prices, 0);
        _baseSums.CopyTo(_sums, 0);
        Array.Fill(_highs, Int128.MinValue);
        Array.Fill(_lows, Int128.MaxValue);
        var cpu = RunStats.CpuNow();
        var start = Stopwatch.GetTimestamp();
        var changes = Loop(ticks);
        var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        return new BareLoopRun(ticks.Length, changes, seconds, RunStats.CpuNow() - cpu, BareLoop.Checksum(_sums));
    }

    private long Loop(ReadOnlySpan<Tick> ticks)
    {
        var (prices, starts, weights, slotIndices, sums, highs, lows) = (_prices, _slotStarts, _weights, _slotIndices, _sums, _highs, _lows);
        var maxNarrowDelta = _maxNarrowDelta;
        long changes = 0;
        foreach (ref readonly var tick in ticks)
        {
            var i = tick.Instrument;
            var delta = tick.Price - prices[i];
            if (delta == 0)
            {
                continue;
            }

            prices[i] = tick.Price;
            changes++;
            var narrow = (ulong)(delta + maxNarrowDelta) <= (ulong)(2 * maxNarrowDelta);
            for (int s = starts[i], end = starts[i + 1]; s < end; s++)
            {
                var x = slotIndices[s];
                var sum = sums[x] + (narrow ? (Int128)(weights[s] * delta) : Math.BigMul(weights[s], delta));
                sums[x] = sum;
                if (sum > highs[x])
                {
                    highs[x] = sum;
                }

                if (sum < lows[x])
                {
                    lows[x] = sum;
                }
            }
        }

        return changes;
    }
}
