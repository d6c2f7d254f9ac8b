using System.Text;
using Kabuto.Cli;
using Kabuto.Data.Store;
using Kabuto.TestSupport;

namespace Kabuto.Web.Tests;

/// <summary>The shared data imported into PostgreSQL by 'kabuto import --db postgres://...' (once for the class); the
/// database is dropped afterwards. <see cref="Location"/> is null when the data or PostgreSQL is absent outside CI.</summary>
public sealed class ImportedPostgresStore : IDisposable
{
    private readonly TestDatabase? _database;

    public ImportedPostgresStore()
    {
        var folders = new[] { "raw", "derived" }.Select(SharedData.Require).ToList();
        if (folders.Any(f => f is null) || PostgresServer.CreateDatabase() is not { } database)
        {
            return;
        }

        _database = database;
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = KabutoCli.Run(["import", .. folders!, "--db", database.Uri], stdout, stderr);
        if (code != KabutoCli.Ok)
        {
            throw new InvalidOperationException($"kabuto import into PostgreSQL failed with {code}: {stderr}");
        }

        Location = database.Uri;
    }

    public string? Location { get; }

    public void Dispose() => _database?.Dispose();
}

/// <summary>The API answers the same from PostgreSQL as from SQLite over the same imported files: the main endpoints,
/// byte for byte (facts, levels, records, the English and Japanese wraps, a checked article).</summary>
[Collection(ImportedStoreCollection.Name)]
public sealed class StoreParityTests(ImportedStore sqlite, ImportedPostgresStore postgres) : IClassFixture<ImportedPostgresStore>
{
    private static readonly string[] Paths =
    [
        "/api/indices",
        "/api/levels/N225?from=2024-02-20&to=2024-03-05",
        "/api/levels/USDJPY",
        "/api/levels/TOPIX?from=2026-01-01",
        "/api/day/tokyo/2024-03-01",
        "/api/day/tokyo/2026-03-18",
        "/api/records/N225",
        "/api/records/TOPIX",
        "/api/wrap/tokyo/2026-03-18?format=json",
        "/api/wrap/tokyo/2026-02-10?format=md&lang=ja",
        "/api/wrap/tokyo/2026-03-18?edition=midday&format=json",
    ];

    [Fact]
    public async Task Api_OverPostgresAndOverSqlite_GivesTheSameAnswers()
    {
        if (sqlite.DbPath is null || postgres.Location is null)
        {
            return;
        }

        using var fromSqlite = MarketStore.OpenToRead(sqlite.DbPath);
        using var fromPostgres = MarketStore.OpenToRead(postgres.Location);
        await using var sqliteHost = await TestHost.StartAsync(fromSqlite);
        await using var postgresHost = await TestHost.StartAsync(fromPostgres);
        var article = SharedData.RequireSeeds() is { } seeds ? await File.ReadAllTextAsync(Path.Combine(seeds, "000_186eb493155b0ef1.txt")) : null;

        var differences = new List<string>();
        foreach (var path in Paths)
        {
            var (expected, actual) = (await GetAsync(sqliteHost, path), await GetAsync(postgresHost, path));
            if (expected != actual)
            {
                differences.Add($"{path}: SQLite {Shorten(expected)} | PostgreSQL {Shorten(actual)}");
            }
        }

        if (article is not null && await CheckAsync(sqliteHost, article) is var expectedCheck && expectedCheck != await CheckAsync(postgresHost, article))
        {
            differences.Add($"POST /api/check: answers differ (SQLite {Shorten(expectedCheck)})");
        }

        Assert.Empty(differences);
    }

    private static async Task<string> GetAsync(TestHost host, string path)
    {
        using var response = await host.Client.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {body}");
        return body;
    }

    private static async Task<string> CheckAsync(TestHost host, string article)
    {
        using var content = new StringContent(article, Encoding.UTF8, "text/plain");
        using var response = await host.Client.PostAsync(new Uri("/api/check", UriKind.Relative), content);
        return $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "...";
}
