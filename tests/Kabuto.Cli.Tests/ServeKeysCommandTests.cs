using Kabuto.TestSupport;

namespace Kabuto.Cli.Tests;

/// <summary>kabuto serve keys add|list|remove, and serve refusing to listen beyond loopback without a key.</summary>
public sealed class ServeKeysCommandTests
{
    [Fact]
    public void Serve_BeyondLoopbackWithoutKeys_ExitsOneNamingTheFix()
    {
        using var folder = new TempDirectory();

        var (code, _, err) = Cli.Run("serve", "--urls", "http://0.0.0.0:0", "--keys", folder.File("keys.json"), "--db", folder.File("k.db"));

        Assert.Equal(1, code);
        Assert.Contains("listens beyond loopback, which needs API keys", err, StringComparison.Ordinal);
        Assert.Contains("kabuto serve keys add NAME", err, StringComparison.Ordinal);
    }

    [Fact]
    public void KeysAdd_PrintsTheKeyOnce_ListShowsOnlyNames_RemoveRevokes()
    {
        using var folder = new TempDirectory();
        var file = folder.File("keys.json");

        var (added, key, note) = Cli.Run("serve", "keys", "add", "desk-a", "--keys", file);
        var (_, listed, _) = Cli.Run("serve", "keys", "list", "--keys", file);
        var (removed, _, _) = Cli.Run("serve", "keys", "remove", "desk-a", "--keys", file);
        var (again, _, err) = Cli.Run("serve", "keys", "remove", "desk-a", "--keys", file);

        Assert.Equal(0, added);
        Assert.StartsWith("kbt_", key.Trim(), StringComparison.Ordinal);
        Assert.Contains("shown only now", note, StringComparison.Ordinal);
        Assert.Contains("desk-a", listed, StringComparison.Ordinal);
        Assert.DoesNotContain(key.Trim(), listed + File.ReadAllText(file), StringComparison.Ordinal);
        Assert.Equal(0, removed);
        Assert.Equal(1, again);
        Assert.Contains("has no key", err, StringComparison.Ordinal);
    }
}
