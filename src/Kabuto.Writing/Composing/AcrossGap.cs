using Kabuto.Analytics.Facts;
using Kabuto.Writing.Documents;
using Kabuto.Writing.Facts;

namespace Kabuto.Writing.Composing;

/// <summary>A close whose previous row is not the previous trading day: the store holds no close for a trading day in
/// between, so the day's own move is not known. The change since the last close held is said as what it is ("1.37%
/// above its close of Aug. 19; no close is held for Thursday, Aug. 20"), never as a daily move.</summary>
internal static class AcrossGap
{
    /// <summary>The change since the last close held, or null when the day's previous row is the previous session.</summary>
    public static Fact? Since(IReadOnlyList<Fact> facts, string index, string session) =>
        facts.Find(FactKinds.ChangeSinceLastHeldPercent, index, session);

    /// <summary>", 1.37% above its close of Aug. 19; no close is held for Thursday, Aug. 20, a trading day, so its move
    /// on the day is not known" (or "for the 3 trading days from Aug. 18").</summary>
    public static ParagraphBuilder Tell(ParagraphBuilder p, IReadOnlyList<Fact> facts, Fact since, DateOnly date)
    {
        var missing = facts.Find(FactKinds.MissingSessionsBefore, since.Index, since.Session);
        var lastHeld = since.ReferenceDate ?? since.Date;
        p.Text(", ");
        if (Phrasebook.PrintsAsZero(since.Value))
        {
            p.Text("level with its close of ");
        }
        else
        {
            p.Value(since).Text(since.Value > 0 ? " above its close of " : " below its close of ");
        }

        p.ReferenceDate(since, withYear: lastHeld.Year != date.Year);
        if (missing is { ReferenceDate: { } first })
        {
            var withYear = first.Year != date.Year;
            if (missing.Value == 1)
            {
                p.Text($"; no close is held for {first.DayOfWeek}, ").ReferenceDate(missing, withYear).Text(", a trading day");
            }
            else
            {
                p.Text("; no close is held for the ").Value(missing).Text(" trading days from ").ReferenceDate(missing, withYear);
            }

            p.Text(", so its move on the day is not known");
        }

        return p;
    }
}
