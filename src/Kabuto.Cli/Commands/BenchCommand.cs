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
        var instruments = new Option<int>("--instruments") { Description = "Instruments in the simulated market (60 to 65,536)", DefaultValueFactory = _ => 4_000 };
        var indices = new Option<int>("--indices") { Description = "Indices: the market's 41 (or the first N), then custom baskets", DefaultValueFactory = _ => 41 };
        var ticks = new Option<int>("--ticks") { Description = "Ticks in each in-memory engine mix", DefaultValueFactory = _ => 3_000_000 };
        var sessionSeconds = new Option<int>("--session-seconds") { Description = "Trading seconds the engine ticks span from the open (19,800 = the whole Tokyo session)", DefaultValueFactory = _ => 19_800 };
        var priceChangeShare = new Option<double>("--price-change-share") { Description = "Share of the realistic mix's ticks that move a price (0 to 1; the worst case moves every one)", DefaultValueFactory = _ => 0.27 };
        var noBareLoop = new Option<bool>("--no-bare-loop") { Description = "Skip the bare native loop (bench/bare-loop, gcc -O2) beside the worst case" };
        var fileTicks = new Option<long>("--file-ticks") { Description = "Ticks in the binary file replayed end to end", DefaultValueFactory = _ => 5_000_000 };
        var runs = new Option<int>("--runs") { Description = "Runs per measurement (medians reported)", DefaultValueFactory = _ => 3 };
        var lean = new Option<string?>("--lean") { Description = "Folder of LEAN tick zips (default: $KABUTO_DATA/raw/lean-algoseek-ticks or ../shared/data/...)" };
        var allowDebug = new Option<bool>("--allow-debug") { Description = "Measure even a Debug build (its numbers are not the engine's)" };
        var command = new Command("bench", "Measure the live engine: ticks/s, allocation per tick, latency") { instruments, indices, ticks, sessionSeconds, priceChangeShare, fileTicks, runs, lean, noBareLoop, allowDebug };
        command.SetAction(int (ParseResult parse) =>
        {
            if (Build != "Release" && !parse.GetValue(allowDebug))
            {
                throw Fail.User($"bench: this is a {Build} build, whose numbers are not the engine's; use a Release build: dotnet run -c Release --project src/Kabuto.Cli -- bench (or pass --allow-debug)");
            }

            var measured = LiveBench.Run(Options(
                parse.GetValue(instruments), parse.GetValue(indices), parse.GetValue(ticks), parse.GetValue(sessionSeconds), parse.GetValue(priceChangeShare)) with
            {
                FileTicks = Math.Max(10_000, parse.GetValue(fileTicks)),
                Runs = Math.Clamp(parse.GetValue(runs), 1, 20),
                LeanDirectory = parse.GetValue(lean) ?? LiveBench.FindLeanDirectory(),
                BareLoop = !parse.GetValue(noBareLoop),
            });
            var report = measured with { Build = Build };
            if (globals.WantsJson(parse))
            {
                globals.WriteJson(report);
                return 0;
            }

            var o = globals.Out;
            o.WriteLine(Build == "Release" ? "build: Release" : $"build: {Build} (not representative: measure a Release build)");
            o.WriteLine(string.Create(Inv, $"market: {report.Instruments:N0} instruments, {report.Indices:N0} indices, {report.Slots:N0} member slots; {report.Runs} runs, medians"));
            o.WriteLine(string.Create(Inv, $"workload: {report.EngineTicks:N0} simulated trades over the first {report.SessionSeconds:N0} s of trading (docs/bench.md)"));
            o.WriteLine(string.Create(Inv, $"engine, realistic mix ({report.PriceChangeShare:P0} of ticks move a price; counted {report.RealisticPriceChangeShare:P1}):"));
            o.WriteLine(string.Create(Inv, $"  ticks:     {report.EngineTicksPerSecond,14:N0} ticks/s ({report.EngineTicksPerCpuSecond:N0} per CPU-second; {report.EnginePriceChangesPerSecond:N0} of them price changes/s) over {report.EngineTicks:N0} ticks, {report.AllocatedBytesPerTick:F3} bytes allocated/tick"));
            o.WriteLine(string.Create(Inv, $"  snapshots: {report.RealisticSnapshots:N0} sent (changed indices) for a series of {report.RealisticFullSeriesSnapshots:N0}"));
            o.WriteLine(Latency(report.Latency));
            o.WriteLine("engine, worst case (every tick changes a member's price and updates every index holding it):");
            o.WriteLine(string.Create(Inv, $"  updates:   {report.WorstCaseTicksPerSecond,14:N0} ticks/s ({report.WorstCaseTicksPerCpuSecond:N0} per CPU-second) over {report.WorstCaseTicks:N0} ticks, {report.WorstCaseIndexUpdatesPerTick:F2} indices per tick = {report.WorstCaseIndexUpdatesPerSecond:N0} index updates/s, {report.WorstCaseAllocatedBytesPerTick:F3} bytes allocated/tick"));
            o.WriteLine(string.Create(Inv, $"  snapshots: {report.WorstCaseSnapshots:N0} sent (changed indices) for a series of {report.WorstCaseFullSeriesSnapshots:N0}"));
            o.WriteLine(Latency(report.WorstCaseLatency));
            o.WriteLine(report.BareLoopTicksPerSecond is { } bare
                ? string.Create(Inv, $"bare loop:   {bare,14:N0} ticks/s ({report.BareLoopTicksPerCpuSecond:N0} per CPU-second) on the worst-case ticks (gcc -O2, runs interleaved with the engine's); engine = {report.WorstCaseShareOfBareLoop:P0} of it ({report.WorstCaseCpuShareOfBareLoop:P0} per CPU-second); final sums {(report.BareLoopSumsMatch == true ? "equal" : "DIFFER")}")
                : $"bare loop:   skipped ({report.BareLoopSkipped})");
            o.WriteLine(string.Create(Inv, $"C# bare loop: {report.ManagedBareLoopTicksPerSecond,13:N0} ticks/s ({report.ManagedBareLoopTicksPerCpuSecond:N0} per CPU-second), the same loop in C#; engine = {report.WorstCaseShareOfManagedBareLoop:P0} of it ({report.WorstCaseCpuShareOfManagedBareLoop:P0} per CPU-second){(report.ManagedBareLoopCpuShareOfBareLoop is { } share ? string.Create(Inv, $"; it = {share:P0} of gcc -O2 per CPU-second") : "")}; final sums {(report.ManagedBareLoopSumsMatch == true ? "equal" : "DIFFER")}"));
            o.WriteLine(string.Create(Inv, $"replay file: {report.ReplayTicksPerSecond,14:N0} ticks/s ({report.ReplayTicksPerCpuSecond:N0} per CPU-second) over {report.ReplayTicks:N0} ticks (read + decode + engine)"));
            o.WriteLine(report.LeanReplayTicksPerSecond is { } leanRate
                ? string.Create(Inv, $"replay LEAN: {leanRate,14:N0} ticks/s ({report.LeanReplayTicksPerCpuSecond:N0} per CPU-second) over {report.LeanTicks:N0} ticks (unzip + parse + merge + engine)")
                : "replay LEAN: skipped (no LEAN tick zips found; pass --lean DIR)");
            o.WriteLine(string.Create(Inv, $"machine:     {report.Machine.Cpu}, {report.Machine.Cores} cores, {report.Machine.Os}, {report.Machine.Dotnet}, load average {report.LoadAverage:F1}"));
            return 0;
        });
        return command;
    }

    /// <summary>The workload options, checked at the edge: a value out of range is one line naming it and the range.</summary>
    internal static BenchOptions Options(int instruments, int indices, int ticks, int sessionSeconds, double priceChangeShare)
    {
        Check("--instruments", instruments, 60, 65_536);
        Check("--indices", indices, 1, 100_000);
        Check("--ticks", ticks, 10_000, 200_000_000);
        Check("--session-seconds", sessionSeconds, 1, 19_800);
        if (!(priceChangeShare >= 0 && priceChangeShare <= 1))
        {
            throw Fail.Input("bench", null, "--price-change-share", priceChangeShare.ToString(Inv), "is not a share", "give a number from 0 to 1, e.g. 0.27");
        }

        return new BenchOptions
        {
            Instruments = instruments, Indices = indices, EngineTicks = ticks, SessionSeconds = sessionSeconds, PriceChangeShare = priceChangeShare,
        };
    }

    private static void Check(string option, long value, long min, long max)
    {
        if (value < min || value > max)
        {
            throw Fail.Input("bench", null, option, value.ToString(Inv), "is out of range", string.Create(Inv, $"give a whole number from {min:N0} to {max:N0}"));
        }
    }

    /// <summary>The configuration this CLI was compiled in ("Release", "Debug").</summary>
    internal static string Build { get; } =
        typeof(BenchCommand).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration is { Length: > 0 } c ? c : "unknown";

    private static string Latency(Kabuto.Live.Metrics.LatencySummary l) =>
        string.Create(Inv, $"  latency:   p50 {l.P50Ns:N0} ns, p99 {l.P99Ns:N0} ns, p99.9 {l.P999Ns:N0} ns, max {l.MaxNs:N0} ns ({l.Samples:N0} sampled ticks, every 8th timed alone)");
}
