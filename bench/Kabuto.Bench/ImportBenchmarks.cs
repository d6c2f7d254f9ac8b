using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Kabuto.Data.Import;
using Kabuto.Data.Store;

namespace Kabuto.Bench;

/// <summary>Imports a generated year of TSE daily quotes in the J-Quants daily_quotes layout (4,000 stocks x 245
/// days = 980,000 rows) into a new SQLite store: parse, checks, one transaction, commit. Target: > 500,000 rows/s.
/// dotnet run -c Release --project bench/Kabuto.Bench -- --filter '*ImportBenchmarks*'</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class ImportBenchmarks
{
    private string _folder = string.Empty;
    private string _file = string.Empty;
    private string _db = string.Empty;

    [Params(4000)]
    public int Stocks { get; set; }

    public static int TradingDays => 245;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "kabuto-bench", Guid.NewGuid().ToString("N"));
        _file = Path.Combine(_folder, "jquants", "daily_quotes_2025.csv");
        WriteDailyQuotes(_file, Stocks, TradingDays, seed: 42);
    }

    [IterationSetup]
    public void NewDatabase()
    {
        _db = Path.Combine(_folder, $"{Guid.NewGuid():N}.db");
    }

    [Benchmark]
    public long ImportYearOfDailyQuotes()
    {
        using var store = MarketStore.Open(_db);
        return new ImportService(store).Import([_file]).Totals.Inserted;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A store still open on a slow machine: the OS cleans temp.
        }
    }

    /// <summary>Writes a J-Quants daily_quotes CSV: one row per stock and weekday, date-major like the API's by-date
    /// responses, prices on a 1-yen grid with a seeded random walk.</summary>
    public static void WriteDailyQuotes(string path, int stocks, int days, int seed)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var random = new Random(seed);
        var prices = Enumerable.Range(0, stocks).Select(_ => (decimal)random.Next(200, 20000)).ToArray();
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 16);
        writer.Write("Date,Code,Open,High,Low,Close,UpperLimit,LowerLimit,Volume,TurnoverValue,AdjustmentFactor,AdjustmentOpen,AdjustmentHigh,AdjustmentLow,AdjustmentClose,AdjustmentVolume\n");
        var date = new DateOnly(2025, 1, 6);
        for (var d = 0; d < days; d++, date = NextWeekday(date))
        {
            var day = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            for (var s = 0; s < stocks; s++)
            {
                var open = prices[s];
                var close = Math.Max(1, open + random.Next(-20, 21));
                var high = Math.Max(open, close) + random.Next(0, 10);
                var low = Math.Max(1, Math.Min(open, close) - random.Next(0, 10));
                var volume = random.Next(100, 1_000_000);
                prices[s] = close;
                writer.Write(string.Create(CultureInfo.InvariantCulture,
                    $"{day},{1300 + s}0,{open:0.0},{high:0.0},{low:0.0},{close:0.0},0,0,{volume}.0,{volume * close:0.0},1.0,{open:0.0},{high:0.0},{low:0.0},{close:0.0},{volume}.0\n"));
            }
        }
    }

    private static DateOnly NextWeekday(DateOnly date)
    {
        var next = date.AddDays(1);
        while (next.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            next = next.AddDays(1);
        }

        return next;
    }
}
