using System.Globalization;
using System.IO.Compression;
using System.Text.RegularExpressions;
using Kabuto.Core.Errors;
using Kabuto.Data.Quality;

namespace Kabuto.Data.Import.Formats;

/// <summary>QuantConnect LEAN tick zips: &lt;ticker&gt;/YYYYMMDD_trade.zip (time ms since midnight New York, price in
/// deci-cents, size, exchange, condition hex flags, suspicious) and YYYYMMDD_quote.zip (time, bid price, bid size,
/// ask price, ask size, exchange, condition, suspicious; one side per row). Each zip holds one headerless CSV.
/// Parsed on spans without per-field strings: five days of SPY are ~1.9M rows.</summary>
public sealed partial class LeanTickImporter : IFormatImporter
{
    private static readonly string[] OneChar = Enumerable.Range(0, 128).Select(c => ((char)c).ToString()).ToArray();

    public string Format => "lean-ticks";

    public bool Detect(FileSample sample) => sample.IsZip && ZipName().IsMatch(sample.FileName);

    public void Read(SourceFile file, IRowSink sink)
    {
        var match = ZipName().Match(file.FileName);
        if (!match.Success)
        {
            throw Fail.Input(file.Path, null, "file name", file.FileName, "is not YYYYMMDD_trade.zip or YYYYMMDD_quote.zip", "keep LEAN's file names");
        }

        var day = DateOnly.ParseExact(match.Groups["day"].Value, "yyyyMMdd", CultureInfo.InvariantCulture);
        var quote = string.Equals(match.Groups["kind"].Value, "quote", StringComparison.OrdinalIgnoreCase);
        var symbol = Path.GetFileName(Path.GetDirectoryName(file.Path) ?? string.Empty).ToUpperInvariant();
        using var zip = ZipFile.OpenRead(file.Path);
        var entry = zip.Entries.FirstOrDefault(e => e.Length > 0)
            ?? throw Fail.Input(file.Path, null, "zip", null, "holds no CSV entry", "use the zip as LEAN ships it");
        using var reader = new StreamReader(entry.Open());
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0)
            {
                continue;
            }

            if (quote ? TryQuote(line, symbol, day, out var tick) : TryTrade(line, symbol, day, out tick))
            {
                sink.Tick(number, tick);
            }
            else
            {
                sink.Reject(number, line, Rules.BadValue, line, quote
                    ? "is not time,bid,bid size,ask,ask size,exchange,condition,suspicious"
                    : "is not time,price,size,exchange,condition,suspicious");
            }
        }
    }

    private static bool TryTrade(string line, string symbol, DateOnly day, out TickRow tick)
    {
        tick = default;
        Span<Range> parts = stackalloc Range[7];
        var span = line.AsSpan();
        if (span.Split(parts, ',') != 6
            || !int.TryParse(span[parts[0]], NumberStyles.None, CultureInfo.InvariantCulture, out var time)
            || !long.TryParse(span[parts[1]], NumberStyles.None, CultureInfo.InvariantCulture, out var price)
            || !long.TryParse(span[parts[2]], NumberStyles.None, CultureInfo.InvariantCulture, out var size)
            || !uint.TryParse(span[parts[4]], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var condition)
            || !Exchange(span[parts[3]], out var exchange))
        {
            return false;
        }

        tick = new TickRow(symbol, day, time, 0, price, size, exchange, unchecked((int)condition), span[parts[5]] is "1");
        return time < 86_400_000;
    }

    private static bool TryQuote(string line, string symbol, DateOnly day, out TickRow tick)
    {
        tick = default;
        Span<Range> parts = stackalloc Range[9];
        var span = line.AsSpan();
        if (span.Split(parts, ',') != 8
            || !int.TryParse(span[parts[0]], NumberStyles.None, CultureInfo.InvariantCulture, out var time)
            || !long.TryParse(span[parts[1]], NumberStyles.None, CultureInfo.InvariantCulture, out var bid)
            || !long.TryParse(span[parts[2]], NumberStyles.None, CultureInfo.InvariantCulture, out var bidSize)
            || !long.TryParse(span[parts[3]], NumberStyles.None, CultureInfo.InvariantCulture, out var ask)
            || !long.TryParse(span[parts[4]], NumberStyles.None, CultureInfo.InvariantCulture, out var askSize)
            || !uint.TryParse(span[parts[6]], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var condition)
            || !Exchange(span[parts[5]], out var exchange))
        {
            return false;
        }

        var isBid = bid > 0;
        tick = new TickRow(symbol, day, time, isBid ? (byte)1 : (byte)2, isBid ? bid : ask, isBid ? bidSize : askSize, exchange,
            unchecked((int)condition), span[parts[7]] is "1");
        return time < 86_400_000;
    }

    private static bool Exchange(ReadOnlySpan<char> text, out string exchange)
    {
        exchange = text.Length == 1 && text[0] < 128 ? OneChar[text[0]] : text.ToString();
        return text.Length > 0;
    }

    [GeneratedRegex("^(?<day>[0-9]{8})_(?<kind>trade|quote)\\.zip$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ZipName();
}
