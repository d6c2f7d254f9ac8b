using Kabuto.Analytics.Facts;

namespace Kabuto.Writing.Facts;

/// <summary>Where the writer and the checker get a day's facts: the analytics fact book in production, a hand-built
/// list in tests. One series (index id or USDJPY) and one date in that series' own calendar.</summary>
public interface IDayFacts
{
    IReadOnlyList<Fact> Day(string seriesId, DateOnly date);
}

/// <summary>A fixed list of facts (tests, and callers that already hold facts).</summary>
public sealed class FactList(IEnumerable<Fact> facts) : IDayFacts
{
    private readonly List<Fact> _facts = facts.ToList();

    public IReadOnlyList<Fact> Day(string seriesId, DateOnly date) =>
        _facts.Where(f => f.Index == seriesId && f.Date == date).ToList();
}

/// <summary>Adapts any day-fact function (e.g. <c>new FactBook(reader).Day</c>) to <see cref="IDayFacts"/>.</summary>
public sealed class DelegateDayFacts(Func<string, DateOnly, IReadOnlyList<Fact>> day) : IDayFacts
{
    public IReadOnlyList<Fact> Day(string seriesId, DateOnly date) => day(seriesId, date);
}

/// <summary>Lookups over a day's facts by kind, index, session and subject.</summary>
public static class FactLookup
{
    public static Fact? Find(this IEnumerable<Fact> facts, string kind, string index, string session = Sessions.Close, string? subject = null) =>
        facts.FirstOrDefault(f => f.Kind == kind && f.Index == index && f.Session == session
                                  && (subject is null || string.Equals(f.Subject, subject, StringComparison.Ordinal)));

    /// <summary>How many members have prices (the member count fact) when some do not, else null: a ranking of the
    /// members is then of those held, and the text must say so.</summary>
    public static Fact? MembersHeldWhenSomeAreNot(this IEnumerable<Fact> facts, string index, string session = Sessions.Close) =>
        facts.Find(FactKinds.MemberUnpricedCount, index, session) is null ? null : facts.Find(FactKinds.MemberCount, index, session);

    public static IEnumerable<Fact> All(this IEnumerable<Fact> facts, string kind, string index, string session = Sessions.Close) =>
        facts.Where(f => f.Kind == kind && f.Index == index && f.Session == session);

    public static string MakeId(string index, DateOnly date, string session, string kind, string? subject = null) =>
        subject is null
            ? $"{index}:{date:yyyy-MM-dd}:{session}:{kind}"
            : $"{index}:{date:yyyy-MM-dd}:{session}:{kind}:{subject}";
}
