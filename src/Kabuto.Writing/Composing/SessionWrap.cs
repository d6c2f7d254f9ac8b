using Kabuto.Analytics.Facts;
using Kabuto.Core.Market;
using Kabuto.Writing.Documents;
using Kabuto.Writing.Facts;

namespace Kabuto.Writing.Composing;

/// <summary>A member's part in a session's move (points into the index, its own change in percent).</summary>
public sealed record SessionMember(string Code, string Name, decimal Points, decimal ChangePct);

/// <summary>One index's session as a live engine or simulator saw it: published values only. <see cref="MorningClose"/>
/// is the level at the lunch break (null when the session has not reached it).</summary>
public sealed record SessionSummary(
    string Index,
    DateOnly Date,
    decimal PreviousClose,
    decimal Open,
    decimal High,
    decimal Low,
    decimal Close,
    decimal? MorningClose,
    IReadOnlyList<SessionMember> Members);

/// <summary>A wrap of a session held in memory (the demo's simulated day, a replayed session): its facts are built
/// from the summaries (close and morning sessions, member contributions) and composed like any other day. There is no
/// history here, so no records or milestones are claimed.</summary>
public static class SessionWrap
{
    public static Article Write(IReadOnlyList<SessionSummary> indices, WrapEdition edition = WrapEdition.Close)
    {
        ArgumentNullException.ThrowIfNull(indices);
        var main = indices[0];
        var days = indices.Select(s => new SeriesDay(s.Index, s.Date, Facts(s))).ToList();
        var input = new WrapInput(Markets.Find(Markets.Tokyo)!, main.Date, edition, days[0], days.Count > 1 ? days[1] : null, [], [], null);
        return WrapComposer.Compose(input);
    }

    public static IReadOnlyList<Fact> Facts(SessionSummary s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var facts = new List<Fact>();
        Fact Add(string session, string kind, decimal value, string unit, string? subject = null, string? name = null) =>
            Added(facts, new Fact(FactLookup.MakeId(s.Index, s.Date, session, kind, subject), kind, s.Index, s.Date, session, value, unit,
                [new FactInput(s.Index, s.Date, "close", s.Close), new FactInput(s.Index, s.Date, "previous_close", s.PreviousClose)])
            {
                Subject = subject,
                SubjectName = name,
            });

        Session(Sessions.Close, s.Close, s.High, s.Low);
        if (s.MorningClose is { } morning)
        {
            Session(Sessions.Morning, morning, null, null);
        }

        foreach (var m in s.Members.Where(m => m.Points != 0))
        {
            Add(Sessions.Close, FactKinds.MemberContributionPoints, Math.Round(m.Points, 2, MidpointRounding.AwayFromZero), FactUnits.Points, m.Code, m.Name);
            Add(Sessions.Close, FactKinds.MemberChangePercent, m.ChangePct, FactUnits.Percent, m.Code, m.Name);
        }

        return facts;

        void Session(string session, decimal level, decimal? high, decimal? low)
        {
            Add(session, FactKinds.Close, level, FactUnits.Level);
            Add(session, FactKinds.PreviousClose, s.PreviousClose, FactUnits.Level);
            Add(session, FactKinds.ChangePoints, level - s.PreviousClose, FactUnits.Points);
            Add(session, FactKinds.ChangePercent, s.PreviousClose == 0 ? 0 : Math.Round((level - s.PreviousClose) / s.PreviousClose * 100m, 6), FactUnits.Percent);
            if (high is { } h && low is { } l)
            {
                Add(session, FactKinds.High, h, FactUnits.Level);
                Add(session, FactKinds.Low, l, FactUnits.Level);
            }
        }
    }

    private static Fact Added(List<Fact> facts, Fact fact)
    {
        facts.Add(fact);
        return fact;
    }
}
