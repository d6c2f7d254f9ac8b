using System.Diagnostics;
using System.Globalization;
using Kabuto.Live.Engine;
using Kabuto.Live.Ticks;
using Kabuto.Live.Universe;

namespace Kabuto.Live.UseCases;

/// <summary>One run of the bare loop: its wall and CPU seconds and the checksum of its final sums.</summary>
public sealed record BareLoopRun(long Ticks, long PriceChanges, double Seconds, double CpuSeconds, string Checksum);

/// <summary>The bare native loop (bench/bare-loop/bare_loop.c): compiled with gcc -O2 when the bench runs, fed the
/// workload the engine gets (universe slots, base sums, ticks) in a flat file, timed by itself. Its final sums must
/// equal the engine's (<see cref="Checksum"/>), so both did the same arithmetic.</summary>
public static class BareLoop
{
    public const string Compiler = "/usr/bin/gcc";

    private const string Relative = "bench/bare-loop/bare_loop.c";

    /// <summary>bench/bare-loop/bare_loop.c found from the working or the program's directory upwards; null if absent.</summary>
    public static string? FindSource()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, Relative);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>Compiles the loop into <paramref name="directory"/>; the reason on failure instead of a path.</summary>
    public static (string? Binary, string? Why) Compile(string source, string directory)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (!File.Exists(Compiler))
        {
            return (null, $"no C compiler at {Compiler} (apt-get install gcc)");
        }

        var binary = Path.Combine(directory, $"kabuto-bare-loop-{Environment.ProcessId}");
        var (code, _, err) = Execute(Compiler, ["-O2", "-o", binary, source]);
        return code == 0 ? (binary, null) : (null, $"gcc -O2 {source} failed: {err.Trim()}");
    }

    /// <summary>Writes the workload file: magic "KBBARE01", int32 instruments, int32 indices, int64 slots, int64 ticks,
    /// then int64 base price per instrument, int32 slot start per instrument (+1), the slots {int64 weight, int32 index,
    /// int32 0} grouped by instrument as the engine holds them, Int128 base sum per index, the ticks {int64 time,
    /// int64 price, int32 instrument, int32 0}; little-endian.</summary>
    public static void WriteWorkload(string path, LiveUniverse universe, ReadOnlySpan<Tick> ticks)
    {
        ArgumentNullException.ThrowIfNull(universe);
        var instruments = universe.Instruments.Count;
        var runs = new List<(long Weight, int Index)>[instruments];
        for (var i = 0; i < instruments; i++)
        {
            runs[i] = [];
        }

        for (var x = 0; x < universe.Indices.Count; x++)
        {
            foreach (var member in universe.Indices[x].Members)
            {
                runs[member.Instrument].Add((member.Weight, x));
            }
        }

        using var writer = new BinaryWriter(File.Create(path));
        writer.Write("KBBARE01"u8);
        writer.Write(instruments);
        writer.Write(universe.Indices.Count);
        writer.Write(runs.Sum(r => (long)r.Count));
        writer.Write((long)ticks.Length);
        foreach (var instrument in universe.Instruments)
        {
            writer.Write(instrument.BasePrice);
        }

        var start = 0;
        foreach (var run in runs)
        {
            writer.Write(start);
            start += run.Count;
        }

        writer.Write(start);
        foreach (var (weight, index) in runs.SelectMany(r => r))
        {
            writer.Write(weight);
            writer.Write(index);
            writer.Write(0);
        }

        foreach (var index in universe.Indices)
        {
            Int128 sum = 0;
            foreach (var member in index.Members)
            {
                sum += (Int128)member.Weight * universe.Instruments[member.Instrument].BasePrice;
            }

            writer.Write((ulong)(sum & ulong.MaxValue));
            writer.Write((ulong)(sum >> 64));
        }

        foreach (ref readonly var tick in ticks)
        {
            writer.Write(tick.TimeUtc);
            writer.Write(tick.Price);
            writer.Write(tick.Instrument);
            writer.Write(0);
        }
    }

    public static BareLoopRun Run(string binary, string workload)
    {
        var (code, output, err) = Execute(binary, [workload, "1"]);
        if (code != 0)
        {
            throw new InvalidOperationException($"bench: the bare loop {binary} failed ({code}): {err.Trim()}");
        }

        var fields = output.Trim().Split(' ').Select(f => f.Split('=', 2)).ToDictionary(f => f[0], f => f[1], StringComparer.Ordinal);
        return new BareLoopRun(
            long.Parse(fields["ticks"], CultureInfo.InvariantCulture),
            long.Parse(fields["changes"], CultureInfo.InvariantCulture),
            double.Parse(fields["seconds"], CultureInfo.InvariantCulture),
            double.Parse(fields["cpu_seconds"], CultureInfo.InvariantCulture),
            fields["checksum"]);
    }

    /// <summary>FNV-1a over every index's final weighted sum (low then high 64 bits), as the bare loop prints it.</summary>
    public static string Checksum(IndexEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        return Checksum([.. Enumerable.Range(0, engine.IndexCount).Select(engine.WeightedSum)]);
    }

    /// <summary>FNV-1a over final weighted sums (low then high 64 bits).</summary>
    public static string Checksum(IReadOnlyList<Int128> sums)
    {
        ArgumentNullException.ThrowIfNull(sums);
        var fnv = 14695981039346656037UL;
        foreach (var sum in sums)
        {
            fnv = (fnv ^ (ulong)(sum & ulong.MaxValue)) * 1099511628211UL;
            fnv = (fnv ^ (ulong)(sum >> 64)) * 1099511628211UL;
        }

        return fnv.ToString("x16", CultureInfo.InvariantCulture);
    }

    private static (int Code, string Output, string Error) Execute(string file, string[] arguments)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"bench: could not start {file}");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.Result);
    }
}
