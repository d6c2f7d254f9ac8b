using System.Threading.Channels;
using Kabuto.Live.Engine;
using Kabuto.Live.Ticks;

namespace Kabuto.Live.Pipeline;

/// <summary>The live path: a feed task fills tick batches and hands them to the engine through a bounded channel.
/// Back-pressure policy: Wait. When the engine falls behind, the channel fills and the feed waits (nothing is
/// dropped, so every tick reaches the stated tick policy and its counters); batch arrays are recycled through a
/// second channel, so steady state allocates nothing. <c>complete</c> false leaves the engine open at the end (a live
/// run stopped mid-session must not publish the snapshots still due, such as the close).</summary>
public static class ChannelPipeline
{
    public static async Task<long> RunAsync(ITickSource source, IndexEngine engine, int capacity = 16, int batchSize = 4096, CancellationToken cancellationToken = default, bool complete = true)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(engine);
        var work = Channel.CreateBounded<Batch>(new BoundedChannelOptions(capacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
            SingleWriter = true,
        });
        var free = Channel.CreateUnbounded<Tick[]>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        for (var i = 0; i < capacity + 2; i++)
        {
            free.Writer.TryWrite(new Tick[batchSize]);
        }

        var feed = Task.Run(() => FeedAsync(source, work.Writer, free.Reader, cancellationToken), cancellationToken);
        long ticks = 0;
        await foreach (var batch in work.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            engine.Apply(batch.Ticks.AsSpan(0, batch.Count));
            ticks += batch.Count;
            free.Writer.TryWrite(batch.Ticks);
        }

        await feed.ConfigureAwait(false);
        if (complete)
        {
            engine.Complete();
        }

        return ticks;
    }

    private static async Task FeedAsync(ITickSource source, ChannelWriter<Batch> work, ChannelReader<Tick[]> free, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                var buffer = await free.ReadAsync(cancellationToken).ConfigureAwait(false);
                var read = source.Read(buffer);
                if (read == 0)
                {
                    break;
                }

                await work.WriteAsync(new Batch(buffer, read), cancellationToken).ConfigureAwait(false);
            }

            work.Complete();
        }
        catch (Exception e)
        {
            work.Complete(e);
        }
    }

    private readonly record struct Batch(Tick[] Ticks, int Count);
}
