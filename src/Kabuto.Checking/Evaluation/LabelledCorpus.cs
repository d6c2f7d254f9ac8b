using System.Text.Json;
using System.Text.Json.Serialization;
using Kabuto.Core.Errors;

namespace Kabuto.Checking.Evaluation;

/// <summary>One labelled claim: the quote (its nth occurrence in the article's text after the header), what it is
/// about and the verdict the held data supports ("supported", "contradicted", "not_checkable" or "any").</summary>
public sealed record ExpectedClaim(
    [property: JsonPropertyName("quote")] string Quote,
    [property: JsonPropertyName("nth")] int Nth,
    [property: JsonPropertyName("subject")] string? Subject,
    [property: JsonPropertyName("kind")] string? Kind,
    [property: JsonPropertyName("expected")] string Expected,
    [property: JsonPropertyName("why")] string? Why);

/// <summary>One line of expectations.jsonl.</summary>
public sealed record ArticleExpectation(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("published")] DateOnly? Published,
    [property: JsonPropertyName("session_date")] DateOnly? SessionDate,
    [property: JsonPropertyName("edition")] string? Edition,
    [property: JsonPropertyName("claims")] IReadOnlyList<ExpectedClaim> Claims);

/// <summary>A labelled article: its text as given, where the body starts after the header, and its expectations.</summary>
public sealed record LabelledArticle(string Path, string Text, ArticleExpectation Expectation);

/// <summary>A folder of plain-text articles and their expectations.jsonl (shared/docs/checker-corpus.md).</summary>
public static class LabelledCorpus
{
    public const string ExpectationsFile = "expectations.jsonl";

    public static IReadOnlyList<LabelledArticle> Read(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder))
        {
            throw File.Exists(folder)
                ? Fail.Input(folder, null, "path", folder, "is a file, not a corpus folder", $"give the folder that holds it: {Path.GetDirectoryName(Path.GetFullPath(folder))}")
                : Fail.Input(folder, null, "folder", folder, "does not exist", "give a corpus folder holding NAME.txt articles and expectations.jsonl");
        }

        var expectations = Path.Combine(folder, ExpectationsFile);
        if (!File.Exists(expectations))
        {
            throw Fail.Input(expectations, null, "file", ExpectationsFile, "does not exist", "label the corpus: one JSON object per article (see checker-corpus.md)");
        }

        var articles = new List<LabelledArticle>();
        var number = 0;
        foreach (var line in File.ReadLines(expectations))
        {
            number++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            ArticleExpectation? expectation;
            try
            {
                expectation = JsonSerializer.Deserialize<ArticleExpectation>(line);
            }
            catch (JsonException e)
            {
                throw Fail.Input(expectations, number, "json", null, $"is not an expectation object ({e.Message.Split('.')[0]})", "write one JSON object per line");
            }

            if (expectation?.File is not { Length: > 0 } name || expectation.Claims is null)
            {
                throw Fail.Input(expectations, number, "file", null, "has no \"file\" or \"claims\"", "give each line the article's file name and its claims");
            }

            var path = Path.Combine(folder, name);
            if (!File.Exists(path))
            {
                throw Fail.Input(expectations, number, "file", name, "names an article that is not in the folder", "add the article or remove the line");
            }

            articles.Add(new LabelledArticle(path, File.ReadAllText(path), expectation));
        }

        return articles;
    }
}
