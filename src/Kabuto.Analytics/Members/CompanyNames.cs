using System.Text;
using System.Text.RegularExpressions;

namespace Kabuto.Analytics.Members;

/// <summary>Short names of listed companies as wire stories print them, made from the registered English names we
/// hold (J-Quants and JPX listings, the derived Nikkei member table): "ADVANTEST CORPORATION" -> "Advantest",
/// "SoftBank Group Corp." -> "SoftBank Group", "The Japan Steel Works,Ltd." -> "Japan Steel Works". One set of rules,
/// applied in order:
/// <list type="number">
/// <item>A parenthesised part is dropped ("SUMITOMO CORPORATION (SUMITOMO SHOJI KAISHA,LTD.)", "(shares of preferred
/// stock)"), then a leading "The".</item>
/// <item>Legal forms at the end are dropped, one after another, with their commas and periods: Co., Ltd., Co.,Ltd.,
/// Corp., Corporation, Inc., Incorporated, Limited, Company, K.K., Kabushiki Kaisha, Kaisha. "&amp; Co." belongs to
/// the name ("Mitsui &amp; Co"); "Holdings" and "Group" stay ("Kirin Holdings", "Sony Group"). A legal form inside
/// the name is abbreviated: "Tokyo Electric Power Company Holdings" -> "Tokyo Electric Power Co Holdings".</item>
/// <item>Words in capitals are title-cased ("CHUGAI PHARMACEUTICAL" -> "Chugai Pharmaceutical", "SCREEN" ->
/// "Screen", "J.FRONT" -> "J. Front") except acronyms: words of at most three letters (ANA, NEC, TDK, IHI, JFE, AGC,
/// SBI, DMG) unless they are English words (<see cref="EnglishWords"/>: "and", "of" lower case; "Gas", "Oil" ...),
/// and the brands in <see cref="KeepCapitals"/> (KDDI, TOTO, ZOZO, ENEOS, JTEKT). Words already in mixed case stay
/// as written (SoftBank, DeNA, "Seven &amp; i"), as do words with a digit or an ampersand (M3, MS&amp;AD).</item>
/// <item>A name left as a bare group name (<see cref="GroupNames"/>: Mitsubishi, Mitsui, Sumitomo, SoftBank) or
/// shorter than three characters keeps its legal form, abbreviated as wires write it: "Mitsubishi Corp",
/// "Sumitomo Corp", "SoftBank Corp", "LY Corp", "M3 Inc".</item>
/// <item>A company known by a new name is called by it (<see cref="Renamed"/>: "Nippon Telegraph and Telephone" ->
/// "NTT").</item>
/// </list>
/// <see cref="Resolve{T}"/> finds the members an article's mention names with the same short names, so the writer and
/// the checker agree on what "Advantest", "SoftBank Group" or "Tokyo Electron" means.</summary>
public static partial class CompanyNames
{
    /// <summary>Brands written in capitals although longer than three letters.</summary>
    public static readonly IReadOnlySet<string> KeepCapitals = new HashSet<string>(StringComparer.Ordinal)
    {
        "KDDI", "TOTO", "ZOZO", "ENEOS", "JTEKT",
    };

    /// <summary>English words that names write in capitals and are not acronyms: the first three are lower case inside a
    /// name, the rest title-cased.</summary>
    public static readonly IReadOnlyList<string> EnglishWords =
    [
        "AND", "OF", "THE", "GAS", "OIL", "NEW", "ONE", "AIR", "ART", "BIO", "ICE", "INK", "KEY", "SUN", "TOP", "BIG",
        "CAN", "DO", "ON", "UP", "NO", "OFF", "AGE", "LAB", "BED", "HAM", "CAT", "MFG",
    ];

    /// <summary>Group names that, left bare, would name a whole keiretsu rather than one company.</summary>
    public static readonly IReadOnlySet<string> GroupNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Mitsubishi", "Mitsui", "Sumitomo", "SoftBank",
    };

    /// <summary>Companies known by a newer or shorter name than the registered one we hold.</summary>
    public static readonly IReadOnlyDictionary<string, string> Renamed = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["Nippon Telegraph and Telephone"] = "NTT",
    };

    private static readonly HashSet<string> LowerCaseWords = new(StringComparer.Ordinal) { "AND", "OF", "THE" };

    // The last legal form, with the separators before it and the period after it ("Co.,Ltd." is two, stripped in turn).
    [GeneratedRegex(@"(?<sep>[\s,.]*)\b(?<form>Kabushiki\s+Kaisha|Kaisha|K\.K|Corporation|Corp|Incorporated|Inc|Limited|Ltd|Company|Co)\.?[\s,.]*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingLegalForm();

    [GeneratedRegex(@"\b(?:Company|Corporation)\b", RegexOptions.IgnoreCase)]
    private static partial Regex InnerLegalForm();

    [GeneratedRegex(@"\s*\([^)]*\)")]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"^The\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingThe();

    // "J.Front" -> "J. Front", "O.S.K.Lines" -> "O.S.K. Lines": a period glued to a following word.
    [GeneratedRegex(@"\.(?=\p{Lu}\p{Ll})")]
    private static partial Regex GluedPeriod();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    /// <summary>The short display name of a registered company name (see the class summary for the rules).</summary>
    public static string Short(string registered)
    {
        ArgumentNullException.ThrowIfNull(registered);
        var name = Spaces().Replace(Parenthesised().Replace(registered, string.Empty), " ").Trim();
        name = LeadingThe().Replace(name, string.Empty);
        string? innermostForm = null;
        while (TrailingLegalForm().Match(name) is { Success: true } m && m.Index > 0)
        {
            var rest = name[..m.Index].TrimEnd();
            if (rest.EndsWith('&'))
            {
                // "Mitsui & Co.": the form is part of the name.
                name = $"{rest} {Abbreviation(m.Groups["form"].Value)}";
                break;
            }

            innermostForm = m.Groups["form"].Value;
            name = rest;
        }

        name = InnerLegalForm().Replace(name, m => Abbreviation(m.Value));
        name = TitleCase(name.TrimEnd(' ', ',', '.'));
        if (Renamed.TryGetValue(name, out var renamed))
        {
            return renamed;
        }

        if (innermostForm is not null && (name.Length < 3 || GroupNames.Contains(name)))
        {
            name += " " + Abbreviation(innermostForm);
        }

        return name.Length == 0 ? registered.Trim() : name;
    }

    /// <summary>The candidates an article's mention of a company names, best match first and only the best: the short
    /// name exactly ("Tokyo Electron"); else the short name without a generic tail (<c>Group</c>, <c>Holdings</c>,
    /// <c>Motor</c>, <c>Pharmaceutical</c>, <c>Financial</c>: "Sony" is Sony Group, "Toyota" Toyota Motor,
    /// "Mitsubishi UFJ" Mitsubishi UFJ Financial Group), unless the mention is a bare group name ("Mitsubishi",
    /// "SoftBank": which one?); else the short names the mention begins ("Mitsubishi Heavy");
    /// else the registered names containing it. More than one result means the mention is ambiguous.</summary>
    public static IReadOnlyList<T> Resolve<T>(string mention, IEnumerable<T> candidates, Func<T, string?> registeredName)
    {
        ArgumentNullException.ThrowIfNull(mention);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(registeredName);
        var key = Key(Short(mention));
        if (key.Length == 0)
        {
            return [];
        }

        var named = candidates.Select(c => (Candidate: c, Registered: registeredName(c)))
            .Where(c => c.Registered is { Length: > 0 })
            .Select(c => (c.Candidate, c.Registered, Short: Key(Short(c.Registered!))))
            .ToList();
        Func<(T Candidate, string? Registered, string Short), bool>[] steps =
        [
            c => c.Short == key,
            c => Core(c.Short) == key && !GroupNames.Contains(key),
            c => c.Short.StartsWith(key + " ", StringComparison.Ordinal),
            c => Key(c.Registered!).Contains(key, StringComparison.Ordinal),
        ];
        foreach (var step in steps)
        {
            var found = named.Where(step).Select(c => c.Candidate).ToList();
            if (found.Count > 0)
            {
                return found;
            }
        }

        return [];
    }

    private static readonly HashSet<string> GenericTail = new(StringComparer.Ordinal)
    {
        "group", "holdings", "motor", "motors", "pharmaceutical", "pharma", "financial", "industries",
    };

    /// <summary>A short name without its generic last words: "sony group" -> "sony".</summary>
    private static string Core(string key)
    {
        var words = key.Split(' ').ToList();
        while (words.Count > 1 && GenericTail.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        return string.Join(' ', words);
    }

    /// <summary>Lower case, periods and commas gone, spaces single: "Mitsui O.S.K. Lines" -> "mitsui osk lines".</summary>
    private static string Key(string name)
    {
        var text = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (c is '.' or ',')
            {
                continue;
            }

            text.Append(char.IsWhiteSpace(c) || c == '-' ? ' ' : char.ToLowerInvariant(c));
        }

        return Spaces().Replace(text.ToString(), " ").Trim();
    }

    private static string Abbreviation(string form) => form.ToUpperInvariant() switch
    {
        "CORPORATION" or "CORP" => "Corp",
        "INCORPORATED" or "INC" => "Inc",
        "LIMITED" or "LTD" => "Ltd",
        "COMPANY" or "CO" => "Co",
        _ => form,
    };

    private static string TitleCase(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = Word(words[i], first: i == 0);
        }

        return GluedPeriod().Replace(string.Join(' ', words), ". ");
    }

    private static string Word(string word, bool first)
    {
        var letters = word.Count(char.IsLetter);
        if (letters == 0 || word.Any(char.IsLower) || word.Any(char.IsDigit) || word.Contains('&', StringComparison.Ordinal))
        {
            return word;
        }

        var bare = word.TrimEnd(',', '.');
        if (!first && LowerCaseWords.Contains(bare))
        {
            return word.ToLowerInvariant();
        }

        if (KeepCapitals.Contains(bare) || (letters <= 3 && !EnglishWords.Contains(bare)))
        {
            return word;
        }

        // Title-case each part of "SHIN-ETSU", "J.FRONT", "O'NEIL".
        var result = new StringBuilder(word.Length);
        var startOfPart = true;
        foreach (var c in word)
        {
            result.Append(char.IsLetter(c) ? (startOfPart ? c : char.ToLowerInvariant(c)) : c);
            startOfPart = !char.IsLetter(c);
        }

        return result.ToString();
    }
}
