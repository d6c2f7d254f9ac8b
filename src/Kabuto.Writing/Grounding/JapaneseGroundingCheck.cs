using System.Text.RegularExpressions;
using Kabuto.Analytics.Facts;
using Kabuto.Writing.Text;

namespace Kabuto.Writing.Grounding;

/// <summary>The grounding test for Japanese text: every number read by <see cref="JapaneseNumbers"/> (「5万7650円54銭」,
/// 「1286円60銭高」, 「37.26ポイント」, 「(2.05%)」, 「0・91%」, 「2兆6190億円」, 「18億0716万株」, full-width digits) must be a
/// fact's value or reference value to two decimals, or, printed without a fraction, its truncation to a whole number
/// (headlines truncate: 「1286円高」 for 1,286.60); or a day, month or year of a fact's date or reference date; (a round level
/// is its fact's reference value). A stock code in angle brackets (「&lt;9984&gt;」) must be the subject of a fact.
/// Names with digits (日経225, 東証33業種, S&amp;P500, ダウ工業株30種, 1ドル=) are not numbers.</summary>
public static partial class JapaneseGroundingCheck
{
    [GeneratedRegex(@"(?:日経225|東証33業種|S&P500|S&P/ASX200|ダウ工業株30種|CSI300|Nifty50|グロース市場250|グロース250|1ドル=)")]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"<(?<code>[0-9A-Z]{4,5})>")]
    private static partial Regex CodePattern();

    public static IReadOnlyList<UngroundedNumber> Check(string text, IEnumerable<Fact> facts)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(facts);
        var list = facts.ToList();
        var (exact, whole, subjects) = Allowed(list);
        var normalized = JapaneseNumbers.Normalize(text);
        var problems = new List<UngroundedNumber>();
        var masked = CodePattern().Replace(normalized, m =>
        {
            if (!subjects.Contains(m.Groups["code"].Value))
            {
                problems.Add(new UngroundedNumber(m.Value, m.Index, Context(normalized, m.Index)));
            }

            return new string('x', m.Length);
        });
        masked = NamePattern().Replace(masked, m => new string('x', m.Length));
        foreach (var number in JapaneseNumbers.Read(masked))
        {
            var grounded = exact.Contains(number.Value) || (!number.HasFraction && whole.Contains(number.Value));
            if (grounded && number.UpperValue is { } upper)
            {
                grounded = exact.Contains(upper);
            }

            if (!grounded)
            {
                problems.Add(new UngroundedNumber(number.Text, number.Index, Context(normalized, number.Index)));
            }
        }

        return problems.OrderBy(p => p.Position).ToList();
    }

    private static (HashSet<decimal> Exact, HashSet<decimal> Whole, HashSet<string> Subjects) Allowed(IReadOnlyList<Fact> facts)
    {
        var exact = new HashSet<decimal>();
        var whole = new HashSet<decimal>();
        var subjects = new HashSet<string>(StringComparer.Ordinal);
        void Value(decimal value)
        {
            var magnitude = Math.Abs(value);
            exact.Add(Math.Round(magnitude, 2, MidpointRounding.AwayFromZero));
            whole.Add(decimal.Truncate(magnitude));
        }

        void Date(DateOnly date)
        {
            exact.Add(date.Day);
            exact.Add(date.Month);
            exact.Add(date.Year);
        }

        foreach (var fact in facts)
        {
            Value(fact.Value);
            if (fact.ReferenceValue is { } reference)
            {
                Value(reference);
            }

            if (fact.Kind == FactKinds.Turnover)
            {
                // Turnover prints truncated to 億円 (「2兆6190億円」).
                exact.Add(decimal.Truncate(Math.Abs(fact.Value) / JapaneseNumbers.Oku) * JapaneseNumbers.Oku);
            }

            Date(fact.Date);
            if (fact.ReferenceDate is { } referenceDate)
            {
                Date(referenceDate);
            }

            if (fact.Subject is { } subject)
            {
                subjects.Add(subject);
            }
        }

        return (exact, whole, subjects);
    }

    private static string Context(string text, int index)
    {
        var start = Math.Max(0, index - 20);
        return text.Substring(start, Math.Min(text.Length - start, 50));
    }
}
