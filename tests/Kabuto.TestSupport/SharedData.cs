namespace Kabuto.TestSupport;

/// <summary>Finds ../shared/data (or $KABUTO_DATA). Tests that need the real data call <see cref="Require"/>:
/// without the data it skips locally but fails in CI (CI=true), so a green CI always means the data was tested.</summary>
public static class SharedData
{
    private static readonly Lazy<string?> Root = new(Locate);

    /// <summary>The data root (the folder holding raw/ and derived/), or null when not found.</summary>
    public static string? TryRoot => Root.Value;

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Absolute path of a file or folder under the data root, e.g. Require("raw/dji-hist/DJI.csv").
    /// Returns null when the data is missing outside CI (the caller returns early); throws in CI.</summary>
    public static string? Require(string relative)
    {
        var root = TryRoot;
        if (root is not null)
        {
            var path = Path.Combine(root, relative);
            if (File.Exists(path) || Directory.Exists(path))
            {
                return path;
            }
        }

        if (InCi)
        {
            throw new InvalidOperationException(
                $"Test data '{relative}' not found under {root ?? "(no data root)"}: put ../shared beside the repository or set KABUTO_DATA.");
        }

        return null;
    }

    /// <summary>The seeds folder (../shared/seeds), same rules as <see cref="Require"/>.</summary>
    public static string? RequireSeeds() => RequireBeside("seeds");

    /// <summary>A labelled checker corpus (../shared/checker-corpus/NAME), same rules as <see cref="Require"/>.</summary>
    public static string? RequireCorpus(string name) => RequireBeside(Path.Combine("checker-corpus", name));

    private static string? RequireBeside(string relative)
    {
        var root = TryRoot;
        var folder = root is null ? null : Path.GetFullPath(Path.Combine(root, "..", relative));
        if (folder is not null && Directory.Exists(folder))
        {
            return folder;
        }

        if (InCi)
        {
            throw new InvalidOperationException($"'{relative}' not found beside the data: put ../shared beside the repository.");
        }

        return null;
    }

    private static string? Locate()
    {
        var fromEnv = Environment.GetEnvironmentVariable("KABUTO_DATA");
        if (!string.IsNullOrEmpty(fromEnv) && Directory.Exists(fromEnv))
        {
            return Path.GetFullPath(fromEnv);
        }

        // From the test binary (artifacts/ inside the repository) and from the working directory (builds with
        // --artifacts-path elsewhere still run from the repository).
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            var found = SearchUp(start);
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }

    private static string? SearchUp(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(Path.Combine(candidate, "raw")))
            {
                return candidate;
            }

            var sibling = Path.Combine(dir.FullName, "..", "shared", "data");
            if (Directory.Exists(Path.Combine(sibling, "raw")))
            {
                return Path.GetFullPath(sibling);
            }
        }

        return null;
    }
}
