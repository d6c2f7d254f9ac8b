using Kabuto.Cli;
using Kabuto.TestSupport;

namespace Kabuto.Web.Tests;

/// <summary>A temporary database filled the way a user fills one: 'kabuto import' over the shared raw and derived data
/// (index levels, the region, the yen, Nikkei 225 member prices, membership and the stock list), run in-process once for
/// all tests that need real days (about ten seconds).</summary>
public sealed class ImportedStore : IDisposable
{
    private readonly TempDirectory _folder = new();

    private static readonly string[] Folders = ["raw", "derived"];

    public ImportedStore()
    {
        var folders = Folders.Select(SharedData.Require).ToList();
        if (folders.Any(f => f is null))
        {
            return;
        }

        var db = _folder.File("kabuto.db");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = KabutoCli.Run(["import", .. folders!, "--db", db], stdout, stderr);
        if (code != KabutoCli.Ok)
        {
            throw new InvalidOperationException($"kabuto import failed with {code}: {stderr}");
        }

        DbPath = db;
    }

    /// <summary>The filled database, or null when the shared data is absent outside CI.</summary>
    public string? DbPath { get; }

    public void Dispose() => _folder.Dispose();
}

[CollectionDefinition(Name)]
public sealed class ImportedStoreCollection : ICollectionFixture<ImportedStore>
{
    public const string Name = "imported store";
}
