using Kabuto.Live.Ticks;
using Kabuto.Live.Universe;

namespace Kabuto.Live.Feeds;

/// <summary>Writes a session in the binary tick format; the tick count in the header is patched on dispose.</summary>
public sealed class TickFileWriter : IDisposable
{
    private readonly FileStream _stream;
    private readonly byte[] _buffer = new byte[TickFile.RecordSize * 4096];
    private readonly long _baseUtc;
    private int _used;
    private long _count;

    public TickFileWriter(string path, LiveUniverse universe)
    {
        ArgumentNullException.ThrowIfNull(universe);
        _stream = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16);
        using (var writer = new BinaryWriter(_stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            TickFile.WriteHeader(writer, universe);
        }

        _baseUtc = universe.Session.OpenUtc;
    }

    public long Count => _count;

    public void Write(ReadOnlySpan<Tick> ticks)
    {
        foreach (ref readonly var tick in ticks)
        {
            if (_used == _buffer.Length)
            {
                Flush();
            }

            TickFile.WriteRecord(_buffer.AsSpan(_used, TickFile.RecordSize), tick, _baseUtc);
            _used += TickFile.RecordSize;
            _count++;
        }
    }

    /// <summary>Drains a source into the file; returns the number of ticks written.</summary>
    public long WriteAll(ITickSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var ticks = new Tick[4096];
        int read;
        while ((read = source.Read(ticks)) > 0)
        {
            Write(ticks.AsSpan(0, read));
        }

        return _count;
    }

    public void Dispose()
    {
        Flush();
        _stream.Position = TickFile.TickCountOffset;
        _stream.Write(BitConverter.GetBytes(_count));
        _stream.Dispose();
    }

    private void Flush()
    {
        _stream.Write(_buffer, 0, _used);
        _used = 0;
    }
}
