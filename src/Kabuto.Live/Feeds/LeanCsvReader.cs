using System.IO.Compression;
using Kabuto.Core.Errors;
using Kabuto.Live.Ticks;

namespace Kabuto.Live.Feeds;

/// <summary>Reads one LEAN tick zip (one headerless CSV inside): trade rows "ms,price,size,exchange,condition,suspicious"
/// or quote rows "ms,bid,bidsize,ask,asksize,exchange,condition,suspicious"; times are milliseconds since midnight
/// New York, prices deci-cents (÷10,000 = USD). Rows are parsed from the decompressed bytes as spans: no string per
/// row.</summary>
internal sealed class LeanCsvReader : IDisposable
{
    private readonly ZipArchive _zip;
    private readonly Stream _csv;
    private readonly string _path;
    private readonly byte[] _buffer = new byte[1 << 17];
    private readonly long _midnightUtc;
    private readonly int _instrument;
    private readonly bool _quotes;
    private int _start;
    private int _end;
    private int _line;
    private bool _eof;

    public LeanCsvReader(LeanFile file, int instrument)
    {
        _path = file.Path;
        _instrument = instrument;
        _quotes = file.IsQuote;
        _midnightUtc = Universe.TickSession.At(file.Date, TimeOnly.MinValue, Universe.TickSession.NewYorkOffset(file.Date));
        _zip = ZipFile.OpenRead(file.Path);
        if (_zip.Entries.Count != 1)
        {
            _zip.Dispose();
            throw Fail.Input(file.Path, null, "zip", null, $"holds {_zip.Entries.Count} entries, expected one CSV", "pass LEAN tick zips as downloaded");
        }

        _csv = _zip.Entries[0].Open();
    }

    /// <summary>Fills the buffer with parsed ticks; 0 at the end of the file.</summary>
    public int Read(Span<Tick> ticks)
    {
        var written = 0;
        while (written < ticks.Length)
        {
            var span = _buffer.AsSpan(_start, _end - _start);
            var newline = span.IndexOf((byte)'\n');
            if (newline < 0)
            {
                if (_eof)
                {
                    if (span.Length > 0 && !IsBlank(span))
                    {
                        ticks[written++] = Parse(span);
                    }

                    _start = _end;
                    break;
                }

                Refill();
                continue;
            }

            var row = span[..newline];
            _start += newline + 1;
            if (!IsBlank(row))
            {
                ticks[written++] = Parse(row);
            }
        }

        return written;
    }

    public void Dispose()
    {
        _csv.Dispose();
        _zip.Dispose();
    }

    private static bool IsBlank(ReadOnlySpan<byte> row) => row.Length == 0 || (row.Length == 1 && row[0] == (byte)'\r');

    private Tick Parse(ReadOnlySpan<byte> row)
    {
        _line++;
        if (row[^1] == (byte)'\r')
        {
            row = row[..^1];
        }

        var ms = NextNumber(ref row);
        var time = _midnightUtc + (ms * TimeSpan.TicksPerMillisecond);
        if (!_quotes)
        {
            var price = NextNumber(ref row);
            var size = NextNumber(ref row);
            var flags = Suspicious(row) ? TickFlags.Suspicious : TickFlags.None;
            return new Tick(time, price, size, _instrument, TickKind.Trade, flags);
        }

        var bid = NextNumber(ref row);
        var bidSize = NextNumber(ref row);
        var ask = NextNumber(ref row);
        var askSize = NextNumber(ref row);
        var suspicious = Suspicious(row) ? TickFlags.Suspicious : TickFlags.None;
        return bid != 0
            ? new Tick(time, bid, bidSize, _instrument, TickKind.Quote, TickFlags.Bid | suspicious)
            : new Tick(time, ask, askSize, _instrument, TickKind.Quote, TickFlags.Ask | suspicious);
    }

    // The suspicious flag is the last field.
    private static bool Suspicious(ReadOnlySpan<byte> rest) => rest.Length > 0 && rest[^1] == (byte)'1';

    private long NextNumber(ref ReadOnlySpan<byte> row)
    {
        var comma = row.IndexOf((byte)',');
        var field = comma < 0 ? row : row[..comma];
        row = comma < 0 ? [] : row[(comma + 1)..];
        if (field.Length == 0 || field.Length > 18)
        {
            throw Bad(field);
        }

        long value = 0;
        foreach (var b in field)
        {
            var digit = (uint)(b - '0');
            if (digit > 9)
            {
                throw Bad(field);
            }

            value = (value * 10) + digit;
        }

        return value;
    }

    private UserInputException Bad(ReadOnlySpan<byte> field) =>
        Fail.Input(_path, _line, "field", System.Text.Encoding.UTF8.GetString(field), "is not a non-negative integer", "pass LEAN tick zips as downloaded (ms, deci-cent prices, sizes)");

    private void Refill()
    {
        var left = _end - _start;
        Buffer.BlockCopy(_buffer, _start, _buffer, 0, left);
        _start = 0;
        _end = left;
        if (_end == _buffer.Length)
        {
            throw Fail.Input(_path, _line + 1, "row", null, "is longer than 128 KiB", "pass LEAN tick zips as downloaded");
        }

        var read = _csv.ReadAtLeast(_buffer.AsSpan(_end), _buffer.Length - _end, throwOnEndOfStream: false);
        _end += read;
        _eof = read < _buffer.Length - left;
    }
}
