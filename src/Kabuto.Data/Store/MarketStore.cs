namespace Kabuto.Data.Store;

/// <summary>Opens the store a --db value names: a PostgreSQL address (<c>postgres://user:pass@host:port/db</c> or
/// Npgsql's <c>Host=...;Database=...</c>) opens <see cref="PostgresMarketStore"/>, anything else is a SQLite file
/// (<see cref="SqliteMarketStore"/>).</summary>
public static class MarketStore
{
    /// <summary>Opens the store to write: creates it if needed and brings its schema to the latest version.</summary>
    public static IMarketStore Open(string location)
    {
        var parsed = StoreLocation.Parse(location);
        return parsed.IsPostgres ? PostgresMarketStore.Open(parsed) : SqliteMarketStore.Open(location);
    }

    /// <summary>Opens the store for queries (a SQLite file without write permission is opened read-only).</summary>
    public static IMarketStore OpenToRead(string location)
    {
        var parsed = StoreLocation.Parse(location);
        return parsed.IsPostgres ? PostgresMarketStore.Open(parsed) : SqliteMarketStore.OpenToRead(location);
    }

    /// <summary>Opens the store for a one-shot query (a CLI command that reads and exits): a SQLite file that does not
    /// exist is read as an empty store and not created; otherwise as <see cref="OpenToRead"/>.</summary>
    public static IMarketStore OpenToQuery(string location)
    {
        var parsed = StoreLocation.Parse(location);
        return parsed.IsPostgres ? PostgresMarketStore.Open(parsed) : SqliteMarketStore.OpenToQuery(location);
    }

    /// <summary>Whether there may be a store to read: a SQLite file that exists, or any PostgreSQL address (the server
    /// says whether it holds one).</summary>
    public static bool MayExist(string location) => StoreLocation.Parse(location).IsPostgres || File.Exists(location);

    /// <summary>The location fit to print: a PostgreSQL address loses its password, a path stays as it is.</summary>
    public static string Describe(string location) => StoreLocation.Parse(location).Description;
}
