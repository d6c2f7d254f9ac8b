using System.Globalization;
using System.Text.RegularExpressions;

namespace Kabuto.Checking;

/// <summary>The header lines an article file may start with (<c>URL:</c>, <c>DATE:</c>, <c>OUTLET:</c>, then a blank
/// line) and where the article's own text begins. <see cref="Body"/> is the text as given with the header blanked
/// out, so every offset in it is an offset in the file.</summary>
public sealed partial record ArticleHeader(DateOnly? Published, string? Url, string? Outlet, int BodyStart, string Body)
{
    [GeneratedRegex(@"^(?<key>URL|DATE|OUTLET|TITLE|SOURCE):\s*(?<value>.*?)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex HeaderLine();

    public static ArticleHeader Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        DateOnly? published = null;
        string? url = null, outlet = null;
        var position = 0;
        var sawHeader = false;
        while (position < text.Length)
        {
            var end = text.IndexOf('\n', position);
            var line = (end < 0 ? text[position..] : text[position..end]).TrimEnd('\r');
            var next = end < 0 ? text.Length : end + 1;
            if (HeaderLine().Match(line) is { Success: true } m)
            {
                sawHeader = true;
                var value = m.Groups["value"].Value;
                switch (m.Groups["key"].Value.ToUpperInvariant())
                {
                    case "DATE" when DateOnly.TryParseExact(value.Length >= 10 ? value[..10] : value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d):
                        published = d;
                        break;
                    case "URL":
                        url = value;
                        break;
                    case "OUTLET":
                        outlet = value;
                        break;
                }

                position = next;
                continue;
            }

            if (sawHeader && line.Trim().Length == 0)
            {
                position = next;
            }

            break;
        }

        var bodyStart = sawHeader ? position : 0;
        var body = bodyStart == 0 ? text : Blank(text, bodyStart);
        return new ArticleHeader(published, url, outlet, bodyStart, body);
    }

    /// <summary>The header as spaces (line breaks kept), the rest unchanged: offsets survive.</summary>
    private static string Blank(string text, int upTo)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < upTo; i++)
        {
            if (chars[i] is not ('\n' or '\r'))
            {
                chars[i] = ' ';
            }
        }

        return new string(chars);
    }
}
