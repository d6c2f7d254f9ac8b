using System.Text.RegularExpressions;

namespace Kabuto.Checking;

/// <summary>Plain text into sentences: typographic quotes and spaces normalised, table rows read as "A: B" lines,
/// periods after abbreviations ("U.S.", "Ltd.", "Feb.") and inside numbers not taken as sentence ends.</summary>
public static partial class Sentences
{
    [GeneratedRegex(@"(?<=[.!?])\s+(?=[""“A-Z])")]
    private static partial Regex Boundary();

    [GeneratedRegex(@"\b(?:U\.S|U\.K|Ltd|Inc|Corp|Co|Jan|Feb|Aug|Sept|Oct|Nov|Dec|St|Mr|Ms|Dr|No)\.$")]
    private static partial Regex Abbreviation();

    public static IReadOnlyList<string> Split(string text) => SplitWithOffsets(text).Select(s => s.Text).ToList();

    /// <summary>The text with typographic characters replaced one for one (carriage returns become spaces), so an
    /// offset in it is an offset in the text as given.</summary>
    public static string Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var chars = text.Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u00a0', ' ').Replace('\u2212', '-').Replace('\r', ' ').ToCharArray();

        // Hard-wrapped text: a line break inside a sentence (no closing punctuation before it, a lower-case word or a
        // number after it: "to a new record\nclose", "Britain's FTSE\n100") is a space.
        for (var i = 1; i + 1 < chars.Length; i++)
        {
            if (chars[i] == '\n' && chars[i - 1] is not ('.' or '!' or '?' or ':' or '"' or '\n' or ' ') && chars[i - 1] != '|'
                && (char.IsLower(chars[i + 1]) || char.IsDigit(chars[i + 1])) && char.IsLetterOrDigit(chars[i - 1]))
            {
                chars[i] = ' ';
            }
        }

        return new string(chars);
    }

    /// <summary>The sentences with the character offset where each starts in the text as given (a table row starts
    /// at its line).</summary>
    public static IReadOnlyList<(string Text, int Offset)> SplitWithOffsets(string text)
    {
        var normalised = Normalise(text);
        var sentences = new List<(string, int)>();
        var lineStart = 0;
        foreach (var rawLine in normalised.Split('\n'))
        {
            var start = lineStart;
            lineStart += rawLine.Length + 1;
            var line = TableRow(rawLine.Trim());
            if (line.Length == 0 || line.StartsWith("*this image", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var cursor = start;
            var pending = string.Empty;
            var pendingAt = cursor;
            foreach (var piece in Boundary().Split(line))
            {
                var found = normalised.IndexOf(piece, cursor, StringComparison.Ordinal);
                var at = found >= 0 && found < lineStart ? found : start;
                cursor = found >= 0 && found < lineStart ? found + piece.Length : cursor;
                var joined = pending.Length == 0 ? piece : pending + " " + piece;
                if (pending.Length == 0)
                {
                    pendingAt = at;
                }

                if (Abbreviation().IsMatch(piece.TrimEnd()))
                {
                    pending = joined;
                    continue;
                }

                if (joined.Trim().Length > 0)
                {
                    sentences.Add((joined.Trim(), pendingAt));
                }

                pending = string.Empty;
            }

            if (pending.Trim().Length > 0)
            {
                sentences.Add((pending.Trim(), pendingAt));
            }
        }

        return sentences;
    }

    /// <summary>"| Nikkei 225 | 2.05% |" reads as "Nikkei 225: 2.05%"; separator rows vanish.</summary>
    private static string TableRow(string line)
    {
        if (!line.StartsWith('|'))
        {
            return line.TrimStart('-', '*', ' ', '#');
        }

        var cells = line.Trim('|').Split('|').Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
        return cells.All(c => c.Trim('-', ':').Length == 0) ? string.Empty : string.Join(": ", cells);
    }
}
