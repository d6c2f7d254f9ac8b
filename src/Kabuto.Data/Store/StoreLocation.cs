using System.Globalization;
using System.Text.RegularExpressions;
using Kabuto.Core.Errors;
using Npgsql;

namespace Kabuto.Data.Store;

/// <summary>What a --db value (or $KABUTO_DB) names: a PostgreSQL server, in URI form
/// (<c>postgres://user:pass@host:port/db?sslmode=require</c>) or Npgsql's keyword form (<c>Host=h;Port=p;Username=u;...</c>),
/// or else a SQLite file. <see cref="Description"/> never holds a password: it is what messages print.</summary>
public sealed partial record StoreLocation
{
    private StoreLocation(string? connectionString, string description)
    {
        ConnectionString = connectionString;
        Description = description;
    }

    /// <summary>The Npgsql connection string (with its password: never print it), or null for a SQLite file.</summary>
    public string? ConnectionString { get; }

    /// <summary>The location fit to print: the file path, or <c>postgres://user@host:port/db</c>.</summary>
    public string Description { get; }

    public bool IsPostgres => ConnectionString is not null;

    /// <summary>Reads a --db value. A PostgreSQL address that does not parse fails with the fix (and without its password).</summary>
    public static StoreLocation Parse(string location)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(location);
        if (location.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || location.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return FromUri(location);
        }

        return KeywordForm().IsMatch(location) ? FromKeywords(location) : new StoreLocation(null, location);
    }

    private static StoreLocation FromUri(string location)
    {
        if (!Uri.TryCreate(location, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            throw Fail.Input("--db", null, "PostgreSQL address", Redact(location), "does not parse",
                "write it as postgres://user:password@host:5432/database (percent-encode special characters in the password)");
        }

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')) is { Length: > 0 } db ? db : null,
        };
        if (uri.UserInfo.Length > 0)
        {
            var colon = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon]);
            if (colon >= 0)
            {
                builder.Password = Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
            }
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? string.Empty : Uri.UnescapeDataString(pair[(equals + 1)..]);
            try
            {
                builder[UriParameter(key)] = value;
            }
            catch (ArgumentException)
            {
                throw Fail.Input("--db", null, "PostgreSQL parameter", key, "is not known", "use Npgsql's connection string keywords (e.g. sslmode, timeout, search_path)");
            }
        }

        return Build(builder);
    }

    private static StoreLocation FromKeywords(string location)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(location);
        }
        catch (ArgumentException e)
        {
            throw Fail.Input("--db", null, "PostgreSQL connection string", Redact(location), $"does not parse ({e.Message})",
                "write it as Host=host;Port=5432;Username=user;Password=...;Database=db");
        }

        return Build(builder);
    }

    private static StoreLocation Build(NpgsqlConnectionStringBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.Database))
        {
            throw Fail.Input("--db", null, "PostgreSQL address", Describe(builder), "names no database",
                "add the database: postgres://user@host:5432/database or Database=... in the keyword form");
        }

        builder.ApplicationName ??= "kabuto";
        return new StoreLocation(builder.ConnectionString, Describe(builder));
    }

    private static string Describe(NpgsqlConnectionStringBuilder builder)
    {
        var user = string.IsNullOrEmpty(builder.Username) ? string.Empty : $"{Uri.EscapeDataString(builder.Username)}@";
        var schema = string.IsNullOrEmpty(builder.SearchPath) ? string.Empty : $"?search_path={builder.SearchPath}";
        return string.Create(CultureInfo.InvariantCulture, $"postgres://{user}{builder.Host}:{builder.Port}/{builder.Database}{schema}");
    }

    /// <summary>libpq's URI parameter names that Npgsql spells differently.</summary>
    private static string UriParameter(string key) => key.ToLowerInvariant() switch
    {
        "sslmode" => "SSL Mode",
        "connect_timeout" => "Timeout",
        "application_name" => "Application Name",
        "search_path" => "Search Path",
        _ => key,
    };

    /// <summary>The text with anything after "password=" or between "://user:" and "@" replaced by "***".</summary>
    private static string Redact(string text) => Secret().Replace(text, "$1***");

    [GeneratedRegex(@"(^|;)\s*(host|server)\s*=", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KeywordForm();

    [GeneratedRegex(@"((?:password|pwd)\s*=|://[^:/@]*:)[^;@]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Secret();
}
