using System.Globalization;
using Kabuto.Core.Errors;
using Kabuto.Core.Json;
using Kabuto.Writing.Composing;
using Kabuto.Writing.Documents;

namespace Kabuto.Watch;

/// <summary>What one written edition is: its files, when and by which step it was written, and what it lacked
/// (empty = complete). Written beside the articles as DATE/tokyo-EDITION.status.json; the dashboard lists these.</summary>
public sealed record EditionStatus(
    string Market,
    DateOnly Date,
    string Edition,
    string Step,
    DateTimeOffset WrittenAt,
    bool Complete,
    IReadOnlyList<string> Missing,
    IReadOnlyList<string> Files);

/// <summary>The watch's output folder: OUT/DATE/tokyo-EDITION.LANG.{md,html,json} and the status file. Each file is
/// written to a temporary name and moved into place, so a reader (the dashboard) never sees half an article.</summary>
public sealed class EditionFiles(string folder)
{
    private static readonly (ArticleFormat Format, string Extension)[] Formats =
        [(ArticleFormat.Markdown, "md"), (ArticleFormat.Html, "html"), (ArticleFormat.Json, "json")];

    public string Folder { get; } = Path.GetFullPath(folder);

    /// <summary>Writes the articles (one per language, each in Markdown, HTML and JSON) and the status; returns it.</summary>
    public EditionStatus Write(string market, DateOnly date, WatchStep step, DateTimeOffset writtenAt, IReadOnlyList<MissingData> missing,
        IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(articles);
        var dayFolder = Path.Combine(Folder, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Directory.CreateDirectory(dayFolder);
        var edition = Edition(step.Edition);
        var files = new List<string>();
        foreach (var article in articles)
        {
            foreach (var (format, extension) in Formats)
            {
                var name = $"{market}-{edition}.{article.LanguageTag}.{extension}";
                Replace(Path.Combine(dayFolder, name), ArticleRenderer.Render(article, format));
                files.Add(name);
            }
        }

        var status = new EditionStatus(market, date, edition, step.Name, writtenAt, missing.Count == 0, missing.Select(m => m.English).ToList(), files);
        Replace(Path.Combine(dayFolder, $"{market}-{edition}.status.json"), KabutoJson.Serialize(status));
        return status;
    }

    /// <summary>Every edition written, newest date first (close before midday on a day).</summary>
    public IReadOnlyList<EditionStatus> List()
    {
        if (!Directory.Exists(Folder))
        {
            return [];
        }

        var statuses = new List<EditionStatus>();
        foreach (var file in Directory.EnumerateFiles(Folder, "*.status.json", SearchOption.AllDirectories))
        {
            try
            {
                if (System.Text.Json.JsonSerializer.Deserialize<EditionStatus>(File.ReadAllText(file), KabutoJson.Options) is { } status)
                {
                    statuses.Add(status);
                }
            }
            catch (System.Text.Json.JsonException)
            {
                // Not one of ours (or from an older layout): not listed.
            }
        }

        return statuses.OrderByDescending(s => s.Date).ThenBy(s => s.Edition, StringComparer.Ordinal).ToList();
    }

    /// <summary>The full path of an edition's file, or a user error when the name is not one the watch writes (no path
    /// may leave the folder).</summary>
    public string PathOf(DateOnly date, string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var dayFolder = Path.Combine(Folder, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (file.Length == 0 || file.IndexOfAny(['/', '\\']) >= 0 || file.Contains("..", StringComparison.Ordinal)
            || !File.Exists(Path.Combine(dayFolder, file)))
        {
            throw Fail.User($"no edition file '{file}' for {date:yyyy-MM-dd}; GET /api/editions lists the files written");
        }

        return Path.Combine(dayFolder, file);
    }

    public static string Edition(WrapEdition edition) => edition == WrapEdition.Midday ? "midday" : "close";

    private static void Replace(string path, string text)
    {
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, text);
        File.Move(temporary, path, overwrite: true);
    }
}
