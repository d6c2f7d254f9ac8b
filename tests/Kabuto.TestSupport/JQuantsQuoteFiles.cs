using System.Globalization;

namespace Kabuto.TestSupport;

/// <summary>J-Quants daily quotes (with TurnoverValue and AdjustmentFactor) and a listing that calls every quoted issue
/// Prime, built from the Nikkei's members' real closes and volumes in the shared data (turnover = close × volume), plus
/// one fabricated issue (9997) split 1:2 on the second day: 2,000 yen before, 1,000 on the ex-date (factor 0.5).</summary>
public sealed record JQuantsQuoteFiles(string Quotes, string Listing, IReadOnlyList<JQuantsQuoteFiles.Row> Rows)
{
    public sealed record Row(string Code, DateOnly Date, decimal Close, decimal Turnover, decimal Factor);

    /// <summary>The two files in <paramref name="folder"/>; null when the shared data is absent (outside CI).</summary>
    public static JQuantsQuoteFiles? Write(TempDirectory folder, DateOnly before, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (SharedData.Require(SourcePayloads.MembersFolder) is not { } members)
        {
            return null;
        }

        var rows = new List<Row>();
        foreach (var file in Directory.EnumerateFiles(members, "*.T.csv").Order(StringComparer.Ordinal))
        {
            var code = Path.GetFileName(file).Split('.')[0];
            foreach (var date in new[] { before, on })
            {
                var iso = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                if (File.ReadLines(file).FirstOrDefault(l => l.StartsWith(iso + ",", StringComparison.Ordinal))?.Split(',') is { } f
                    && f[1].Length > 0 && f[5].Length > 0)
                {
                    var close = decimal.Parse(f[1], NumberStyles.Float, CultureInfo.InvariantCulture);
                    rows.Add(new(code, date, close, Math.Round(close * decimal.Parse(f[5], CultureInfo.InvariantCulture)), 1m));
                }
            }
        }

        rows.Add(new("9997", before, 2000m, 1_000_000_000m, 1m));
        rows.Add(new("9997", on, 1000m, 2_000_000_000m, 0.5m));

        var quotes = folder.File("daily_quotes.csv");
        File.WriteAllLines(quotes, rows.Select(r => string.Create(CultureInfo.InvariantCulture,
                $"{r.Date:yyyy-MM-dd},{r.Code}0,{r.Close},{r.Close},{r.Close},{r.Close},0,0,1000,{r.Turnover},{r.Factor:0.0},{r.Close},{r.Close},{r.Close},{r.Close},1000"))
            .Prepend("Date,Code,Open,High,Low,Close,UpperLimit,LowerLimit,Volume,TurnoverValue,AdjustmentFactor,AdjustmentOpen,AdjustmentHigh,AdjustmentLow,AdjustmentClose,AdjustmentVolume"));
        var listing = folder.File("listed_info.csv");
        File.WriteAllLines(listing, rows.Select(r => r.Code).Distinct(StringComparer.Ordinal)
            .Select(code => string.Create(CultureInfo.InvariantCulture, $"{on:yyyy-MM-dd},{code}0,銘柄{code},ISSUE {code},1,食品,0050,水産・農林業,TOPIX Small 1,0111,プライム"))
            .Prepend("Date,Code,CompanyName,CompanyNameEnglish,Sector17Code,Sector17CodeName,Sector33Code,Sector33CodeName,ScaleCategory,MarketCode,MarketCodeName"));
        return new JQuantsQuoteFiles(quotes, listing, rows);
    }
}
