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
public sealed class SourceFile(string path, string source, string text, string encodingName)
{
    public string Path { get; } = path;

    /// <summary>"parent-folder/file-name": the identity of the source in the store and in findings.</summary>
    public string Source { get; } = source;

    public string Text { get; } = text;

    public string EncodingName { get; } = encodingName;

    public string FileName => System.IO.Path.GetFileName(Path);

    public IEnumerable<(int Number, string Text)> Lines() => SourceText.Lines(Text);
}
