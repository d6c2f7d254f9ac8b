using Kabuto.Analytics.Day;
using Kabuto.Analytics.Facts;
using Kabuto.Writing.Documents;
using Kabuto.Writing.Facts;
using Kabuto.Writing.Planning;
using Kabuto.Analytics.Members;
using Kabuto.Core.Market;
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
        var name = Phrasebook.Capitalize(Phrasebook.ShortName(index));
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
                        p.Text(" in data going back to ").ReferenceDate(story.Fact, withYear: true);
                    }
                    else if (facts.Find(WritingFactKinds.HistoryStart, index, Sessions.History) is { } start)
                    {
                        p.Text(" in data going back to ").ReferenceDate(start, withYear: true);
                    }

                    break;
                case StoryKind.RecordStreak:
                    p.Text($"{Phrasebook.Capitalize(Phrasebook.Ordinal((int)story.Fact.Value))} record close in a row");
                    break;
                case StoryKind.LongStreak:
                    p.Text($"{Phrasebook.Capitalize(Phrasebook.Ordinal((int)story.Fact.Value))} straight {(story.Fact.Kind == FactKinds.GainStreak ? "gain" : "loss")}");
                    break;
                case StoryKind.RecordIntradayHigh:
                    p.Text($"{name}'s intraday high of ").Value(story.Fact).Text(" was a record, though it ended below it");
                    break;
                default:
                    break;
            }

            if (!p.IsEmpty)
            {
                items.Add(p.Text(".").Build());
            }
        }

        // Each line names the index: after the TOPIX paragraph a bare "Up 9.73% so far this year" would be read as TOPIX's.
        if (facts.Find(FactKinds.DistanceToRecordPercent, index, session) is { ReferenceValue: not null } distance && distance.Value < 0)
        {
            items.Add(new ParagraphBuilder().Text($"{name} is ").Value(distance).Text(" below its record close of ").ReferenceLevel(distance)
                .Text(" set on ").ReferenceDate(distance, withYear: (distance.ReferenceDate ?? distance.Date).Year != input.Date.Year).Text(".").Build());
        }

        if (facts.Find(FactKinds.DistanceToNextLevel, index, session) is { ReferenceValue: not null } next && next.Value > 0)
        {
            items.Add(new ParagraphBuilder().Text($"{name} is ").Value(next).Text(" points short of ").RoundLevel(next).Text(".").Build());
        }

        if (facts.Find(FactKinds.YearToDateChangePercent, index, session) is { } ytd)
        {
            items.Add(new ParagraphBuilder().Text($"{name} is {(ytd.Value >= 0 ? "up " : "down ")}").Value(ytd).Text(" so far this year.").Build());
        }

        return items.Count == 0 ? null : new Section(SectionKind.Highlights, "Highlights", items, IsList: true);
    }

    /// <summary>The members that made the move, in the direction of the move first ("Advantest gave the index its
    /// biggest lift, adding 423.44 points on a 6.73% gain"), then the two that worked against it, then what no member
    /// explains (divisor and data effects). Members are named by their short names (<see cref="CompanyNames"/>).</summary>
    public static Section? Drivers(WrapInput input)
    {
        var index = input.Main.SeriesId;
        var facts = input.Main.Facts;
        var contributions = facts.All(FactKinds.MemberContributionPoints, index, input.Session).ToList();
        if (contributions.Count == 0)
        {
            return null;
        }

        var rising = (facts.Find(FactKinds.ChangePoints, index, input.Session)?.Value ?? contributions.Sum(c => c.Value)) >= 0;
        var with = Largest(contributions.Where(c => rising ? c.Value > 0 : c.Value < 0), 3);
        var against = Largest(contributions.Where(c => rising ? c.Value < 0 : c.Value > 0), 2);

        // Without every member's price "the biggest" is the biggest of the members held, and the text says so.
        var unpriced = facts.Find(FactKinds.MemberUnpricedCount, index, input.Session);
        var held = facts.MembersHeldWhenSomeAreNot(index, input.Session);
        var paragraphs = new List<Paragraph>();
        if (with.Count > 0)
        {
            paragraphs.Add(WithTheMove(input, with, rising, held));
        }

        if (against.Count > 0)
        {
            paragraphs.Add(AgainstTheMove(input, against, rising, held, afterTheMove: with.Count > 0));
        }

        if (facts.Find(FactKinds.ContributionResidualPoints, index, input.Session) is { } residual && residual.Value != 0)
        {
            var p = new ParagraphBuilder().Text("A further ").Value(residual)
                .Text(residual.Value < 0 ? " points came off the index" : " points came");
            if (unpriced is not null)
            {
                p.Text(" from the ").Value(unpriced).Text(unpriced.Value == 1 ? " member whose prices are not held" : " members whose prices are not held")
                    .Text(" and from divisor and data effects.");
            }
            else
            {
                p.Text(" from divisor and data effects not attributed to any single stock.");
            }

            paragraphs.Add(p.Build());
        }

        return new Section(SectionKind.Drivers, "Drivers", paragraphs);
    }

    private static List<Fact> Largest(IEnumerable<Fact> members, int count) =>
        members.OrderByDescending(c => Math.Abs(c.Value)).ThenBy(c => c.Subject, StringComparer.Ordinal).Take(count).ToList();

    /// <summary>"Advantest gave the index its biggest lift, adding 423.44 points on a 6.73% gain. SoftBank Group followed,
    /// adding 164.86 points on a 5.81% rise, and Tokyo Electron added 149.97 points on a 3.89% advance."</summary>
    private static Paragraph WithTheMove(WrapInput input, IReadOnlyList<Fact> members, bool rising, Fact? held)
    {
        var p = new ParagraphBuilder().Text(MemberName(members[0])).Text(rising ? " gave the index its biggest lift" : " was the heaviest drag");
        if (held is not null)
        {
            AmongHeld(p, held, afterTheMove: false);
        }

        p.Text(rising ? ", adding " : ", taking ").Value(members[0])
            .Text(rising ? " points" : " points off the index");
        Move(p, input, members[0], rising ? "gain" : "drop");
        p.Text(".");
        if (members.Count > 1)
        {
            p.Text($" {MemberName(members[1])} followed, {(rising ? "adding" : "costing")} ").Value(members[1]).Text(" points");
            Move(p, input, members[1], rising ? "rise" : "fall");
        }

        if (members.Count > 2)
        {
            p.Text($", and {MemberName(members[2])} {(rising ? "added" : "took off")} ").Value(members[2]).Text(" points");
            Move(p, input, members[2], rising ? "advance" : "decline");
        }

        return (members.Count > 1 ? p.Text(".") : p).Build();
    }

    /// <summary>"Chugai Pharmaceutical weighed most against the rise, taking 33.26 points off on a 3.56% drop, while
    /// Sony Group cost 6.81 points on a 1.23% fall."</summary>
    private static Paragraph AgainstTheMove(WrapInput input, IReadOnlyList<Fact> members, bool rising, Fact? held, bool afterTheMove)
    {
        var p = new ParagraphBuilder().Text(MemberName(members[0]))
            .Text(rising ? " weighed most against the rise" : " did the most to cushion the fall");
        if (held is not null)
        {
            AmongHeld(p, held, afterTheMove);
        }

        p.Text(rising ? ", taking " : ", adding ").Value(members[0])
            .Text(rising ? " points off" : " points");
        Move(p, input, members[0], rising ? "drop" : "gain");
        if (members.Count > 1)
        {
            p.Text($", while {MemberName(members[1])} {(rising ? "cost" : "added")} ").Value(members[1]).Text(" points");
            Move(p, input, members[1], rising ? "fall" : "rise");
        }

        return p.Text(".").Build();
    }

    /// <summary>" among the 198 members whose prices are held" (" among them" when the paragraph before said so).</summary>
    private static void AmongHeld(ParagraphBuilder p, Fact held, bool afterTheMove)
    {
        if (afterTheMove)
        {
            p.Text(" among them");
            return;
        }

        p.Text(" among the ").Value(held).Text(" members whose prices are held");
    }

    /// <summary>" on a 6.73% gain" from the member's percent change, when it is held.</summary>
    private static void Move(ParagraphBuilder p, WrapInput input, Fact member, string noun)
    {
        if (input.Main.Facts.Find(FactKinds.MemberChangePercent, input.Main.SeriesId, input.Session, member.Subject) is { } move && move.Value != 0)
        {
            p.Text(" on a ").Value(move).Text($" {noun}");
        }
    }

    private static string MemberName(Fact member) =>
        member.SubjectName is { Length: > 0 } name ? CompanyNames.Short(name) : member.Subject ?? "a member";

    /// <summary>"Among the Nikkei's members grouped by TSE industry, metal products makers led, up 9.27%, followed by
    /// airlines, up 5.65%. Drugmakers were the weakest, down 0.32%." (the members' moves as weighted in
    /// the index, not the TSE sector indices).</summary>
    public static Section? Sectors(WrapInput input)
    {
        var fromIndices = input.SectorsFromIndices;
        var facts = fromIndices ? input.Second!.Facts.All(FactKinds.SectorChangePercent, input.Second.SeriesId, input.Session) : input.AllFacts;
        var sectors = facts.Where(f => f.Kind == FactKinds.SectorChangePercent && f.Session == input.Session && f.Date == input.Date)
            .OrderByDescending(f => f.Value).ThenBy(f => f.Subject, StringComparer.Ordinal).ToList();
        var breadth = PrimeBreadth(input);
        if (sectors.Count < 2)
        {
            return breadth is null ? null : new Section(SectionKind.Sectors, "Sectors", [breadth]);
        }

        var best = sectors[0];
        var worst = sectors[^1];
        var p = new ParagraphBuilder()
            .Text(fromIndices ? "Among the TSE's industry sector indices" : $"Among {Phrasebook.ShortName(input.Main.SeriesId)}'s members grouped by TSE industry");
        if (!fromIndices && input.Main.Facts.MembersHeldWhenSomeAreNot(input.Main.SeriesId, input.Session) is { } members)
        {
            p.Text(" (the ").Value(members).Text(" whose prices are held)");
        }

        p.Text($", {Noun(best)} ")
            .Text(best.Value >= 0 ? "led, up " : "held up best, down ").Value(best);
        if (sectors.Count > 2 && sectors[1] is var second && second.Value > 0)
        {
            p.Text($", followed by {Noun(second)}, up ").Value(second);
        }

        p.Text($". {Phrasebook.Capitalize(Noun(worst))} {(worst.Value < 0 ? "were the weakest, down " : "gained the least, up ")}").Value(worst).Text(".");
        if (fromIndices && input.Second!.Facts is var topix && topix.Find(WritingFactKinds.SectorsHeld, input.Second.SeriesId, input.Session) is { } held
            && topix.Find(WritingFactKinds.SectorsUp, input.Second.SeriesId, input.Session) is { } up
            && topix.Find(WritingFactKinds.SectorsDown, input.Second.SeriesId, input.Session) is { } down)
        {
            p.Text(" ").Value(up).Text(" of the ").Value(held).Text(" sectors rose and ").Value(down).Text(" fell.");
        }

        return new Section(SectionKind.Sectors, "Sectors", breadth is null ? [p.Build()] : [p.Build(), breadth]);
    }

    /// <summary>"On the Prime market, 1,234 issues rose, 345 fell and 56 were unchanged. Turnover came to 4.71 trillion
    /// yen." (every issue's bars, TOPIX's day); either sentence alone when only its facts are held.</summary>
    private static Paragraph? PrimeBreadth(WrapInput input)
    {
        var p = new ParagraphBuilder();
        if (input.PrimeBreadth is var (up, down, flat))
        {
            p.Text("On the Prime market, ").Value(up).Text(" issues rose, ").Value(down).Text(" fell and ").Value(flat).Text(" were unchanged.");
        }

        if (input.PrimeTurnover is { } turnover)
        {
            p.Text(p.IsEmpty ? "Turnover on the Prime market came to " : " Turnover came to ")
                .Printed(turnover, Numbers.YenAmount(turnover.Value), turnover.Value).Text(".");
        }

        return p.IsEmpty ? null : p.Build();
    }

    private static string Noun(Fact sector) => Phrasebook.SectorNoun(sector.Subject, sector.SubjectName);

    /// <summary>The region's benchmarks on the same date, at most three to a sentence: "South Korea's Kospi soared 5.04%
    /// to 5,925.03, China's CSI 300 edged up 0.45% to 4,658.33, and the Shanghai Composite inched up 0.32% to
    /// 4,062.98." A market with no session that day is left out.</summary>
    public static Section? Region(WrapInput input)
    {
        var moves = input.Region.Where(d => d.Date == input.Date && HasMove(d)).Select((day, i) => Move(day, input, capitalize: i % 3 == 0)!).ToList();
        if (moves.Count == 0)
        {
            return null;
        }

        var runs = new List<Run>();
        for (var start = 0; start < moves.Count; start += 3)
        {
            if (start > 0)
            {
                runs.Add(new TextRun(" "));
            }

            runs.AddRange(Series(moves.Skip(start).Take(3).ToList()).Runs);
            runs.Add(new TextRun("."));
        }

        // New York's wrap is not written from Asia: its region is Asia, not "elsewhere" in it.
        return new Section(SectionKind.Region, input.Market.Id == Markets.NewYork ? "In Asia" : "Elsewhere in Asia", [new Paragraph(runs)]);
    }

    /// <summary>"a, b, and c" / "a and b" / "a".</summary>
    private static Paragraph Series(IReadOnlyList<ParagraphBuilder> parts)
    {
        var runs = new List<Run>();
        for (var i = 0; i < parts.Count; i++)
        {
            if (i > 0)
            {
                runs.Add(new TextRun(parts.Count == 2 ? " and " : i == parts.Count - 1 ? ", and " : ", "));
            }

            runs.AddRange(parts[i].Build().Runs);
        }

        return new Paragraph(runs);
    }

    public static Section? WallStreet(WrapInput input)
    {
        var parts = input.WallStreet.Select(day => Move(day, input, capitalize: false)).OfType<ParagraphBuilder>().ToList();
        if (parts.Count == 0)
        {
            return null;
        }

        var weekday = Dates.Weekday(input.WallStreet[0].Date);
        var opening = Phrasebook.Pick(input.Date, "wall-street", [$"On Wall Street on {weekday}, ", $"In New York on {weekday}, ", $"In U.S. trading on {weekday}, "]);
        var runs = new List<Run> { new TextRun(opening) };
        runs.AddRange(Series(parts).Runs);
        runs.Add(new TextRun("."));
        return new Section(SectionKind.WallStreet, "Wall Street", [new Paragraph(runs)]);
    }

    /// <summary>"The yen strengthened, with the dollar at 158.77 yen, down from 159.23 the previous day." The rate's own
    /// date is named when it is not the wrap's.</summary>
    public static Section? Currency(WrapInput input)
    {
        if (input.Yen is not { } yen || (yen.Facts.Find(FactKinds.YenLevel, yen.SeriesId) ?? yen.Facts.Find(FactKinds.Close, yen.SeriesId)) is not { } level)
        {
            return null;
        }

        var change = yen.Facts.Find(FactKinds.YenChange, yen.SeriesId) ?? yen.Facts.Find(FactKinds.ChangePoints, yen.SeriesId);
        var moved = change is { ReferenceValue: not null, Value: not 0 };
        var p = new ParagraphBuilder();
        p.Text(!moved ? "The dollar was at " : change!.Value < 0 ? "The yen strengthened, with the dollar at " : "The yen weakened, with the dollar at ")
            .Value(level).Text(" yen");
        if (yen.Date != input.Date)
        {
            p.Text(" on ").ReferenceDate(level with { ReferenceDate = yen.Date }, withYear: yen.Date.Year != input.Date.Year);
        }

        if (moved)
        {
            // "the previous day" only when the prior rate is the calendar day before; Monday's against Friday's is "on
            // Friday" (Sunday is the previous day); across missing days, its date.
            p.Text(change!.Value < 0 ? ", down from " : ", up from ").ReferenceLevel(change);
            var prior = change.ReferenceDate ?? yen.Date.AddDays(-1);
            if (prior == yen.Date.AddDays(-1))
            {
                p.Text(" the previous day");
            }
            else if (yen.Date.DayOfWeek == DayOfWeek.Monday && prior == yen.Date.AddDays(-3))
            {
                p.Text($" on {Dates.Weekday(prior)}");
            }
            else
            {
                p.Text(" on ").ReferenceDate(change, withYear: prior.Year != input.Date.Year);
            }
        }

        return new Section(SectionKind.Currency, "Currency", [p.Text(".").Build()]);
    }

    private static bool HasMove(SeriesDay day) =>
        day.Facts.Find(FactKinds.ChangePercent, day.SeriesId) is not null && day.Facts.Find(FactKinds.Close, day.SeriesId) is not null;

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
        var p = new ParagraphBuilder().Text(capitalize ? Phrasebook.Capitalize(name) : name);
        if (Phrasebook.PrintsAsZero(change.Value))
        {
            p.Text(" was flat at ");
        }
        else
        {
            p.Text($" {Phrasebook.Verb(change.Value, input.Date, index, input.UsedVerbs)} ").Value(change).Text(" to ");
        }

        // Record facts exist only where the history can tell (complete, or judged against the catalogue's peak).
        if (day.Facts.Find(FactKinds.RecordClose, index) is not null)
        {
            p.Text("a record ");
        }

        return p.Value(close);
    }

}
