using Kabuto.Analytics.Facts;
using Kabuto.Writing.Documents;
using Kabuto.Writing.Facts;
using Kabuto.Writing.Planning;
using Kabuto.Writing.Text;

namespace Kabuto.Writing.Composing;

/// <summary>The lede: the main index's move in points and percent to its level, the lead story's clause, the day's
/// range, and the second index (TOPIX for Tokyo) with a divergence when there is one.</summary>
internal static class LedeWriter
{
    public static IReadOnlyList<Paragraph> Write(WrapInput input, IReadOnlyList<Story> stories)
    {
        var index = input.Main.SeriesId;
        var facts = input.Main.Facts;
        var session = input.Session;
        var midday = input.Edition == WrapEdition.Midday;
        var change = facts.Find(FactKinds.ChangePercent, index, session)!;
        var close = facts.Find(FactKinds.Close, index, session)!;
        var points = facts.Find(FactKinds.ChangePoints, index, session);

        var first = new ParagraphBuilder();
        var when = midday ? $" by the midday break on {Dates.Weekday(input.Date)}" : $" on {Dates.Weekday(input.Date)}";
        if (Phrasebook.PrintsAsZero(change.Value) && (points is null || Phrasebook.PrintsAsZero(points.Value)))
        {
            first.Text($"{Phrasebook.Capitalize(Phrasebook.FullName(index))} {(midday ? "was unchanged at " : "closed unchanged at ")}").Value(close).Text(when);
        }
        else
        {
            first.Text($"{Phrasebook.Capitalize(Phrasebook.FullName(index))} {Phrasebook.Verb(change.Value, input.Date, "lede", input.UsedVerbs)} ");
            if (points is null)
            {
                first.Value(change);
            }
            else if (Phrasebook.PrintsAsZero(change.Value))
            {
                // "edged up 2.10 points, or 0.00%," says nothing the points do not.
                first.Value(points).Text(" points");
            }
            else
            {
                first.Value(points).Text(" points, or ").Value(change).Text(",");
            }

            first.Text(midday ? " to " : Phrasebook.Pick(input.Date, "close-at", [" to close at ", " to end at ", " to finish at "]))
                .Value(close).Text(when);
        }

        LeadClause(first, stories, index, facts, session);
        first.Text(".");

        var paragraphs = new List<Paragraph> { first.Build() };
        if (Range(input, index, facts, session) is { } range)
        {
            paragraphs.Add(range);
        }

        if (input.Second is { } second && SecondIndex(input, second, change) is { } other)
        {
            paragraphs.Add(other);
        }

        if (Growth250(input) is { } growth)
        {
            paragraphs.Add(growth);
        }

        return paragraphs;
    }

    /// <summary>"The Growth Market 250 index fell 0.54% to 676.48." when its day's move is held; nothing otherwise (a
    /// close after a missing session has no daily move to tell).</summary>
    private static Paragraph? Growth250(WrapInput input)
    {
        if (input.Growth250 is not { } growth || growth.Date != input.Date
            || growth.Facts.Find(FactKinds.ChangePercent, growth.SeriesId, Sessions.Close) is not { } change
            || growth.Facts.Find(FactKinds.Close, growth.SeriesId, Sessions.Close) is not { } close)
        {
            return null;
        }

        var name = Phrasebook.Capitalize(Phrasebook.FullName(growth.SeriesId));
        return (Phrasebook.PrintsAsZero(change.Value)
                ? new ParagraphBuilder().Text($"{name} was flat at ").Value(close)
                : new ParagraphBuilder().Text($"{name} {Phrasebook.Verb(change.Value, input.Date, "growth", input.UsedVerbs)} ").Value(change).Text(" to ").Value(close))
            .Text(".").Build();
    }

    /// <summary>The second index's paragraph alone (a day whose main index has no daily move to compare it with).</summary>
    public static IReadOnlyList<Paragraph> SecondOnly(WrapInput input) =>
        input.Second is { } second && SecondIndex(input, second, null) is { } other ? [other] : [];

    private static void LeadClause(ParagraphBuilder p, IReadOnlyList<Story> stories, string index, IReadOnlyList<Fact> facts, string session)
    {
        var firstAbove = stories.FirstOrDefault(s => s.Kind == StoryKind.FirstCloseAbove);
        var record = facts.Find(FactKinds.RecordClose, index, session);
        // At the lunch break nothing has closed: the level is above the record close, not one.
        var midday = session == Sessions.Morning;
        if (record is not null)
        {
            p.Text(midday ? ", above the record close of " : ", a record close that beat the previous high of ").ReferenceLevel(record)
                .Text(" set on ").ReferenceDate(record, withYear: record.ReferenceDate?.Year != record.Date.Year);
        }

        if (firstAbove is not null)
        {
            p.Text(midday ? (record is null ? ", above " : ", and above ") : record is null ? ", its first close above " : ", and its first finish above ")
                .RoundLevel(firstAbove.Fact).Text(midday ? " for the first time" : string.Empty);
        }
        else if (stories.FirstOrDefault(s => s.Kind == StoryKind.FirstCloseBelow) is { } below)
        {
            p.Text(", closing below ").RoundLevel(below.Fact).Text(" for the first time");
        }
        else if (stories.FirstOrDefault(s => s.Kind == StoryKind.TopRankedMove || (s.Kind == StoryKind.RankedMove && s == stories[0])) is { } ranked)
        {
            p.Text($", the {Headlines.RankPhrase(ranked.Fact)}");
            if (ranked.Fact.ReferenceDate is not null)
            {
                p.Text(" in data going back to ").ReferenceDate(ranked.Fact, withYear: true);
            }
            else if (facts.Find(WritingFactKinds.HistoryStart, index, Sessions.History) is { } start)
            {
                p.Text(" in data going back to ").ReferenceDate(start, withYear: true);
            }
        }
        else if (record is null && facts.Find(FactKinds.HighestCloseSince, index, session) is { ReferenceDate: not null } since)
        {
            p.Text(", its highest close since ").ReferenceDate(since, withYear: since.ReferenceDate!.Value.Year != since.Date.Year);
        }
    }

    /// <summary>The session's range: "It traded between A and B", "It closed at the day's high after trading as low as
    /// A" (no range to speak of when the close is an end of it), or the record intraday high with the previous peak.</summary>
    private static Paragraph? Range(WrapInput input, string index, IReadOnlyList<Fact> facts, string session)
    {
        var high = facts.Find(FactKinds.High, index, session);
        var low = facts.Find(FactKinds.Low, index, session);
        var close = facts.Find(FactKinds.Close, index, session);
        if (high is null || low is null || close is null)
        {
            return null;
        }

        var midday = input.Edition == WrapEdition.Midday;
        var p = new ParagraphBuilder();
        if (facts.Find(FactKinds.RecordIntradayHigh, index, session) is { } recordHigh)
        {
            var atHigh = close.Value == high.Value;
            p.Text(atHigh
                    ? midday ? "That was also a record intraday high, above the previous peak of " : "That was also its highest level ever traded, above the previous intraday peak of "
                    : Phrasebook.Pick(input.Date, "range-record", ["During the session the index hit an all-time high of ", "The index touched a record intraday high of "]));
            if (!atHigh)
            {
                p.Value(recordHigh).Text(", above the previous peak of ");
            }

            p.ReferenceLevel(recordHigh).Text(" from ").ReferenceDate(recordHigh, withYear: recordHigh.ReferenceDate?.Year != recordHigh.Date.Year);
            if (low.Value != close.Value)
            {
                p.Text(", and traded as low as ").Value(low);
            }
        }
        else if (close.Value == high.Value && low.Value != high.Value)
        {
            p.Text(midday ? "It was at the morning's high at the break, after trading as low as " : "It closed at the day's high, after trading as low as ").Value(low);
        }
        else if (close.Value == low.Value && low.Value != high.Value)
        {
            p.Text(midday ? "It was at the morning's low at the break, after trading as high as " : "It closed at the day's low, after trading as high as ").Value(high);
        }
        else
        {
            var (opening, joiner) = Phrasebook.Pick(input.Date, "range", midday
                ? ["In the morning session it traded between |and", "Before the break it ranged from |to"]
                : ["It traded between |and", "Over the session it ranged from |to", "Intraday, it moved between |and"]).Split('|') switch
            {
                var parts => (parts[0], $" {parts[1]} "),
            };
            p.Text(opening).Value(low).Text(joiner).Value(high);
        }

        if (facts.Find(FactKinds.FirstPrintAbove, index, session) is { } print)
        {
            p.Text(", trading above ").RoundLevel(print).Text(" for the first time");
        }

        return p.Text(".").Build();
    }

    private static Paragraph? SecondIndex(WrapInput input, SeriesDay second, Fact? mainChange)
    {
        var change = second.Facts.Find(FactKinds.ChangePercent, second.SeriesId, input.Session);
        var close = second.Facts.Find(FactKinds.Close, second.SeriesId, input.Session);
        if (close is not null && second.Date == input.Date && change is null
            && AcrossGap.Since(second.Facts, second.SeriesId, input.Session) is { } since)
        {
            // No close held for a session in between: the change since the last one is not the day's move.
            var gap = new ParagraphBuilder().Text($"{Phrasebook.Capitalize(Phrasebook.FullName(second.SeriesId))} ended at ").Value(close);
            return AcrossGap.Tell(gap, second.Facts, since, input.Date).Text(".").Build();
        }

        if (change is null || close is null || second.Date != input.Date)
        {
            return null;
        }

        var p = Phrasebook.PrintsAsZero(change.Value)
            ? new ParagraphBuilder().Text($"{Phrasebook.Capitalize(Phrasebook.FullName(second.SeriesId))} was flat at ").Value(close)
            : new ParagraphBuilder()
                .Text($"{Phrasebook.Capitalize(Phrasebook.FullName(second.SeriesId))} {Phrasebook.Verb(change.Value, input.Date, "second", input.UsedVerbs)} ")
                .Value(change).Text(" to ").Value(close);
        if (second.Facts.Find(FactKinds.RecordClose, second.SeriesId, input.Session) is { } record)
        {
            p.Text(", a record close above the previous high of ").ReferenceLevel(record).Text(" set on ")
                .ReferenceDate(record, withYear: record.ReferenceDate?.Year != record.Date.Year);
        }
        else if (second.Facts.Find(FactKinds.HighestCloseInHeldHistory, second.SeriesId, input.Session) is { } held)
        {
            // The held history starts after the index did and no earlier peak is known: not a record, so qualified.
            p.Text(", its highest close in data going back to ").ReferenceDate(held, withYear: true);
        }

        if (mainChange is not null && StoryPlanner.IsDivergence(mainChange.Value, change.Value))
        {
            var name = Phrasebook.ShortName(input.Main.SeriesId);
            p.Text(Math.Sign(mainChange.Value) == Math.Sign(change.Value)
                ? $", a wide gap between the price-weighted {name.Replace("the ", string.Empty, StringComparison.Ordinal)} and the broader market"
                : mainChange.Value > 0 ? $", moving against {name} in a sign the gains were narrow"
                : $", moving against {name} in a sign the selling was narrow");
        }

        return p.Text(".").Build();
    }
}
