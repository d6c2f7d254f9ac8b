using Kabuto.Analytics.Facts;
using Kabuto.Writing.Documents;
using Kabuto.Writing.Facts;
using Kabuto.Writing.Planning;
using Kabuto.Writing.Text;

namespace Kabuto.Writing.Composing;

/// <summary>The body sections after the lede. Each returns null when its facts are missing: no fact, no sentence.</summary>
internal static class SectionWriters
{
    public static Section? Highlights(WrapInput input, IReadOnlyList<Story> stories)
    {
        var index = input.Main.SeriesId;
        var facts = input.Main.Facts;
        var session = input.Session;
        var items = new List<Paragraph>();
        foreach (var story in stories)
        {
            var p = new ParagraphBuilder();
            switch (story.Kind)
            {
                case StoryKind.TopRankedMove or StoryKind.RankedMove:
                    p.Text(Phrasebook.Capitalize(Headlines.RankPhrase(story.Fact)));
                    if (story.Fact.ReferenceDate is not null)
                    {
                        p.Text(" in the history held since ").ReferenceDate(story.Fact, withYear: true);
                    }

                    break;
                case StoryKind.RecordStreak:
                    p.Text($"{Phrasebook.Capitalize(Phrasebook.Ordinal((int)story.Fact.Value))} record close in a row");
                    break;
                case StoryKind.LongStreak:
                    p.Text($"{Phrasebook.Capitalize(Phrasebook.Ordinal((int)story.Fact.Value))} straight {(story.Fact.Kind == FactKinds.GainStreak ? "gain" : "loss")}");
                    break;
                case StoryKind.RecordIntradayHigh:
                    p.Text("Intraday record of ").Value(story.Fact).Text(", though the close was below it");
                    break;
                default:
                    break;
            }

            if (!p.IsEmpty)
            {
                items.Add(p.Text(".").Build());
            }
        }

        if (facts.Find(FactKinds.DistanceToRecordPercent, index, session) is { ReferenceValue: not null } distance && distance.Value < 0)
        {
            items.Add(new ParagraphBuilder().Value(distance).Text(" below the record close of ").ReferenceLevel(distance)
                .Text(" set on ").ReferenceDate(distance, withYear: true).Text(".").Build());
        }

        if (facts.Find(FactKinds.DistanceToNextLevel, index, session) is { ReferenceValue: not null } next && next.Value > 0)
        {
            items.Add(new ParagraphBuilder().Value(next).Text(" points short of ").RoundLevel(next).Text(".").Build());
        }

        if (facts.Find(FactKinds.YearToDateChangePercent, index, session) is { } ytd)
        {
            items.Add(new ParagraphBuilder().Text(ytd.Value >= 0 ? "Up " : "Down ").Value(ytd).Text(" so far this year.").Build());
        }

        return items.Count == 0 ? null : new Section(SectionKind.Highlights, "Highlights", items, IsList: true);
    }

    public static Section? Drivers(WrapInput input)
    {
        var index = input.Main.SeriesId;
        var contributions = input.Main.Facts.All(FactKinds.MemberContributionPoints, index, input.Session).ToList();
        if (contributions.Count == 0)
        {
            return null;
        }

        var up = contributions.Where(c => c.Value > 0).OrderByDescending(c => c.Value).Take(3).ToList();
        var down = contributions.Where(c => c.Value < 0).OrderBy(c => c.Value).Take(2).ToList();
        var paragraphs = new List<Paragraph>();
        if (up.Count > 0)
        {
            paragraphs.Add(Contributors(input, up, "The biggest support came from ", "adding"));
        }

        if (down.Count > 0)
        {
            paragraphs.Add(Contributors(input, down, "Weighing most were ", "taking off"));
        }

        if (input.Main.Facts.Find(FactKinds.ContributionResidualPoints, index, input.Session) is { } residual && residual.Value != 0)
        {
            paragraphs.Add(new ParagraphBuilder().Text("Divisor and data effects not attributed to a member came to ")
                .Value(residual).Text(residual.Value < 0 ? " points off the index." : " points.").Build());
        }

        return new Section(SectionKind.Drivers, "Drivers", paragraphs);
    }

    private static Paragraph Contributors(WrapInput input, IReadOnlyList<Fact> members, string opening, string verb)
    {
        var p = new ParagraphBuilder().Text(opening);
        for (var i = 0; i < members.Count; i++)
        {
            var member = members[i];
            p.Text(i == 0 ? string.Empty : i == members.Count - 1 ? " and " : ", ");
            p.Text($"{member.SubjectName ?? member.Subject}, {verb} ").Value(member).Text(" points");
            if (input.Main.Facts.Find(FactKinds.MemberChangePercent, input.Main.SeriesId, input.Session, member.Subject) is { } move)
            {
                p.Text(move.Value >= 0 ? " on a gain of " : " on a drop of ").Value(move);
            }
        }

        return p.Text(".").Build();
    }

    public static Section? Sectors(WrapInput input)
    {
        var sectors = input.AllFacts.Where(f => f.Kind == FactKinds.SectorChangePercent && f.Session == input.Session && f.Date == input.Date)
            .OrderByDescending(f => f.Value).ThenBy(f => f.Subject, StringComparer.Ordinal).ToList();
        if (sectors.Count < 2)
        {
            return null;
        }

        var best = sectors[0];
        var worst = sectors[^1];
        var p = new ParagraphBuilder().Text($"Grouped by TSE industry, the index's {Name(best)} stocks {(best.Value >= 0 ? "led, up " : "held up best, down ")}")
            .Value(best);
        if (sectors.Count > 2 && sectors[1] is var second && second.Value > 0)
        {
            p.Text($", followed by {Name(second)}, up ").Value(second);
        }

        p.Text($". {Phrasebook.Capitalize(Name(worst))} stocks {(worst.Value < 0 ? "were the weakest, down " : "gained the least, up ")}").Value(worst).Text(".");
        return new Section(SectionKind.Sectors, "Sectors", [p.Build()]);
    }

    private static string Name(Fact sector) => (sector.SubjectName ?? sector.Subject ?? "a sector").ToLowerInvariant();

    public static Section? Region(WrapInput input)
    {
        var paragraphs = new List<Paragraph>();
        foreach (var day in input.Region.Where(d => d.Date == input.Date))
        {
            if (Move(day, input, capitalize: true) is { } p)
            {
                paragraphs.Add(p.Text(".").Build());
            }
        }

        return paragraphs.Count == 0 ? null : new Section(SectionKind.Region, "Elsewhere in Asia", [Join(paragraphs)]);
    }

    public static Section? WallStreet(WrapInput input)
    {
        var parts = new List<ParagraphBuilder>();
        foreach (var day in input.WallStreet)
        {
            if (Move(day, input, capitalize: false) is { } p)
            {
                parts.Add(p);
            }
        }

        if (parts.Count == 0)
        {
            return null;
        }

        var weekday = Dates.Weekday(input.WallStreet[0].Date);
        var opening = new ParagraphBuilder().Text(Phrasebook.Pick(input.Date, "wall-street",
            [$"On Wall Street on {weekday}, ", $"In New York on {weekday}, ", $"In U.S. trading on {weekday}, "])).Build();
        var paragraphs = new List<Paragraph>();
        for (var i = 0; i < parts.Count; i++)
        {
            paragraphs.Add(parts[i].Text(i == parts.Count - 1 ? "." : i == parts.Count - 2 ? ", and " : ", ").Build());
        }

        var runs = opening.Runs.Concat(paragraphs.SelectMany(p => p.Runs)).ToList();
        return new Section(SectionKind.WallStreet, "Wall Street", [new Paragraph(runs)]);
    }

    public static Section? Currency(WrapInput input)
    {
        if (input.Yen is not { } yen || (yen.Facts.Find(FactKinds.YenLevel, yen.SeriesId) ?? yen.Facts.Find(FactKinds.Close, yen.SeriesId)) is not { } level)
        {
            return null;
        }

        var p = new ParagraphBuilder().Text(Phrasebook.Pick(input.Date, "yen", ["The dollar stood at ", "The dollar was at ", "The dollar traded at "]))
            .Value(level).Text(" yen");
        if ((yen.Facts.Find(FactKinds.YenChange, yen.SeriesId) ?? yen.Facts.Find(FactKinds.ChangePoints, yen.SeriesId)) is { ReferenceValue: not null } change && change.Value != 0)
        {
            p.Text(change.Value < 0 ? ", down from " : ", up from ").ReferenceLevel(change)
                .Text(change.Value < 0 ? " the previous day, a stronger yen." : " the previous day, a weaker yen.");
        }
        else
        {
            p.Text(".");
        }

        if (yen.Date != input.Date)
        {
            p.Text(" (Rate of ").ReferenceDate(yen.Facts[0] with { ReferenceDate = yen.Date }, withYear: false).Text(".)");
        }

        return new Section(SectionKind.Currency, "Currency", [p.Build()]);
    }

    /// <summary>"South Korea's Kospi rose 0.40% to 2,800.10" (plus ", a record close" when it was one).</summary>
    private static ParagraphBuilder? Move(SeriesDay day, WrapInput input, bool capitalize)
    {
        var index = day.SeriesId;
        var change = day.Facts.Find(FactKinds.ChangePercent, index);
        var close = day.Facts.Find(FactKinds.Close, index);
        if (change is null || close is null)
        {
            return null;
        }

        var name = Phrasebook.FullName(index);
        var p = new ParagraphBuilder().Text($"{(capitalize ? Phrasebook.Capitalize(name) : name)} {Phrasebook.Verb(change.Value, input.Date, index)} ")
            .Value(change).Text(" to ");
        // Record facts exist only where the history can tell (complete, or judged against the catalogue's peak).
        if (day.Facts.Find(FactKinds.RecordClose, index) is not null)
        {
            p.Text("a record ");
        }

        return p.Value(close);
    }

    private static Paragraph Join(IReadOnlyList<Paragraph> sentences) =>
        new(sentences.SelectMany((s, i) => i == 0 ? s.Runs : s.Runs.Prepend(new TextRun(" "))).ToList());
}
