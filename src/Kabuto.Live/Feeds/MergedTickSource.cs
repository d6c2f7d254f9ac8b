using Kabuto.Live.Ticks;

namespace Kabuto.Live.Feeds;

/// <summary>Merges time-ordered tick streams into one (k-way, ties to the earlier part, so the merge is
/// deterministic). k is small (files of one session), so a linear scan of the heads beats a heap.</summary>
internal sealed class MergedTickSource : IDisposable
{
    private readonly Func<Tick[], int>[] _reads;
    private readonly IEnumerable<IDisposable> _owned;
    private readonly Tick[][] _buffers;
    private readonly int[] _position;
    private readonly int[] _count;

    public MergedTickSource(Func<Tick[], int>[] reads, IEnumerable<IDisposable> owned)
    {
        _reads = reads;
        _owned = owned;
        _buffers = new Tick[reads.Length][];
        _position = new int[reads.Length];
        _count = new int[reads.Length];
        for (var i = 0; i < reads.Length; i++)
        {
            _buffers[i] = new Tick[4096];
            _count[i] = reads[i](_buffers[i]);
        }
    }

    public int Read(Span<Tick> buffer)
    {
        var written = 0;
        while (written < buffer.Length)
        {
            var best = -1;
            var bestTime = long.MaxValue;
            for (var i = 0; i < _reads.Length; i++)
            {
                if (_position[i] < _count[i] && _buffers[i][_position[i]].TimeUtc < bestTime)
                {
                    best = i;
                    bestTime = _buffers[i][_position[i]].TimeUtc;
                }
            }

            if (best < 0)
            {
                break;
            }

            buffer[written++] = _buffers[best][_position[best]++];
            if (_position[best] == _count[best])
            {
                _position[best] = 0;
                _count[best] = _reads[best](_buffers[best]);
            }
        }

        return written;
    }

    public void Dispose()
    {
        foreach (var part in _owned)
        {
            part.Dispose();
        }
    }
}
