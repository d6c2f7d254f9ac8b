using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Kabuto.Writing.Text;

/// <summary>What a Japanese number is counted in: 円 (with 銭), ドル (with セント), ポイント, %, 株, or a bare count.</summary>
public enum JapaneseUnit
{
    None,
    Yen,
    Dollar,
    Points,
    Percent,
    Shares,
}

/// <summary>One number read from Japanese text. <see cref="Value"/> is unsigned (the text's 高/安 is
/// <see cref="Sign"/>); <see cref="UpperValue"/> is the top of a range such as 「155円57～59銭」. <see cref="HasFraction"/>
/// says the text printed a fraction (銭, セント or decimals), so a whole number can be read as a truncation.</summary>
public sealed record JapaneseNumber(string Text, int Index, decimal Value, JapaneseUnit Unit, int Sign, bool HasFraction, decimal? UpperValue = null);

/// <summary>Numbers as Japanese market wraps print them, and the reader of all their variants, in one place so the
/// writer, its grounding check and the checker agree. Writing (house style, Nikkei/Jiji): yen in 円 and 銭 grouped by
/// 万 with the four digits after 万 padded (「5万7650円54銭」「2万0868円03銭」「1286円60銭」「0円84銭」「2644円00銭」), headline
/// figures truncated to the yen (「5万7650円」), points with two decimals (「37.26」), levels under 1万 plain
/// (「3855.28」), percent (「2.28%」), large amounts truncated to 億 or 万 (「2兆6190億円」「18億0716万株」).
/// Reading: full-width digits (FormKC), 兆/億/万 groups with or without padding, 円/銭 (銭 alone too: 「39銭」 = 0.39) and ドル/セント, decimal yen
/// (「1286.60円」), thousands commas, the 中黒 as decimal point (「0・91%」), sen ranges (「57～59銭」), and the sign
/// word after the number (高 / 安).</summary>
public static partial class JapaneseNumbers
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private static readonly string[] Groups = [string.Empty, "万", "億", "兆"];

    /// <summary>10^8, the unit turnover is truncated to (「2兆6190億円」).</summary>
    public const decimal Oku = 1_0000_0000m;

    /// <summary>A whole number grouped by 万/億/兆: 57650 → 「5万7650」, 20868 → 「2万0868」 (padded) or 「2万868」, 50000 →
    /// 「5万」, 2619000000000 → 「2兆6190億」. Zero groups are left out; 0 is 「0」.</summary>
    public static string Grouped(decimal whole, bool pad = true)
    {
        var value = decimal.Truncate(Math.Abs(whole));
        if (value >= 1_0000_0000_0000_0000m)
        {
            throw new ArgumentOutOfRangeException(nameof(whole), whole, "numbers from 1京 (10^16) up have no grouping here");
        }

        if (value == 0m)
        {
            return "0";
        }

        var parts = new List<(decimal Group, int Level)>();
        for (var level = 0; value > 0m; level++)
        {
            parts.Add((value % 10000m, level));
            value = decimal.Truncate(value / 10000m);
        }

        var text = new StringBuilder();
        for (var i = parts.Count - 1; i >= 0; i--)
        {
            var (group, level) = parts[i];
            if (group == 0m)
            {
                continue;
            }

            var digits = group.ToString(pad && i < parts.Count - 1 ? "0000" : "0", Invariant);
            text.Append(digits).Append(Groups[level]);
        }

        return text.ToString();
    }

    /// <summary>Yen and sen, rounded to the sen half away from zero: 「5万7650円54銭」, 「0円84銭」, 「2644円00銭」 (a level or
    /// change quoted to the sen keeps its 銭; a round level is <see cref="Grouped"/> plus 円: 「5万7000円」).</summary>
    public static string Yen(decimal value, bool pad = true) => WithSubunit(value, "円", "銭", pad);

    /// <summary>A move of the yen's rate: under one yen in 銭 alone, as the wires write it (「39銭の円高」, not 「0円39銭」);
    /// from one yen up as <see cref="Yen"/> (「1円03銭」). The Nikkei's own change keeps 「0円84銭」.</summary>
    public static string YenMove(decimal value, bool pad = true) =>
        Math.Round(Math.Abs(value), 2, MidpointRounding.AwayFromZero) < 1m
            ? ((int)(Math.Round(Math.Abs(value), 2, MidpointRounding.AwayFromZero) * 100m)).ToString(Invariant) + "銭"
            : Yen(value, pad);

    /// <summary>Dollars and cents, as Nikkei prints the Dow: 「5万0135ドル87セント」, 「20ドル20セント」.</summary>
    public static string Dollars(decimal value, bool pad = true) => WithSubunit(value, "ドル", "セント", pad);

    /// <summary>A headline figure: truncated to the yen, never rounded (57650.54 → 「5万7650円」, 1286.60 → 「1286円」).</summary>
    public static string YenTruncated(decimal value, bool pad = true) => Grouped(decimal.Truncate(Math.Abs(value)), pad) + "円";

    /// <summary>Truncated to the dollar: 「20ドル」.</summary>
    public static string DollarsTruncated(decimal value, bool pad = true) => Grouped(decimal.Truncate(Math.Abs(value)), pad) + "ドル";

    /// <summary>Two decimals, the whole part grouped by 万: 「37.26」, 「3855.28」, 「2万3238.67」 (no unit word).</summary>
    public static string Decimal2(decimal value, bool pad = true)
    {
        var rounded = Math.Round(Math.Abs(value), 2, MidpointRounding.AwayFromZero);
        var whole = decimal.Truncate(rounded);
        var fraction = (int)((rounded - whole) * 100m);
        return Grouped(whole, pad) + "." + fraction.ToString("00", Invariant);
    }

    /// <summary>Percent to two decimals, unsigned: 「2.28%」.</summary>
    public static string Percent(decimal value) =>
        Math.Round(Math.Abs(value), 2, MidpointRounding.AwayFromZero).ToString("0.00", Invariant) + "%";

    /// <summary>A count: 「155」.</summary>
    public static string Count(decimal value) =>
        Math.Round(Math.Abs(value), 0, MidpointRounding.AwayFromZero).ToString("0", Invariant);

    /// <summary>A large amount truncated to a power of 10000 (10^8 for 億, 10^4 for 万): turnover 2619012345678 with
    /// 10^8 → 「2兆6190億」, volume 1807163000 with 10^4 → 「18億0716万」.</summary>
    public static string Amount(decimal value, decimal truncateTo, bool pad = true)
    {
        var whole = decimal.Truncate(Math.Abs(value) / truncateTo) * truncateTo;
        return Grouped(whole, pad);
    }

    private static string WithSubunit(decimal value, string unit, string subunit, bool pad)
    {
        var rounded = Math.Round(Math.Abs(value), 2, MidpointRounding.AwayFromZero);
        var whole = decimal.Truncate(rounded);
        var cents = (int)((rounded - whole) * 100m);
        return Grouped(whole, pad) + unit + cents.ToString("00", Invariant) + subunit;
    }

    // After FormKC: an optional 兆, 億, 万 group each, then digits (commas, a decimal point); then 円/ドル with
    // sen/cents (a range 57～59銭 too), sen alone (the yen's move 「39銭の円高」) or another unit word; then the sign word.
    [GeneratedRegex(
        @"(?<![\d.])(?=\d)(?:(?<cho>\d+)兆)?(?:(?<oku>\d+)億)?(?:(?<man>\d+)万)?(?<rest>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)?"
        + @"(?:(?<unit>円|ドル)(?:(?<sub>\d{1,2})(?:[～~〜\-](?<sub2>\d{1,2}))?(?:銭|セント))?|(?<unit>ポイント|%|株)|(?<sen>銭))?(?<sign>高|安)?")]
    private static partial Regex NumberPattern();

    // The 中黒 (and the ideographic full stop some sources use) between digits is a decimal point: 「0・91%」.
    [GeneratedRegex(@"(?<=\d)[・･](?=\d)")]
    private static partial Regex MiddleDotDecimal();

    /// <summary>The text as the reader sees it: full-width digits, letters and signs folded (FormKC), the 中黒 between
    /// digits read as a decimal point. Lengths can change (「㈱」 → 「(株)」): positions refer to this text.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return MiddleDotDecimal().Replace(text.Normalize(NormalizationForm.FormKC), ".");
    }

    /// <summary>Every number in <paramref name="text"/> (normalised first, see <see cref="Normalize"/>).</summary>
    public static IReadOnlyList<JapaneseNumber> Read(string text)
    {
        var normalized = Normalize(text);
        var numbers = new List<JapaneseNumber>();
        foreach (Match m in NumberPattern().Matches(normalized))
        {
            if (m.Length == 0 || ReadMatch(m) is not { } number)
            {
                continue;
            }

            numbers.Add(number);
        }

        return numbers;
    }

    /// <summary>The single number a string such as 「5万7650円54銭」 or 「(0・91%)」 holds, or null.</summary>
    public static JapaneseNumber? ReadOne(string text)
    {
        var numbers = Read(text);
        return numbers.Count == 1 ? numbers[0] : null;
    }

    private static JapaneseNumber? ReadMatch(Match m)
    {
        var value = 0m;
        var any = false;
        foreach (var (name, scale) in new[] { ("cho", 1_0000_0000_0000m), ("oku", 1_0000_0000m), ("man", 1_0000m) })
        {
            if (m.Groups[name].Success)
            {
                value += decimal.Parse(m.Groups[name].Value, NumberStyles.None, Invariant) * scale;
                any = true;
            }
        }

        var hasFraction = false;
        if (m.Groups["rest"].Success)
        {
            var rest = m.Groups["rest"].Value.Replace(",", string.Empty, StringComparison.Ordinal);
            value += decimal.Parse(rest, NumberStyles.AllowDecimalPoint, Invariant);
            hasFraction = rest.Contains('.', StringComparison.Ordinal);
            any = true;
        }

        if (!any)
        {
            return null;
        }

        var unit = m.Groups["unit"].Value switch
        {
            "円" => JapaneseUnit.Yen,
            "ドル" => JapaneseUnit.Dollar,
            "ポイント" => JapaneseUnit.Points,
            "%" => JapaneseUnit.Percent,
            "株" => JapaneseUnit.Shares,
            _ => JapaneseUnit.None,
        };
        decimal? upper = null;
        if (m.Groups["sub"].Success)
        {
            var whole = value;
            value = whole + (Cents(m.Groups["sub"].Value) / 100m);
            upper = m.Groups["sub2"].Success ? whole + (Cents(m.Groups["sub2"].Value) / 100m) : null;
            hasFraction = true;
        }

        if (m.Groups["sen"].Success && !hasFraction && value < 100m)
        {
            // 「39銭」: sen alone, a move of the yen under one yen.
            value /= 100m;
            unit = JapaneseUnit.Yen;
            hasFraction = true;
        }

        var sign = m.Groups["sign"].Value switch { "高" => 1, "安" => -1, _ => 0 };
        return new JapaneseNumber(m.Value, m.Index, value, unit, sign, hasFraction, upper);
    }

    // 「5銭」 is five sen (0.05 yen), as 「05銭」 is.
    private static decimal Cents(string digits) => decimal.Parse(digits, NumberStyles.None, Invariant);
}
