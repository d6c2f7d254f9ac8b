using System.Diagnostics;
using System.Globalization;
using Kabuto.Data.Fetch;
using Kabuto.Data.Store;
using Kabuto.TestSupport;

namespace Kabuto.Bench;

/// <summary>Issue 13's acceptance, measured: a fake J-Quants server (FakeHttpServer on loopback) serves a year of daily
/// bars of every issue (4,000 issues x 245 Tokyo trading days, 2,000 rows a page, so 490 paged requests) plus the
/// master and TOPIX; 'kabuto fetch jquants' (the FetchService with the Light plan) fetches and stores them into a new
/// SQLite store. Target: under 60 s; then a second run over the same range makes fewer than 5 requests and inserts
/// nothing. The plan's pacing (60 requests/min on Light, 500 on Premium) is J-Quants' limit, not Kabuto's work: the
/// rate gate is given a clock that does not wait, and the time the pacing alone would take is printed beside.
/// Payloads are built before the clock starts. A measurement, not a BenchmarkDotNet job: each run is a minute of I/O.
/// dotnet run -c Release --project bench/Kabuto.Bench -- fetch-store [--runs 3] [--issues 4000]</summary>
public static class FetchStoreMeasurement
{
    private const int PageRows = 2_000;
    private static readonly TimeSpan Target = TimeSpan.FromSeconds(60);

    public static async Task<int> Run(string[] args)
    {
        var runs = Option(args, "--runs", 3);
        var issues = Option(args, "--issues", 4_000);
        var days = Kabuto.Core.Calendars.TokyoCalendar.Instance.TradingDays(2025);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"fetch-store: {issues:N0} issues x {days.Count} days ({days[0]:yyyy-MM-dd}..{days[^1]:yyyy-MM-dd}), {PageRows:N0} rows a page; "
            + $"{(Debugger.IsAttached ? "debugger attached; " : string.Empty)}build {Build}; {Environment.ProcessorCount} cores"));
        var payloads = Payloads(issues, days);
        await using var server = await FakeHttpServer.StartAsync();
        server.On("/v2/equities/master", FakeResponse.Json(MasterPage(issues, days[^1])));
        server.On("/v2/indices/bars/daily/topix", FakeResponse.Json(TopixPage(days)));
        server.Answer("/v2/equities/bars/daily", q => payloads[(q["date"].ToString(), q["pagination_key"].ToString())]);
        var settings = new FetchSettings { JQuantsUrl = new Uri(server.Url, "v2"), JQuantsApiKey = "sk-bench", JQuantsPlan = JQuantsPlan.Light };
        using var client = FetchHttp.CreateClient();
        var http = new FetchHttp(client, new InstantTime());
        var range = new FetchRange(days[0], days[^1], DateOnly.FromDateTime(DateTime.UtcNow));
        var folder = Path.Combine(Path.GetTempPath(), "kabuto-bench-fetch", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var seconds = new List<double>();
        var failed = false;
        try
        {
            for (var run = 1; run <= runs; run++)
            {
                var db = Path.Combine(folder, $"run{run}.db");
                var before = server.Requests.Count;
                var clock = Stopwatch.StartNew();
                using (var store = MarketStore.Open(db))
                {
                    var first = await new FetchService(store, [new JQuantsProvider(settings, http)]).RunAsync(["jquants"], range).ConfigureAwait(false);
                    clock.Stop();
                    var source = first.Sources.Single();
                    var requests = server.Requests.Count - before;
                    seconds.Add(clock.Elapsed.TotalSeconds);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"run {run}: first fetch {clock.Elapsed.TotalSeconds:F1} s, {requests:N0} requests, {source.RowsRead:N0} rows read, {source.Inserted:N0} store rows written, status {source.Status}"
                        + $" (Light's pacing alone would add {requests / (double)JQuantsPlans.RequestsPerMinute(JQuantsPlan.Light):F1} min, Premium's {requests / (double)JQuantsPlans.RequestsPerMinute(JQuantsPlan.Premium):F1} min)"));
                    failed |= source.Status != "ok" || source.RowsRead < (long)issues * days.Count;

                    before = server.Requests.Count;
                    var again = Stopwatch.StartNew();
                    var second = await new FetchService(store, [new JQuantsProvider(settings, http)]).RunAsync(["jquants"], range).ConfigureAwait(false);
                    again.Stop();
                    var secondRequests = server.Requests.Count - before;
                    var inserted = second.Sources.Sum(s => s.Inserted);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"run {run}: second fetch {again.Elapsed.TotalSeconds:F2} s, {secondRequests} requests, {inserted} store rows written"));
                    failed |= secondRequests >= 5 || inserted != 0;
                }

                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                File.Delete(db);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        seconds.Sort();
        var median = seconds[seconds.Count / 2];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"median first fetch {median:F1} s over {runs} run(s) (target < {Target.TotalSeconds:F0} s): {(median < Target.TotalSeconds && !failed ? "met" : "MISSED")}"));
        return median < Target.TotalSeconds && !failed ? 0 : 1;
    }

    private static string Build =>
#if DEBUG
        "Debug";
#else
        "Release";
#endif

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }

    /// <summary>Every page of every day, keyed by (date, pagination_key), as the bytes the fake server sends.</summary>
    private static Dictionary<(string, string), FakeResponse> Payloads(int issues, IReadOnlyList<DateOnly> days)
    {
        var pages = new Dictionary<(string, string), FakeResponse>();
        var random = new Random(42);
        var prices = Enumerable.Range(0, issues).Select(_ => (decimal)random.Next(200, 20_000)).ToArray();
        foreach (var day in days)
        {
            var date = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var rows = new List<string>(issues);
            for (var i = 0; i < issues; i++)
            {
                var close = Math.Max(1m, prices[i] + random.Next(-20, 21));
                prices[i] = close;
                var p = close.ToString(CultureInfo.InvariantCulture);
                rows.Add(SourcePayloads.JQuantsBar(date, Code(i), p, (close + 5).ToString(CultureInfo.InvariantCulture), Math.Max(1m, close - 5).ToString(CultureInfo.InvariantCulture), p,
                    random.Next(100, 1_000_000).ToString(CultureInfo.InvariantCulture)));
            }

            var count = (rows.Count + PageRows - 1) / PageRows;
            for (var page = 0; page < count; page++)
            {
                var key = page == 0 ? string.Empty : $"{date}-p{page}";
                var next = page + 1 < count ? $"{date}-p{page + 1}" : null;
                pages[(date, key)] = FakeResponse.Json(SourcePayloads.JQuantsPage(rows.Skip(page * PageRows).Take(PageRows), next));
            }
        }

        return pages;
    }

    private static string Code(int i) => ((1300 + i) * 10).ToString(CultureInfo.InvariantCulture);

    private static string MasterPage(int issues, DateOnly day)
    {
        var date = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return SourcePayloads.JQuantsPage(Enumerable.Range(0, issues).Select(i =>
            $"{{\"Date\":\"{date}\",\"Code\":\"{Code(i)}\",\"CoName\":\"銘柄{i}\",\"CoNameEn\":\"ISSUE {i} CO.,LTD.\",\"S17\":\"1\",\"S17Nm\":\"食品\","
            + $"\"S33\":\"{3050 + (i % 33 * 50)}\",\"S33Nm\":\"業種\",\"ScaleCat\":\"-\",\"Mkt\":\"0111\",\"MktNm\":\"プライム\"}}"));
    }

    private static string TopixPage(IReadOnlyList<DateOnly> days)
    {
        return SourcePayloads.JQuantsPage(days.Select((d, i) =>
            SourcePayloads.JQuantsTopixRow(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), 2700m + i, 2710m + i, 2690m + i, 2705m + i)));
    }
}
