using Kabuto.TestSupport;

namespace Kabuto.Data.Tests.Store.Contract;

/// <summary>The store contract on the embedded SQLite store: a new file per store.</summary>
public sealed class SqliteStoreContractTests : StoreContractTests
{
    private readonly TempDirectory _folder = new();
    private int _stores;

    protected override string? NewLocation() => _folder.File($"store-{++_stores}.db");

    protected override void DowngradeToBeforeTurnover(string db)
    {
        using var old = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Pooling=False");
        old.Open();
        using var downgrade = old.CreateCommand();
        downgrade.CommandText = """
            ALTER TABLE member_prices DROP COLUMN turnover_value;
            ALTER TABLE member_prices DROP COLUMN adjustment_factor;
            DELETE FROM schema_version WHERE version >= 8;
            """;
        downgrade.ExecuteNonQuery();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _folder.Dispose();
        }

        base.Dispose(disposing);
    }
}
