using System.Globalization;
using Kabuto.Data.Import;
using Kabuto.Data.Store;
using Kabuto.TestSupport;
using Microsoft.Data.Sqlite;

namespace Kabuto.Data.Tests.Import;

/// <summary>Issue 12: importing derived/ before raw/ changed 99 facts of 2026-03-18 (instrument names and sectors
/// followed whichever file came last). The same files in any order, in any split into import runs, must give the same
/// store. Seeded: each seed imports the shared data's overlapping files (every daily-bar, instrument, membership and
/// session-level file, and the member prices of a few tickers held in both yfinance folders; not the 3.4 M tick rows,
/// which overlap nothing) in a random order, then in the reverse of that order (so every pair of files meets in both
/// orders), each time split into random runs, and compares a canonical dump of the store with a single run in path
/// order.</summary>
public sealed class ImportOrderPropertyTests
{
    private static readonly string[] Tickers = ["1332.T.csv", "7203.T.csv", "9434.T.csv"];

    /// <summary>The store of one run in path order, built once for every seed.</summary>
    private static readonly Lazy<Dictionary<string, List<string>>> PathOrder = new(() =>
        Dump(OverlappingFiles(SharedData.Require("raw")!, SharedData.Require("derived")!).Order(StringComparer.Ordinal).ToList(), new Random(0), split: false));

    [Theory]
    [InlineData(12)]
    [InlineData(2026)]
    public void Import_PermutedFilesAndRuns_GiveTheSameStore(int seed)
    {
        if (SharedData.Require("raw") is not { } raw || SharedData.Require("derived") is not { } derived)
        {
            return;
        }

        var files = OverlappingFiles(raw, derived);
        var expected = PathOrder.Value;
        var random = new Random(seed);
        var order = files.OrderBy(_ => random.Next()).ToList();
        foreach (var permutation in new[] { order, Enumerable.Reverse(order).ToList() })
        {
            var actual = Dump(permutation, random, split: true);

            AssertSame(expected, actual, permutation);
        }
    }

    private static List<string> OverlappingFiles(string raw, string derived)
    {
        var files = Directory.EnumerateFiles(raw, "*.csv", SearchOption.AllDirectories)
            .Where(f => !f.Contains("lean-algoseek-ticks", StringComparison.Ordinal) && !f.Contains("tse-yfinance", StringComparison.Ordinal))
            .ToList();
        foreach (var folder in new[] { "tse-yfinance-singularity", "tse-yfinance-singularity-2024" })
        {
            files.AddRange(Tickers.Select(t => Path.Combine(raw, folder, t)).Where(File.Exists));
        }

        // derived/ also holds two tables no importer reads (membership changes, the reconstruction).
        files.Add(Path.Combine(derived, "nikkei225-members.csv"));
        return files;
    }

    /// <summary>Imports the files in the given order (one run, or consecutive runs of 1 to 12 files) into a fresh store
    /// and dumps it.</summary>
    private static Dictionary<string, List<string>> Dump(List<string> files, Random random, bool split)
    {
        using var temp = new TempDirectory();
        var db = temp.File("order.db");
        using (var store = MarketStore.Open(db))
        {
            var service = new ImportService(store);
            for (var start = 0; start < files.Count;)
            {
                var count = split ? Math.Min(files.Count - start, 1 + random.Next(12)) : files.Count;
                service.Import(files.GetRange(start, count));
                start += count;
            }
        }

        return CanonicalDump(db);
    }

    /// <summary>Every table an import writes, as sorted text lines, with import ids replaced by the file they name.
    /// Left out: the imports log's per-run counts and times, and which run reported a finding (a log of what each run
    /// did, not what the store holds).</summary>
    public static Dictionary<string, List<string>> CanonicalDump(string db)
    {
        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var queries = new Dictionary<string, string>
        {
            ["imports"] = "SELECT source, sha256, format, series, rows_read FROM imports",
            ["daily_bars"] = "SELECT series_id, date, source, rank, open, high, low, close, volume, line FROM daily_bars",
            ["best_bars"] = "SELECT b.series_id, b.date, b.open, b.high, b.low, b.close, b.volume, b.source, b.rank, i.source, b.line FROM best_bars b JOIN imports i USING(import_id)",
            ["series_coverage"] = "SELECT * FROM series_coverage",
            ["member_prices"] = "SELECT m.date, m.code, s.name, m.rank, m.basis, m.open, m.high, m.low, m.close, m.volume, i.source, m.line FROM member_prices m JOIN sources s USING(source_id) JOIN imports i USING(import_id)",
            ["instruments"] = "SELECT n.code, n.name, n.name_ja, n.sector33_code, n.sector33_name, n.sector17_code, n.sector17_name, n.market_segment, n.scale_category, i.source, n.line FROM instruments n JOIN imports i USING(import_id)",
            ["index_membership"] = "SELECT m.index_id, m.code, m.valid_from, m.valid_to, m.paf, m.paf_source, i.source, m.line FROM index_membership m JOIN imports i USING(import_id)",
            ["session_levels"] = "SELECT l.series_id, l.date, l.session, l.time_jst, l.level, l.change_points, l.change_pct, l.decimals, l.source, l.url, i.source, l.line FROM session_levels l JOIN imports i USING(import_id)",
            ["quarantine"] = "SELECT i.source, q.file, q.line, q.raw, q.rule, q.value, q.reason FROM quarantine q JOIN imports i USING(import_id)",
            ["findings"] = "SELECT file, line, rule, value, message FROM findings",
        };
        var dump = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (table, sql) in queries)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            var lines = new List<string>();
            while (reader.Read())
            {
                lines.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))));
            }

            lines.Sort(StringComparer.Ordinal);
            dump[table] = lines;
        }

        return dump;
    }

    private static void AssertSame(Dictionary<string, List<string>> expected, Dictionary<string, List<string>> actual, List<string> order)
    {
        var problems = new List<string>();
        foreach (var (table, lines) in expected)
        {
            var missing = lines.Except(actual[table], StringComparer.Ordinal).Take(5).ToList();
            var extra = actual[table].Except(lines, StringComparer.Ordinal).Take(5).ToList();
            if (missing.Count > 0 || extra.Count > 0 || lines.Count != actual[table].Count)
            {
                problems.Add($"{table}: {lines.Count} rows in path order, {actual[table].Count} in this order");
                problems.AddRange(missing.Select(l => $"  only in path order: {l}"));
                problems.AddRange(extra.Select(l => $"  only in this order:  {l}"));
            }
        }

        Assert.True(problems.Count == 0,
            $"order {string.Join(", ", order.Select(f => $"{Path.GetFileName(Path.GetDirectoryName(f))}/{Path.GetFileName(f)}"))}{Environment.NewLine}"
            + string.Join(Environment.NewLine, problems));
    }
}
