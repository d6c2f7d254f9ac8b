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
        var nikkei = SharedData.Require("raw/market-indicators-dashboard/nikkei-225.csv");
        var topix = SharedData.Require("raw/market-indicators-dashboard/topix.csv");
        using var dir = new TempDirectory();
        if (nikkei is null || topix is null || JQuantsQuoteFiles.Write(dir, Days.Before, Days.On) is not { } files)
        {
            return;
        }

        var (quotes, listing) = (files.Quotes, files.Listing);
        var rows = files.Rows;
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
