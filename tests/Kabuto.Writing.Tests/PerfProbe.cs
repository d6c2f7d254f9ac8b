using System.Diagnostics;
using Kabuto.Core.Market;
using Kabuto.Writing.Composing;
using Kabuto.Writing.Documents;
using Xunit.Abstractions;

namespace Kabuto.Writing.Tests;

public sealed class PerfProbe(ITestOutputHelper output)
{
    [Fact]
    public void Probe()
    {
        if (RealData.Market is not { } market || Environment.GetEnvironmentVariable("SMOKE") is null)
        {
            return;
        }

        var day = new DateOnly(2026, 2, 10);
        var sw = Stopwatch.StartNew();
        var probe = new Kabuto.Analytics.FactBook(market);
        probe.History(IndexIds.Kospi);
        output.WriteLine($"warmup kospi {sw.ElapsedMilliseconds} ms");
        foreach (var id in new[] { IndexIds.N225, IndexIds.Topix, IndexIds.Spx, IndexIds.Djia, IndexIds.Nasdaq, IndexIds.UsdJpy, IndexIds.Csi300, IndexIds.Hsi })
        {
            sw.Restart();
            var bars = market.GetDailyBars(id);
            var read = sw.Elapsed.TotalMilliseconds;
            probe.History(id);
            output.WriteLine($"history {id} {bars.Count} rows: read {read:0.0} ms, total {sw.Elapsed.TotalMilliseconds:0.0} ms");
        }

        sw.Restart();
        var writer = WrapWriter.Over(market);
        writer.Render(Markets.Tokyo, day, WrapEdition.Close, ArticleFormat.Markdown);
        output.WriteLine($"first {sw.ElapsedMilliseconds} ms");
        sw.Restart();
        writer.Render(Markets.Tokyo, day.AddDays(-1), WrapEdition.Close, ArticleFormat.Markdown);
        output.WriteLine($"second day same writer {sw.ElapsedMilliseconds} ms");
        sw.Restart();
        var fresh = WrapWriter.Over(market);
        fresh.Render(Markets.Tokyo, day, WrapEdition.Close, ArticleFormat.Markdown);
        output.WriteLine($"fresh writer {sw.ElapsedMilliseconds} ms");
        sw.Restart();
        _ = market.GetDailyBars(IndexIds.Spx, day.AddDays(-7), day);
        output.WriteLine($"GetDailyBars window {sw.Elapsed.TotalMilliseconds} ms");
        sw.Restart();
        var book = new Kabuto.Analytics.FactBook(market);
        book.Day(IndexIds.N225, day);
        output.WriteLine($"factbook N225 first {sw.ElapsedMilliseconds} ms");
        sw.Restart();
        book.Day(IndexIds.N225, day.AddDays(-1));
        output.WriteLine($"factbook N225 second {sw.Elapsed.TotalMilliseconds} ms");
        sw.Restart();
        book.Day(Markets.Tokyo, day);
        output.WriteLine($"factbook tokyo {sw.Elapsed.TotalMilliseconds} ms");
        sw.Restart();
        book.Day(Markets.Tokyo, day.AddDays(-1));
        output.WriteLine($"factbook tokyo again {sw.Elapsed.TotalMilliseconds} ms");
    }
}
