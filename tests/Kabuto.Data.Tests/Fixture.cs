using Kabuto.Data.Import;
using Kabuto.Data.Store;
using Kabuto.TestSupport;

namespace Kabuto.Data.Tests;

/// <summary>A temp folder with a fresh store: write small files into it, import them, inspect the result.</summary>
internal sealed class Fixture : IDisposable
{
    private readonly TempDirectory _dir = new();

    public Fixture() => Store = SqliteMarketStore.Open(_dir.File("test.db"));

    public SqliteMarketStore Store { get; private set; }

    public string DbPath => _dir.File("test.db");

    /// <summary>Writes a file under folder/name (the folder becomes part of the source name) and returns its path.</summary>
    public string Write(string relative, string text, System.Text.Encoding? encoding = null)
    {
        var path = Path.Combine(_dir.Path, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, encoding ?? new System.Text.UTF8Encoding(false));
        return path;
    }

    public string WriteBytes(string relative, byte[] bytes)
    {
        var path = Path.Combine(_dir.Path, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public ImportSummary Import(params string[] paths) => new ImportService(Store).Import(paths);

    public FileImportResult ImportOne(string path) => Import(path).Files.Single();

    public void Reopen()
    {
        Store.Dispose();
        Store = SqliteMarketStore.Open(DbPath);
    }

    public void Dispose()
    {
        Store.Dispose();
        _dir.Dispose();
    }
}
