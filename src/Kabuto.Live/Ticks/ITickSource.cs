using Kabuto.Live.Universe;

namespace Kabuto.Live.Ticks;

/// <summary>Any tick feed: a replayed file, the simulator, a merge of several sources. Reading fills a buffer the
/// caller owns, so a steady-state read allocates nothing.</summary>
public interface ITickSource : IDisposable
{
    /// <summary>The instruments, indices and session the ticks refer to (tick.Instrument is an ordinal into it).</summary>
    LiveUniverse Universe { get; }

    /// <summary>Fills <paramref name="buffer"/> with the next ticks; returns how many were written, 0 at the end.</summary>
    int Read(Span<Tick> buffer);
}
