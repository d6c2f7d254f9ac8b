using Kabuto.Analytics.Facts;
using Kabuto.Writing.Text;

namespace Kabuto.Writing.Documents;

/// <summary>Builds a paragraph from words and facts; a number can only enter the text through a fact.</summary>
public sealed class ParagraphBuilder
{
    private readonly List<Run> _runs = [];

    public ParagraphBuilder Text(string text)
    {
        if (text.Length > 0)
        {
            _runs.Add(new TextRun(text));
        }

        return this;
    }

    /// <summary>The fact's value in its unit's house format (levels 51,307.65, percent 2.17%, yen 157.23).</summary>
    public ParagraphBuilder Value(Fact fact) =>
        Number(fact.PublishedDecimals == 0 && fact.Unit is FactUnits.Level or FactUnits.Points
            ? Numbers.RoundLevel(decimal.Truncate(Math.Abs(fact.Value)))
            : Numbers.ForUnit(fact.Unit, fact.Value), fact, fact.Value);

    public ParagraphBuilder SignedPercent(Fact fact) => Number(Numbers.SignedPercent(fact.Value), fact, fact.Value);

    /// <summary>A fact's reference value (the record it beat, the level it crossed) as a level.</summary>
    public ParagraphBuilder ReferenceLevel(Fact fact) =>
        Number(Numbers.Level(fact.ReferenceValue ?? fact.Value), fact, fact.ReferenceValue ?? fact.Value);

    /// <summary>A round level such as 51,000 (a milestone's subject).</summary>
    public ParagraphBuilder RoundLevel(Fact fact) =>
        Number(Numbers.RoundLevel(fact.ReferenceValue ?? fact.Value), fact, fact.ReferenceValue ?? fact.Value);

    /// <summary>A date the fact refers to, e.g. "Oct. 27" (the numbers are the fact's reference date).</summary>
    public ParagraphBuilder ReferenceDate(Fact fact, bool withYear)
    {
        var date = fact.ReferenceDate ?? fact.Date;
        return Number(Dates.Short(date, withYear), fact, date.Day);
    }

    /// <summary>A fact's number as another language prints it (「5万7650円54銭」, 「10日」): <paramref name="value"/> is
    /// the exact number the text stands for (a value, a reference value, a date's day), the fact is where it came from.</summary>
    public ParagraphBuilder Printed(Fact fact, string text, decimal value) => Number(text, fact, value);

    public bool IsEmpty => _runs.Count == 0;

    public Paragraph Build() => new(_runs.ToList());

    private ParagraphBuilder Number(string text, Fact fact, decimal value)
    {
        _runs.Add(new NumberRun(text, fact.Id, value));
        return this;
    }
}
