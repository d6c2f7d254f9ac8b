using System.Globalization;
using Kabuto.Core.Errors;
using Kabuto.Core.Market;

namespace Kabuto.Core.Indexing;

public enum VerificationStatus
{
    /// <summary>Computed equals the official level at the published precision.</summary>
    Match,

    Mismatch,

    /// <summary>At least one member has no price that day: nothing is computed (never with 29 of 30 members).</summary>
    Incomplete,

    /// <summary>Computed, but the official series has no value that day.</summary>
    NoOfficial,
}

/// <summary>What the data says about a mismatch, in the currency of the member prices: how far Σ(price × factor)
/// is from the sum the official level implies, and whether a whole number of cents in one factor-1 member's close
/// reproduces the official level exactly.</summary>
public sealed record MismatchExplanation(decimal PriceGap, int Cents, bool Exact, string Text);

public sealed record VerificationRow(DateOnly Date, decimal? Computed, decimal? Official, decimal? Difference, VerificationStatus Status)
{
    /// <summary>The level before publication rounding.</summary>
    public decimal? Unrounded { get; init; }

    public IReadOnlyList<string> MissingMembers { get; init; } = [];

    public MismatchExplanation? Explanation { get; init; }
}

public sealed record VerificationSummary(int Dates, int Matches, int Mismatches, int Incomplete, int NoOfficial, decimal MaxAbsDifference)
{
    /// <summary>Definition members with no price at all in the store (a wrong code, or data not imported).</summary>
    public IReadOnlyList<string> MembersWithoutPrices { get; init; } = [];

    /// <summary>Members whose stored prices are vendor-adjusted: their levels cannot match an official series.</summary>
    public IReadOnlyList<string> AdjustedPriceMembers { get; init; } = [];
}

public sealed record VerificationReport(string Definition, string Against, IReadOnlyList<VerificationRow> Rows, VerificationSummary Summary);

/// <summary>Computes an index from member prices with a definition, for every date the member data covers, and
/// compares it with the official series at the published precision.</summary>
public static class Verification
{
    public static VerificationReport Run(IndexDefinition definition, IMarketDataReader reader, string? against = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(reader);
        var seriesId = against ?? definition.OfficialSeries
            ?? throw Fail.User($"definition '{definition.Id}' names no official series; pass --against INDEX or add \"official_series\" to the file");
        var official = reader.GetDailyBars(seriesId);
        if (official.Count == 0)
        {
            var held = string.Join(", ", reader.ListSeries().Select(s => s.SeriesId));
            throw Fail.User($"the store has no series '{seriesId}' to verify against; import it first or pass --against one of: {(held.Length == 0 ? "(none)" : held)}");
        }

        var codes = AllCodes(definition);
        // Closes before the base date still serve as reference prices for the first adjustments.
        var bars = reader.GetMemberBars(codes);
        if (bars.Count == 0)
        {
            throw Fail.User($"the store holds no prices for the members of '{definition.Id}' ({string.Join(" ", codes.Take(5))} ...); import the member prices first (kabuto import PATH)");
        }

        var prices = new MemberPrices(bars, definition.BaseDate);
        RequirePricesForEveryMember(definition, prices);
        var officialByDate = official.ToDictionary(b => b.Date, b => definition.Methodology.Publish(b.Close));
        var rows = Chain(definition, Compute(definition, prices).ToList()).Select(c => Compare(definition, c, officialByDate)).ToList();
        var summary = Summarise(rows) with
        {
            MembersWithoutPrices = codes.Where(c => !prices.Has(c)).ToList(),
            AdjustedPriceMembers = bars.Where(b => b.Basis == PriceBasis.Adjusted).Select(b => b.Code).Distinct().Order(StringComparer.Ordinal).ToList(),
        };
        return new VerificationReport(definition.Id, seriesId, rows, summary);
    }

    /// <summary>A member with no price at all is a wrong code or a missing import, never a gap in the data: the
    /// index could not be computed on any date, so it is an error naming the field rather than a report of blanks.</summary>
    private static void RequirePricesForEveryMember(IndexDefinition definition, MemberPrices prices)
    {
        for (var i = 0; i < definition.Members.Count; i++)
        {
            var code = definition.Members[i].Code;
            if (!prices.Has(code))
            {
                throw Fail.Input(definition.Source ?? definition.Id, null, $"members[{i}].code", code,
                    "has no prices in the store (unknown member)", "correct the code, or import its prices with kabuto import PATH");
            }
        }
    }

    private static IReadOnlyCollection<string> AllCodes(IndexDefinition definition)
    {
        var codes = new List<string>(definition.Members.Select(m => m.Code));
        foreach (var e in definition.Events)
        {
            if (e is AdditionEvent a)
            {
                codes.Add(a.Member.Code);
            }
            else if (e is ReplacementEvent r)
            {
                codes.Add(r.Incoming.Code);
            }
        }

        return codes.Distinct(StringComparer.Ordinal).ToList();
    }

    private readonly record struct Computed(DateOnly Date, IndexState State, decimal? Level, decimal Sum, IReadOnlyList<string> Missing);

    private static IEnumerable<Computed> Compute(IndexDefinition definition, MemberPrices prices)
    {
        var adjustments = EventReplay.Replay(definition, prices.Dates.LastOrDefault(), prices.CloseBefore);
        var state = IndexState.Initial(definition);
        var next = 0;
        foreach (var date in prices.Dates)
        {
            while (next < adjustments.Count && adjustments[next].Date <= date)
            {
                state = adjustments[next++].After;
            }

            var closes = prices.On(date);
            var missing = state.MissingFrom(closes);
            if (missing.Count > 0)
            {
                yield return new Computed(date, state, null, 0m, missing);
                continue;
            }

            var sum = state.WeightedSum(closes);
            yield return new Computed(date, state, sum / state.Divisor, sum, []);
        }
    }

    /// <summary>A total-return definition is compared as TR_t = TR_{t-1} × (I_t + ID_t) / I_{t-1}, started at the price
    /// level of the first computed date; dividends going ex after the previous computed date count on this one.</summary>
    private static IReadOnlyList<Computed> Chain(IndexDefinition definition, IReadOnlyList<Computed> days)
    {
        if (definition.Methodology.Return != ReturnKind.Total)
        {
            return days;
        }

        var dividends = definition.Events.OfType<DividendEvent>().ToList();
        var chained = new List<Computed>(days.Count);
        (DateOnly Date, decimal Level, decimal TotalReturn)? previous = null;
        foreach (var day in days)
        {
            if (day.Level is not { } level)
            {
                chained.Add(day);
                continue;
            }

            var total = level;
            if (previous is { } p)
            {
                var paid = dividends.Where(d => d.Date > p.Date && d.Date <= day.Date);
                total = TotalReturn.Next(p.TotalReturn, p.Level, level, TotalReturn.DividendPoints(day.State, paid));
            }

            previous = (day.Date, level, total);
            chained.Add(day with { Level = total });
        }

        return chained;
    }

    private static VerificationRow Compare(IndexDefinition definition, Computed c, Dictionary<DateOnly, decimal> official)
    {
        var has = official.TryGetValue(c.Date, out var officialLevel);
        if (c.Level is not { } level)
        {
            return new VerificationRow(c.Date, null, has ? officialLevel : null, null, VerificationStatus.Incomplete) { MissingMembers = c.Missing };
        }

        var computed = definition.Methodology.Publish(level);
        if (!has)
        {
            return new VerificationRow(c.Date, computed, null, null, VerificationStatus.NoOfficial) { Unrounded = level };
        }

        var difference = computed - officialLevel;
        return new VerificationRow(c.Date, computed, officialLevel, difference, difference == 0m ? VerificationStatus.Match : VerificationStatus.Mismatch)
        {
            Unrounded = level,
            // The cents explanation reads Σ(price × factor); a total-return level is not that sum.
            Explanation = difference == 0m || definition.Methodology.Return == ReturnKind.Total ? null : Explain(c, officialLevel, difference),
        };
    }

    /// <summary>The official level implies Σ(price × factor) ≈ official × divisor; the gap to the stored sum, in cents,
    /// is what one member with factor 1 closing that many cents apart would explain (the data cannot say which member,
    /// nor whether a close or the official level is off).</summary>
    private static MismatchExplanation Explain(Computed c, decimal official, decimal difference)
    {
        var methodology = c.State.Methodology;
        var gap = (official * c.State.Divisor) - c.Sum;
        var cents = (int)Math.Round(gap * 100m, MidpointRounding.AwayFromZero);
        var exact = methodology.Publish((c.Sum + (cents / 100m)) / c.State.Divisor) == official;
        var points = Math.Abs(difference).ToString("0.00", CultureInfo.InvariantCulture);
        var direction = difference < 0m ? "below" : "above";
        if (!methodology.IsPriceWeighted)
        {
            return new MismatchExplanation(gap, cents, exact,
                $"{points} points {direction} official = a market-value gap of {gap.ToString("0.##", CultureInfo.InvariantCulture)} across the members");
        }

        // The data shows the size of the gap, not its cause: the text says what would account for it (one close that
        // many cents higher or lower), never that a member's close was wrong.
        var onePoint = (0.01m / c.State.Divisor).ToString("0.00", CultureInfo.InvariantCulture);
        var text = exact
            ? $"{points} points {direction} official; equals a {Math.Abs(cents)}-cent difference in one member's close "
              + $"(official is reproduced with one factor-1 close {Math.Abs(cents)} {(Math.Abs(cents) == 1 ? "cent" : "cents")} {(cents > 0 ? "higher" : "lower")}; 1 cent = {onePoint} points)"
            : $"{points} points {direction} official; sum(price x factor) is {Math.Abs(gap * 100m).ToString("#,0.##", CultureInfo.InvariantCulture)} cents "
              + $"{(gap < 0m ? "above" : "below")} official x divisor, which no whole-cent difference in one close reproduces exactly";
        return new MismatchExplanation(gap, cents, exact, text);
    }

    private static VerificationSummary Summarise(IReadOnlyList<VerificationRow> rows)
    {
        var compared = rows.Where(r => r.Difference is not null).Select(r => Math.Abs(r.Difference!.Value)).ToList();
        return new VerificationSummary(
            rows.Count,
            rows.Count(r => r.Status == VerificationStatus.Match),
            rows.Count(r => r.Status == VerificationStatus.Mismatch),
            rows.Count(r => r.Status == VerificationStatus.Incomplete),
            rows.Count(r => r.Status == VerificationStatus.NoOfficial),
            compared.Count == 0 ? 0m : compared.Max());
    }

    /// <summary>Member closes by date, and each member's last close before a date (the adjustments' reference price).</summary>
    private sealed class MemberPrices
    {
        private readonly SortedDictionary<DateOnly, Dictionary<string, decimal>> _byDate = [];
        private readonly Dictionary<string, List<(DateOnly Date, decimal Close)>> _byCode = new(StringComparer.Ordinal);

        public MemberPrices(IEnumerable<MemberBar> bars, DateOnly? first)
        {
            foreach (var bar in bars)
            {
                if (first is { } start && bar.Date < start)
                {
                    AddHistory(bar);
                    continue;
                }

                if (!_byDate.TryGetValue(bar.Date, out var day))
                {
                    day = new Dictionary<string, decimal>(StringComparer.Ordinal);
                    _byDate[bar.Date] = day;
                }

                day[bar.Code] = bar.Close;
                AddHistory(bar);
            }

            foreach (var history in _byCode.Values)
            {
                history.Sort((a, b) => a.Date.CompareTo(b.Date));
            }
        }

        private void AddHistory(MemberBar bar)
        {
            if (!_byCode.TryGetValue(bar.Code, out var history))
            {
                history = [];
                _byCode[bar.Code] = history;
            }

            history.Add((bar.Date, bar.Close));
        }

        public IReadOnlyList<DateOnly> Dates => _byDate.Keys.ToList();

        public bool Has(string code) => _byCode.ContainsKey(code);

        public IReadOnlyDictionary<string, decimal> On(DateOnly date) => _byDate[date];

        public decimal? CloseBefore(string code, DateOnly date)
        {
            if (!_byCode.TryGetValue(code, out var history))
            {
                return null;
            }

            decimal? last = null;
            foreach (var (day, close) in history)
            {
                if (day >= date)
                {
                    break;
                }

                last = close;
            }

            return last;
        }
    }
}
