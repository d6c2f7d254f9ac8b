using Kabuto.TestSupport;

namespace Kabuto.Data.Tests.Store.Contract;

/// <summary>The store contract on a real PostgreSQL server (<see cref="PostgresServer"/>): a new database per store,
/// named in the URI form (postgres://user@host:port/db) and in Npgsql's keyword form (Host=...;...) by turns, the two
/// forms --db and $KABUTO_DB accept.</summary>
public sealed class PostgresStoreContractTests : StoreContractTests
{
    private readonly List<TestDatabase> _databases = [];

    protected override string? NewLocation()
    {
        if (PostgresServer.CreateDatabase() is not { } database)
        {
            return null;
        }

        _databases.Add(database);
        return _databases.Count % 2 == 1 ? database.Uri : database.ConnectionString;
    }

    protected override void DowngradeToBeforeTurnover(string db)
    {
        var database = _databases.Single(d => d.Uri == db || d.ConnectionString == db);
        using var connection = new Npgsql.NpgsqlConnection(database.ConnectionString);
        connection.Open();
        using var downgrade = new Npgsql.NpgsqlCommand("""
            ALTER TABLE member_prices DROP COLUMN turnover_value, DROP COLUMN adjustment_factor;
            DELETE FROM schema_version WHERE version >= 3;
            """, connection);
        downgrade.ExecuteNonQuery();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _databases.ForEach(d => d.Dispose());
        }

        base.Dispose(disposing);
    }
}
