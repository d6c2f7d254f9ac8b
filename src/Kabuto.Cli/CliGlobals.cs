using System.CommandLine;
using Kabuto.Core.Json;

namespace Kabuto.Cli;

/// <summary>What every command shares: the global options (--db, --json) and the output writers.</summary>
public sealed class CliGlobals
{
    public CliGlobals(TextWriter stdout, TextWriter stderr)
    {
        Out = stdout;
        Err = stderr;

        // An empty --db (an unset shell variable) must not quietly mean some other store.
        Db.Validators.Add(result =>
        {
            if (result.Tokens.Any(t => string.IsNullOrWhiteSpace(t.Value)))
            {
                result.AddError("--db is empty; give a database file, e.g. --db kabuto.db (or leave --db out for $KABUTO_DB, else ./kabuto.db)");
            }
        });
    }

    public TextWriter Out { get; }

    public TextWriter Err { get; }

    public Option<string?> Db { get; } = new("--db")
    {
        Description = "Store: a SQLite file, or PostgreSQL as postgres://user:pass@host:5432/db or Host=...;Database=... (default $KABUTO_DB, else ./kabuto.db)",
        Recursive = true,
    };

    public Option<bool> Json { get; } = new("--json")
    {
        Description = "Print JSON instead of text",
        Recursive = true,
    };

    /// <summary>The store of a command run without --db: $KABUTO_DB, else ./kabuto.db. The CLI tests give each run a
    /// store of its own, so that no test leaves a store behind for the next.</summary>
    public string DefaultDb { get; init; } = Environment.GetEnvironmentVariable("KABUTO_DB") is { Length: > 0 } env
        ? env
        : Path.Combine(Environment.CurrentDirectory, "kabuto.db");

    /// <summary>--db, else <see cref="DefaultDb"/>: a SQLite file or a PostgreSQL address (Data.Store.MarketStore.Open
    /// decides; print it through MarketStore.Describe, which drops a password).</summary>
    public string DbPath(ParseResult parse) => parse.GetValue(Db) is { Length: > 0 } path ? path : DefaultDb;

    public bool WantsJson(ParseResult parse) => parse.GetValue(Json);

    public void WriteJson<T>(T value) => Out.WriteLine(KabutoJson.Serialize(value));
}
