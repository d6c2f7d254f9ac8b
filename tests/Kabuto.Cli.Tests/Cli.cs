using Kabuto.TestSupport;

namespace Kabuto.Cli.Tests;

/// <summary>Runs the CLI in-process and captures its output (what an end-to-end test needs, without a process per call).</summary>
public static class Cli
{
    /// <summary>Where a run would leave a store if it fell back to ./kabuto.db: the test binary's folder (the test
    /// host's working directory).</summary>
    private static readonly string[] StrayStores =
        [Path.Combine(AppContext.BaseDirectory, "kabuto.db"), Path.Combine(Environment.CurrentDirectory, "kabuto.db")];

    /// <summary>A run without --db gets a store of its own in a fresh folder (deleted afterwards), never ./kabuto.db nor
    /// $KABUTO_DB: a store one test left behind would change what a later one sees. A run that still leaves a
    /// kabuto.db in the test binary's folder (a relative --db kabuto.db) fails here, naming its arguments.</summary>
    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        using var own = new TempDirectory();
        var before = StrayStores.Where(File.Exists).ToHashSet(StringComparer.Ordinal);
        var globals = new CliGlobals(stdout, stderr) { DefaultDb = own.File("kabuto.db") };
        var code = KabutoCli.Run(KabutoCli.Build(globals), args, stdout, stderr);
        if (StrayStores.FirstOrDefault(s => !before.Contains(s) && File.Exists(s)) is { } stray)
        {
            Assert.Fail($"a store appeared at {stray} while kabuto {string.Join(' ', args)} ran; a CLI run in a test put it there: give it a --db in a temp folder");
        }

        return (code, stdout.ToString(), stderr.ToString());
    }
}
