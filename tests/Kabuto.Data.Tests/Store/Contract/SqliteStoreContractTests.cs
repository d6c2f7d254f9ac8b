using Kabuto.TestSupport;

namespace Kabuto.Data.Tests.Store.Contract;

/// <summary>The store contract on the embedded SQLite store: a new file per store.</summary>
public sealed class SqliteStoreContractTests : StoreContractTests
{
    private readonly TempDirectory _folder = new();
    private int _stores;

    protected override string? NewLocation() => _folder.File($"store-{++_stores}.db");

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _folder.Dispose();
        }

        base.Dispose(disposing);
    }
}
