using Kabuto.Core.Indexing;

namespace Kabuto.Analytics.Shadow;

/// <summary>Each day's OFFICIAL move split into member points with the calibrated factors and the carried divisor
/// (rounded to 8 decimals like Nikkei's); the residual is what the members do not explain.</summary>
internal static class ShadowAttributions
{
    public static IReadOnlyDictionary<DateOnly, ShadowAttribution> Build(ShadowPanel panel, ShadowFit fit, int[] estimated)
    {
        var calibrated = estimated.ToHashSet();
        var provenance = new Dictionary<string, FactorProvenance>(StringComparer.Ordinal);
        for (var i = 0; i < panel.MemberCount; i++)
        {
            provenance[panel.Members[i].Code] = calibrated.Contains(i) ? FactorProvenance.Calibrated : panel.Members[i].Provenance;
        }

        var result = new SortedDictionary<DateOnly, ShadowAttribution>();
        for (var t = 1; t < panel.DayCount; t++)
        {
            if (!panel.FollowsPreviousSession[t])
            {
                continue; // a move across a gap in the held data is not a daily move
            }

            var divisor = NikkeiShadow.Round8(fit.Series.DivisorOn(t, fit.Divisor));
            var members = new List<MemberContribution>();
            var unpriced = new List<string>();
            var sum = 0m;
            for (var i = 0; i < panel.MemberCount; i++)
            {
                if (!panel.InBasket[i, t])
                {
                    continue;
                }

                if (panel.PriceDecimal[i, t] is not { } to || panel.PriceDecimal[i, t - 1] is not { } from)
                {
                    unpriced.Add(panel.Members[i].Code);
                    continue;
                }

                var factor = Factor(panel, fit, i, t, calibrated.Contains(i));
                var points = Math.Round(factor * (to - from) / divisor, Attribution.PointsDecimals, MidpointRounding.AwayFromZero);
                members.Add(new MemberContribution(panel.Members[i].Code, factor, from, to, points));
                sum += points;
            }

            var levelFrom = panel.Official[t - 1];
            var levelTo = panel.Official[t];
            result[panel.Days[t]] = new ShadowAttribution(
                new Attribution(levelFrom, levelTo, members, levelTo - levelFrom - sum),
                provenance,
                unpriced,
                t == panel.BasisBreak);
        }

        return result;
    }

    /// <summary>Known factors exactly as given; calibrated ones as their grid value.</summary>
    private static decimal Factor(ShadowPanel panel, ShadowFit fit, int i, int t, bool calibrated)
    {
        var member = panel.Members[i];
        if (calibrated)
        {
            return Math.Round((decimal)fit.Before[i], 1, MidpointRounding.AwayFromZero);
        }

        return t >= panel.ReviewDay ? member.FactorFromReview : member.Factor;
    }
}
