using System.Text.RegularExpressions;

namespace Kabuto.Writing.Checking;

/// <summary>Plain text into sentences: typographic quotes and spaces normalised, table rows read as "A: B" lines,
/// periods after abbreviations ("U.S.", "Ltd.", "Feb.") and inside numbers not taken as sentence ends.</summary>
public static partial class Sentences
{
    [GeneratedRegex(@"(?<=[.!?])\s+(?=[""“A-Z])")]
    private static partial Regex Boundary();

    [GeneratedRegex(@"\b(?:U\.S|U\.K|Ltd|Inc|Corp|Co|Jan|Feb|Aug|Sept|Oct|Nov|Dec|St|Mr|Ms|Dr|No)\.$")]
    private static partial Regex Abbreviation();

    public static IReadOnlyList<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalised = text.Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u00a0', ' ').Replace('\u2212', '-')
            .Replace("\r", string.Empty, StringComparison.Ordinal);
        var sentences = new List<string>();
        foreach (var rawLine in normalised.Split('\n'))
        {
            var line = TableRow(rawLine.Trim());
            if (line.Length == 0 || line.StartsWith("*this image", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var pending = string.Empty;
            foreach (var piece in Boundary().Split(line))
            {
                var joined = pending.Length == 0 ? piece : pending + " " + piece;
                if (Abbreviation().IsMatch(piece.TrimEnd()))
                {
                    pending = joined;
                    continue;
                }

                sentences.Add(joined.Trim());
                pending = string.Empty;
            }

            if (pending.Length > 0)
            {
                sentences.Add(pending.Trim());
            }
        }

        return sentences.Where(s => s.Length > 0).ToList();
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
