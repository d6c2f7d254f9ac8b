using System.Globalization;
using Kabuto.TestSupport;

namespace Kabuto.Cli.Tests;

/// <summary>`kabuto import` of J-Quants daily quotes (TurnoverValue, AdjustmentFactor) and the master, then `day` and
/// `wrap` in both languages: the Prime market's turnover next to its breadth, an issue split 1:2 on the day counted
/// by its split-adjusted move.</summary>
public sealed class PrimeTurnoverTests
{
    private static readonly (DateOnly Before, DateOnly On) Days = (new DateOnly(2026, 3, 17), new DateOnly(2026, 3, 18));

    [Fact]
    public void ImportedDailyQuotesWithTurnover_DayAndWrap_PrintThePrimeTurnoverAndCountASplitByItsAdjustedMove()
    {
        var members = SharedData.Require(SourcePayloads.MembersFolder);
        var nikkei = SharedData.Require("raw/market-indicators-dashboard/nikkei-225.csv");
        var topix = SharedData.Require("raw/market-indicators-dashboard/topix.csv");
        if (members is null || nikkei is null || topix is null)
        {
            return;
        }

        // Real closes and volumes of the Nikkei's members on both days as J-Quants rows, turnover = close × volume.
        var rows = new List<(string Code, DateOnly Date, decimal Close, decimal Turnover, decimal Factor)>();
        foreach (var file in Directory.EnumerateFiles(members, "*.T.csv").Order(StringComparer.Ordinal))
        {
            var code = Path.GetFileName(file).Split('.')[0];
            foreach (var date in new[] { Days.Before, Days.On })
            {
                var iso = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                if (File.ReadLines(file).FirstOrDefault(l => l.StartsWith(iso + ",", StringComparison.Ordinal))?.Split(',') is { } f
                    && f[1].Length > 0 && f[5].Length > 0)
                {
                    var close = decimal.Parse(f[1], NumberStyles.Float, CultureInfo.InvariantCulture);
                    rows.Add((code, date, close, Math.Round(close * decimal.Parse(f[5], CultureInfo.InvariantCulture)), 1m));
                }
            }
        }

        // A fabricated issue split 1:2 on the day: 2,000 yen before, 1,000 on the ex-date (factor 0.5): unchanged, not -50%.
        rows.Add(("9997", Days.Before, 2000m, 1_000_000_000m, 1m));
        rows.Add(("9997", Days.On, 1000m, 2_000_000_000m, 0.5m));

        using var dir = new TempDirectory();
        var quotes = dir.File("daily_quotes.csv");
        File.WriteAllLines(quotes, rows.Select(r => string.Create(CultureInfo.InvariantCulture,
                $"{r.Date:yyyy-MM-dd},{r.Code}0,{r.Close},{r.Close},{r.Close},{r.Close},0,0,1000,{r.Turnover},{r.Factor:0.0},{r.Close},{r.Close},{r.Close},{r.Close},1000"))
            .Prepend("Date,Code,Open,High,Low,Close,UpperLimit,LowerLimit,Volume,TurnoverValue,AdjustmentFactor,AdjustmentOpen,AdjustmentHigh,AdjustmentLow,AdjustmentClose,AdjustmentVolume"));
        var listing = dir.File("listed_info.csv");
        File.WriteAllLines(listing, rows.Select(r => r.Code).Distinct(StringComparer.Ordinal)
            .Select(code => $"2026-03-18,{code}0,銘柄{code},ISSUE {code},1,食品,0050,水産・農林業,TOPIX Small 1,0111,プライム")
            .Prepend("Date,Code,CompanyName,CompanyNameEnglish,Sector17Code,Sector17CodeName,Sector33Code,Sector33CodeName,ScaleCategory,MarketCode,MarketCodeName"));
        var db = dir.File("k.db");

        var import = Cli.Run("import", nikkei, topix, quotes, listing, "--db", db);
        var day = Cli.Run("day", "tokyo", "2026-03-18", "--db", db);
        var json = Cli.Run("day", "tokyo", "2026-03-18", "--all", "--json", "--db", db);
        var wrap = Cli.Run("wrap", "tokyo", "2026-03-18", "--db", db);
        var japanese = Cli.Run("wrap", "tokyo", "2026-03-18", "--lang", "ja", "--db", db);

        Assert.True(import.Code == KabutoCli.Ok, import.Err);
        var before = rows.Where(r => r.Date == Days.Before).ToDictionary(r => r.Code, StringComparer.Ordinal);
        var on = rows.Where(r => r.Date == Days.On).ToList();
        var moves = on.Where(r => before.ContainsKey(r.Code)).Select(r => Math.Sign(r.Close - (before[r.Code].Close * r.Factor))).ToList();
        var (up, down, flat) = (moves.Count(m => m > 0), moves.Count(m => m < 0), moves.Count(m => m == 0));
        var turnover = on.Sum(r => r.Turnover);
        Assert.True(turnover >= 1_000_000_000_000m, "the sum is read in trillions below");
        var trillions = Math.Round(turnover / 1_000_000_000_000m, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture);
        var oku = decimal.Truncate(turnover / 100_000_000m);
        var okuText = string.Create(CultureInfo.InvariantCulture, $"{decimal.Truncate(oku / 10000m)}兆{oku % 10000m:0000}億円");

        Assert.Contains(turnover.ToString("#,##0", CultureInfo.InvariantCulture), day.Out, StringComparison.Ordinal);
        Assert.Contains("turnover", day.Out, StringComparison.Ordinal);
        Assert.Contains("\"id\": \"TOPIX:2026-03-18:close:turnover:prime\"", json.Out, StringComparison.Ordinal);
        Assert.Contains($"On the Prime market, {up} issues rose, {down} fell and {flat} were unchanged. Turnover came to {trillions} trillion yen.",
            wrap.Out, StringComparison.Ordinal);
        Assert.Contains($"東証プライムの売買代金は{okuText}だった。東証プライムの値上がり銘柄数は{up}、値下がりは{down}、変わらずは{flat}だった。",
            japanese.Out, StringComparison.Ordinal);
    }
}
