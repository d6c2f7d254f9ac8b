using Kabuto.Core.Calendars;
using Kabuto.Core.Errors;
using Kabuto.Core.Market;

namespace Kabuto.Analytics.Shadow;

/// <summary>The window as dense arrays: official closes by day, tick-rounded member closes by member and day
/// (NaN = no price), who is in the basket, which days are raw (levels comparable) and where the basis breaks.</summary>
internal sealed class ShadowPanel
{
    private ShadowPanel(NikkeiMembership membership, DateOnly[] days, decimal[] official, decimal?[,] prices, bool[] raw, double maxMissingWeight)
    {
        Membership = membership;
        Members = [.. membership.Members];
        Days = days;
        Official = official;
        PriceDecimal = prices;
        Raw = raw;
        Price = new double[Members.Length, days.Length];
        InBasket = new bool[Members.Length, days.Length];
        for (var i = 0; i < Members.Length; i++)
        {
            for (var t = 0; t < days.Length; t++)
            {
                Price[i, t] = prices[i, t] is { } p ? (double)p : double.NaN;
                InBasket[i, t] = Members[i].IsMemberOn(days[t]);
            }
        }

        ReviewDay = Array.FindIndex(days, d => d >= membership.Review);
        if (ReviewDay < 0)
        {
            ReviewDay = days.Length;
        }

        BasisBreak = Enumerable.Range(1, Math.Max(0, days.Length - 1)).FirstOrDefault(t => raw[t] && !raw[t - 1], -1);
        FollowsPreviousSession = days.Select((d, t) => t > 0 && TokyoCalendar.Instance.PreviousTradingDay(d) == days[t - 1]).ToArray();
        MissingWeight = Enumerable.Range(0, days.Length).Select(MissingWeightOn).ToArray();
        Fitted = MissingWeight.Select(w => w <= maxMissingWeight).ToArray();
    }

    public NikkeiMembership Membership { get; }

    public ShadowMember[] Members { get; }

    public DateOnly[] Days { get; }

    public decimal[] Official { get; }

    public decimal?[,] PriceDecimal { get; }

    public double[,] Price { get; }

    public bool[,] InBasket { get; }

    public bool[] Raw { get; }

    /// <summary>True when the previous day of the panel is the previous Tokyo session: only then is the day's move a
    /// daily change. A day after a gap in the held data starts a new stretch: its level counts, its "change" is not one.</summary>
    public bool[] FollowsPreviousSession { get; }

    /// <summary>Share of the day's basket (prior factor × price) held by members that have prices on other days but
    /// not on this one, each valued at its nearest held price.</summary>
    public double[] MissingWeight { get; }

    /// <summary>Days the calibration may use: the members missing that day weigh at most <see cref="ShadowOptions.MaxMissingWeight"/>.
    /// Other days are reconciled and reported, never fitted: the fit would bend other members' factors to explain the
    /// moves of members it cannot see.</summary>
    public bool[] Fitted { get; }

    /// <summary>Index of the first day of the new basket (Days.Length when the review is outside the window).</summary>
    public int ReviewDay { get; }

    /// <summary>Index of the first raw day after adjusted ones: its change mixes two price bases (-1 if none).</summary>
    public int BasisBreak { get; }

    public int DayCount => Days.Length;

    public int MemberCount => Members.Length;

    public bool IsPriced(int i, int t) => !double.IsNaN(Price[i, t]);

    /// <summary>Days whose level is compared with the official close: raw, fitted days.</summary>
    public IEnumerable<int> LevelDays => Enumerable.Range(0, DayCount).Where(t => Raw[t] && Fitted[t]);

    /// <summary>Days whose change is compared: daily changes between fitted days, except the basis break.</summary>
    public IEnumerable<int> ChangeDays => Enumerable.Range(1, Math.Max(0, DayCount - 1)).Where(IsScoredChange);

    public bool IsScoredChange(int t) => t > 0 && t != BasisBreak && FollowsPreviousSession[t] && Fitted[t] && Fitted[t - 1];

    public double OfficialAt(int t) => (double)Official[t];

    public double OfficialChange(int t) => (double)(Official[t] - Official[t - 1]);

    /// <summary>Basket members with no price that day.</summary>
    public IReadOnlyList<string> Missing(int t) =>
        Enumerable.Range(0, MemberCount).Where(i => InBasket[i, t] && !IsPriced(i, t)).Select(i => Members[i].Code).ToList();

    public static ShadowPanel Load(IMarketDataReader data, NikkeiMembership membership, ShadowOptions options)
    {
        ArgumentNullException.ThrowIfNull(data);
        var official = data.GetDailyBars(IndexIds.N225, options.From, options.To);
        var codes = membership.Members.Select(m => m.Code).ToHashSet(StringComparer.Ordinal);
        var bars = data.GetMemberBars(codes, options.From, options.To);
        var barDays = bars.Select(b => b.Date).ToHashSet();
        var days = official.Where(b => barDays.Contains(b.Date)).Select(b => b.Date).Order().ToArray();
        if (days.Length < 2)
        {
            throw Fail.User(
                $"the store holds {official.Count} N225 closes and member prices on {barDays.Count} days, with {days.Length} days in common; "
                + "import the official Nikkei 225 closes and the member prices (kabuto import ...) for the same window");
        }

        var dayIndex = days.Select((d, t) => (d, t)).ToDictionary(x => x.d, x => x.t);
        var memberIndex = membership.Members.Select((m, i) => (m.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        var prices = new decimal?[membership.Members.Count, days.Length];
        var basisByDay = new List<PriceBasis>[days.Length];
        for (var t = 0; t < days.Length; t++)
        {
            basisByDay[t] = [];
        }

        foreach (var bar in bars)
        {
            if (dayIndex.TryGetValue(bar.Date, out var t) && memberIndex.TryGetValue(bar.Code, out var i))
            {
                prices[i, t] = Math.Round(bar.Close / options.PriceTick, MidpointRounding.AwayFromZero) * options.PriceTick;
                basisByDay[t].Add(bar.Basis);
            }
        }

        var closes = official.ToDictionary(b => b.Date, b => b.Close);
        var raw = options.RawFrom is { } rawFrom
            ? days.Select(d => d >= rawFrom).ToArray()
            : InferRaw(basisByDay);
        if (!raw.Any(r => r))
        {
            throw Fail.User(
                "no day in the window has every member price raw (unadjusted), so no level can be compared with the official close; "
                + "pass --raw-from YYYY-MM-DD with the first day the member prices are the printed ones");
        }

        return new ShadowPanel(membership, days, days.Select(d => closes[d]).ToArray(), prices, raw, options.MaxMissingWeight);
    }

    private double MissingWeightOn(int t)
    {
        double held = 0, missing = 0;
        for (var i = 0; i < MemberCount; i++)
        {
            if (!InBasket[i, t])
            {
                continue;
            }

            if (IsPriced(i, t))
            {
                held += (double)Members[i].FactorOn(Days[t], Membership.Review) * Price[i, t];
            }
            else if (NearestPrice(i, t) is { } price)
            {
                missing += (double)Members[i].FactorOn(Days[t], Membership.Review) * price;
            }
        }

        return held + missing > 0 ? missing / (held + missing) : 0;
    }

    private double? NearestPrice(int i, int t)
    {
        for (var distance = 1; distance < DayCount; distance++)
        {
            if (t - distance >= 0 && IsPriced(i, t - distance))
            {
                return Price[i, t - distance];
            }

            if (t + distance < DayCount && IsPriced(i, t + distance))
            {
                return Price[i, t + distance];
            }
        }

        return null;
    }

    /// <summary>A day is raw when all its bars are raw and so is every later day (vendors adjust backwards).</summary>
    private static bool[] InferRaw(List<PriceBasis>[] basisByDay)
    {
        var raw = new bool[basisByDay.Length];
        var allLaterRaw = true;
        for (var t = basisByDay.Length - 1; t >= 0; t--)
        {
            allLaterRaw &= basisByDay[t].Count > 0 && basisByDay[t].TrueForAll(b => b == PriceBasis.Raw);
            raw[t] = allLaterRaw;
        }

        return raw;
    }
}
