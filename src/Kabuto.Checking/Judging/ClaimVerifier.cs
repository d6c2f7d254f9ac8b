using Kabuto.Core.Calendars;
using System.Globalization;
using Kabuto.Analytics.Facts;
using Kabuto.Core.Market;
using Kabuto.Writing.Facts;
using Kabuto.Analytics.Members;
using Kabuto.Writing.Text;

namespace Kabuto.Checking;

/// <summary>Gives one claim its verdict against the facts of its index on its date. Daily data settles closes; a
/// morning or intraday figure is supported only when it equals the close or the session's extreme it names,
/// contradicted when the whole day's range rules it out, and otherwise not checkable.</summary>
public sealed partial class ClaimVerifier(IDayFacts facts, SeriesHistory history, ISessionLevelReader? sessions = null)
{
    public CheckedClaim Verify(Claim claim, DateOnly? articleDate)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (claim.Kind == ClaimKind.Cause)
        {
            return Result(claim, null, Verdict.NotCheckable, "a cause, opinion or quote: prices cannot settle it");
        }

        if (articleDate is null)
        {
            return Result(claim, null, Verdict.NotCheckable, "the article's date is unknown; pass --date");
        }

        if (claim.Kind == ClaimKind.GroupDirection)
        {
            return GroupDirection(claim, articleDate.Value);
        }

        if (claim.Kind == ClaimKind.Breadth)
        {
            return Breadth(claim, articleDate.Value);
        }

        var index = claim.Index ?? IndexIds.N225;
        if (claim.Kind is ClaimKind.MemberMove or ClaimKind.SectorMove or ClaimKind.Driver)
        {
            return Subject(claim, index, articleDate.Value);
        }

        var series = history.Get(index);
        if (series.IsEmpty)
        {
            // A related series (futures, a sub-index, a sibling) is its own subject: never judged as its parent.
            return Result(claim, null, Verdict.NotCheckable, RelatedSeries.IsRelated(index)
                ? $"{RelatedSeries.Describe(index)} is a series of its own{(RelatedSeries.ParentOf(index) is { } parent ? $", not {parent}" : string.Empty)}: no {index} series is held"
                : $"no {index} series is held");
        }

        if (claim.Kind == ClaimKind.PeakBeaten)
        {
            return PeakBeaten(claim, series, articleDate.Value);
        }

        if (claim.Era is { } era && claim.Kind is ClaimKind.Level or ClaimKind.ChangePoints or ClaimKind.ChangePercent)
        {
            return InEra(claim with { Era = null, Period = null }, series, era);
        }

        var at = Position(claim, series, articleDate.Value);
        if (at < 1)
        {
            return Result(claim, null, Verdict.NotCheckable, $"no {index} session held for {Day(articleDate.Value)}{(claim.DaysBack > 0 ? " or the one before" : string.Empty)}");
        }

        var day = new DayView(series, at, facts.Day(index, series.Bars[at].Date));
        if (claim.Period is not null && claim.Kind is ClaimKind.ChangePercent or ClaimKind.ChangePoints)
        {
            return PeriodMove(claim, day);
        }

        if (claim.Session == ClaimSessions.Open && claim.Kind is ClaimKind.Level or ClaimKind.ChangePercent or ClaimKind.ChangePoints)
        {
            return Open(claim, day);
        }

        if (claim.Kind is ClaimKind.ChangePercent or ClaimKind.ChangePoints or ClaimKind.Direction or ClaimKind.Flat or ClaimKind.Path or ClaimKind.Streak
            && history.Missing(index, series.Bars[at - 1].Date, day.Date) is { Count: > 0 } missing)
        {
            // A move across a session the store does not hold is not the day's move: never bridged silently.
            return Result(claim, day.Date, Verdict.NotCheckable,
                $"no {index} close is held for {SessionGaps.Describe(missing)}, a trading day before {Day(day.Date)}; the last close held is {Numbers.Level(day.PrevClose)} on {Day(series.Bars[at - 1].Date)}: import that session to settle the day's move",
                day.Fact(FactKinds.Close));
        }

        var verdict = ByKind(claim, day, articleDate.Value);
        return verdict.Verdict == Verdict.Supported || claim.Kind is not (ClaimKind.Level or ClaimKind.ChangePercent or ClaimKind.ChangePoints)
            ? verdict
            : AgainstPublishedSessions(claim, day, verdict);
    }

    private CheckedClaim ByKind(Claim claim, DayView day, DateOnly articleDate)
    {
        return claim.Kind switch
        {
            ClaimKind.Level => Level(claim, day),
            ClaimKind.ChangePercent => Move(claim, day, FactKinds.ChangePercent, day.ChangePct, day.LowPct, day.HighPct, "%"),
            ClaimKind.ChangePoints => Move(claim, day, FactKinds.ChangePoints, day.ChangePoints, day.Low - day.PrevClose, day.High - day.PrevClose, " points"),
            ClaimKind.Record => Record(claim, day),
            ClaimKind.NearRecord => NearRecord(claim, day),
            ClaimKind.PreviousRecord => PreviousRecord(claim, day),
            ClaimKind.FirstAbove => FirstAbove(claim, day),
            ClaimKind.NearLevel => NearLevel(claim, day),
            ClaimKind.Streak => Streak(claim, day),
            ClaimKind.Flat => Flat(claim, day),
            ClaimKind.Direction => Direction(claim, day),
            ClaimKind.ExtremeSince => ExtremeSince(claim, day),
            ClaimKind.Above => Above(claim, day),
            ClaimKind.Outperformed => Outperformed(claim, day, articleDate),
            ClaimKind.LedRegion => LedRegion(claim, day, articleDate),
            ClaimKind.MoveRank => MoveRank(claim, day),
            ClaimKind.YearEndRecord => YearEndRecord(claim, day),
            ClaimKind.YenLevel => YenLevel(claim, day),
            ClaimKind.YenDirection => YenDirection(claim, day),
            ClaimKind.Path => Path(claim, day),
            _ => Result(claim, day.Date, Verdict.NotCheckable, "no rule checks this kind of claim"),
        };
    }

    /// <summary>Levels printed during the session (the 11:30 morning close, a wire's 10:46 level): a figure that
    /// matches one of them at its printed precision belongs to that moment. A closing claim stays contradicted and
    /// says which moment its figure is from; a morning or intraday claim is supported by it, and a lunch-break
    /// claim that matches no held 11:30 level is contradicted.</summary>
    private CheckedClaim AgainstPublishedSessions(Claim claim, DayView day, CheckedClaim verdict)
    {
        var printed = sessions?.GetSessionLevels(day.Index, day.Date) ?? [];
        if (printed.Count == 0 || claim.DaysBack > 0)
        {
            return verdict;
        }

        var tolerance = Tolerance.For(claim);
        var match = printed.FirstOrDefault(p => Matches(claim, tolerance, p, day.PrevClose));
        var evidence = verdict.Evidence.ToList();
        if (match is null)
        {
            var noon = printed.FirstOrDefault(p => p.Session == PublishedSessions.MorningClose);
            if (claim.Session == ClaimSessions.Morning && noon is not null && verdict.Verdict == Verdict.NotCheckable)
            {
                evidence.Add(SessionEvidence(noon));
                return verdict with
                {
                    Verdict = Verdict.Contradicted,
                    Reason = $"{day.Index} stood at {noon.Level.ToString("N" + noon.Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)} at the 11:30 morning close ({noon.Source}), not {Stated(claim)}",
                    Evidence = evidence,
                };
            }

            return verdict;
        }

        evidence.Add(SessionEvidence(match));
        var moment = match.Session == PublishedSessions.MorningClose ? "at the 11:30 morning close" : $"at {match.TimeJst:HH\\:mm} JST";
        var printedText = $"{day.Index} stood at {match.Level.ToString("N" + match.Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)} {moment} ({match.Source}{(match.ChangePct is { } pct ? $", {Numbers.SignedPercent(pct)}" : string.Empty)})";
        if (claim.Session == ClaimSessions.Close)
        {
            return verdict with { Reason = $"{verdict.Reason}; {SessionMatch}{moment}: {printedText}", Evidence = evidence };
        }

        return verdict with { Verdict = Verdict.Supported, Reason = printedText, Evidence = evidence };
    }

    /// <summary>The words a closing claim's reason carries when its figure is a moment's of the session.</summary>
    public const string SessionMatch = "the figure matches the level ";

    /// <summary>Whether a printed level (to its decimals, so [L, L + one unit) when truncated) allows the claimed figure.</summary>
    private static bool Matches(Claim claim, Tolerance tolerance, PublishedSessionLevel printed, decimal previousClose)
    {
        var unit = Tolerance.Unit(printed.Decimals);
        var (low, high) = (printed.Level - (unit / 2), printed.Level + unit);
        return claim.Kind switch
        {
            ClaimKind.Level => tolerance.Overlaps(low, high) && Math.Abs((claim.Value ?? 0) - printed.Level) < unit + Tolerance.Unit(claim.Decimals),
            ClaimKind.ChangePoints => tolerance.Overlaps(low - previousClose, high - previousClose),
            ClaimKind.ChangePercent => previousClose > 0 && tolerance.Overlaps((low - previousClose) / previousClose * 100m, (high - previousClose) / previousClose * 100m),
            _ => false,
        };
    }

    private static Evidence SessionEvidence(PublishedSessionLevel p) =>
        new($"{p.SeriesId}:{p.Date:yyyy-MM-dd}:{p.Session}:{p.TimeJst:HH\\:mm}:level", p.Level);

    /// <summary>The period's highest close, then the first later close above it: the claim holds when that close came
    /// in the window the article names ("last month") and by the article's date.</summary>
    private CheckedClaim PeakBeaten(Claim claim, SeriesHistory.Series series, DateOnly articleDate)
    {
        var beaten = claim.Beaten!;
        var from = new DateOnly(beaten.Year, beaten.Month ?? 1, 1);
        var to = beaten.Month is null ? new DateOnly(beaten.Year, 12, 31) : from.AddMonths(1).AddDays(-1);
        var peak = -1;
        for (var i = 0; i < series.Bars.Count && series.Bars[i].Date <= to; i++)
        {
            if (series.Bars[i].Date >= from && (peak < 0 || series.Bars[i].Close > series.Bars[peak].Close))
            {
                peak = i;
            }
        }

        if (peak < 0)
        {
            return Result(claim, null, Verdict.NotCheckable, $"no {series.Id} closes are held for {beaten.PeriodText}");
        }

        var (peakDate, peakClose) = (series.Bars[peak].Date, series.Bars[peak].Close);
        var first = -1;
        for (var i = peak + 1; i < series.Bars.Count && series.Bars[i].Date <= articleDate; i++)
        {
            if (series.Bars[i].Date > to && series.Bars[i].Close > peakClose)
            {
                first = i;
                break;
            }
        }

        var peakText = $"its {beaten.PeriodText} peak of {Numbers.Level(peakClose)} (closed {Day(peakDate)})";
        if (first < 0)
        {
            return Result(claim, null, Verdict.Contradicted, $"{series.Id} had not closed above {peakText} by {Day(articleDate)}",
                facts.Day(series.Id, peakDate).Find(FactKinds.Close, series.Id));
        }

        var (firstDate, firstClose) = (series.Bars[first].Date, series.Bars[first].Close);
        var dayFacts = facts.Day(series.Id, firstDate);
        var evidence = dayFacts.Find(FactKinds.FirstRecordSince, series.Id) ?? dayFacts.Find(FactKinds.RecordClose, series.Id) ?? dayFacts.Find(FactKinds.Close, series.Id);
        var (windowFrom, windowTo) = beaten.Window(articleDate);
        var found = $"{series.Id} first closed above {peakText} on {Day(firstDate)}, at {Numbers.Level(firstClose)}";
        return firstDate >= windowFrom && firstDate <= windowTo
            ? Result(claim, firstDate, Verdict.Supported, found, evidence)
            : Result(claim, firstDate, Verdict.Contradicted, $"{found}: not {beaten.When}", evidence);
    }

    private static int Position(Claim claim, SeriesHistory.Series series, DateOnly date)
    {
        var at = claim.Session == ClaimSessions.Overnight || (claim.Index is { } i && Aliases.IsUnitedStates(i))
            ? series.OnOrBefore(date, strictly: true)
            : claim.Index == IndexIds.UsdJpy ? series.OnOrBefore(date) : series.IndexOf(date);
        return at < 0 ? -1 : at - claim.DaysBack;
    }

    private static bool IsIntraday(Claim claim) => claim.Session is ClaimSessions.Intraday or ClaimSessions.Morning;

    /// <summary>A figure said to be reached at some moment of the whole session (not of the morning, whose range is not held).</summary>
    private static bool ReachedAtAMoment(Claim claim) => claim.AtAMoment && claim.Session == ClaimSessions.Intraday;

    private static string SessionWords(Claim claim) => claim.Session == ClaimSessions.Morning ? "at the lunch break" : "at the time of writing";

    private CheckedClaim Level(Claim claim, DayView day)
    {
        var tolerance = Tolerance.For(claim);
        if (tolerance.Contains(day.Close))
        {
            return Result(claim, day.Date, Verdict.Supported, $"{day.Index} closed at {Numbers.Level(day.Close)}", day.Fact(FactKinds.Close));
        }

        if (!IsIntraday(claim))
        {
            return Result(claim, day.Date, Verdict.Contradicted,
                $"{day.Index} closed at {Numbers.Level(day.Close)} on {Day(day.Date)}, not {Stated(claim)}", day.Fact(FactKinds.Close));
        }

        if (!day.HasRange)
        {
            return Result(claim, day.Date, Verdict.NotCheckable,
                $"only the close ({Numbers.Level(day.Close)}) is held for {day.Index}; the level {SessionWords(claim)} is not", day.Fact(FactKinds.Close));
        }

        if (tolerance.Contains(day.High))
        {
            return Result(claim, day.Date, Verdict.Supported, $"{day.Index}'s high of the day was {Numbers.Level(day.High)}", day.Fact(FactKinds.High));
        }

        if (tolerance.Contains(day.Low))
        {
            return Result(claim, day.Date, Verdict.Supported, $"{day.Index}'s low of the day was {Numbers.Level(day.Low)}", day.Fact(FactKinds.Low));
        }

        if (ReachedAtAMoment(claim) && tolerance.Overlaps(day.Low, day.High))
        {
            return Result(claim, day.Date, Verdict.Supported,
                $"{day.Index} traded from {Numbers.Level(day.Low)} to {Numbers.Level(day.High)} during the session, through {Stated(claim)}", day.Fact(FactKinds.Low), day.Fact(FactKinds.High));
        }

        return tolerance.Overlaps(day.Low, day.High)
            ? Result(claim, day.Date, Verdict.NotCheckable,
                $"inside the day's range {Numbers.Level(day.Low)}-{Numbers.Level(day.High)}; daily data cannot tell the level {SessionWords(claim)}",
                day.Fact(FactKinds.Low), day.Fact(FactKinds.High))
            : Result(claim, day.Date, Verdict.Contradicted,
                $"outside the day's range {Numbers.Level(day.Low)}-{Numbers.Level(day.High)}", day.Fact(FactKinds.Low), day.Fact(FactKinds.High));
    }

    private CheckedClaim Move(Claim claim, DayView day, string kind, decimal close, decimal low, decimal high, string unit)
    {
        var tolerance = Tolerance.For(claim);
        var shown = unit == "%" ? Numbers.SignedPercent(close) : (close >= 0 ? "+" : "-") + Numbers.Points(close) + unit;
        if (claim.Hedge == Hedge.AsMuchAs)
        {
            if (!day.HasRange)
            {
                return Result(claim, day.Date, Verdict.NotCheckable, $"only closes are held for {day.Index}; its intraday extreme is not", day.Fact(kind));
            }

            // The extreme "as much as" names is the session's so far: the day's extreme beyond it may come later, but
            // a claim beyond the day's extreme was never reached.
            var extreme = claim.Value >= 0 ? high : low;
            var extremeKind = claim.Value >= 0 ? FactKinds.High : FactKinds.Low;
            var reason = $"{day.Index}'s intraday {(claim.Value >= 0 ? "high" : "low")} was {Format(extreme, unit)} from the previous close";
            var beyond = claim.Value >= 0 ? tolerance.Low > extreme : tolerance.High < extreme;
            return Result(claim, day.Date, tolerance.Contains(extreme) ? Verdict.Supported : beyond ? Verdict.Contradicted : Verdict.NotCheckable,
                beyond || tolerance.Contains(extreme) ? reason : $"{reason}; the extreme at the time of writing is not held", day.Fact(extremeKind), day.Fact(FactKinds.PreviousClose));
        }

        if (ReachedAtAMoment(claim) && day.HasRange && tolerance.Overlaps(low, high))
        {
            return Result(claim, day.Date, Verdict.Supported,
                $"{day.Index} ranged {Format(low, unit)} to {Format(high, unit)} during the session (closed {shown}), through {Stated(claim)}", day.Fact(kind), day.Fact(FactKinds.Low), day.Fact(FactKinds.High));
        }

        if (tolerance.Contains(close))
        {
            // A whole-number figure of a moment of the session ("advanced 1 percent" in early trade) fits many moments;
            // that the close also fits it proves nothing.
            // Only a held range that lies wholly inside the figure settles it (and a close-only series never does).
            return IsIntraday(claim) && claim.Decimals == 0 && !(day.HasRange && tolerance.Contains(low) && tolerance.Contains(high))
                ? Result(claim, day.Date, Verdict.NotCheckable,
                    $"{day.Index} closed {shown}{(day.HasRange ? $" and ranged {Format(low, unit)} to {Format(high, unit)}" : "; its range is not held")}; a whole-number figure {SessionWords(claim)} is not settled by the close", day.Fact(kind))
                : Result(claim, day.Date, Verdict.Supported, $"{day.Index} {(IsIntraday(claim) ? "closed" : "ended")} {shown} on {Day(day.Date)}", day.Fact(kind));
        }

        if (!IsIntraday(claim))
        {
            return Result(claim, day.Date, Verdict.Contradicted, $"{day.Index} ended {shown} on {Day(day.Date)}, not {Stated(claim)}", day.Fact(kind));
        }

        if (!day.HasRange)
        {
            return Result(claim, day.Date, Verdict.NotCheckable,
                $"{day.Index} closed {shown}; only closes are held, so the move {SessionWords(claim)} cannot be checked", day.Fact(kind));
        }

        return tolerance.Overlaps(low, high)
            ? Result(claim, day.Date, Verdict.NotCheckable,
                $"{day.Index} closed {shown} and ranged {Format(low, unit)} to {Format(high, unit)}; the move {SessionWords(claim)} is not held", day.Fact(kind), day.Fact(FactKinds.Low), day.Fact(FactKinds.High))
            : Result(claim, day.Date, Verdict.Contradicted,
                $"{day.Index} ranged {Format(low, unit)} to {Format(high, unit)} and closed {shown}: never {Stated(claim)}", day.Fact(kind), day.Fact(FactKinds.Low), day.Fact(FactKinds.High));
    }

    /// <summary>A move over a period: from the close before it (the base) to the close that ends it, or to the level at
    /// the time of writing (the day's range) for a claim of the session in progress. The base must be the period's
    /// last close before it: a base across a session the store does not hold is not checkable.</summary>
    private CheckedClaim PeriodMove(Claim claim, DayView day)
    {
        var period = claim.Period!;
        var bars = day.Series.Bars;
        if (period.Window(day.Series, day.At) is not var (from, to))
        {
            return Result(claim, day.Date, Verdict.NotCheckable, $"{day.Index} is held from {Day(bars[0].Date)}: the base of \u201c{period.Text}\u201d is not held");
        }

        if (from + 1 < bars.Count && history.Missing(day.Index, bars[from].Date, bars[from + 1].Date) is { Count: > 0 } missing)
        {
            return Result(claim, day.Date, Verdict.NotCheckable,
                $"no {day.Index} close is held for {SessionGaps.Describe(missing)}, which may be the base of \u201c{period.Text}\u201d: import that session to settle it");
        }

        var percent = claim.Kind == ClaimKind.ChangePercent;
        var unit = percent ? "%" : " points";
        var basis = bars[from].Close;
        decimal Change(decimal level) => percent ? (level - basis) / basis * 100m : level - basis;
        var end = bars[to];
        var change = Change(end.Close);
        var tolerance = Tolerance.For(claim);
        var evidence = new[] { CloseFact(day.Index, bars[from]), CloseFact(day.Index, end) };
        var what = $"{day.Index} {Format(change, unit)} from {Numbers.Level(basis)} ({Day(bars[from].Date)}) to {Numbers.Level(end.Close)} ({Day(end.Date)}), \u201c{period.Text}\u201d";
        if (tolerance.Contains(change))
        {
            return Result(claim, end.Date, Verdict.Supported, what, evidence);
        }

        var live = IsIntraday(claim) && to == day.At;
        if (live && day.HasRange && tolerance.Overlaps(Change(day.Low), Change(day.High)))
        {
            return Result(claim, end.Date, Verdict.NotCheckable,
                $"{what}; during the day it ranged {Format(Change(day.Low), unit)} to {Format(Change(day.High), unit)}: the level at the time of writing is not held", evidence);
        }

        // "ended the week down 0.2% at 2,706.2" may be the week's last session ending down 0.2%: that reading is not refuted
        // when the session's own move fits.
        if (to >= 1 && EndedThePeriod().IsMatch(period.Text))
        {
            var previous = bars[to - 1].Close;
            var lastSession = percent ? (end.Close - previous) / previous * 100m : end.Close - previous;
            if (tolerance.Contains(lastSession))
            {
                return Result(claim, end.Date, Verdict.NotCheckable,
                    $"{what}, not {Stated(claim)}; but the session that ended it moved {Format(lastSession, unit)}, which \u201c{period.Text}\u201d may mean", evidence);
            }
        }

        return period.Anchored
            ? Result(claim, end.Date, live && !day.HasRange ? Verdict.NotCheckable : Verdict.Contradicted, $"{what}, not {Stated(claim)}", evidence)
            : Result(claim, end.Date, Verdict.NotCheckable, $"{what}, not {Stated(claim)}; the words do not say when the stretch ends, so another stretch may be meant", evidence);
    }

    /// <summary>A move ranked against the history held: the day's (week's, month's, year's) move is the
    /// <see cref="RankedMove.Place"/>-th largest of its direction in the window, in points or in percent as the claim
    /// says (either when it does not). "Since" a day or period counts from after it ("the biggest fall since September
    /// 30": that day's fall was bigger) or from it ("the second-largest fall since Black Monday": Black Monday first).</summary>
    private CheckedClaim MoveRank(Claim claim, DayView day)
    {
        var rank = claim.Rank!;
        var bars = day.Series.Bars;
        var ends = SpanEnds(bars, day.At, rank.Span);
        var since = rank.Since;
        var (after, from) = since switch
        {
            null => (DateOnly.MinValue, DateOnly.MinValue),
            { IsSpan: true } => (since.From(day.Date).AddDays((day.Date.DayNumber - since.From(day.Date).DayNumber) / 20), since.From(day.Date).AddDays((day.Date.DayNumber - since.From(day.Date).DayNumber) / 20)),
            { WholePeriod: true } => (PeriodEnd(since.From(day.Date), since.Day!.Month == 0), since.From(day.Date).AddDays(-1)),
            _ => (since.From(day.Date), since.From(day.Date).AddDays(-1)),
        };
        if (ends.Count < 3 || (since is not null && bars[0].Date > from))
        {
            return Result(claim, day.Date, Verdict.NotCheckable, $"{day.Index} is held from {Day(bars[0].Date)}: the moves since {since?.Text ?? "its start"} are not all held");
        }

        var up = claim.Value > 0;
        var span = rank.Span switch { PeriodKind.Week => "weekly", PeriodKind.Month => "monthly", PeriodKind.Year => "yearly", _ => "daily" };
        var window = since is null ? $"in the history held (from {Day(bars[0].Date)})" : $"since {since.Text}";
        var findings = new List<string>();
        foreach (var percent in rank.Measure switch { "points" => [false], "percent" => [true], _ => new[] { false, true } })
        {
            decimal Move(int k) => percent ? (bars[ends[k]].Close - bars[ends[k - 1]].Close) / bars[ends[k - 1]].Close * 100m : bars[ends[k]].Close - bars[ends[k - 1]].Close;
            var move = Move(ends.Count - 1);
            var unit = percent ? "%" : " points";
            if (move > 0 != up || move == 0)
            {
                findings.Add($"the {span} move was {Format(move, unit)}");
                continue;
            }

            var bigger = Enumerable.Range(1, ends.Count - 2)
                .Where(k => bars[ends[k]].Date > from && (up ? Move(k) > move : Move(k) < move))
                .Select(k => (Date: bars[ends[k]].Date, Move: Move(k))).ToList();
            var exclusive = bigger.Count(b => b.Date > after) + 1;
            var inclusive = bigger.Count + 1;
            if (exclusive == rank.Place || (since is not null && inclusive == rank.Place))
            {
                var next = bigger.Count == 0 ? string.Empty : $"; the last bigger: {Format(bigger[^1].Move, unit)} ({Day(bigger[^1].Date)})";
                return Result(claim, day.Date, Verdict.Supported,
                    $"{day.Index}'s {span} {(up ? "rise" : "fall")} of {Format(move, unit)} to {Day(day.Date)} ranks {Ordinal(rank.Place)} {window}{next}", day.Fact(FactKinds.ChangePoints));
            }

            findings.Add($"{Format(move, unit)} ranks {Ordinal(exclusive)} {window}" + (bigger.Count == 0 ? string.Empty
                : " (bigger: " + string.Join(", ", bigger.OrderBy(b => up ? -b.Move : b.Move).Take(3).Select(b => $"{Format(b.Move, unit)} on {Day(b.Date)}")) + ")"));
        }

        return Result(claim, day.Date, Verdict.Contradicted, $"{day.Index}'s {span} move to {Day(day.Date)}: {string.Join("; ", findings)}", day.Fact(FactKinds.ChangePoints));
    }

    /// <summary>The year's last close against every earlier year's last close held.</summary>
    private CheckedClaim YearEndRecord(Claim claim, DayView day)
    {
        var bars = day.Series.Bars;
        if (day.At + 1 < bars.Count && bars[day.At + 1].Date.Year == day.Date.Year)
        {
            return Result(claim, day.Date, Verdict.NotCheckable, $"{Day(day.Date)} is not {day.Index}'s last session of {day.Date.Year}: its year-end close is {Numbers.Level(bars.Last(b => b.Date.Year == day.Date.Year).Close)}");
        }

        var yearEnds = bars.Take(day.At).Where((b, i) => bars[i + 1].Date.Year != b.Date.Year).ToList();
        if (yearEnds.Count == 0)
        {
            return Result(claim, day.Date, Verdict.NotCheckable, $"no earlier year-end close of {day.Index} is held");
        }

        var best = yearEnds.MaxBy(b => b.Close);
        var held = $"in the year-ends held from {bars[0].Date.Year}";
        if (claim.Value is not null)
        {
            return Result(claim, day.Date, Tolerance.For(claim).Contains(best.Close) ? Verdict.Supported : Verdict.Contradicted,
                $"the best year-end close before {day.Date.Year} {held} was {Numbers.Level(best.Close)} ({Day(best.Date)})", CloseFact(day.Index, best));
        }

        return Result(claim, day.Date, day.Close > best.Close ? Verdict.Supported : Verdict.Contradicted,
            $"{day.Index}'s {day.Date.Year} year-end close {Numbers.Level(day.Close)} against the best earlier one {held}, {Numbers.Level(best.Close)} ({Day(best.Date)})",
            day.Fact(FactKinds.Close), CloseFact(day.Index, best));
    }

    private static string Ordinal(int n) => n switch { 1 => "first", 2 => "second", 3 => "third", _ => $"{n}th" };

    /// <summary>The last day of the month or year a "since" names.</summary>
    private static DateOnly PeriodEnd(DateOnly first, bool year) =>
        year ? new DateOnly(first.Year, 12, 31) : first.AddMonths(1).AddDays(-1);

    /// <summary>The positions of the bars that close each span (every session, or each week's, month's or year's last
    /// session) up to <paramref name="at"/>, whose span ends there.</summary>
    private static List<int> SpanEnds(IReadOnlyList<DailyBar> bars, int at, PeriodKind? span)
    {
        var ends = new List<int>(at + 1);
        for (var i = 0; i <= at; i++)
        {
            if (i == at || span is null || !SameSpan(bars[i].Date, bars[i + 1].Date, span.Value))
            {
                ends.Add(i);
            }
        }

        return ends;
    }

    private static bool SameSpan(DateOnly a, DateOnly b, PeriodKind span) => span switch
    {
        PeriodKind.Week => a.AddDays(-(((int)a.DayOfWeek + 6) % 7)) == b.AddDays(-(((int)b.DayOfWeek + 6) % 7)),
        PeriodKind.Month => a.Year == b.Year && a.Month == b.Month,
        _ => a.Year == b.Year,
    };

    /// <summary>A figure of a past month or year: supported on the first session of that time it matches; otherwise not
    /// checkable (the text does not say which day, and the figure may be of another index or scope).</summary>
    private CheckedClaim InEra(Claim claim, SeriesHistory.Series series, SinceDay era)
    {
        var from = new DateOnly(era.Year!.Value, era.Month == 0 ? 1 : era.Month, 1);
        var to = era.Month == 0 ? new DateOnly(era.Year.Value, 12, 31) : from.AddMonths(1).AddDays(-1);
        var what = era.Month == 0 ? from.Year.ToString(CultureInfo.InvariantCulture) : from.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
        if (series.Bars.Count == 0 || series.Bars[0].Date > from)
        {
            return Result(claim, null, Verdict.NotCheckable, $"{series.Id} is not held for {what}");
        }

        for (var at = Math.Max(1, series.OnOrBefore(from)); at < series.Bars.Count && series.Bars[at].Date <= to; at++)
        {
            var day = new DayView(series, at, []);
            var verdict = ByKind(claim with { Session = ClaimSessions.Close }, day, day.Date);
            if (verdict.Verdict == Verdict.Supported && day.Date >= from)
            {
                return verdict with { Reason = $"{verdict.Reason} (in {what}, the time the sentence names)" };
            }
        }

        return Result(claim, null, Verdict.NotCheckable, $"no {series.Id} session of {what} (the time the sentence names) matches {Stated(claim)}");
    }

    /// <summary>A level or move at the open: the day's opening print against the previous close.</summary>
    private static CheckedClaim Open(Claim claim, DayView day)
    {
        if (day.Series.Bars[day.At].Open is not { } open)
        {
            return Result(claim, day.Date, Verdict.NotCheckable, $"only the close is held for {day.Index} on {Day(day.Date)}: its open is not", day.Fact(FactKinds.Close));
        }

        var (value, shown) = claim.Kind switch
        {
            ClaimKind.Level => (open, Numbers.Level(open)),
            ClaimKind.ChangePoints => (open - day.PrevClose, Format(open - day.PrevClose, " points")),
            _ => ((open - day.PrevClose) / day.PrevClose * 100m, Format((open - day.PrevClose) / day.PrevClose * 100m, "%")),
        };
        var reason = $"{day.Index} opened at {Numbers.Level(open)} on {Day(day.Date)} ({(claim.Kind == ClaimKind.Level ? $"previous close {Numbers.Level(day.PrevClose)}" : shown)})";
        return Tolerance.For(claim).Contains(value)
            ? Result(claim, day.Date, Verdict.Supported, reason, day.Fact(FactKinds.PreviousClose))
            : Result(claim, day.Date, Verdict.Contradicted, $"{reason}, not {Stated(claim)}", day.Fact(FactKinds.PreviousClose));
    }

    private static Fact CloseFact(string index, DailyBar bar) =>
        new(FactLookup.MakeId(index, bar.Date, Sessions.Close, FactKinds.Close), FactKinds.Close, index, bar.Date, Sessions.Close, bar.Close, FactUnits.Level,
            [new FactInput(index, bar.Date, "close", bar.Close)]);

    private CheckedClaim Record(Claim claim, DayView day)
    {
        var recordClose = day.Facts.Find(FactKinds.RecordClose, day.Index);
        var recordHigh = day.Facts.Find(FactKinds.RecordIntradayHigh, day.Index);
        var closeIsRecord = recordClose is not null || day.Close > day.PriorMaxClose;
        var highIsRecord = recordHigh is not null || (day.HasRange && day.High > day.PriorMaxHigh);
        if (!day.Series.KnowsHighs(day.At) && (closeIsRecord || (IsIntraday(claim) && highIsRecord)))
        {
            // Above every close held, but the held history starts after the index did and no earlier peak is known.
            return UnknownPeak(claim, day, $"{day.Index} closed at {Numbers.Level(day.Close)}, the highest in the history held");
        }

        var previous = $"the previous record close was {Numbers.Level(day.PriorMaxClose)}";
        if (claim.Session == ClaimSessions.Morning)
        {
            return closeIsRecord || highIsRecord
                ? Result(claim, day.Date, Verdict.NotCheckable,
                    $"the day set a record ({(highIsRecord ? $"high {Numbers.Level(day.High)}" : $"close {Numbers.Level(day.Close)}")}), but daily data cannot tell whether by the lunch break",
                    recordHigh ?? recordClose ?? day.Fact(FactKinds.High))
                : Result(claim, day.Date, Verdict.Contradicted,
                    $"the day's high {Numbers.Level(day.High)} stayed below the record {Numbers.Level(day.PriorMaxHigh)}", day.Fact(FactKinds.High));
        }

        if (closeIsRecord)
        {
            return Result(claim, day.Date, Verdict.Supported, $"{day.Index} closed at a record {Numbers.Level(day.Close)}; {previous}", recordClose ?? day.Fact(FactKinds.Close));
        }

        if (IsIntraday(claim) && highIsRecord)
        {
            return Result(claim, day.Date, Verdict.Supported,
                $"{day.Index} hit a record intraday high of {Numbers.Level(day.High)} (previous {Numbers.Level(day.PriorMaxHigh)})", recordHigh ?? day.Fact(FactKinds.High));
        }

        if (IsIntraday(claim) && !day.HasRange)
        {
            return Result(claim, day.Date, Verdict.NotCheckable,
                $"{day.Index} closed at {Numbers.Level(day.Close)}, below the record {Numbers.Level(day.PriorMaxClose)}; its intraday high is not held", day.Fact(FactKinds.Close));
        }

        return Result(claim, day.Date, Verdict.Contradicted,
            $"{day.Index} closed at {Numbers.Level(day.Close)}, below the record close of {Numbers.Level(day.PriorMaxClose)}", day.Fact(FactKinds.Close), day.Facts.Find(FactKinds.DistanceToRecordPercent, day.Index));
    }

    private CheckedClaim NearRecord(Claim claim, DayView day)
    {
        if (!day.Series.KnowsHighs(day.At))
        {
            return UnknownPeak(claim, day, $"{day.Index} closed at {Numbers.Level(day.Close)}");
        }

        var distance = (day.Close - day.PriorMaxClose) / day.PriorMaxClose * 100m;
        if (day.Close > day.PriorMaxClose)
        {
            return Result(claim, day.Date, IsIntraday(claim) ? Verdict.Supported : Verdict.Contradicted,
                $"{day.Index} closed at a record {Numbers.Level(day.Close)}", day.Facts.Find(FactKinds.RecordClose, day.Index) ?? day.Fact(FactKinds.Close));
        }

        return Result(claim, day.Date, distance >= -NearRecordPct ? Verdict.Supported : Verdict.Contradicted,
            $"{day.Index} closed {Numbers.Percent(distance)} below its record close of {Numbers.Level(day.PriorMaxClose)} (near means within {Numbers.Percent(NearRecordPct)})",
            day.Facts.Find(FactKinds.DistanceToRecordPercent, day.Index) ?? day.Fact(FactKinds.Close));
    }

    /// <summary>"Near record territory" / "within reach of its record": at most this far below the record close.</summary>
    public const decimal NearRecordPct = 3m;

    /// <summary>A record claim about a held history that starts after the index did, with no earlier peak in the
    /// catalogue: the rows held cannot tell whether the index was higher before them.</summary>
    private static CheckedClaim UnknownPeak(Claim claim, DayView day, string what)
    {
        var scope = day.Series.Scope;
        var start = scope.HistoryStart is { } s ? $"starts {Day(s)}" : "start is not catalogued";
        return Result(claim, day.Date, Verdict.NotCheckable,
            $"{what}; but the history held starts {Day(scope.FirstHeld)}, {day.Index}'s own history {start}, and no earlier peak is catalogued, so its record is not known",
            day.Facts.Find(FactKinds.HighestCloseInHeldHistory, day.Index) ?? day.Fact(FactKinds.Close));
    }

    private CheckedClaim PreviousRecord(Claim claim, DayView day)
    {
        if (!day.Series.KnowsHighs(day.At))
        {
            return UnknownPeak(claim, day, $"the highest close held before {Day(day.Date)} was {Numbers.Level(day.PriorMaxClose)}");
        }

        var closing = claim.Session == ClaimSessions.Close;
        var record = closing ? day.PriorMaxClose : day.PriorMaxHigh;
        var kind = closing ? FactKinds.RecordClose : FactKinds.RecordIntradayHigh;
        var fact = day.Facts.Find(kind, day.Index);
        var setOn = fact?.ReferenceDate is { } d ? $" set on {Day(d)}" : string.Empty;
        return Result(claim, day.Date, Tolerance.For(claim).Contains(record) ? Verdict.Supported : Verdict.Contradicted,
            $"the record {(closing ? "close" : "intraday high")} before {Day(day.Date)} was {Numbers.Level(record)}{setOn}", fact ?? day.Fact(FactKinds.High));
    }

    /// <summary>A first close (or, unless the wording says close, a first print) at or above the level: ever, or in
    /// the <see cref="Claim.SinceYears"/> years before the day ("for the first time in 34 years").</summary>
    private CheckedClaim FirstAbove(Claim claim, DayView day)
    {
        var level = claim.Value ?? 0;
        var print = claim.Session != ClaimSessions.Close || !Patterns.Close().IsMatch(claim.Quote ?? claim.Text);
        var reachedClose = day.Close >= level;
        var reachedPrint = reachedClose || (day.HasRange && day.High >= level);
        if (claim.SinceYears is { } years)
        {
            var from = day.Date.AddYears(-Math.Max(1, years - 1));
            var earlier = day.Series.Bars.Take(day.At).Where(b => b.Date >= from).ToList();
            var before = earlier.Where(b => b.Close >= level).ToList();
            var reached = print ? reachedPrint : reachedClose;
            if (!reached)
            {
                return Result(claim, day.Date, Verdict.Contradicted,
                    $"{day.Index} {(print ? $"traded no higher than {Numbers.Level(day.High)}" : $"closed at {Numbers.Level(day.Close)}")}, below {Numbers.RoundLevel(level)}", day.Fact(print ? FactKinds.High : FactKinds.Close));
            }

            if (earlier.Count == 0 || earlier[0].Date > from.AddDays(10))
            {
                return Result(claim, day.Date, Verdict.NotCheckable, $"the closes of the {years} years before {Day(day.Date)} are not all held", day.Fact(FactKinds.Close));
            }

            return before.Count == 0
                ? Result(claim, day.Date, Verdict.Supported,
                    $"{day.Index} reached {Numbers.Level(print ? Math.Max(day.Close, day.High) : day.Close)}; no close at or above {Numbers.RoundLevel(level)} since {Day(from)}", day.Fact(print ? FactKinds.High : FactKinds.Close))
                : Result(claim, day.Date, Verdict.Contradicted,
                    $"{day.Index} had closed at {Numbers.Level(before[^1].Close)} on {Day(before[^1].Date)}, within {years} years", day.Fact(FactKinds.Close));
        }

        if (!day.Series.KnowsHighs(day.At) && DateInference.Crossed(level, day.Series, day.At, print))
        {
            return UnknownPeak(claim, day, $"{day.Index} crossed {Numbers.RoundLevel(level)} for the first time in the history held");
        }

        if (DateInference.Crossed(level, day.Series, day.At, intraday: false))
        {
            return Result(claim, day.Date, Verdict.Supported,
                $"{day.Index} closed at {Numbers.Level(day.Close)}, its first close at or above {Numbers.RoundLevel(level)} (previous best {Numbers.Level(day.PriorMaxClose)})",
                day.Facts.Find(FactKinds.FirstCloseAbove, day.Index) ?? day.Fact(FactKinds.Close));
        }

        if (print && DateInference.Crossed(level, day.Series, day.At, intraday: true))
        {
            return Result(claim, day.Date, Verdict.Supported,
                $"{day.Index} traded up to {Numbers.Level(day.High)}, its first print at or above {Numbers.RoundLevel(level)}",
                day.Facts.Find(FactKinds.FirstPrintAbove, day.Index) ?? day.Fact(FactKinds.High));
        }

        // 「初の5万4000円台とあって」 said of a session that opened there, the session after the first close above: the
        // level as it stands, first reached the day before, not a crossing of this session.
        var previous = day.At - 1;
        if (claim.AsItStands && previous >= 1 && day.Series.PriorMaxClose[previous] < level && day.Series.Bars[previous].Close >= level
            && (day.HasRange ? day.High : day.Close) >= level)
        {
            return Result(claim, day.Date, Verdict.NotCheckable,
                $"{day.Index} first closed at or above {Numbers.RoundLevel(level)} the session before ({Numbers.Level(day.Series.Bars[previous].Close)} on {Day(day.Series.Bars[previous].Date)}) and traded there again: the figure may be the level as it stood, not a crossing on {Day(day.Date)}",
                day.Facts.Find(FactKinds.FirstCloseAbove, day.Index) ?? day.Fact(FactKinds.Close));
        }

        var why = day.PriorMaxClose >= level
            ? $"it had already closed at {Numbers.Level(day.PriorMaxClose)} before"
            : $"it closed at {Numbers.Level(day.Close)}{(day.HasRange ? $" with a high of {Numbers.Level(day.High)}" : string.Empty)}";
        return Result(claim, day.Date, Verdict.Contradicted, $"not a first time above {Numbers.RoundLevel(level)}: {why}", day.Fact(FactKinds.Close));
    }

    private CheckedClaim NearLevel(Claim claim, DayView day)
    {
        var level = claim.Value ?? 0;
        if (claim.Session == ClaimSessions.Morning && day.HasRange)
        {
            return NearLevelAtTheBreak(claim, day, level);
        }

        var value = IsIntraday(claim) && day.HasRange ? day.High : day.Close;
        var what = IsIntraday(claim) && day.HasRange ? "high" : "close";
        var near = DateInference.IsNear(level, value);
        var reason = value >= level
            ? $"{day.Index}'s {what} {Numbers.Level(value)} was already above {Numbers.RoundLevel(level)}"
            : $"{day.Index}'s {what} {Numbers.Level(value)} was {Numbers.Percent((level - value) / level * 100m)} below {Numbers.RoundLevel(level)} (near means within {Numbers.Percent(DateInference.NearLevelPct)})";
        return Result(claim, day.Date, near ? Verdict.Supported : Verdict.Contradicted, reason, day.Fact(what == "high" ? FactKinds.High : FactKinds.Close));
    }

    /// <summary>"It now stands within touching distance of 40,000" at the lunch break: the day's high being near says
    /// nothing of the level at the break unless the whole day's range was near (or none of it was).</summary>
    private static CheckedClaim NearLevelAtTheBreak(Claim claim, DayView day, decimal level)
    {
        var window = $"within {Numbers.Percent(DateInference.NearLevelPct)} below {Numbers.RoundLevel(level)}";
        var range = $"{day.Index}'s range {Numbers.Level(day.Low)}-{Numbers.Level(day.High)}";
        if (DateInference.IsNear(level, day.Low) && DateInference.IsNear(level, day.High))
        {
            return Result(claim, day.Date, Verdict.Supported, $"{range} lay entirely {window}", day.Fact(FactKinds.Low), day.Fact(FactKinds.High));
        }

        var overlaps = day.Low < level && day.High >= level * (1m - (DateInference.NearLevelPct / 100m));
        return overlaps
            ? Result(claim, day.Date, Verdict.NotCheckable,
                $"{range} was only partly {window}; daily data cannot tell the level at the lunch break", day.Fact(FactKinds.Low), day.Fact(FactKinds.High))
            : Result(claim, day.Date, Verdict.Contradicted, $"{range} was never {window}", day.Fact(FactKinds.Low), day.Fact(FactKinds.High));
    }

    private CheckedClaim Streak(Claim claim, DayView day)
    {
        var n = (int)Math.Abs(claim.Value ?? 0);
        if (claim.Subject == "record")
        {
            if (!day.Series.KnowsHighs(day.At))
            {
                return UnknownPeak(claim, day, $"{day.Index} closed at {Numbers.Level(day.Close)}");
            }

            var streak = day.Facts.Find(FactKinds.RecordCloseStreak, day.Index);
            var actual = streak is null ? (day.Close > day.PriorMaxClose ? 1 : 0) : (int)streak.Value;
            return Result(claim, day.Date, actual == n ? Verdict.Supported : Verdict.Contradicted, $"{actual} record close(s) in a row", streak ?? day.Fact(FactKinds.Close));
        }

        var up = claim.Value > 0;
        if (claim.Subject == "week")
        {
            // "a fourth consecutive week": weekly moves (each week's last close against the week before's), this week's
            // so far included.
            var bars = day.Series.Bars;
            var ends = SpanEnds(bars, day.At, PeriodKind.Week);
            var weeks = 0;
            for (var k = ends.Count - 1; k >= 1 && (up ? bars[ends[k]].Close > bars[ends[k - 1]].Close : bars[ends[k]].Close < bars[ends[k - 1]].Close); k--)
            {
                weeks++;
            }

            return Result(claim, day.Date, weeks == n ? Verdict.Supported : IsIntraday(claim) && weeks == n - 1 ? Verdict.NotCheckable : Verdict.Contradicted,
                $"{day.Index} {(up ? "rose" : "fell")} for {weeks} week(s) in a row to {Day(day.Date)} (week-end closes)", day.Fact(FactKinds.Close));
        }

        // 「続伸」「反発」 name no count: a streak of more than one session (Hedge MoreThan), counted as the figure says.
        bool Fits(int actual) => claim.Hedge == Hedge.MoreThan ? actual > n : actual == n;
        var session = IsIntraday(claim) ? WholeSession(day, up) : null;
        if (claim.Subject == "broken")
        {
            // "rose for the first time in four market days": up today after n-1 sessions down (or the reverse).
            var against = CountStreak(day, !up, day.At - 1);
            var today = up ? day.ChangePoints > 0 : day.ChangePoints < 0;
            var said = $"{day.Index} {(today ? (up ? "rose" : "fell") : "did not " + (up ? "rise" : "fall"))} on {Day(day.Date)} after {against} session(s) {(up ? "down" : "up")} in a row";
            if (IsIntraday(claim))
            {
                // During the session, today's part is proven by a whole session on that side (or, at an unstated time of
                // writing, by the close).
                return Fits(against + 1) && (session == true || (today && !AtTheBreak(claim)))
                    ? Result(claim, day.Date, Verdict.Supported, $"{said}, and stayed {(up ? "above" : "below")} the previous close all session", day.Fact(FactKinds.ChangePercent))
                    : Result(claim, day.Date, Verdict.NotCheckable, $"{said}; the direction {SessionWords(claim)} is not held", day.Fact(FactKinds.ChangePercent));
            }

            return Result(claim, day.Date, today && Fits(against + 1) ? Verdict.Supported : Verdict.Contradicted, said, day.Fact(FactKinds.ChangePercent));
        }

        var fact = day.Facts.Find(up ? FactKinds.GainStreak : FactKinds.LossStreak, day.Index);
        var days = fact is null ? CountStreak(day, up) : (int)fact.Value;
        if (IsIntraday(claim))
        {
            // Written during the session: the streak so far is the one to the previous close, plus today if it holds,
            // which only a whole session on that side proves.
            var before = CountStreak(day, up, day.At - 1);
            var verdict = !Fits(before + 1) || (session == false && AtTheBreak(claim)) ? Verdict.Contradicted
                : session == true || (Fits(days) && !AtTheBreak(claim)) ? Verdict.Supported : Verdict.NotCheckable;
            return Result(claim, day.Date, verdict,
                $"{day.Index} had {(up ? "risen" : "fallen")} {before} session(s) in a row before {Day(day.Date)}"
                + (verdict == Verdict.Contradicted && !Fits(before + 1) ? $", so this could be at most the {Kabuto.Writing.Composing.Phrasebook.Ordinal(before + 1)}"
                    : verdict == Verdict.Supported ? (session == true ? $" and stayed {(up ? "above" : "below")} the previous close all session" : $"; it closed {Numbers.SignedPercent(day.ChangePct)}, the {Kabuto.Writing.Composing.Phrasebook.Ordinal(days)} in a row")
                    : verdict == Verdict.Contradicted ? $" and never traded {(up ? "above" : "below")} the previous close"
                    : $"; today extends it if it was {(up ? "up" : "down")} at the time (it closed {Numbers.SignedPercent(day.ChangePct)}{(day.HasRange ? string.Empty : "; its range is not held")})"),
                day.Fact(FactKinds.ChangePercent));
        }

        return Result(claim, day.Date, Fits(days) ? Verdict.Supported : Verdict.Contradicted,
            $"{day.Index} {(up ? "rose" : "fell")} for {days} session(s) in a row to {Day(day.Date)}", fact ?? day.Fact(FactKinds.ChangePercent));
    }

    private static int CountStreak(DayView day, bool up, int? from = null)
    {
        var bars = day.Series.Bars;
        var n = 0;
        for (var i = from ?? day.At; i > 0 && (up ? bars[i].Close > bars[i - 1].Close : bars[i].Close < bars[i - 1].Close); i--)
        {
            n++;
        }

        return n;
    }

    /// <summary>"Little changed"/"flat": within 0.25% either way; "slightly lower/higher": a move of under 0.5%.</summary>
    /// <summary>The day's close is the highest (lowest) since the window's start: no close in between reached it. A
    /// window the held history does not cover is not checkable.</summary>
    private CheckedClaim ExtremeSince(Claim claim, DayView day)
    {
        var since = claim.Since!;
        var from = since.From(day.Date);
        var bars = day.Series.Bars;
        if (bars[0].Date > from)
        {
            return Result(claim, day.Date, Verdict.NotCheckable, $"{day.Index} is held from {Day(bars[0].Date)}, after {Day(from)}");
        }

        var high = claim.Value > 0;
        var value = IsIntraday(claim) && day.HasRange ? (high ? day.High : day.Low) : day.Close;
        // A named day is the last time the index was there: the window starts after it; a span starts at its first day.
        // "Since Feb. 8" counts Feb. 8 and the session after it (a low of Feb. 9 is still "since Feb. 8"); a span ("an
        // eight-month low") is a round figure: its first twentieth is still "then".
        var firstSession = bars.FirstOrDefault(b => b.Date > from).Date;
        var start = since.IsSpan || since.WholePeriod
            ? from.AddDays((day.Date.DayNumber - from.DayNumber) / 20)
            : firstSession == default ? from : firstSession;
        var slack = start.DayNumber - from.DayNumber;
        var between = bars.Take(day.At).Where(b => b.Date > start).ToList();
        if (claim.Near)
        {
            // "near an eight-month low": within 2% of the window's extreme (today's close included); never contradicted,
            // "near" having no edge.
            var extreme = high ? between.Select(b => b.Close).Append(value).Max() : between.Select(b => b.Close).Append(value).Min();
            var gap = Math.Abs(value - extreme) / extreme * 100m;
            return Result(claim, day.Date, gap <= 2m ? Verdict.Supported : Verdict.NotCheckable,
                $"{day.Index} at {Numbers.Level(value)} is {Numbers.Percent(gap)} from the {(high ? "highest" : "lowest")} close since {since.Text} ({Numbers.Level(extreme)})", day.Fact(FactKinds.Close));
        }

        var beyond = between.Where(b => high ? b.Close >= value : b.Close <= value).ToList();
        var word = high ? "highest" : "lowest";
        if (beyond.Count == 0)
        {
            var earlier = bars.Take(day.At).Where(b => b.Date < from.AddDays(since.WholePeriod ? 366 : 1) && (high ? b.Close >= value : b.Close <= value)).ToList();
            return Result(claim, day.Date, Verdict.Supported,
                $"{day.Index} at {Numbers.Level(value)} is the {word} since {since.Text}: no close from {Day(from.AddDays(slack))} to {Day(bars[day.At - 1].Date)} reached it"
                + (earlier.Count == 0 ? string.Empty : $" (last time: {Numbers.Level(earlier[^1].Close)} on {Day(earlier[^1].Date)})"), day.Fact(FactKinds.Close));
        }

        var last = beyond[^1];
        return Result(claim, day.Date, IsIntraday(claim) ? Verdict.NotCheckable : Verdict.Contradicted,
            $"{day.Index} closed at {Numbers.Level(last.Close)} on {Day(last.Date)}, {(high ? "above" : "below")} {Numbers.Level(value)}: not the {word} since {since.Text}", day.Fact(FactKinds.Close));
    }

    /// <summary>A level reached: by the close when the wording says close, else by the day's high.</summary>
    private CheckedClaim Above(Claim claim, DayView day)
    {
        var level = claim.Value ?? 0;
        var atClose = Patterns.Close().IsMatch(claim.Quote ?? claim.Text) || (claim.Session == ClaimSessions.Close && !Patterns.Moment().IsMatch(claim.Text) && !day.HasRange);
        if (atClose)
        {
            return Result(claim, day.Date, day.Close >= level ? Verdict.Supported : Verdict.Contradicted,
                $"{day.Index} closed at {Numbers.Level(day.Close)}, {(day.Close >= level ? "above" : "below")} {Numbers.RoundLevel(level)}", day.Fact(FactKinds.Close));
        }

        if (!day.HasRange)
        {
            return day.Close >= level
                ? Result(claim, day.Date, Verdict.Supported, $"{day.Index} closed at {Numbers.Level(day.Close)}, above {Numbers.RoundLevel(level)}", day.Fact(FactKinds.Close))
                : Result(claim, day.Date, Verdict.NotCheckable, $"{day.Index} closed at {Numbers.Level(day.Close)}; its high is not held", day.Fact(FactKinds.Close));
        }

        return Result(claim, day.Date, day.High >= level ? Verdict.Supported : Verdict.Contradicted,
            $"{day.Index}'s high was {Numbers.Level(day.High)}, {(day.High >= level ? "at or above" : "below")} {Numbers.RoundLevel(level)}", day.Fact(FactKinds.High));
    }

    /// <summary>The sign of the close-to-close move. At the open, the opening print against the previous close. During
    /// the session the direction at the time of writing is proven only by a day that stayed on that side of the previous
    /// close all session, and refuted only by one that never reached it.</summary>
    private CheckedClaim Direction(Claim claim, DayView day)
    {
        var up = claim.Value > 0;
        if (claim.Session == ClaimSessions.Open)
        {
            if (day.Series.Bars[day.At].Open is not { } open)
            {
                return Result(claim, day.Date, Verdict.NotCheckable, $"only the close is held for {day.Index} on {Day(day.Date)}: its open is not", day.Fact(FactKinds.Close));
            }

            var opened = $"{day.Index} opened at {Numbers.Level(open)} on {Day(day.Date)}, {(open > day.PrevClose ? "above" : open < day.PrevClose ? "below" : "at")} the previous close of {Numbers.Level(day.PrevClose)}";
            return Result(claim, day.Date, (up ? open > day.PrevClose : open < day.PrevClose) ? Verdict.Supported : Verdict.Contradicted, opened, day.Fact(FactKinds.PreviousClose));
        }

        var shown = $"{day.Index} {(IsIntraday(claim) ? "closed" : "ended")} {Numbers.SignedPercent(day.ChangePct)} ({(day.ChangePoints >= 0 ? "+" : "-")}{Numbers.Points(day.ChangePoints)} points) on {Day(day.Date)}";
        if (claim.Hedge == Hedge.AsMuchAs)
        {
            // "at one point higher": the day's extreme on that side of the previous close.
            var reached = up ? day.High > day.PrevClose : day.Low < day.PrevClose;
            return !day.HasRange
                ? Result(claim, day.Date, Verdict.NotCheckable, $"{shown}; its intraday high and low are not held", day.Fact(FactKinds.ChangePercent))
                : Result(claim, day.Date, reached ? Verdict.Supported : Verdict.Contradicted,
                    $"{day.Index}'s {(up ? "high" : "low")} on {Day(day.Date)} was {Numbers.Level(up ? day.High : day.Low)} against a previous close of {Numbers.Level(day.PrevClose)}", day.Fact(up ? FactKinds.High : FactKinds.Low));
        }

        if (IsIntraday(claim))
        {
            var agrees = Math.Sign(day.ChangePoints) == Math.Sign(claim.Value ?? 0);
            return WholeSession(day, up) switch
            {
                true => Result(claim, day.Date, Verdict.Supported, $"{shown} and stayed {(up ? "above" : "below")} its previous close all session ({RangeText(day)})", day.Fact(FactKinds.Low), day.Fact(FactKinds.High)),
                false when claim.Session == ClaimSessions.Morning => Result(claim, day.Date, Verdict.Contradicted, $"{shown} and never traded {(up ? "above" : "below")} its previous close ({RangeText(day)})", day.Fact(FactKinds.Low), day.Fact(FactKinds.High)),
                // At an unstated time of writing (a wire updated through the day) the close that agrees supports it; the
                // lunch break is hours before the close, which then proves nothing.
                _ when agrees && !AtTheBreak(claim) => Result(claim, day.Date, Verdict.Supported, shown, day.Fact(FactKinds.ChangePercent)),
                var whole => Result(claim, day.Date, Verdict.NotCheckable,
                    $"{shown}{(!day.HasRange ? "; its intraday range is not held" : whole == false ? $" and never traded {(up ? "above" : "below")} its previous close ({RangeText(day)})" : $" and traded on both sides of its previous close ({RangeText(day)})")}: the direction {SessionWords(claim)} is not held", day.Fact(FactKinds.ChangePercent)),
            };
        }

        return Math.Sign(day.ChangePoints) == Math.Sign(claim.Value ?? 0)
            ? Result(claim, day.Date, Verdict.Supported, shown, day.Fact(FactKinds.ChangePercent))
            : Result(claim, day.Date, Verdict.Contradicted, $"{shown}, not {(up ? "up" : "down")}", day.Fact(FactKinds.ChangePercent));
    }

    /// <summary>Whether the day stayed on one side of the previous close all session (true), never reached it (false),
    /// or either may be (null: it traded on both sides, or its range is not held).</summary>
    private static bool? WholeSession(DayView day, bool up)
    {
        if (!day.HasRange)
        {
            return null;
        }

        if (up ? day.Low > day.PrevClose : day.High < day.PrevClose)
        {
            return true;
        }

        return (up ? day.High <= day.PrevClose : day.Low >= day.PrevClose) ? false : null;
    }

    /// <summary>A claim of the lunch break: hours before the close, so the close's direction says nothing of it.</summary>
    private static bool AtTheBreak(Claim claim) => claim.Session == ClaimSessions.Morning;

    private static string RangeText(DayView day) =>
        $"range {Numbers.Level(day.Low)}-{Numbers.Level(day.High)}, previous close {Numbers.Level(day.PrevClose)}";

    /// <summary>The path of the session the words describe (<see cref="SessionPaths"/>), from the day's open, high, low
    /// and close against the previous close. Daily bars do not give the order of high and low: a turn is proven when the
    /// day traded on both sides of the previous close and its open or its close shows the order; a claim of the session
    /// in progress is proven only where the whole day proves it.</summary>
    private CheckedClaim Path(Claim claim, DayView day)
    {
        if (!day.HasRange)
        {
            return Result(claim, day.Date, Verdict.NotCheckable,
                $"{day.Index} closed at {Numbers.Level(day.Close)} ({Numbers.SignedPercent(day.ChangePct)}); its intraday high and low are not held, and they would settle the session's path", day.Fact(FactKinds.Close));
        }

        var bar = day.Series.Bars[day.At];
        var prev = day.PrevClose;
        var range = $"{day.Index} opened at {(bar.Open is { } o ? Numbers.Level(o) : "?")}, ranged {Numbers.Level(day.Low)}-{Numbers.Level(day.High)} and closed at {Numbers.Level(day.Close)} against a previous close of {Numbers.Level(prev)}";
        var atClose = !IsIntraday(claim);
        var (holds, possible) = claim.Subject switch
        {
            // Turned lower: above the previous close, then below it.
            SessionPaths.TurnedDown => (day.High > prev && day.Low < prev && (bar.Open > prev || (atClose && day.Close < prev)), day.High > prev && day.Low < prev),
            SessionPaths.TurnedUp => (day.Low < prev && day.High > prev && (bar.Open < prev || (atClose && day.Close > prev)), day.Low < prev && day.High > prev),
            // Pared its loss: below the previous close at a low it later rose from.
            SessionPaths.ParedLoss => (atClose && day.Low < prev && day.Close > day.Low, day.Low < prev && day.High > day.Low),
            SessionPaths.ParedGain => (atClose && day.High > prev && day.Close < day.High, day.High > prev && day.Low < day.High),
            SessionPaths.BelowAllDay => (day.High < prev, day.High < prev),
            SessionPaths.AboveAllDay => (day.Low > prev, day.Low > prev),
            _ => (false, true),
        };
        return holds ? Result(claim, day.Date, Verdict.Supported, range, day.Fact(FactKinds.Low), day.Fact(FactKinds.High))
            : possible ? Result(claim, day.Date, Verdict.NotCheckable, $"{range}; daily data cannot tell the order of the moves {SessionWords(claim)}", day.Fact(FactKinds.Low), day.Fact(FactKinds.High))
            : Result(claim, day.Date, Verdict.Contradicted, $"{range}: the session never took that path", day.Fact(FactKinds.Low), day.Fact(FactKinds.High));
    }

    /// <summary>A market's indices together ("Asian markets broadly rebounded", 「米主要3指数はそろって続落」, "US stocks were
    /// mixed"): every held index that way (Hedge Exact), most of them (Hedge About), or some each way (Value 0), by their
    /// close-to-close moves on the session the claim speaks of.</summary>
    private CheckedClaim GroupDirection(Claim claim, DateOnly articleDate)
    {
        var group = MarketGroups.Indices(claim.Subject);
        var moves = Moves(claim, group, articleDate);
        if (moves.Count == 0)
        {
            return Result(claim, null, Verdict.NotCheckable, $"no {MarketGroups.Name(claim.Subject)} index is held for the session the article speaks of ({Day(articleDate)})");
        }

        var text = $"{MarketGroups.Name(claim.Subject)}: " + string.Join(", ", moves.Select(m => $"{m.Index} {Numbers.SignedPercent(m.Pct)} ({Day(m.Date)})"));
        var evidence = moves.Select(m => CloseFact(m.Index, history.Get(m.Index).Bars[history.Get(m.Index).IndexOf(m.Date)])).ToArray();
        int ups = moves.Count(m => m.Pct > 0), downs = moves.Count(m => m.Pct < 0);
        if (moves.Count < 2 && claim.Value == 0)
        {
            return Result(claim, moves[0].Date, Verdict.NotCheckable, $"{text}: one index held cannot show a mixed market", evidence);
        }

        var holds = claim.Value switch
        {
            0 => ups > 0 && downs > 0,
            > 0 => claim.Hedge == Hedge.Exact ? ups == moves.Count : ups * 2 > moves.Count,
            _ => claim.Hedge == Hedge.Exact ? downs == moves.Count : downs * 2 > moves.Count,
        };
        // The store holds some of a group's markets, not all: only a held index going the other way refutes "all", and
        // only no held index going that way refutes "most".
        var refuted = claim.Value switch
        {
            0 => ups == moves.Count || downs == moves.Count,
            > 0 => claim.Hedge == Hedge.Exact ? downs > 0 : ups == 0,
            _ => claim.Hedge == Hedge.Exact ? ups > 0 : downs == 0,
        };
        return Result(claim, moves[0].Date, holds ? Verdict.Supported : refuted ? Verdict.Contradicted : Verdict.NotCheckable, text, evidence);
    }

    private CheckedClaim Flat(Claim claim, DayView day)
    {
        var (low, high) = claim.Value switch
        {
            < 0 => (-0.5m, 0m),
            > 0 => (0m, 0.5m),
            _ => (-0.25m, 0.25m),
        };
        var ok = day.ChangePct >= low && day.ChangePct <= high && (claim.Value == 0 || day.ChangePct != 0);
        var shown = Numbers.SignedPercent(day.ChangePct);
        if (ok)
        {
            return Result(claim, day.Date, Verdict.Supported, $"{day.Index} closed {shown}", day.Fact(FactKinds.ChangePercent));
        }

        var rangeOverlaps = day.HasRange && day.LowPct <= high && day.HighPct >= low;
        return IsIntraday(claim) && rangeOverlaps
            ? Result(claim, day.Date, Verdict.NotCheckable, $"{day.Index} closed {shown}; the move {SessionWords(claim)} is not held", day.Fact(FactKinds.ChangePercent))
            : Result(claim, day.Date, Verdict.Contradicted, $"{day.Index} closed {shown}", day.Fact(FactKinds.ChangePercent));
    }

    /// <summary>Against the index named after the verb, else every other index of the same market that traded that day:
    /// a better (worse) close-to-close move than each of them.</summary>
    private CheckedClaim Outperformed(Claim claim, DayView day, DateOnly articleDate)
    {
        var peers = claim.Versus is { } versus ? [versus]
            : Markets.ForSeries(day.Index)?.Indices.Where(i => i != day.Index).ToList() ?? [];
        var moves = Moves(claim, peers, articleDate).Where(m => m.Date == day.Date).ToList();
        if (moves.Count == 0)
        {
            return Result(claim, day.Date, Verdict.NotCheckable, $"no other {Markets.ForSeries(day.Index)?.Name ?? day.Index} index is held for {Day(day.Date)}");
        }

        var better = claim.Value > 0;
        var beaten = moves.Where(m => better ? day.ChangePct > m.Pct : day.ChangePct < m.Pct).ToList();
        var text = $"{day.Index} {Numbers.SignedPercent(day.ChangePct)} against " + string.Join(", ", moves.Select(m => $"{m.Index} {Numbers.SignedPercent(m.Pct)}"));
        return beaten.Count == moves.Count
            ? Result(claim, day.Date, Verdict.Supported, text, day.Fact(FactKinds.ChangePercent))
            : Result(claim, day.Date, Verdict.Contradicted, text, day.Fact(FactKinds.ChangePercent));
    }

    /// <summary>The best (worst) close-to-close move among the region's markets that traded on the date (one index per
    /// market; other indices of the subject's own market are not its rivals).</summary>
    private CheckedClaim LedRegion(Claim claim, DayView day, DateOnly articleDate)
    {
        var own = Markets.ForSeries(day.Index);
        var rivals = Markets.All.Where(m => m.Id != Markets.NewYork && m != own).SelectMany(m => m.Indices).ToList();
        var moves = Moves(claim, rivals, articleDate).Where(m => m.Date == day.Date).ToList();
        if (moves.Count == 0)
        {
            return Result(claim, day.Date, Verdict.NotCheckable, $"no other Asian market is held for {Day(day.Date)}");
        }

        var best = claim.Value > 0 ? moves.MaxBy(m => m.Pct) : moves.MinBy(m => m.Pct);
        var leads = claim.Value > 0 ? day.ChangePct >= best.Pct : day.ChangePct <= best.Pct;
        var text = $"{day.Index} {Numbers.SignedPercent(day.ChangePct)}; the region's {(claim.Value > 0 ? "best" : "worst")} other move was {best.Index} {Numbers.SignedPercent(best.Pct)} (of {moves.Count} other indices held)";
        return Result(claim, day.Date, leads ? Verdict.Supported : Verdict.Contradicted, text, day.Fact(FactKinds.ChangePercent));
    }

    private List<(string Index, DateOnly Date, decimal Pct)> Moves(Claim claim, IEnumerable<string> indices, DateOnly articleDate)
    {
        var moves = new List<(string, DateOnly, decimal)>();
        foreach (var index in indices)
        {
            var series = history.Get(index);
            var at = series.IsEmpty ? -1 : Position(claim with { Index = index }, series, articleDate);
            if (at >= 1)
            {
                moves.Add((index, series.Bars[at].Date, series.Pct(at, series.Bars[at].Close)));
            }
        }

        return moves;
    }

    /// <summary>A rate differs through the day: a stated yen level more than 2% from the day's rate is wrong; closer
    /// than that but not equal at the stated precision cannot be settled by one daily rate.</summary>
    private CheckedClaim YenLevel(Claim claim, DayView day)
    {
        var level = day.Facts.Find(FactKinds.YenLevel, day.Index) ?? day.Fact(FactKinds.Close);
        var rate = day.Close;
        if (claim.AtAMoment || Patterns.Intraday().IsMatch(claim.Text) || Patterns.Moment().IsMatch(claim.Text))
        {
            return Result(claim, day.Date, Verdict.NotCheckable,
                $"the day's rate was {Numbers.Yen(rate)} yen per dollar; the rate at the moment the article names is not held", level);
        }

        if (Tolerance.For(claim).Contains(rate))
        {
            return Result(claim, day.Date, Verdict.Supported, $"the dollar was at {Numbers.Yen(rate)} yen", level);
        }

        var off = Math.Abs(rate - (claim.Value ?? 0)) / rate * 100m;
        // The yen can move 2% in a day (2024-08-05): only a rate farther than that from the day's is refuted.
        return Result(claim, day.Date, off > YenDayMovePct ? Verdict.Contradicted : Verdict.NotCheckable,
            $"the day's rate was {Numbers.Yen(rate)} yen per dollar ({Numbers.Percent(off)} away){(off > YenDayMovePct ? string.Empty : "; intraday rates are not held")}", level);
    }

    private const decimal YenDayMovePct = 2m;

    /// <summary>How far the yen commonly moves between the held daily fixing and the Tokyo afternoon, in percent.</summary>
    private const decimal YenFixingGapPct = 0.3m;

    /// <summary>The subject of a count of the 33 TSE sectors (「33業種中30業種が上昇」).</summary>
    public const string SectorCount = "TSE-33";

    /// <summary>How far outlets' published point contributions stray from each other (their divisors, factors and
    /// rounding), in percent of the contribution.</summary>
    private const decimal ContributionSpreadPct = 3m;

    /// <summary>How far above a contribution computed from back-adjusted prices an outlet's figure may stand (years of
    /// dividends on a high-priced member).</summary>
    private const decimal AdjustedContributionPct = 10m;

    private CheckedClaim YenDirection(Claim claim, DayView day)
    {
        var change = day.ChangePoints;
        var stronger = change < 0;
        var ok = claim.Value < 0 ? stronger : change > 0;
        var said = $"the dollar {(change < 0 ? "fell" : change > 0 ? "rose" : "was unchanged")} from {Numbers.Yen(day.PrevClose)} to {Numbers.Yen(day.Close)} yen, a {(stronger ? "stronger" : "weaker")} yen";
        var evidence = day.Facts.Find(FactKinds.YenChange, day.Index) ?? day.Fact(FactKinds.Close);

        // The held rate is one fixing a day, taken hours from the Tokyo afternoon the article speaks of: a smaller move
        // the other way than the yen often makes between the two cannot refute the article's direction.
        var movePct = day.PrevClose == 0 ? 0 : Math.Abs(change) / day.PrevClose * 100m;
        if (!ok && movePct < YenFixingGapPct)
        {
            return Result(claim, day.Date, Verdict.NotCheckable,
                $"{said} ({Numbers.Percent(movePct)}); a move that small between daily fixings cannot settle the yen's direction at the hour the article speaks of", evidence);
        }

        return Result(claim, day.Date, ok ? Verdict.Supported : Verdict.Contradicted, said, evidence);
    }

    /// <summary>Member, driver and sector claims against the day's member facts. The member is found by its short
    /// name (<see cref="CompanyNames.Resolve{T}"/>: "Advantest", "SoftBank Group", "Tokyo Electron Ltd"); a claim about
    /// the session before ("a 6.3% gain recorded Monday") is read on that session's date.</summary>
    private CheckedClaim Subject(Claim claim, string index, DateOnly articleDate)
    {
        var date = SessionBefore(articleDate, claim.DaysBack);
        var kinds = claim.Kind switch
        {
            ClaimKind.SectorMove => new[] { FactKinds.SectorChangePercent },
            ClaimKind.Driver => [FactKinds.MemberContributionPoints],
            _ => [FactKinds.MemberChangePercent],
        };
        var held = new[] { IndexIds.N225, IndexIds.Topix }.SelectMany(i => facts.Day(i, date)).Where(f => kinds.Contains(f.Kind)).ToList();
        if (claim.Kind == ClaimKind.SectorMove)
        {
            return Sector(claim, date, held);
        }

        if (claim.Kind == ClaimKind.Driver && claim.Value is not null)
        {
            return Contribution(claim, date, held);
        }

        // A ticker printed with the name ("(TYO:5401)") names the member by its code, whatever the name's spelling.
        var byCode = claim.Code is { } code ? held.Where(f => f.Subject == code).Select(f => f.Subject).Distinct().ToList() : [];
        var members = byCode.Count > 0 ? byCode : CompanyNames.Resolve(claim.Subject ?? string.Empty, held.DistinctBy(f => f.Subject), f => f.SubjectName)
            .Select(f => f.Subject).ToList();
        if (members.Count == 0)
        {
            return Result(claim, date, Verdict.NotCheckable, $"no member data for {claim.Subject} on {Day(date)} is held");
        }

        if (members.Count > 1)
        {
            var names = held.Where(f => members.Contains(f.Subject)).Select(f => CompanyNames.Short(f.SubjectName ?? f.Subject ?? "?")).Distinct();
            return Result(claim, date, Verdict.NotCheckable, $"the name could mean {string.Join(" or ", names)}");
        }

        var candidates = held.Where(f => f.Subject == members[0]).ToList();
        var who = CompanyNames.Short(candidates[0].SubjectName ?? claim.Subject ?? "?");
        var fact = candidates.FirstOrDefault(f => f.Session == Sessions.Close) ?? candidates[0];
        if (claim.Kind == ClaimKind.Driver)
        {
            return Driver(claim, index, date, fact, who);
        }

        var tolerance = Tolerance.For(claim);
        if (tolerance.Contains(fact.Value))
        {
            return Result(claim, date, Verdict.Supported, $"{who} {(IsIntraday(claim) ? "closed" : "ended")} {Numbers.SignedPercent(fact.Value)} on {Day(date)}", fact);
        }

        // During the session: the member's own high and low settle "at one point" figures (the extreme) and refute a
        // figure the day never reached; any other figure inside the range is a moment the daily bar cannot show.
        if (IsIntraday(claim) && MemberRange(fact.Subject!, date) is { } range)
        {
            var extreme = claim.Value >= 0 ? range.HighPct : range.LowPct;
            var shown = $"{who} ranged {Numbers.SignedPercent(range.LowPct)} to {Numbers.SignedPercent(range.HighPct)} from the previous close of {Numbers.Level(range.PreviousClose)} and closed {Numbers.SignedPercent(fact.Value)}";
            if (tolerance.Contains(extreme))
            {
                return Result(claim, date, Verdict.Supported, $"{shown}: its {(claim.Value >= 0 ? "high" : "low")} was {Numbers.SignedPercent(extreme)}", fact);
            }

            return tolerance.Overlaps(range.LowPct, range.HighPct)
                ? Result(claim, date, Verdict.NotCheckable, $"{shown}; the move {SessionWords(claim)} is inside that range but not held", fact)
                : Result(claim, date, Verdict.Contradicted, $"{shown}: never {Stated(claim)}", fact);
        }

        // Only members' closes are held: a figure from during the session that differs from the close is not settled.
        return IsIntraday(claim)
            ? Result(claim, date, Verdict.NotCheckable, $"{who} closed {Numbers.SignedPercent(fact.Value)}; only closing member prices are held, so the move {SessionWords(claim)} cannot be checked", fact)
            : Result(claim, date, Verdict.Contradicted, $"{who} ended {Numbers.SignedPercent(fact.Value)} on {Day(date)}, not {Stated(claim)}", fact);
    }

    /// <summary>A contribution in index points ("added 18.30 points to the Nikkei", 「2銘柄で約351円分押し下げ」): the
    /// members' contribution facts (by code, '+' between several) summed against the figure.</summary>
    private CheckedClaim Contribution(Claim claim, DateOnly date, IReadOnlyList<Fact> held)
    {
        var codes = (claim.Subject ?? string.Empty).Split('+', StringSplitOptions.RemoveEmptyEntries);
        var found = codes.Select(code => held.FirstOrDefault(f => f.Kind == FactKinds.MemberContributionPoints && f.Session == Sessions.Close && f.Subject == code)).ToList();
        if (found.Any(f => f is null))
        {
            return Result(claim, date, Verdict.NotCheckable,
                $"no point contribution of {string.Join(", ", codes.Where((_, i) => found[i] is null))} is held for {Day(date)}: that day's member prices (and the index's divisor) would settle it");
        }

        var sum = found.Sum(f => f!.Value);
        var who = string.Join(" and ", found.Select(f => $"{CompanyNames.Short(f!.SubjectName ?? f.Subject ?? "?")} ({Format(f.Value, " points")})"));
        var evidence = found.Cast<Fact?>().ToArray();
        if (Tolerance.For(claim).Contains(sum))
        {
            return Result(claim, date, Verdict.Supported, $"{who} contributed {Format(sum, " points")} to the index at the close of {Day(date)}", evidence);
        }

        // Outlets compute contributions with their own divisor, factors and rounding: a figure near the held one is theirs,
        // not a mistake.
        var off = Math.Abs(sum - (claim.Value ?? 0m));
        if (IsIntraday(claim) || off <= Math.Max(1m, Math.Abs(sum) * ContributionSpreadPct / 100m))
        {
            return Result(claim, date, Verdict.NotCheckable,
                $"{who} contributed {Format(sum, " points")} at the close of {Day(date)}; "
                + (IsIntraday(claim) ? $"the contribution {SessionWords(claim)} is not held" : $"{Stated(claim)} is within {ContributionSpreadPct}% of it, the spread between outlets' contribution methods"), evidence);
        }

        // Contributions from back-adjusted prices (dividends paid since) understate the day's point moves, never overstate
        // them: a larger figure within the adjustment's reach is the outlet's, from the prices that printed.
        if (claim.Value is { } stated && Math.Abs(stated) > Math.Abs(sum) && Math.Abs(stated) <= Math.Abs(sum) * (1m + AdjustedContributionPct / 100m)
            && codes.Any(code => history.MemberBars(code, date).Any(b => b.Date == date && b.Basis == PriceBasis.Adjusted)))
        {
            return Result(claim, date, Verdict.NotCheckable,
                $"{who} contributed {Format(sum, " points")} at the close of {Day(date)} from back-adjusted member prices, which understate the day's point moves by the dividends paid since; {Stated(claim)} is within {AdjustedContributionPct}% above it", evidence);
        }

        return Result(claim, date, Verdict.Contradicted, $"{who} contributed {Format(sum, " points")} at the close of {Day(date)}, not {Stated(claim)}", evidence);
    }

    /// <summary>The member's high and low on the date against its previous close, in percent (null when the bars or
    /// their range are not held). Adjusted prices keep percent moves exact, so either basis serves.</summary>
    private (decimal LowPct, decimal HighPct, decimal PreviousClose)? MemberRange(string code, DateOnly date)
    {
        var bars = history.MemberBars(code, date);
        if (bars.Count < 2 || bars[^1].Date != date || bars[^1].High is not { } high || bars[^1].Low is not { } low || bars[0].Close <= 0)
        {
            return null;
        }

        var previous = bars[0].Close;
        return ((low - previous) / previous * 100m, (high - previous) / previous * 100m, previous);
    }

    /// <summary>A driver is one of the five members that contributed most in the direction of the index's move.</summary>
    private CheckedClaim Driver(Claim claim, string index, DateOnly date, Fact fact, string who)
    {
        var day = facts.Day(index, date);
        var contributions = day.Where(f => f.Kind == FactKinds.MemberContributionPoints && f.Session == fact.Session).ToList();
        var direction = day.Find(FactKinds.ChangePoints, index) is { } change ? Math.Sign(change.Value) : Math.Sign(fact.Value);
        var rank = contributions.OrderByDescending(f => direction * f.Value).ToList().FindIndex(f => f.Id == fact.Id) + 1;
        var with = Math.Sign(fact.Value) == direction && fact.Value != 0;
        var verdict = IsIntraday(claim) && !(with && rank <= 5) ? Verdict.NotCheckable
            : with && rank is >= 1 and <= 5 ? Verdict.Supported : Verdict.Contradicted;

        // A member outside the top five of the members held is outside it among all; inside it, an unpriced member
        // could still outrank it.
        var unpriced = day.Find(FactKinds.MemberUnpricedCount, index);
        if (verdict == Verdict.Supported && unpriced is not null)
        {
            verdict = Verdict.NotCheckable;
        }

        var move = direction >= 0 ? "gain" : "fall";
        var reason = with
            ? $"{who} contributed {Format(fact.Value, " points")} to the index's {move}, #{rank} among {(unpriced is null ? "members" : $"the {contributions.Count} members held; {unpriced.Value:0} members' prices are not held, and theirs would settle its rank")}"
            : $"{who} contributed {Format(fact.Value, " points")}, against the index's {move}";
        return Result(claim, date, verdict, IsIntraday(claim) && verdict == Verdict.NotCheckable ? reason + " at the close; the contribution " + SessionWords(claim) + " is not held" : reason, fact);
    }

    /// <summary>Advancers or decliners: among the index's members, counted from their closing moves when every member's is
    /// held; the whole board's breadth is not held.</summary>
    private CheckedClaim Breadth(Claim claim, DateOnly articleDate)
    {
        var date = SessionBefore(articleDate, claim.DaysBack);
        var rising = claim.Subject == "advancers";
        if (claim.Index is not { } index)
        {
            return Result(claim, date, Verdict.NotCheckable,
                $"the board's {(rising ? "advancers" : "decliners")} are not held: the exchange's daily breadth for {Day(date)} would settle it");
        }

        var moves = facts.Day(index, date).Where(f => f.Kind == FactKinds.MemberChangePercent && f.Session == Sessions.Close).DistinctBy(f => f.Subject).ToList();
        var members = facts.Day(index, date).Where(f => f.Kind == FactKinds.MemberContributionPoints).Select(f => f.Subject).Distinct().Count();
        if (moves.Count == 0 || moves.Count < members || moves.Count < MembersOf(index))
        {
            return Result(claim, date, Verdict.NotCheckable,
                $"{moves.Count} of the {index} members' closing moves are held for {Day(date)}: every member's price would settle how many {(rising ? "rose" : "fell")}");
        }

        var count = moves.Count(f => rising ? f.Value > 0 : f.Value < 0);
        return Result(claim, date, count == claim.Value ? Verdict.Supported : Verdict.Contradicted,
            $"{count} of {moves.Count} {index} members {(rising ? "rose" : "fell")} on {Day(date)}");
    }

    private static int MembersOf(string index) => index == IndexIds.N225 ? 225 : int.MaxValue;

    /// <summary>The sector facts held are the index members' moves grouped by TSE-33 sector (see SectorFacts), not the
    /// TSE sector indices an article's "the insurance sector rose 2.51%" speaks of: shown, never a verdict.</summary>
    private static CheckedClaim Sector(Claim claim, DateOnly date, IReadOnlyList<Fact> held)
    {
        if (claim.Subject == SectorCount)
        {
            return Result(claim, date, Verdict.NotCheckable,
                $"the 33 TSE sector indices are not held: their closes for {Day(date)} would settle how many {(claim.Value >= 0 ? "rose" : "fell")}");
        }

        var fact = held.FirstOrDefault(f => f.Session == Sessions.Close && string.Equals(f.SubjectName, claim.Subject, StringComparison.OrdinalIgnoreCase));
        return fact is null
            ? Result(claim, date, Verdict.NotCheckable, $"no sector data for {claim.Subject} on {Day(date)} is held")
            : Result(claim, date, Verdict.NotCheckable,
                $"the TSE {claim.Subject} sector index is not held; the {fact.Index} members in it moved {Numbers.SignedPercent(fact.Value)}", fact);
    }

    /// <summary>The trading date <paramref name="daysBack"/> Tokyo sessions before <paramref name="date"/>.</summary>
    private DateOnly SessionBefore(DateOnly date, int daysBack)
    {
        var tokyo = history.Get(IndexIds.N225);
        var at = tokyo.IndexOf(date);
        return daysBack == 0 || at - daysBack < 0 ? date : tokyo.Bars[at - daysBack].Date;
    }

    private static string Format(decimal value, string unit) =>
        unit == "%" ? Numbers.SignedPercent(value) : (value >= 0 ? "+" : "-") + Numbers.Points(value) + unit;

    /// <summary>The article's figure in quotes ("not “less than 0.1%”"), so a hedge never reads as the checker's own
    /// comparison.</summary>
    private static string Stated(Claim claim) =>
        claim.Value is not { } v ? "as stated"
        : "\u201c" + (claim.Hedge switch
        {
            Hedge.About => "about ",
            Hedge.Nearly => "nearly ",
            Hedge.MoreThan => "more than ",
            Hedge.LessThan => "less than ",
            Hedge.AsMuchAs => "as much as ",
            _ => string.Empty,
        }) + v.ToString(CultureInfo.InvariantCulture) + (claim.Kind is ClaimKind.ChangePercent ? "%" : string.Empty) + "\u201d";

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static CheckedClaim Result(Claim claim, DateOnly? date, Verdict verdict, string reason, params Fact?[] evidence) =>
        new(claim.Text, Kind(claim.Kind), claim.Index ?? (claim.Kind is ClaimKind.MemberMove or ClaimKind.Driver ? IndexIds.N225 : null), date, claim.Session, verdict,
            evidence.OfType<Fact>().DistinctBy(f => f.Id).Select(f => new Evidence(f.Id, f.Value)).ToList(), Subject(claim) + reason)
        {
            Quote = claim.Quote ?? claim.Text,
            Offset = claim.Offset,
        };

    private static string Subject(Claim claim) => claim.Subject is { } s && claim.Kind is not (ClaimKind.Streak or ClaimKind.Path or ClaimKind.GroupDirection) ? $"{s}: " : string.Empty;

    private static string Kind(ClaimKind kind) => kind switch
    {
        ClaimKind.ChangePercent => "change_pct",
        ClaimKind.ChangePoints => "change_points",
        ClaimKind.NearRecord => "near_record",
        ClaimKind.PreviousRecord => "previous_record",
        ClaimKind.FirstAbove => "first_above",
        ClaimKind.PeakBeaten => "peak_beaten",
        ClaimKind.Outperformed => "outperformed",
        ClaimKind.LedRegion => "led_region",
        ClaimKind.NearLevel => "near_level",
        ClaimKind.ExtremeSince => "extreme_since",
        ClaimKind.Above => "above",
        ClaimKind.YenLevel => "yen_level",
        ClaimKind.YenDirection => "yen_direction",
        ClaimKind.MemberMove => "member_move",
        ClaimKind.SectorMove => "sector_move",
        ClaimKind.MoveRank => "move_rank",
        ClaimKind.YearEndRecord => "year_end_record",
        ClaimKind.GroupDirection => "group_direction",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>One series on one day: bar values (always there) and the day's facts (for evidence ids).</summary>
    private sealed class DayView(SeriesHistory.Series series, int at, IReadOnlyList<Fact> facts)
    {
        public SeriesHistory.Series Series { get; } = series;

        public int At { get; } = at;

        public IReadOnlyList<Fact> Facts { get; } = facts;

        public string Index => Series.Id;

        public DateOnly Date => Series.Bars[At].Date;

        public decimal Close => Series.Bars[At].Close;

        public decimal PrevClose => Series.Bars[At - 1].Close;

        public bool HasRange => Series.Bars[At].High is not null && Series.Bars[At].Low is not null;

        public decimal High => Series.Bars[At].High ?? Close;

        public decimal Low => Series.Bars[At].Low ?? Close;

        public decimal PriorMaxClose => Series.PriorMaxClose[At];

        public decimal PriorMaxHigh => Series.PriorMaxHigh[At];

        public decimal ChangePoints => Close - PrevClose;

        public decimal ChangePct => (Close - PrevClose) / PrevClose * 100m;

        public decimal HighPct => (High - PrevClose) / PrevClose * 100m;

        public decimal LowPct => (Low - PrevClose) / PrevClose * 100m;

        /// <summary>The day's fact of a kind, or one made from the bar when the fact source has none (same id scheme).</summary>
        public Fact Fact(string kind) =>
            Facts.Find(kind, Index) ?? new Fact(FactLookup.MakeId(Index, Date, Sessions.Close, kind), kind, Index, Date, Sessions.Close, kind switch
            {
                FactKinds.High => High,
                FactKinds.Low => Low,
                FactKinds.PreviousClose => PrevClose,
                FactKinds.ChangePoints => ChangePoints,
                FactKinds.ChangePercent => ChangePct,
                _ => Close,
            }, FactUnits.Level, [new FactInput(Index, Date, "close", Close)]);
    }

    /// <summary>"ended the week", "closed the month": words that may name the period's last session rather than the period.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:closed|ended|finished)\s+the\s+(?:week|month|year)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex EndedThePeriod();
}
