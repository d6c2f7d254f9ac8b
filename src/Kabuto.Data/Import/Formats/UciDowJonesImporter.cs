using Kabuto.Core.Market;
using Kabuto.Data.Quality;

namespace Kabuto.Data.Import.Formats;

/// <summary>UCI "Dow Jones Index" weekly member prices: quarter,stock,date(M/D/YYYY),open,high,low,close($),volume,...
/// Prices are the printed weekly bars, so they are stored as <see cref="PriceBasis.Raw"/>.</summary>
public sealed class UciDowJonesImporter : IFormatImporter
{
    public string Format => "uci-dow-jones";

    public bool Detect(FileSample sample) =>
        ImporterHelpers.First(sample).Replace("\t", ",", StringComparison.Ordinal).StartsWith("quarter,stock,date,open,high,low,close", StringComparison.OrdinalIgnoreCase);

    public void Read(SourceFile file, IRowSink sink)
    {
        foreach (var (number, text) in file.Lines())
        {
            if (number == 1 || text.Length == 0)
            {
                continue;
            }

            var f = Csv.Split(text.Replace('\t', ','));
            if (f.Count < 8)
            {
                sink.Reject(number, text, Rules.ShortRow, f.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), $"has {f.Count} fields, expected at least 8 (quarter..volume)");
                continue;
            }

            if (f[1].Length == 0)
            {
                sink.Reject(number, text, Rules.MissingValue, null, "stock (ticker) is empty");
                continue;
            }

            if (!ImporterHelpers.Date(sink, number, text, f[2], out var date)
                || !ImporterHelpers.Optional(sink, number, text, f, 3, "open", out var open)
                || !ImporterHelpers.Optional(sink, number, text, f, 4, "high", out var high)
                || !ImporterHelpers.Optional(sink, number, text, f, 5, "low", out var low)
                || !ImporterHelpers.Optional(sink, number, text, f, 6, "close", out var close)
                || !ImporterHelpers.Optional(sink, number, text, f, 7, "volume", out var volume))
            {
                continue;
            }

            if (close is null)
            {
                sink.Reject(number, text, Rules.MissingValue, f[6], "close is missing");
                continue;
            }

            sink.Member(number, new MemberBar(f[1], date, open, high, low, close.Value, volume, PriceBasis.Raw));
        }
    }
}
