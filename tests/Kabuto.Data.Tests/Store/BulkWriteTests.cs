using System.Globalization;
using System.IO.Compression;
using System.Text;
using Kabuto.Core.Market;

namespace Kabuto.Data.Tests.Store;

/// <summary>The bulk path (a second writing thread, 64-row INSERTs, batches of 16,384) against what was written:
/// files sized to span several batches and blocks plus a remainder, with rejected rows between them, must come back
/// row for row.</summary>
public sealed class BulkWriteTests
{
    [Fact]
    public void Import_DailyQuotesAcrossBatches_EveryRowReadsBackExactly()
    {
        using var f = new Fixture();
        var random = new Random(16_384);
        var expected = new List<(string Code, DateOnly Date, decimal Close)>();
        var text = new StringBuilder("Date,Code,Open,High,Low,Close,UpperLimit,LowerLimit,Volume,TurnoverValue,AdjustmentFactor,AdjustmentOpen,AdjustmentHigh,AdjustmentLow,AdjustmentClose,AdjustmentVolume\n");
        var date = new DateOnly(2025, 1, 6);
        for (var day = 0; day < 9; day++, date = date.AddDays(1))
        {
            for (var s = 0; s < 3_700; s++)
            {
                var close = random.Next(100, 90_000) / 10m;
                var code = (1300 + s).ToString(CultureInfo.InvariantCulture);
                text.Append(CultureInfo.InvariantCulture, $"{date:yyyy-MM-dd},{code}0,{close},{close},{close},{close},0,0,100,100,1,{close},{close},{close},{close},100\n");
                expected.Add((code, date, close));
                if (s % 997 == 0)
                {
                    text.Append(CultureInfo.InvariantCulture, $"{date:yyyy-MM-dd},{code}0,{close},{close},{close},x,0,0,100,100,1,{close},{close},{close},{close},100\n");
                }
            }
        }

        var result = f.ImportOne(f.Write("jq/daily_quotes.csv", text.ToString()));

        Assert.Equal(expected.Count, result.Inserted);
        Assert.Equal(result.RowsRead - expected.Count, result.Quarantined);
        Assert.Equal(expected.OrderBy(e => e.Date).ThenBy(e => e.Code, StringComparer.Ordinal),
            f.Store.GetMemberBars().Select(b => (b.Code, b.Date, b.Close)));
    }

    [Fact]
    public void Import_TickZipsAcrossBlocks_EveryTickIsStoredOnce()
    {
        using var f = new Fixture();
        var folder = Path.Combine(Path.GetDirectoryName(f.DbPath)!, "spy");
        Directory.CreateDirectory(folder);
        var total = 0;
        foreach (var (day, rows) in new[] { ("20131007", 20_000), ("20131008", 130), ("20131009", 63) })
        {
            using var zip = ZipFile.Open(Path.Combine(folder, $"{day}_trade.zip"), ZipArchiveMode.Create);
            using var writer = new StreamWriter(zip.CreateEntry($"{day}_spy_Trade_Tick.csv").Open());
            for (var i = 0; i < rows; i++)
            {
                writer.Write(string.Create(CultureInfo.InvariantCulture, $"{14_400_000 + i},{1_674_100 + i},100,P,20002000,0\n"));
            }

            total += rows;
        }

        var summary = f.Import(folder);

        Assert.Equal(total, summary.Totals.Inserted);
        Assert.Equal(total, f.Store.Count("ticks"));
        Assert.Equal(3, f.Store.Count("tick_files"));
    }
}
