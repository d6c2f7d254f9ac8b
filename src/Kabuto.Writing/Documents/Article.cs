using Kabuto.Analytics.Facts;

namespace Kabuto.Writing.Documents;

/// <summary>A piece of a paragraph: plain words, or a number printed from exactly one fact.</summary>
public abstract record Run(string Text);

public sealed record TextRun(string Text) : Run(Text);

/// <summary>A number in the text and the fact it was printed from (the JSON carries the id behind every number).</summary>
public sealed record NumberRun(string Text, string FactId, decimal Value) : Run(Text);

public sealed record Paragraph(IReadOnlyList<Run> Runs)
{
    public string PlainText => string.Concat(Runs.Select(r => r.Text));
}

/// <summary>The parts of a wrap, in reading order.</summary>
public enum SectionKind
{
    Lede,
    Highlights,
    Drivers,
    Sectors,
    Region,
    WallStreet,
    Currency,
    Notice,
}

/// <summary>A titled block; <see cref="IsList"/> renders its paragraphs as bullets.</summary>
public sealed record Section(SectionKind Kind, string? Heading, IReadOnlyList<Paragraph> Paragraphs, bool IsList = false);

/// <summary>The language a wrap is written in (`--lang en|ja`).</summary>
public enum ArticleLanguage
{
    English,
    Japanese,
}

/// <summary>A wrap: headline, sections, and the facts every number came from.</summary>
public sealed record Article(
    string Market,
    DateOnly Date,
    string Edition,
    Paragraph Headline,
    IReadOnlyList<Section> Sections,
    IReadOnlyList<Fact> Facts)
{
    public ArticleLanguage Language { get; init; } = ArticleLanguage.English;

    /// <summary>The language's BCP 47 tag: "en", "ja".</summary>
    public string LanguageTag => Language == ArticleLanguage.Japanese ? "ja" : "en";

    public IEnumerable<NumberRun> Numbers =>
        Sections.SelectMany(s => s.Paragraphs).Prepend(Headline).SelectMany(p => p.Runs).OfType<NumberRun>();
}
