using Kabuto.TestSupport;

namespace Kabuto.Cli.Tests;

/// <summary>Every shared data file (raw and derived) imported once into one store, shared by the test classes of the
/// <see cref="FullStoreCollection"/>. Db is null when the data is missing outside CI.</summary>
public sealed class FullStore : IDisposable
{
    private readonly TempDirectory _temp = new();

    public FullStore()
    {
        var raw = SharedData.Require("raw");
        var derived = SharedData.Require("derived");
        if (raw is null || derived is null)
        {
            return;
        }

        var db = _temp.File("k.db");
        var (code, _, err) = Cli.Run("import", raw, derived, "--db", db);
        Assert.True(code == KabutoCli.Ok, err);
        Db = db;
    }

    public string? Db { get; }

    public string File(string name) => _temp.File(name);

    public void Dispose() => _temp.Dispose();
}

[CollectionDefinition(Name)]
public sealed class FullStoreCollection : ICollectionFixture<FullStore>
{
    public const string Name = "full store";
}
