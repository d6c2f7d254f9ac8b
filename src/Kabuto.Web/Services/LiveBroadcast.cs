using System.Threading.Channels;

namespace Kabuto.Web.Services;

/// <summary>Index values published by a live feed as they come ('kabuto live --serve'), fanned out to every GET
/// /api/live?source=feed listener: a listener gets the values published so far, then each new one, and the stream ends
/// when the feed stops.</summary>
public sealed class LiveBroadcast
{
    private readonly object _gate = new();
    private readonly List<LiveSnapshot> _history = [];
    private readonly List<Channel<LiveSnapshot>> _listeners = [];
    private bool _ended;

    public void Publish(LiveSnapshot snapshot)
    {
        lock (_gate)
        {
            _history.Add(snapshot);
            foreach (var listener in _listeners)
            {
                listener.Writer.TryWrite(snapshot);
            }
        }
    }

    /// <summary>The feed has stopped: every stream ends.</summary>
    public void End()
    {
        lock (_gate)
        {
            _ended = true;
            foreach (var listener in _listeners)
            {
                listener.Writer.TryComplete();
            }
        }
    }

    public async IAsyncEnumerable<LiveSnapshot> Listen([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateUnbounded<LiveSnapshot>(new UnboundedChannelOptions { SingleReader = true });
        lock (_gate)
        {
            foreach (var snapshot in _history)
            {
                channel.Writer.TryWrite(snapshot);
            }

            if (_ended)
            {
                channel.Writer.TryComplete();
            }
            else
            {
                _listeners.Add(channel);
            }
        }

        try
        {
            await foreach (var snapshot in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return snapshot;
            }
        }
        finally
        {
            lock (_gate)
            {
                _listeners.Remove(channel);
            }
        }
    }
}
