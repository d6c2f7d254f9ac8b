using System.Globalization;
using System.Text.RegularExpressions;
using Kabuto.Analytics.Facts;
using Kabuto.Writing.Text;

namespace Kabuto.Writing.Grounding;

/// <summary>A number in the text that no fact accounts for.</summary>
public sealed record UngroundedNumber(string Text, int Position, string Context);

/// <summary>The mechanical grounding test: every number in rendered text must be the formatted value, reference value
/// or round level of one of the article's facts, or a component of a fact's date or reference date.</summary>
public static partial class GroundingCheck
{
    [GeneratedRegex(@"\d[\d,]*(?:\.\d+)?")]
    private static partial Regex NumberPattern();

    // Names that contain digits and are not numbers: "Nikkei 225", "S&P 500", "CSI 300", "ASX 200", "Nifty 50",
    // "TSE's 33 industry sectors" (the count of sectors is a fixed classification, not a market number).
    [GeneratedRegex(@"(?:Nikkei 225|S&P 500|S&P/ASX 200|CSI 300|Nifty 50|Tokyo Stock Exchange's 33|N225)")]
    private static partial Regex NamePattern();

    public static IReadOnlyList<UngroundedNumber> Check(string text, IEnumerable<Fact> facts)
    {
        ArgumentNullException.ThrowIfNull(text);
        var allowed = AllowedStrings(facts);
        var masked = NamePattern().Replace(text, m => new string('x', m.Length));
        var problems = new List<UngroundedNumber>();
        foreach (Match m in NumberPattern().Matches(masked))
        {
            var number = m.Value.TrimEnd(',');
            if (!allowed.Contains(number))
            {
                var start = Math.Max(0, m.Index - 30);
                problems.Add(new UngroundedNumber(number, m.Index, text.Substring(start, Math.Min(text.Length - start, 70))));
            }
        }

        return problems;
    }

    /// <summary>Every string a fact may legitimately print as.</summary>
    public static HashSet<string> AllowedStrings(IEnumerable<Fact> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var allowed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fact in facts)
        {
            AddValue(allowed, fact.Value);
            allowed.Add(Numbers.ForUnit(fact.Unit, fact.Value).TrimEnd('%'));
            if (fact.Kind == FactKinds.Turnover)
            {
                allowed.Add(Numbers.YenAmount(fact.Value).Split(' ')[0]);
            }
            if (fact.ReferenceValue is { } reference)
            {
                AddValue(allowed, reference);
            }

            AddDate(allowed, fact.Date);
            if (fact.ReferenceDate is { } date)
            {
                AddDate(allowed, date);
            }
        }

        return allowed;
    }

    private static void AddValue(HashSet<string> allowed, decimal value)
    {
        allowed.Add(Numbers.Level(Math.Abs(value)));
        allowed.Add(Numbers.Percent(value).TrimEnd('%'));
        if (value == decimal.Truncate(value))
        {
            allowed.Add(Numbers.RoundLevel(Math.Abs(value)));
        }
    }

    private static void AddDate(HashSet<string> allowed, DateOnly date)
    {
        allowed.Add(date.Day.ToString(CultureInfo.InvariantCulture));
        allowed.Add(date.Year.ToString(CultureInfo.InvariantCulture));
        allowed.Add(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }
}
