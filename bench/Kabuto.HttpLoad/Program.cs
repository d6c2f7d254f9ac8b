using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Runtime.InteropServices;
using System.Text.Json;
using Kabuto.HttpLoad;

// kabuto-http-load --url http://127.0.0.1:5080 --rate 1000 --duration 20 --runs 3 /api/day/tokyo/2024-03-01 ...
// Sends GETs at a fixed rate (open loop) to each path in turn and prints, per path, every run and the medians.
var url = new Option<string>("--url") { Description = "Base address of a running 'kabuto serve', e.g. http://127.0.0.1:5080", Required = true };
var rate = new Option<int>("--rate") { Description = "Requests per second, fixed (open loop)", DefaultValueFactory = _ => 1_000 };
var duration = new Option<int>("--duration") { Description = "Seconds per measured run", DefaultValueFactory = _ => 20 };
var warmup = new Option<int>("--warmup") { Description = "Seconds at the same rate before the runs of each path, not measured", DefaultValueFactory = _ => 5 };
var runs = new Option<int>("--runs") { Description = "Measured runs per path (medians reported)", DefaultValueFactory = _ => 3 };
var gzip = new Option<bool>("--gzip") { Description = "Send Accept-Encoding: gzip as browsers do (bodies are counted as sent, not unzipped)" };
var serverPid = new Option<int?>("--server-pid") { Description = "Process id of the server: also report its CPU time per request (same machine)" };
var json = new Option<FileInfo?>("--json") { Description = "Also write every run and the medians as JSON to this file" };
var paths = new Argument<string[]>("path") { Description = "Paths to load, e.g. /api/day/tokyo/2024-03-01", Arity = ArgumentArity.OneOrMore };
var root = new RootCommand("Open-loop HTTP load at a fixed rate: requests/s, p50/p90/p99/p99.9/max latency from each request's due time")
{
    url, rate, duration, warmup, runs, gzip, serverPid, json, paths,
};
root.SetAction(async (parse, cancellationToken) =>
{
    if (!Uri.TryCreate(parse.GetRequiredValue(url), UriKind.Absolute, out var baseUrl))
    {
        await Console.Error.WriteLineAsync($"kabuto-http-load: --url '{parse.GetRequiredValue(url)}' is not an absolute address; write e.g. http://127.0.0.1:5080");
        return 2;
    }

    var settings = new LoadSettings(
        baseUrl, Math.Clamp(parse.GetValue(rate), 1, 100_000), Math.Clamp(parse.GetValue(duration), 1, 3_600),
        Math.Clamp(parse.GetValue(warmup), 0, 600), Math.Clamp(parse.GetValue(runs), 1, 20), parse.GetValue(gzip));
    using var client = new HttpClient(new SocketsHttpHandler
    {
        UseProxy = false,
        AutomaticDecompression = DecompressionMethods.None,
        MaxConnectionsPerServer = int.MaxValue,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        ConnectTimeout = TimeSpan.FromSeconds(5),
    })
    { BaseAddress = settings.Url, Timeout = TimeSpan.FromSeconds(30) };
    if (settings.Gzip)
    {
        client.DefaultRequestHeaders.AcceptEncoding.ParseAdd("gzip");
    }

    using var server = parse.GetValue(serverPid) is { } pid ? Process.GetProcessById(pid) : null;
    var machine = Machine.Describe();
    Console.WriteLine(Invariant($"machine: {machine.Cpu}, {machine.Cores} cores, {machine.Os}, {machine.Dotnet}"));
    Console.WriteLine(Invariant($"load:    {settings.Rate:N0} requests/s open loop, {settings.Warmup} s warm-up, {settings.Runs} x {settings.Duration} s per path, {(settings.Gzip ? "Accept-Encoding: gzip" : "no Accept-Encoding")}, against {settings.Url}"));
    var summaries = new List<PathSummary>();
    foreach (var path in parse.GetRequiredValue(paths))
    {
        var target = new Uri(settings.Url, path);
        if (settings.Warmup > 0)
        {
            await new OpenLoop(client, target, settings.Rate, TimeSpan.FromSeconds(settings.Warmup)).RunAsync(cancellationToken);
        }

        var results = new List<RunResult>();
        for (var run = 0; run < settings.Runs; run++)
        {
            var loadBefore = Machine.LoadAverage();
            var cpuBefore = server?.TotalProcessorTime;
            var result = await new OpenLoop(client, target, settings.Rate, TimeSpan.FromSeconds(settings.Duration)).RunAsync(cancellationToken);
            if (server is not null && cpuBefore is { } before)
            {
                server.Refresh();
                result = result with { ServerCpuUsPerRequest = (server.TotalProcessorTime - before).TotalMicroseconds / result.Requests };
            }

            results.Add(result);
            Print($"  run {run + 1}", result, loadBefore);
        }

        var median = PathSummary.MedianOf(results);
        Print("median", median, null);
        summaries.Add(new PathSummary(path, median, results));
    }

    if (parse.GetValue(json) is { } file)
    {
        await File.WriteAllTextAsync(file.FullName, JsonSerializer.Serialize(new LoadReport(machine, settings, summaries), LoadReport.JsonOptions), cancellationToken);
    }

    return summaries.All(s => s.Median.Failed == 0 && s.Median.NonSuccess == 0) ? 0 : 1;
});
return await root.Parse(args).InvokeAsync();

static void Print(string label, RunResult r, double? loadAverage) =>
    Console.WriteLine(Invariant(
        $"{r.Path} {label,-7} {r.CompletedPerSecond,7:N0} req/s (sent {r.SentPerSecond:N0}/s)  p50 {r.P50Ms,6:F2} ms  p90 {r.P90Ms,6:F2} ms  p99 {r.P99Ms,6:F2} ms  p99.9 {r.P999Ms,7:F2} ms  max {r.MaxMs,7:F2} ms  ok {r.Ok:N0}/{r.Requests:N0}  non-2xx {r.NonSuccess}  failed {r.Failed}  {r.MeanBytes / 1024:N1} KiB/response  max in flight {r.MaxInFlight}{(r.ServerCpuUsPerRequest is { } cpu ? Invariant($"  server CPU {cpu:N0} us/request") : "")}{(loadAverage is { } l ? Invariant($"  load avg {l:F1}") : "")}"));

static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

internal sealed record LoadSettings(Uri Url, int Rate, int Duration, int Warmup, int Runs, bool Gzip);

internal sealed record PathSummary(string Path, RunResult Median, IReadOnlyList<RunResult> Runs)
{
    /// <summary>Each figure's median over the runs (figure by figure, so the row need not be one actual run).</summary>
    public static RunResult MedianOf(IReadOnlyList<RunResult> runs) => new(
        runs[0].Path, runs[0].TargetRate, Mid(runs, r => r.Requests), Mid(runs, r => r.Ok), Mid(runs, r => r.NonSuccess),
        Mid(runs, r => r.Failed), Mid(runs, r => r.SentPerSecond), Mid(runs, r => r.CompletedPerSecond), Mid(runs, r => r.P50Ms),
        Mid(runs, r => r.P90Ms), Mid(runs, r => r.P99Ms), Mid(runs, r => r.P999Ms), Mid(runs, r => r.MaxMs), Mid(runs, r => r.MeanBytes),
        Mid(runs, r => r.MaxInFlight))
    {
        ServerCpuUsPerRequest = runs[0].ServerCpuUsPerRequest is null ? null : Mid(runs, r => r.ServerCpuUsPerRequest ?? 0),
    };

    private static T Mid<T>(IReadOnlyList<RunResult> runs, Func<RunResult, T> figure) =>
        runs.Select(figure).Order().ElementAt(runs.Count / 2);
}

internal sealed record LoadReport(MachineInfo Machine, LoadSettings Settings, IReadOnlyList<PathSummary> Paths)
{
    public static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
}

internal sealed record MachineInfo(string Cpu, int Cores, string Os, string Dotnet);

internal static class Machine
{
    public static MachineInfo Describe()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        return new MachineInfo(cpu ?? "unknown", Environment.ProcessorCount, RuntimeInformation.OSDescription, RuntimeInformation.FrameworkDescription);
    }

    /// <summary>One-minute load average (Linux), to tell a quiet machine from a busy one.</summary>
    public static double? LoadAverage() =>
        File.Exists("/proc/loadavg")
        && double.TryParse(File.ReadAllText("/proc/loadavg").Split(' ')[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var load)
            ? load
            : null;
}
