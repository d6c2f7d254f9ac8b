using Kabuto.Analytics.Shadow;
using Kabuto.Core.Calendars;
using Kabuto.Core.Market;

namespace Kabuto.Analytics.Tests.Shadow;

/// <summary>A small price-weighted index whose official closes are computed by the true mechanics (true factors,
/// divisor carried across one review), from seeded random-walk prices on the 0.1 tick.</summary>
internal sealed class SyntheticNikkei
{
    public static readonly DateOnly Start = new(2026, 3, 2);

    /// <summary>The n-th Tokyo session from <see cref="Start"/> (0 = Start): the synthetic index trades on real sessions.</summary>
    public static DateOnly Day(int n)
    {
        var day = Start;
        for (var i = 0; i < n; i++)
        {
            day = TokyoCalendar.Instance.NextTradingDay(day);
        }

        return day;
    }

    public SyntheticNikkei(IReadOnlyList<ShadowMember> members, IReadOnlyDictionary<string, decimal> trueFactors, int days, int reviewDay, int seed, decimal divisor = 30m)
    {
        Members = NikkeiMembership.Create(members, Day(reviewDay));
        var random = new Random(seed);
        var prices = members.ToDictionary(m => m.Code, _ => (decimal)random.Next(500, 40000));
        var dates = Enumerable.Range(0, days).Select(Day).ToList();
        decimal Factor(ShadowMember m, DateOnly date) =>
            trueFactors.TryGetValue(m.Code, out var f) ? f : m.FactorOn(date, Members.Review);
        decimal Sum(DateOnly date, DateOnly basketDay) =>
            members.Where(m => m.IsMemberOn(basketDay)).Sum(m => Factor(m, basketDay) * prices[m.Code]);

        var bars = new List<MemberBar>();
        var closes = new List<DailyBar>();
        var d = divisor;
        for (var t = 0; t < days; t++)
        {
            var date = dates[t];
            if (t > 0 && date == Members.Review)
            {
                // Divisor carried across the review at the previous close (prices unchanged yet).
                d = d * Sum(dates[t - 1], date) / Sum(dates[t - 1], dates[t - 1]);
            }

            if (t > 0)
            {
                var market = (decimal)((random.NextDouble() - 0.5) * 0.04);
                foreach (var m in members)
                {
                    var move = market + (decimal)((random.NextDouble() - 0.5) * 0.06);
                    prices[m.Code] = Math.Max(1m, Math.Round(prices[m.Code] * (1 + move), 1));
                }
            }

            bars.AddRange(members.Select(m => new MemberBar(m.Code, date, null, null, null, prices[m.Code], null, PriceBasis.Raw)));
            closes.Add(DailyBar.CloseOnly(date, Math.Round(Sum(date, date) / d, 2, MidpointRounding.AwayFromZero)));
        }

        Data = new InMemoryMarketData().AddMemberBars(bars).AddBars(IndexIds.N225, closes);
    }

    public NikkeiMembership Members { get; }

    public InMemoryMarketData Data { get; }

    public static ShadowMember Known(string code, decimal factor, decimal? afterReview = null, DateOnly? from = null, DateOnly? until = null) =>
        new(code, $"Member {code}", from, until, factor, afterReview ?? factor, FactorProvenance.Derived, "kabukabu:1");

    public static ShadowMember Unknown(string code) =>
        new(code, $"Member {code}", null, null, 1m, 1m, FactorProvenance.Assumed, "assumed 1");
}
