using System.Globalization;
using System.Text;
using Kabuto.Core.Market;
using Microsoft.Data.Sqlite;

namespace Kabuto.Data.Tests.Store;

/// <summary>best_bars is kept row by row as imports arrive; its naive twin picks, from every source's rows in
/// daily_bars, the highest rank and then the greatest source name per date (never the import order). Seeded random sources, ranks, import runs and
/// changed re-imports must leave the two identical.</summary>
public sealed class BestBarsPropertyTests
{
    [Theory]
    [InlineData(7)]
    [InlineData(1965)]
    [InlineData(2024)]
    public void Import_RandomSourcesAndRuns_BestBarsEqualTheNaivePick(int seed)
    {
        using var f = new Fixture();
        var random = new Random(seed);
        var start = new DateOnly(2024, 1, 1);
        for (var run = 0; run < 4; run++)
        {
            var files = new List<string>();
            for (var file = 0; file < 1 + random.Next(3); file++)
            {
                // plain date,value files (one rank) and Yahoo OHLC files (a lower rank), in a few folders that recur
                // across runs, so later runs re-import changed copies of the same sources.
                var folder = $"src{random.Next(4)}";
                var yahoo = random.Next(2) == 0;
                var text = new StringBuilder(yahoo ? "Date,Open,High,Low,Close,Adj Close,Volume\n" : "date,value\n");
                foreach (var day in Enumerable.Range(0, 60).Where(_ => random.Next(3) > 0))
                {
                    var date = start.AddDays(day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    var close = (30_000 + random.Next(100)).ToString(CultureInfo.InvariantCulture);
                    text.Append(yahoo ? $"{date},{close},{close},{close},{close},{close},0\n" : $"{date},{close}\n");
                }

                files.Add(f.Write($"{folder}/{(yahoo ? "^N225" : "nikkei-225")}.csv", text.ToString()));
            }

            f.Import([.. files.Distinct()]);
        }

        var naive = NaivePick(f.DbPath);
        var kept = f.Store.GetDailyBars(IndexIds.N225).Select(b => (b.Date, b.Close)).ToList();

        Assert.NotEmpty(kept);
        Assert.Equal(naive, kept);
        Assert.Equal(kept.Count, f.Store.ListSeries().Single().Days);
    }

    private static List<(DateOnly, decimal)> NaivePick(string db)
    {
        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT date, close FROM (
                SELECT date, close, ROW_NUMBER() OVER (PARTITION BY date ORDER BY rank DESC, source DESC) AS pick
                FROM daily_bars WHERE series_id = 'N225')
            WHERE pick = 1 ORDER BY date
            """;
        using var reader = command.ExecuteReader();
        var rows = new List<(DateOnly, decimal)>();
        while (reader.Read())
        {
            rows.Add((DateOnly.ParseExact(reader.GetString(0), "yyyy-MM-dd", CultureInfo.InvariantCulture), (decimal)reader.GetDouble(1)));
        }

        return rows;
    }
}
