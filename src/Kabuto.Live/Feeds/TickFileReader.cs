using Kabuto.Core.Errors;
using Kabuto.Live.Ticks;
using Kabuto.Live.Universe;

namespace Kabuto.Live.Feeds;

/// <summary>Replays a binary tick file: big sequential reads, records decoded straight into the caller's buffer.</summary>
public sealed class TickFileReader : ITickSource
{
    private readonly FileStream _stream;
    private readonly string _path;
    private readonly byte[] _buffer = new byte[TickFile.RecordSize * 8192];
    private readonly long _baseUtc;
    private int _start;
    private int _end;

    public TickFileReader(string path)
    {
        _path = path;
        _stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        using (var reader = new BinaryReader(_stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            (Universe, TickCount, var headerLength) = TickFile.ReadHeader(reader, path);
            _stream.Position = headerLength;
        }

        _baseUtc = Universe.Session.OpenUtc;
    }

    public LiveUniverse Universe { get; }

    /// <summary>The tick count recorded in the header.</summary>
    public long TickCount { get; }

    public int Read(Span<Tick> buffer)
    {
        var written = 0;
        while (written < buffer.Length)
        {
            if (_end - _start < TickFile.RecordSize && !Fill())
            {
                break;
            }

            var available = Math.Min((_end - _start) / TickFile.RecordSize, buffer.Length - written);
            var bytes = _buffer.AsSpan(_start, available * TickFile.RecordSize);
            for (var i = 0; i < available; i++)
            {
                buffer[written++] = TickFile.ReadRecord(bytes.Slice(i * TickFile.RecordSize, TickFile.RecordSize), _baseUtc);
            }

            _start += available * TickFile.RecordSize;
        }

        return written;
    }

    public void Dispose() => _stream.Dispose();

    private bool Fill()
    {
        var left = _end - _start;
        Buffer.BlockCopy(_buffer, _start, _buffer, 0, left);
        _start = 0;
        _end = left;
        var read = _stream.ReadAtLeast(_buffer.AsSpan(_end), TickFile.RecordSize - left, throwOnEndOfStream: false);
        _end += read;
        if (_end - _start < TickFile.RecordSize)
        {
            if (_end != _start)
            {
                throw Fail.Input(_path, null, "file", null, "ends inside a tick record (truncated)", "rewrite it with 'kabuto simulate'");
            }

            return false;
        }

        return true;
    }
}
