using System.CommandLine;
using System.Globalization;
using System.Reflection;
using Kabuto.Core.Errors;
using Kabuto.Live.UseCases;

namespace Kabuto.Cli.Commands;

/// <summary>kabuto bench: engine, binary-file replay and LEAN replay throughput, allocation per tick and per-tick
/// latency. A Debug build's numbers are not the engine's: they are refused unless --allow-debug asks for them.</summary>
internal static class BenchCommand
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static Command Create(CliGlobals globals)
    {
        ArgumentNullException.ThrowIfNull(globals);
        var instruments = new Option<int>("--instruments") { Description = "Instruments in the simulated market", DefaultValueFactory = _ => 4_000 };
        var ticks = new Option<int>("--ticks") { Description = "Ticks for the in-memory engine run", DefaultValueFactory = _ => 3_000_000 };
        var fileTicks = new Option<long>("--file-ticks") { Description = "Ticks in the binary file replayed end to end", DefaultValueFactory = _ => 5_000_000 };
        var runs = new Option<int>("--runs") { Description = "Runs per measurement (medians reported)", DefaultValueFactory = _ => 3 };
        var lean = new Option<string?>("--lean") { Description = "Folder of LEAN tick zips (default: $KABUTO_DATA/raw/lean-algoseek-ticks or ../shared/data/...)" };
        var allowDebug = new Option<bool>("--allow-debug") { Description = "Measure even a Debug build (its numbers are not the engine's)" };
        var command = new Command("bench", "Measure the live engine: ticks/s, allocation per tick, latency") { instruments, ticks, fileTicks, runs, lean, allowDebug };
        command.SetAction(int (ParseResult parse) =>
        {
            if (Build != "Release" && !parse.GetValue(allowDebug))
            {
                throw Fail.User($"bench: this is a {Build} build, whose numbers are not the engine's; use a Release build: dotnet run -c Release --project src/Kabuto.Cli -- bench (or pass --allow-debug)");
            }

            var measured = LiveBench.Run(new BenchOptions
            {
                Instruments = Math.Max(60, parse.GetValue(instruments)),
                EngineTicks = Math.Max(10_000, parse.GetValue(ticks)),
                FileTicks = Math.Max(10_000, parse.GetValue(fileTicks)),
                Runs = Math.Clamp(parse.GetValue(runs), 1, 20),
                LeanDirectory = parse.GetValue(lean) ?? LiveBench.FindLeanDirectory(),
            });
            var report = measured with { Build = Build };
            if (globals.WantsJson(parse))
            {
                globals.WriteJson(report);
                return 0;
            }

            var o = globals.Out;
            o.WriteLine(Build == "Release" ? "build: Release" : $"build: {Build} (not representative: measure a Release build)");
            o.WriteLine(string.Create(Inv, $"market: {report.Instruments:N0} instruments, {report.Indices} indices, {report.Slots:N0} member slots; {report.Runs} runs, medians"));
            o.WriteLine("engine, realistic mix (simulated trades; most leave the price unchanged):");
            o.WriteLine(string.Create(Inv, $"  ticks:     {report.EngineTicksPerSecond,14:N0} ticks/s ({report.EngineTicksPerCpuSecond:N0} per CPU-second; {report.EnginePriceChangesPerSecond:N0} of them price changes/s) over {report.EngineTicks:N0} ticks, {report.AllocatedBytesPerTick:F3} bytes allocated/tick"));
            o.WriteLine(Latency(report.Latency));
            o.WriteLine("engine, worst case (every tick changes a member's price and updates every index holding it):");
            o.WriteLine(string.Create(Inv, $"  updates:   {report.WorstCaseTicksPerSecond,14:N0} ticks/s ({report.WorstCaseTicksPerCpuSecond:N0} per CPU-second) over {report.WorstCaseTicks:N0} ticks, {report.WorstCaseIndexUpdatesPerTick:F2} indices per tick = {report.WorstCaseIndexUpdatesPerSecond:N0} index updates/s, {report.WorstCaseAllocatedBytesPerTick:F3} bytes allocated/tick"));
            o.WriteLine(Latency(report.WorstCaseLatency));
            o.WriteLine(string.Create(Inv, $"replay file: {report.ReplayTicksPerSecond,14:N0} ticks/s ({report.ReplayTicksPerCpuSecond:N0} per CPU-second) over {report.ReplayTicks:N0} ticks (read + decode + engine)"));
            o.WriteLine(report.LeanReplayTicksPerSecond is { } leanRate
                ? string.Create(Inv, $"replay LEAN: {leanRate,14:N0} ticks/s ({report.LeanReplayTicksPerCpuSecond:N0} per CPU-second) over {report.LeanTicks:N0} ticks (unzip + parse + merge + engine)")
                : "replay LEAN: skipped (no LEAN tick zips found; pass --lean DIR)");
            o.WriteLine(string.Create(Inv, $"machine:     {report.Machine.Cpu}, {report.Machine.Cores} cores, {report.Machine.Os}, {report.Machine.Dotnet}, load average {report.LoadAverage:F1}"));
            return 0;
        });
        return command;
    }

    /// <summary>The configuration this CLI was compiled in ("Release", "Debug").</summary>
    internal static string Build { get; } =
        typeof(BenchCommand).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration is { Length: > 0 } c ? c : "unknown";

    private static string Latency(Kabuto.Live.Metrics.LatencySummary l) =>
        string.Create(Inv, $"  latency:   p50 {l.P50Ns:N0} ns, p99 {l.P99Ns:N0} ns, p99.9 {l.P999Ns:N0} ns, max {l.MaxNs:N0} ns ({l.Samples:N0} sampled ticks, every 8th timed alone)");
}
