namespace Kabuto.Checking;

/// <summary>What a claim asserts.</summary>
public enum ClaimKind
{
    /// <summary>An index level ("closing at 51,249.82").</summary>
    Level,
    ChangePercent,
    ChangePoints,

    /// <summary>"record close", "all-time high", "fresh highs".</summary>
    Record,

    /// <summary>"near record territory", "within reach of its record high".</summary>
    NearRecord,

    /// <summary>The record a new one beat ("blowing past the record intraday peak of 39,426.29 set earlier").</summary>
    PreviousRecord,

    /// <summary>"first time above 51,000", "broke the 51,000 barrier".</summary>
    FirstAbove,

    /// <summary>A past peak beaten ("last month breaching the life-time high set during the December 1989 asset
    /// bubble"): <see cref="Claim.Beaten"/> says which peak and when.</summary>
    PeakBeaten,

    /// <summary>A level reached, with no first time claimed: "topped 50,000 at around 9:03 a.m.", "closed above 49,000".</summary>
    Above,

    /// <summary>"within striking distance of 58,000", "toward the 58,000 level".</summary>
    NearLevel,

    /// <summary>"third straight session" of gains (or losses when <see cref="Claim.Value"/> is negative).</summary>
    Streak,

    /// <summary>"little changed", "mostly flat", "edged slightly lower".</summary>
    Flat,

    /// <summary>"the highest finish since Feb. 22, 1990", "its lowest close since August 6", "an eight-month low"
    /// (Value 1 highest, -1 lowest; <see cref="Claim.Since"/> says since when).</summary>
    ExtremeSince,

    /// <summary>A direction without a figure: "Wall Street advance", "the Nikkei fell" (Value 1 up, -1 down).</summary>
    Direction,

    /// <summary>"The Nasdaq outperformed other benchmarks" (Value 1; -1 for "underperformed"): against the other indices
    /// of its market, or the index named after the verb.</summary>
    Outperformed,

    /// <summary>"Japanese equities leading regional gains" (Value 1; -1 for leading the losses): the best (worst) move
    /// among the region's markets that traded that day.</summary>
    LedRegion,
    YenLevel,

    /// <summary>"a stronger yen" (Value -1: fewer yen per dollar) or "a weaker yen" (+1).</summary>
    YenDirection,

    /// <summary>A member named as a driver or contributor of the index's move.</summary>
    Driver,
    MemberMove,
    SectorMove,

    /// <summary>A move ranked against history ("third-biggest single-day point loss on record", "sharpest daily fall
    /// since September 2022"): <see cref="Claim.Rank"/> says its rank, window and measure (Value 1 a rise, -1 a fall).</summary>
    MoveRank,

    /// <summary>A year's last close against the other years' ("its best year-end level ever"); with a Value, the best
    /// earlier year-end close ("the previous year-end record closing high of 38,915.87").</summary>
    YearEndRecord,

    /// <summary>The path of the session (<see cref="Claim.Subject"/> one of <see cref="SessionPaths"/>): "reversed losses",
    /// "turned lower", 「マイナスに転じた」「下げ幅を縮めた」「終日マイナス圏」.</summary>
    Path,

    /// <summary>A market's indices together, none named (<see cref="Claim.Subject"/> one of <see cref="MarketGroups"/>):
    /// "Asian markets broadly rose" (Hedge About: most), 「米主要3指数はそろって下落」 (Hedge Exact: all), "mixed" (Value 0).</summary>
    GroupDirection,

    /// <summary>How many issues rose or fell (<see cref="Claim.Subject"/> "advancers" or "decliners"; Value the count): of
    /// the index's members when <see cref="Claim.Index"/> is set (「日経平均構成銘柄の騰落数は、値上がり6銘柄」), else of the
    /// whole board (「東証プライムの値上がり銘柄数は1719」), which is not held.</summary>
    Breadth,

    /// <summary>A reason, an opinion or a quote: not something prices can settle.</summary>
    Cause,
}

/// <summary>How the wording bends a number.</summary>
public enum Hedge
{
    /// <summary>The stated decimals: 2.05% means the value rounds to 2.05.</summary>
    Exact,

    /// <summary>"about", "around", "roughly": rounds to the stated precision.</summary>
    About,

    /// <summary>"nearly", "almost", "just under": below the figure by less than one unit of its precision.</summary>
    Nearly,

    /// <summary>"more than", "over", "above": strictly above.</summary>
    MoreThan,

    /// <summary>"less than", "under", "below": strictly below.</summary>
    LessThan,

    /// <summary>"as much as", "at one point": the session's extreme, rounded to the stated precision.</summary>
    AsMuchAs,
}

/// <summary>The session a claim speaks of (JSON: close, open, morning, intraday, overnight).</summary>
public static class ClaimSessions
{
    public const string Close = "close";

    /// <summary>The opening print: "opened at 49,905.80, up 606.15 points".</summary>
    public const string Open = "open";
    public const string Morning = "morning";
    public const string Intraday = "intraday";
    public const string Overnight = "overnight";
}

/// <summary>One market claim found in an article.</summary>
/// <param name="Text">The clause the claim was read from.</param>
/// <param name="Index">Index id (N225, TOPIX, SPX, USDJPY, ...) or null for causes.</param>
/// <param name="Session">One of <see cref="ClaimSessions"/>.</param>
/// <param name="DaysBack">0 = the article's day; 1 = the session before ("the prior session").</param>
/// <param name="Value">The claimed number, signed for moves (negative = down); null when the claim has none.</param>
/// <param name="Decimals">Stated decimals of <paramref name="Value"/> (2.7 -> 1).</param>
/// <param name="Subject">A member or sector name for member and sector claims.</param>
public sealed record Claim(
    string Text,
    ClaimKind Kind,
    string? Index,
    string Session,
    int DaysBack,
    decimal? Value,
    int Decimals,
    Hedge Hedge,
    string? Subject = null)
{
    /// <summary>For <see cref="ClaimKind.PeakBeaten"/>: the period whose peak was beaten and when it was.</summary>
    public BeatenPeak? Beaten { get; init; }

    /// <summary>For <see cref="ClaimKind.Outperformed"/>: the index named as the one beaten, when the article names one.</summary>
    public string? Versus { get; init; }

    /// <summary>For a stock's claim: the exchange code printed with its name ("(TYO:5401)", "&lt;7203.T&gt;"), which names
    /// the member when the store knows the code, whatever the name's spelling.</summary>
    public string? Code { get; init; }

    /// <summary>The exact words the claim was read from.</summary>
    public string? Quote { get; init; }

    /// <summary>Character index of <see cref="Quote"/> in the article as given.</summary>
    public int Offset { get; init; } = -1;

    /// <summary>The whole sentence the claim stands in (the verdict policy reads its scope words).</summary>
    public string Sentence { get; init; } = Text;

    /// <summary>True when the clause names the claim's index before its figure (not inherited from an earlier clause).</summary>
    public bool ExplicitSubject { get; init; }

    /// <summary>True when the figure held at some moment of the session, said as such ("at one stage", "briefly"): a price
    /// path passes through every value of its range, so a figure inside the day's range was reached. (The Japanese reader
    /// reads 一時 as the day's extreme, its usual sense in a wrap.)</summary>
    public bool AtAMoment { get; init; }

    /// <summary>For <see cref="ClaimKind.FirstAbove"/>: the level is said as it stands (「初の5万4000円台とあって」), with
    /// no verb of crossing: the first close above may be the session before.</summary>
    public bool AsItStands { get; init; }

    /// <summary>For <see cref="ClaimKind.ExtremeSince"/>: the date or span the extreme is counted from.</summary>
    public SinceWhen? Since { get; init; }

    /// <summary>"for the first time in 34 years": the milestone is a first since that many years, not ever.</summary>
    public int? SinceYears { get; init; }

    /// <summary>For <see cref="ClaimKind.ExtremeSince"/>: the extreme is approached ("closed near an eight-month low"),
    /// not reached.</summary>
    public bool Near { get; init; }

    /// <summary>For <see cref="ClaimKind.MoveRank"/>: the rank, the span of the moves compared and the window.</summary>
    public RankedMove? Rank { get; init; }

    /// <summary>A past month or year the claim speaks of ("the crash of October 1987, when the index lost 3,836.48
    /// points"): judged on the sessions of that time (Day 0; Month 0 for a whole year).</summary>
    public SinceDay? Era { get; init; }

    /// <summary>The day the reader dated the figure to, when its words name one that is not the article's
    /// (「3月28日終値(872.42)」, "the close of Feb. 9"): the claim is judged on that session (a missing year is the
    /// article's, or the year before when the day would fall after it).</summary>
    public SinceDay? On { get; init; }

    /// <summary>What the reader found in the words around the figure, for the verdict policy.</summary>
    public ClaimContext Context { get; init; } = ClaimContext.None;

    /// <summary>For a move: the stretch it is measured over when not the session ("so far this year", "for the week",
    /// "over the four trading days through Oct. 9"); null for the session's move.</summary>
    public Period? Period { get; init; }

    /// <summary>A word of the claim's clause, found by its reader, that may give the figure another scope than the
    /// day's close (a period, a forecast, another day): shorthand for <see cref="ClaimContext.OtherScope"/>.</summary>
    public string? ScopeWord
    {
        get => Context.OtherScope;
        init => Context = Context with { OtherScope = value };
    }
}

/// <summary>The peak of <see cref="Year"/> (or of one month of it) and when the article says it was beaten: from
/// <see cref="From"/> to <see cref="To"/> relative to the article's date ("last month"), or any time up to that date.</summary>
public sealed record BeatenPeak(int Year, int? Month, string When)
{
    /// <summary>The window the claim puts the first close above the peak in, for an article dated <paramref name="article"/>.</summary>
    public (DateOnly From, DateOnly To) Window(DateOnly article) => When switch
    {
        "last week" => (article.AddDays(-(int)article.DayOfWeek - 7), article.AddDays(-(int)article.DayOfWeek - 1)),
        "this week" => (article.AddDays(-(int)article.DayOfWeek), article),
        "last month" => (new DateOnly(article.Year, article.Month, 1).AddMonths(-1), new DateOnly(article.Year, article.Month, 1).AddDays(-1)),
        "this month" => (new DateOnly(article.Year, article.Month, 1), article),
        "last year" => (new DateOnly(article.Year - 1, 1, 1), new DateOnly(article.Year - 1, 12, 31)),
        "this year" => (new DateOnly(article.Year, 1, 1), article),
        _ => (DateOnly.MinValue, article),
    };

    public string PeriodText => Month is { } m
        ? new DateOnly(Year, m, 1).ToString("MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)
        : Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>The words around a figure that the verdict policy weighs, as a language reader reads them (the policy reads no
/// text): a word that could give the figure another scope than the day's close ("since", "opened", "futures", 年初来),
/// a subject standing between the index's name and the figure ("semiconductor stocks"), the weekdays the clause names,
/// and whether the sentence states a close.</summary>
public sealed record ClaimContext(string? OtherScope, string? OtherSubject, IReadOnlyList<DayOfWeek> Weekdays, bool StatesClose)
{
    public static ClaimContext None { get; } = new(null, null, [], false);
}

/// <summary>How a move ranks: <see cref="Place"/> (1 the biggest), among moves of one <see cref="Span"/> (a session, a
/// week, a month, a year), in points, in percent or either (<see cref="Measure"/> null), counted since
/// <see cref="Since"/> (null: in the whole history held).</summary>
public sealed record RankedMove(int Place, PeriodKind? Span, string? Measure, SinceWhen? Since);

/// <summary>A day the text names by parts (a missing year or day is resolved against the article's date).</summary>
public sealed record SinceDay(int? Year, int Month, int Day);

/// <summary>The start of a "since" window: a named day, or <see cref="Months"/> back from the article's session.</summary>
public sealed record SinceWhen(SinceDay? Day, int? Months, string Text)
{
    /// <summary>A span in weeks ("a three-week high").</summary>
    public int? Weeks { get; init; }

    /// <summary>Whether the window is a span back from the claim's day rather than a named day or period.</summary>
    public bool IsSpan => Months is not null || Weeks is not null;

    /// <summary>The first day of the window for a claim about <paramref name="session"/>.</summary>
    public DateOnly From(DateOnly session)
    {
        if (Months is { } months)
        {
            return session.AddMonths(-months);
        }

        if (Weeks is { } weeks)
        {
            return session.AddDays(-7 * weeks);
        }

        var d = Day!;
        var year = d.Year ?? (new DateOnly(session.Year, Math.Max(1, d.Month), 1) > session ? session.Year - 1 : session.Year);
        return d.Month == 0 ? new DateOnly(year, 1, 1) : new DateOnly(year, d.Month, d.Day == 0 ? 1 : Math.Min(d.Day, DateTime.DaysInMonth(year, d.Month)));
    }

    /// <summary>Whether the window names a whole period (a year or a month) rather than a day.</summary>
    public bool WholePeriod => Day is { } d && (d.Month == 0 || d.Day == 0);
}

/// <summary>The verdicts of product.md.</summary>
public enum Verdict
{
    Supported,
    Contradicted,
    NotCheckable,
}

/// <summary>A fact (or series value) a verdict rests on.</summary>
public sealed record Evidence(string Id, decimal Value);

/// <summary>A claim with its verdict, ready for the JSON contract: text, index, date, session, verdict, evidence,
/// reason (plus kind).</summary>
public sealed record CheckedClaim(
    string Text,
    string Kind,
    string? Index,
    DateOnly? Date,
    string Session,
    Verdict Verdict,
    IReadOnlyList<Evidence> Evidence,
    string Reason)
{
    /// <summary>The exact words read (a substring of the article as given).</summary>
    public string Quote { get; init; } = Text;

    /// <summary>Character index of <see cref="Quote"/> in the article as given (-1 if unknown).</summary>
    public int Offset { get; init; } = -1;
}

/// <summary>How the article's date was decided, and why.</summary>
public sealed record DateResolution(DateOnly? Date, string Source, string Explanation, IReadOnlyList<DateCandidate> Candidates);

/// <summary>A candidate date of the inference and how far its data is from the article's claims (lower is closer).</summary>
public sealed record DateCandidate(DateOnly Date, decimal Score, string Evidence);

/// <summary>The checker's answer for one article.</summary>
public sealed record CheckReport(
    string Source,
    DateResolution Date,
    IReadOnlyList<CheckedClaim> Claims)
{
    /// <summary>The publication date used as the upper bound of the inference, when known.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>Where the article's text starts after its header lines (0 without a header).</summary>
    public int BodyStart { get; init; }

    /// <summary>A finding about the whole article (its figures belong to another session than it names), or null.</summary>
    public string? Note { get; init; }

    public int Supported => Claims.Count(c => c.Verdict == Verdict.Supported);

    public int Contradicted => Claims.Count(c => c.Verdict == Verdict.Contradicted);

    public int NotCheckable => Claims.Count(c => c.Verdict == Verdict.NotCheckable);
}
