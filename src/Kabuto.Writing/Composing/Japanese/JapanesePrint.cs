using System.Globalization;
using Kabuto.Analytics.Facts;
using Kabuto.Writing.Documents;
using Kabuto.Writing.Text;

namespace Kabuto.Writing.Composing.Japanese;

/// <summary>Facts into a paragraph in Japanese formats (<see cref="JapaneseNumbers"/>); every number still enters
/// through a fact, as in the English writer.</summary>
internal static class JapanesePrint
{
    /// <summary>「5万7650円54銭」; a value published to the yen stays so (「3万9883円」).</summary>
    public static ParagraphBuilder Yen(this ParagraphBuilder p, Fact fact, JapaneseStyle style) =>
        fact.PublishedDecimals == 0 ? p.YenTruncated(fact, style) : p.Printed(fact, JapaneseNumbers.Yen(fact.Value, style.PadAfterMan), fact.Value);

    /// <summary>The yen's move: 「39銭」 under a yen, 「1円03銭」 from one up.</summary>
    public static ParagraphBuilder YenMove(this ParagraphBuilder p, Fact fact, JapaneseStyle style) =>
        p.Printed(fact, JapaneseNumbers.YenMove(fact.Value, style.PadAfterMan), fact.Value);

    public static ParagraphBuilder YenReference(this ParagraphBuilder p, Fact fact, JapaneseStyle style)
    {
        var value = fact.ReferenceValue ?? fact.Value;
        return p.Printed(fact, JapaneseNumbers.Yen(value, style.PadAfterMan), value);
    }

    /// <summary>A headline figure, truncated to the yen.</summary>
    public static ParagraphBuilder YenTruncated(this ParagraphBuilder p, Fact fact, JapaneseStyle style) =>
        p.Printed(fact, JapaneseNumbers.YenTruncated(fact.Value, style.PadAfterMan), decimal.Truncate(Math.Abs(fact.Value)));

    public static ParagraphBuilder Dollars(this ParagraphBuilder p, Fact fact, JapaneseStyle style) =>
        p.Printed(fact, JapaneseNumbers.Dollars(fact.Value, style.PadAfterMan), fact.Value);

    /// <summary>Points or a level with two decimals: 「37.26」, 「3855.28」, 「2万3238.67」.</summary>
    public static ParagraphBuilder Decimal2(this ParagraphBuilder p, Fact fact, JapaneseStyle style) =>
        fact.PublishedDecimals == 0
            ? p.Printed(fact, JapaneseNumbers.Grouped(decimal.Truncate(Math.Abs(fact.Value)), style.PadAfterMan), decimal.Truncate(Math.Abs(fact.Value)))
            : p.Printed(fact, JapaneseNumbers.Decimal2(fact.Value, style.PadAfterMan), fact.Value);

    /// <summary>A round level as a figure (「5万7000」; the caller adds 円 or 台).</summary>
    public static ParagraphBuilder Level(this ParagraphBuilder p, Fact fact, JapaneseStyle style)
    {
        var value = fact.ReferenceValue ?? fact.Value;
        return p.Printed(fact, JapaneseNumbers.Grouped(value, style.PadAfterMan), value);
    }

    public static ParagraphBuilder Percent(this ParagraphBuilder p, Fact fact) =>
        p.Printed(fact, JapaneseNumbers.Percent(fact.Value), fact.Value);

    public static ParagraphBuilder Count(this ParagraphBuilder p, Fact fact) =>
        p.Printed(fact, JapaneseNumbers.Count(fact.Value), fact.Value);

    /// <summary>A date as a wrap names it from <paramref name="today"/>: 「9日」 in the same month, 「2月9日」 in the same
    /// year, else 「2024年7月11日」.</summary>
    public static ParagraphBuilder Date(this ParagraphBuilder p, Fact fact, DateOnly date, DateOnly today) =>
        p.Printed(fact, DateText(date, today), date.Day);

    public static string DateText(DateOnly date, DateOnly today)
    {
        var c = CultureInfo.InvariantCulture;
        return date.Year != today.Year ? $"{date.Year.ToString(c)}年{date.Month.ToString(c)}月{date.Day.ToString(c)}日"
            : date.Month != today.Month ? $"{date.Month.ToString(c)}月{date.Day.ToString(c)}日"
            : $"{date.Day.ToString(c)}日";
    }
}
