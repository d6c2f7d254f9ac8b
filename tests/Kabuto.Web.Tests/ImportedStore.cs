using Kabuto.Cli;
using Kabuto.TestSupport;

namespace Kabuto.Web.Tests;

/// <summary>A temporary database filled the way a user fills one: 'kabuto import' over the shared raw data, run
/// in-process once for every test that needs real days.</summary>
public sealed class ImportedStore : IDisposable
{
    private readonly TempDirectory _folder = new();

    public ImportedStore()
    {
        var raw = SharedData.Require("raw");
        if (raw is null)
        {
            return;
        }

        var db = _folder.File("kabuto.db");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = KabutoCli.Run(["import", raw, "--db", db], stdout, stderr);
        if (code != KabutoCli.Ok)
        {
            throw new InvalidOperationException($"kabuto import {raw} failed with {code}: {stderr}");
        }

        DbPath = db;
    }

    /// <summary>The filled database, or null when the shared data is absent outside CI.</summary>
    public string? DbPath { get; }

    public void Dispose() => _folder.Dispose();
}
