using Kabuto.Analytics.Facts;

namespace Kabuto.Writing.Documents;

/// <summary>The JSON shape of a wrap (docs/writer.md): the text, every run with the fact id behind each number,
/// and the facts themselves.</summary>
public sealed record ArticleJson(
    string Market,
    DateOnly Date,
    string Edition,
    string Headline,
    string Markdown,
    IReadOnlyList<SectionJson> Sections,
    IReadOnlyList<FactJson> Facts,
    string Language)
{
    public static ArticleJson From(Article article) => new(
        article.Market,
        article.Date,
        article.Edition,
        article.Headline.PlainText,
        ArticleRenderer.Markdown(article),
        article.Sections.Select(s => new SectionJson(
            s.Kind.ToString().ToLowerInvariant(),
            s.Heading,
            s.Paragraphs.Select(p => new ParagraphJson(p.PlainText, p.Runs.Select(RunJson.From).ToList())).ToList())).ToList(),
        article.Facts.Select(FactJson.From).ToList(),
        article.LanguageTag);
}

public sealed record SectionJson(string Kind, string? Heading, IReadOnlyList<ParagraphJson> Paragraphs);

public sealed record ParagraphJson(string Text, IReadOnlyList<RunJson> Runs);

/// <summary>A run: plain text has no fact id; a number has its fact id and the exact value.</summary>
public sealed record RunJson(string Text, string? FactId, decimal? Value)
{
    public static RunJson From(Run run) =>
        run is NumberRun n ? new RunJson(n.Text, n.FactId, n.Value) : new RunJson(run.Text, null, null);
}

/// <summary>A fact as the product's JSON contract writes it (id, kind, index, date, session, value, unit, inputs).</summary>
public sealed record FactJson(
    string Id,
    string Kind,
    string Index,
    DateOnly Date,
    string Session,
    decimal Value,
    string Unit,
    string? Subject,
    string? SubjectName,
    DateOnly? ReferenceDate,
    decimal? ReferenceValue,
    IReadOnlyList<FactInput> Inputs)
{
    public static FactJson From(Fact fact) => new(fact.Id, fact.Kind, fact.Index, fact.Date, fact.Session, fact.Value, fact.Unit,
        fact.Subject, fact.SubjectName, fact.ReferenceDate, fact.ReferenceValue, fact.Inputs);
}
