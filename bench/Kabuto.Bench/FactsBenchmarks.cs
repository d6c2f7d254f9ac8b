using BenchmarkDotNet.Attributes;
using Kabuto.Analytics;
using Kabuto.Core.Market;
using Kabuto.Data.Store;

namespace Kabuto.Bench;

/// <summary>Facts: every series' history from cold (one forward pass each), the record history of every series, and
/// one Tokyo day's facts on a warm FactBook. Reads the store at $KABUTO_DB when set (run `kabuto import` first);
/// otherwise 14 seeded random walks of ~9,500 days (the size of the imported raw data, ~133k rows).
/// dotnet run -c Release --project bench/Kabuto.Bench -- --filter '*FactsBenchmarks*'</summary>
[MemoryDiagnoser]
public class FactsBenchmarks
{
    private static readonly DateOnly Day = new(2024, 8, 5);
    private InMemoryMarketData _data = new();
    private IReadOnlyList<string> _series = [];
    private FactBook _warm = null!;
    private IMarketStore? _store;

    [GlobalSetup]
    public void Setup()
    {
        if (Environment.GetEnvironmentVariable("KABUTO_DB") is { Length: > 0 } db && File.Exists(db))
        {
            _data = FromStore(db);
            _store = MarketStore.Open(db);
        }
        else
        {
            _data = Synthetic();
        }

        _series = _data.ListSeries().Select(s => s.SeriesId).ToList();
        _warm = new FactBook(_data);
        _warm.Day(Markets.Tokyo, Day);
    }

    [Benchmark]
    public int AllHistoriesCold()
    {
        var book = new FactBook(_data);
        return _series.Sum(id => book.History(id)?.Series.Count ?? 0);
    }

    /// <summary>The same from the SQLite store (reading every series' rows included); 0 without $KABUTO_DB.</summary>
    [Benchmark]
    public int AllHistoriesColdFromStore()
    {
        if (_store is null)
        {
            return 0;
        }

        var book = new FactBook(_store);
        return _series.Sum(id => book.History(id)?.Series.Count ?? 0);
    }

    [GlobalCleanup]
    public void Cleanup() => _store?.Dispose();

    [Benchmark]
    public int AllRecordHistories() => _series.Sum(id => _warm.Records(id).Count);

    [Benchmark]
    public int TokyoDayWarm() => _warm.Day(Markets.Tokyo, Day).Count;

    private static InMemoryMarketData FromStore(string path)
    {
        using var store = MarketStore.Open(path);
        var data = new InMemoryMarketData();
        foreach (var s in store.ListSeries())
        {
            data.AddBars(s.SeriesId, store.GetDailyBars(s.SeriesId));
        }

        return data;
    }

    private static InMemoryMarketData Synthetic()
    {
        var data = new InMemoryMarketData();
        var random = new Random(20240805);
        foreach (var id in IndexIds.All.Where(i => i != IndexIds.HsTech))
        {
            var bars = new List<DailyBar>();
            var close = 1000m;
            for (var date = new DateOnly(1988, 1, 4); date <= new DateOnly(2024, 8, 5); date = date.AddDays(1))
            {
                if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
                {
                    continue;
                }

                close = Math.Max(10m, close + Math.Round((decimal)(random.NextDouble() - 0.495) * close / 50m, 2));
                bars.Add(new DailyBar(date, close, close * 1.01m, close * 0.99m, close, null));
            }

            data.AddBars(id, bars);
        }

        return data;
    }
}
