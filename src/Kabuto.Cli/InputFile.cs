using System.Text;
using Kabuto.Core.Errors;
using Kabuto.Data.Import;

namespace Kabuto.Cli;

/// <summary>A text file named on the command line (an article, a definition, a member table), checked before it is
/// read: it must exist, be a file, hold something and be text. A binary file is named, never quoted.</summary>
internal static class InputFile
{
    /// <param name="path">The path as the user gave it (messages name it so).</param>
    /// <param name="what">What the file should be, for the fix: "a plain-text article".</param>
    public static string ReadText(string path, string what)
    {
        if (Directory.Exists(path))
        {
            throw Fail.Input(path, null, "the path", null, "is a folder", $"give {what}");
        }

        if (!File.Exists(path))
        {
            throw Fail.Input(path, null, "the file", null, "does not exist", $"give {what}");
        }

        var bytes = File.ReadAllBytes(path);
        if (bytes.Length == 0)
        {
            throw Fail.Input(path, null, "the file", null, "is empty", $"give {what}");
        }

        if (SourceText.IsBinary(bytes))
        {
            throw Fail.Input(path, null, "the file", null, "is binary (not text)", $"give {what}");
        }

        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
