namespace Kabuto.Checking;

/// <summary>A language reader: turns an article's text into the claim model (claims with their subject, measure,
/// scope, date words, hedges, quote and offset). Resolving, judging and reporting are the same for every language.</summary>
public interface IClaimReader
{
    /// <summary>Whether the text is written in this reader's language.</summary>
    bool Reads(string text);

    ArticleReading Read(string text);
}

/// <summary>The English reader: the market-sentence grammar of <see cref="ClaimExtractor"/>.</summary>
public sealed class EnglishReader : IClaimReader
{
    public bool Reads(string text) => true;

    public ArticleReading Read(string text) => ClaimExtractor.Read(text);
}

/// <summary>The readers the checker knows, most specific first; English reads whatever no other reader claims.</summary>
public static class ClaimReaders
{
    private static readonly IClaimReader[] Known = [new JapaneseReader(), new EnglishReader()];

    public static IClaimReader For(string text) => Known.First(r => r.Reads(text));
}
