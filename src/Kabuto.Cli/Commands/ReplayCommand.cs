using System.CommandLine;
using System.Globalization;
using Kabuto.Live.UseCases;

namespace Kabuto.Cli.Commands;

/// <summary>kabuto replay FILE...: drives the live engine from binary tick files or LEAN tick zips and reports levels
/// at the snapshots, throughput, per-tick latency and what the tick policy rejected.</summary>
internal static class ReplayCommand
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static Command Create(CliGlobals globals)
    {
        ArgumentNullException.ThrowIfNull(globals);
        var files = new Argument<string[]>("files") { Description = "Tick files (kabuto simulate) or LEAN <yyyyMMdd>_trade.zip/_quote.zip", Arity = ArgumentArity.OneOrMore };
        var command = new Command("replay", "Replay tick files through the live engine: levels, throughput, latency") { files };
        command.SetAction(int (ParseResult parse) =>
        {
            var sessions = ReplayRun.Run(parse.GetValue(files) ?? []);
            if (globals.WantsJson(parse))
            {
                globals.WriteJson(new { sessions });
                return 0;
            }

            foreach (var s in sessions)
            {
                Render(globals.Out, s);
            }

            return 0;
        });
        return command;
    }

    private static void Render(TextWriter o, ReplayedSession s)
    {
        var c = s.Counts;
        var what = s.Simulated ? "  simulated session (made-up prices, not market data)" : string.Empty;
        o.WriteLine(string.Create(Inv, $"{s.Market} {s.Date:yyyy-MM-dd}{what}  <- {s.Source}"));
        o.WriteLine(string.Create(Inv, $"  {s.Ticks:N0} ticks in {s.Seconds:F3} s = {s.TicksPerSecond:N0} ticks/s ({s.TicksPerCpuSecond:N0} per CPU-second); latency per tick p50 {s.Latency.P50Ns:N0} ns, p99 {s.Latency.P99Ns:N0} ns, p99.9 {s.Latency.P999Ns:N0} ns ({s.Latency.Samples:N0} sampled)"));
        o.WriteLine(string.Create(Inv, $"  {s.SessionSeconds / 3600:0.##} h of trading ({s.SessionSeconds:N0} s) replayed in {s.Seconds:F3} s: {s.SpeedupVsRealTime:N0}x faster than real time"));
        o.WriteLine(string.Create(Inv, $"  applied: {c.Trades:N0} trades, {c.SpecialQuotes:N0} special quotes, {c.QuotesIgnored:N0} plain quotes, {c.StatusTicks:N0} status"));
        o.WriteLine(string.Create(Inv, $"  rejected: {c.OutOfOrder:N0} out-of-order, {c.Duplicate:N0} duplicate, {c.Stale:N0} stale, {c.Suspicious:N0} suspicious, {c.OutsideSession:N0} outside session"));
        o.WriteLine(string.Create(Inv, $"  {c.Snapshots:N0} snapshots, fingerprint {s.Fingerprint}"));
        o.WriteLine(string.Create(Inv, $"  {"index",-14} {"prev close",11} {"open",11} {"11:30",11} {"close",11} {"high",11} {"low",11} {"snapshots",9}"));
        foreach (var i in s.Indices)
        {
            o.WriteLine(string.Create(Inv, $"  {i.Id,-14} {i.PreviousClose,11:N2} {N(i.Open)} {N(i.MorningClose)} {N(i.Close)} {N(i.High)} {N(i.Low)} {i.SnapshotCount,9:N0}"));
        }

        if (s.Indices.Count == 1)
        {
            o.WriteLine("  levels" + (s.Indices[0].Summarised ? " (half-hourly sample and named snapshots)" : string.Empty) + ":");
            foreach (var p in s.Indices[0].Levels)
            {
                o.WriteLine(string.Create(Inv, $"    {p.Time:HH:mm:ss} {p.Level,11:N2} {p.Kind}"));
            }
        }

        o.WriteLine();
    }

    private static string N(decimal? value) => value is { } v ? v.ToString("N2", Inv).PadLeft(11) : "-".PadLeft(11);
}
