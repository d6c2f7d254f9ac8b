namespace Kabuto.Cli.Tests;

/// <summary>No test run leaves ./kabuto.db in the test binary's folder (the test host's working directory): a later run
/// of a command without --db would read it, and the tests would depend on their order. <see cref="Cli.Run"/> gives every
/// in-process run a store of its own and fails the run that leaves one; this catches a store left by an earlier test
/// run (or by a CLI started some other way).</summary>
public sealed class StrayStoreTests
{
    [Fact]
    public void TestBinaryFolder_HoldsNoStore()
    {
        var stray = Path.Combine(AppContext.BaseDirectory, "kabuto.db");

        Assert.False(File.Exists(stray), $"{stray} exists: a test ran the CLI without a temp --db; delete the file and give that run one");
    }
}
