using Kabuto.Core.Market;
using Kabuto.Data.Quality;

namespace Kabuto.Data.Import.Formats;

/// <summary>JPX 東証上場銘柄一覧 reduced to コード,銘柄名,市場・商品区分,33業種区分 (UTF-8 with BOM, CRLF). Only
/// Japanese names and sector names, no codes for sectors: it fills gaps and never overwrites J-Quants fields.</summary>
public sealed class JpxListedIssuesImporter : IFormatImporter
{
    public string Format => "jpx-listed-issues";

    public bool Detect(FileSample sample) => ImporterHelpers.First(sample).StartsWith("コード,銘柄名", StringComparison.Ordinal);

    public void Read(SourceFile file, IRowSink sink)
    {
        foreach (var (number, text) in file.Lines())
        {
            if (number == 1 || string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var f = Csv.Split(text);
            if (f.Count < 4)
            {
                sink.Reject(number, text, Rules.ShortRow, f.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), "has fewer than 4 fields (code, name, market, sector)");
                continue;
            }

            var code = JQuants.TseCode(f[0]);
            if (code is null)
            {
                sink.Reject(number, text, Rules.BadValue, f[0], "code is not a 4-character TSE code");
                continue;
            }

            sink.Instrument(number, new Instrument(code, f[1])
            {
                NameJa = f[1],
                MarketSegment = f[2].Length == 0 ? null : f[2],
                Sector33Name = f[3] is "" or "-" ? null : f[3],
            });
        }
    }
}
