using Kabuto.Analytics.Facts;
using Kabuto.Writing.Documents;
using Kabuto.Writing.Facts;
using Kabuto.Writing.Planning;
using Kabuto.Writing.Text;

namespace Kabuto.Writing.Composing;

/// <summary>Turns gathered facts into the document: plan the stories, then headline, lede, highlights, drivers,
/// sectors, the region, Wall Street and the yen. A midday edition without morning-session facts says so.</summary>
public static class WrapComposer
{
    public static Article Compose(WrapInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var index = input.Main.SeriesId;
        var edition = input.Edition == WrapEdition.Midday ? "midday" : "close";
        var change = input.Main.Facts.Find(FactKinds.ChangePercent, index, input.Session);
        var close = input.Main.Facts.Find(FactKinds.Close, index, input.Session);
        if (change is null && close is not null && AcrossGap.Since(input.Main.Facts, index, input.Session) is { } since)
        {
            return CloseAfterMissingSessions(input, edition, close, since);
        }

        if (change is null || close is null)
        {
            return NoSessionData(input, edition);
        }

        var stories = StoryPlanner.Plan(input.Main.Facts, index, input.Second?.Facts, input.Second?.SeriesId, input.Session);

        // The headline first: its verb is kept out of the lede.
        var headline = Headlines.Write(input, stories[0], change);
        var sections = new List<Section?>
        {
            new(SectionKind.Lede, null, LedeWriter.Write(input, stories)),
            SectionWriters.Highlights(input, stories.Skip(1).ToList()),
            SectionWriters.Drivers(input),
            SectionWriters.Sectors(input),
            input.Edition == WrapEdition.Close ? SectionWriters.Region(input) : null,
            SectionWriters.WallStreet(input),
            SectionWriters.Currency(input),
        };
        var body = sections.OfType<Section>().ToList();
        return new Article(input.Market.Id, input.Date, edition, headline, body, UsedFacts(input, body));
    }

    /// <summary>The main index closed, but the store holds no close for a trading day before it: its move on the day is
    /// not known. The article gives the close, the change since the last close held as what it is, the second index,
    /// the region, Wall Street and the yen; no move verb, no drivers or sectors (they would explain a move not known).</summary>
    private static Article CloseAfterMissingSessions(WrapInput input, string edition, Fact close, Fact since)
    {
        var index = input.Main.SeriesId;
        var lede = new ParagraphBuilder().Text($"{Phrasebook.Capitalize(Phrasebook.FullName(index))} ended at ").Value(close).Text($" on {Dates.Weekday(input.Date)}");
        var paragraphs = new List<Paragraph> { AcrossGap.Tell(lede, input.Main.Facts, since, input.Date).Text(".").Build() };
        var body = new List<Section?>
        {
            new(SectionKind.Lede, null, paragraphs.Concat(LedeWriter.SecondOnly(input)).ToList()),
            input.Edition == WrapEdition.Close ? SectionWriters.Region(input) : null,
            SectionWriters.WallStreet(input),
            SectionWriters.Currency(input),
        }.OfType<Section>().ToList();
        var headline = new ParagraphBuilder().Text($"{Phrasebook.HeadlineName(index)} ends at ").Value(close);
        if (input.Main.Facts.Find(FactKinds.MissingSessionsBefore, index, input.Session) is { ReferenceDate: { } first } missing)
        {
            headline.Text("; no close held for ").ReferenceDate(missing, withYear: first.Year != input.Date.Year);
        }

        return new Article(input.Market.Id, input.Date, edition, headline.Build(), body, UsedFacts(input, body));
    }

    private static Article NoSessionData(WrapInput input, string edition)
    {
        var index = input.Main.SeriesId;
        var what = input.Edition == WrapEdition.Midday ? "morning-session" : "closing";
        var name = Phrasebook.FullName(index).Replace("Japan's ", "the ", StringComparison.Ordinal);
        var notice = new ParagraphBuilder()
            .Text($"{Phrasebook.Capitalize(what)} prices for {name} on {Dates.Long(input.Date)}, are not held, so this {edition} edition gives no session figures rather than estimate them.");
        var paragraphs = new List<Paragraph> { notice.Build() };
        if (input.Main.Facts.Find(FactKinds.PreviousClose, index, input.Session) is { } previous)
        {
            var on = previous.ReferenceDate ?? previous.Date;
            paragraphs.Add(new ParagraphBuilder().Text($"{Phrasebook.Capitalize(Phrasebook.ShortName(index))} closed at ").Value(previous)
                .Text($" in the previous session, on {Dates.Weekday(on)}, ").ReferenceDate(previous, withYear: on.Year != input.Date.Year).Text(".").Build());
        }

        var body = new List<Section?>
        {
            new(SectionKind.Notice, null, paragraphs),
            SectionWriters.WallStreet(input),
            SectionWriters.Currency(input),
        }.OfType<Section>().ToList();
        var headline = new ParagraphBuilder().Text($"{input.Market.Name} {edition}: {Phrasebook.HeadlineName(index)} {what} prices not held for {Dates.Short(input.Date, withYear: false)}");
        return new Article(input.Market.Id, input.Date, edition, headline.Build(), body, UsedFacts(input, body));
    }

    /// <summary>The facts the article cites, plus the main index's day facts (the JSON shows what was considered).</summary>
    private static IReadOnlyList<Fact> UsedFacts(WrapInput input, IReadOnlyList<Section> body)
    {
        var cited = body.SelectMany(s => s.Paragraphs).SelectMany(p => p.Runs).OfType<NumberRun>().Select(n => n.FactId).ToHashSet(StringComparer.Ordinal);
        return input.Main.Facts.Concat(input.AllFacts.Where(f => cited.Contains(f.Id)))
            .DistinctBy(f => f.Id).ToList();
    }
}
