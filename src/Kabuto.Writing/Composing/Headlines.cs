using Kabuto.Analytics.Facts;
using Kabuto.Writing.Documents;
using Kabuto.Writing.Facts;
using Kabuto.Writing.Planning;

namespace Kabuto.Writing.Composing;

/// <summary>The headline: the main index, its move, and the lead story's tail.</summary>
internal static class Headlines
{
    public static Paragraph Write(WrapInput input, Story lead, Fact change)
    {
        var index = input.Main.SeriesId;
        var flat = Phrasebook.PrintsAsZero(change.Value);
        var p = flat
            ? new ParagraphBuilder().Text($"{Phrasebook.HeadlineName(index)} {(input.Edition == WrapEdition.Midday ? "flat" : "ends flat")}")
            : new ParagraphBuilder().Text($"{Phrasebook.HeadlineName(index)} {Phrasebook.HeadlineVerb(change.Value, input.Date, input.UsedVerbs)} ").Value(change);
        switch (lead.Kind)
        {
            case StoryKind.FirstCloseAbove:
                p.Text(input.Edition == WrapEdition.Midday ? ", above " : ", closes above ").RoundLevel(lead.Fact).Text(" for the first time");
                break;
            case StoryKind.FirstCloseBelow:
                p.Text(", closes below ").RoundLevel(lead.Fact);
                break;
            case StoryKind.RecordClose:
                p.Text(input.Edition == WrapEdition.Midday ? " above record close, at " : " to record close of ").Value(lead.Fact);
                break;
            case StoryKind.TopRankedMove or StoryKind.RankedMove:
                p.Text($", its {RankPhrase(lead.Fact)}");
                break;
            case StoryKind.RecordIntradayHigh:
                p.Text(" after intraday record of ").Value(lead.Fact);
                break;
            case StoryKind.FirstPrintAbove:
                p.Text(" after first trade above ").RoundLevel(lead.Fact);
                break;
            case StoryKind.RecordStreak:
                p.Text($" for {Phrasebook.Ordinal((int)lead.Fact.Value)} straight record close");
                break;
            case StoryKind.Divergence when lead.Other is { } other:
                p.Text($" as {Phrasebook.HeadlineName(other.Index)} {OtherMove(change.Value, other.Value)}");
                break;
            case StoryKind.LongStreak:
                p.Text($" for {Phrasebook.Ordinal((int)lead.Fact.Value)} straight session");
                break;
            default:
                if (input.Main.Facts.Find(FactKinds.Close, index, input.Session) is { } close)
                {
                    p.Text(flat ? " at " : " to ").Value(close).Text(input.Edition == WrapEdition.Midday ? " by midday" : string.Empty);
                }

                break;
        }

        return p.Build();
    }

    /// <summary>How the other index moved, told by both indices' signs and sizes: "rises" / "falls" when they went
    /// opposite ways (or the main one was flat), "lags" / "rises more" when both rose, "falls less" / "falls further"
    /// when both fell, "ends flat" when the other printed 0.00%.</summary>
    public static string OtherMove(decimal mainPct, decimal otherPct)
    {
        if (Phrasebook.PrintsAsZero(otherPct))
        {
            return "ends flat";
        }

        if (Phrasebook.PrintsAsZero(mainPct) || Math.Sign(mainPct) != Math.Sign(otherPct))
        {
            return otherPct > 0 ? "rises" : "falls";
        }

        var otherBigger = Math.Abs(otherPct) > Math.Abs(mainPct);
        return otherPct > 0
            ? otherBigger ? "rises more" : "lags"
            : otherBigger ? "falls further" : "falls less";
    }

    /// <summary>"largest one-day point gain" / "third-largest percentage fall", with the ranking's horizon left to the
    /// highlights (the headline has no room for it).</summary>
    public static string RankPhrase(Fact rank)
    {
        var what = rank.Kind switch
        {
            FactKinds.RankGainPoints => "one-day point gain",
            FactKinds.RankGainPercent => "one-day percentage gain",
            FactKinds.RankFallPoints => "one-day point drop",
            _ => "one-day percentage drop",
        };
        return $"{Phrasebook.Largest((int)rank.Value)} {what}";
    }
}
