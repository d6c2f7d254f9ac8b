namespace Kabuto.Data.Import;

/// <summary>One file format: recognises its files from the name and the first lines, and turns each data row into
/// exactly one accepted record or one rejection in the <see cref="IRowSink"/>.</summary>
public interface IFormatImporter
{
    /// <summary>The name shown in summaries and accepted by --format (e.g. "yahoo-csv").</summary>
    string Format { get; }

    bool Detect(FileSample sample);

    /// <summary>Reads the whole file. Throws <c>Fail.Input</c> only when the file as a whole is unreadable (no header,
    /// wrong layout); a bad row is rejected through the sink and the import goes on.</summary>
    void Read(SourceFile file, IRowSink sink);
}

/// <summary>What detection sees: the name, its folder, and the first decoded lines (none for a zip).</summary>
public sealed record FileSample(string FileName, string FolderName, IReadOnlyList<string> FirstLines, bool IsZip);

/// <summary>A file being imported: its path, a stable source name ("folder/file") and the decoded text.</summary>
public sealed class SourceFile(string path, string source, string text, string encodingName, string? fileName = null)
{
    public string Path { get; } = path;

    /// <summary>"parent-folder/file-name": the identity of the source in the store and in findings.</summary>
    public string Source { get; } = source;

    public string Text { get; } = text;

    public string EncodingName { get; } = encodingName;

    /// <summary>The file's name; for a fetched document, the name it would have as a download (e.g. "^KS11.csv"),
    /// which is what a reader keys the series on.</summary>
    public string FileName { get; } = fileName ?? System.IO.Path.GetFileName(path);

    public IEnumerable<(int Number, string Text)> Lines() => SourceText.Lines(Text);
}

/// <summary>A source's answer turned into text one of the readers reads: what the fetch use case hands to
/// <see cref="ImportService.ImportDocuments"/>. <paramref name="Url"/> never holds a secret (keys travel in headers and
/// are removed from query strings before this is built).</summary>
/// <param name="Source">The document's stable name, e.g. "jquants/equities/bars/daily/2026-03-18": the source in the store.</param>
/// <param name="Url">The request without secrets (provenance: imports.path).</param>
/// <param name="Format">Decides the precedence of the rows and is recorded as imports.format (e.g. "jquants-indices").</param>
/// <param name="Reader">The reader of <paramref name="Text"/> (one of the file importers or a fetch-only one).</param>
/// <param name="FileName">The name the reader sees, e.g. "^KS11.csv" for a series keyed on the file name.</param>
public sealed record FetchedDocument(string Source, string Url, string Format, IFormatImporter Reader, string FileName, string Text, DateTimeOffset FetchedUtc);
