using Kabuto.Analytics.Facts;
using Kabuto.Writing.Documents;
using Kabuto.Writing.Facts;
using Kabuto.Writing.Text;

namespace Kabuto.Writing.Composing.Japanese;

/// <summary>The Japanese wrap of a day whose move is not known: morning prices not held (a 前引け edition over daily
/// bars), or no close held for a trading day before the date. What is held is said as what it is.</summary>
internal static class JapaneseNotices
{
    public static (Paragraph Headline, IReadOnlyList<Section> Body) NoSessionData(JapaneseDay day)
    {
        var input = day.Input;
        var index = input.Main.SeriesId;
        var midday = input.Edition == WrapEdition.Midday;
        var anyFact = input.Main.Facts[0];
        if (midday)
        {
            return MorningNotHeld(day, anyFact);
        }

        var what = "終値";
        var notice = new ParagraphBuilder().Date(anyFact, input.Date, input.Date).Text($"の{JapaneseNames.Full(index)}の{what}の値は保有していないため、この")
            .Text("大引け版では取引時間中の数値を示さない。");
        var paragraphs = new List<Paragraph> { notice.Build() };
        if (input.Main.Facts.Find(FactKinds.PreviousClose, index, input.Session) is { } previous)
        {
            paragraphs.Add(new ParagraphBuilder().Text("前営業日(").Date(previous, previous.ReferenceDate ?? previous.Date, input.Date).Text(")の終値は")
                .Yen(previous, day.Style).Text("だった。").Build());
        }

        var body = new List<Section?>
        {
            new(SectionKind.Notice, null, paragraphs),
            JapaneseSections.WallStreet(day),
            JapaneseSections.Currency(day),
        }.OfType<Section>().ToList();
        var headline = new ParagraphBuilder().Text($"{JapaneseNames.Short(index)}の終値の値は保有せず");
        return (headline.Build(), body);
    }

    /// <summary>The 前引け edition without an 11:30 level: one line saying which data would make it (the level as a
    /// published session level, imported or fetched on the day), nothing else, since nothing else is of 11:30.</summary>
    private static (Paragraph Headline, IReadOnlyList<Section> Body) MorningNotHeld(JapaneseDay day, Fact anyFact)
    {
        var input = day.Input;
        var index = input.Main.SeriesId;
        var line = new ParagraphBuilder().Date(anyFact, input.Date, input.Date)
            .Text($"の{JapaneseNames.Full(index)}の前引けの値を保有していないため、前引け版は書けない。その日の前引けの値を")
            .Text("published session levels の morning_close 行として kabuto import で取り込むか、当日中に kabuto fetch yahoo で取得すれば書ける。");
        var headline = new ParagraphBuilder().Text($"{JapaneseNames.Short(index)}の前引けの値は保有せず");
        return (headline.Build(), [new Section(SectionKind.Notice, null, [line.Build()])]);
    }

    public static (Paragraph Headline, IReadOnlyList<Section> Body) AfterMissingSessions(JapaneseDay day, Fact close, Fact since)
    {
        var input = day.Input;
        var index = input.Main.SeriesId;
        var lede = new ParagraphBuilder().Date(close, input.Date, input.Date).Text($"の{JapaneseNames.Full(index)}の終値は").Yen(close, day.Style).Text("だった。");
        var paragraphs = new List<Paragraph> { SinceLastHeld(lede, day, input.Main.Facts, since).Build() };
        if (JapaneseSections.Second(day) is { } second)
        {
            paragraphs.Add(second);
        }

        var body = new List<Section?>
        {
            new(SectionKind.Lede, null, paragraphs),
            JapaneseSections.WallStreet(day),
            JapaneseSections.Currency(day),
        }.OfType<Section>().ToList();
        var headline = new ParagraphBuilder().Text($"{JapaneseNames.Short(index)}の終値は").YenTruncated(close, day.Style);
        if (input.Main.Facts.Find(FactKinds.MissingSessionsBefore, index, input.Session) is { ReferenceDate: { } first } missing)
        {
            headline.Text("\u3000").Date(missing, first, input.Date).Text("の終値は保有せず");
        }

        return (headline.Build(), body);
    }

    /// <summary>「前回保有する8月19日の終値から1.37%高い。8月20日の終値を保有していないため、この日の値動きは分からない。」</summary>
    public static ParagraphBuilder SinceLastHeld(ParagraphBuilder p, JapaneseDay day, IReadOnlyList<Fact> facts, Fact since)
    {
        var input = day.Input;
        p.Text("前回保有する").Date(since, since.ReferenceDate ?? since.Date, input.Date).Text("の終値から");
        p.Text(since.Value == 0 ? "横ばい。" : string.Empty);
        if (since.Value != 0)
        {
            p.Percent(since).Text(since.Value > 0 ? "高い。" : "低い。");
        }

        if (facts.Find(FactKinds.MissingSessionsBefore, since.Index, since.Session) is { ReferenceDate: { } first } missing)
        {
            if (missing.Value == 1)
            {
                p.Date(missing, first, input.Date).Text("の終値を保有していないため、");
            }
            else
            {
                p.Date(missing, first, input.Date).Text("からの").Count(missing).Text("営業日の終値を保有していないため、");
            }

            p.Text("この日の値動きは分からない。");
        }

        return p;
    }
}
