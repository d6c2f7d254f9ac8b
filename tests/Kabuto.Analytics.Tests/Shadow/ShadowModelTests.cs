using Kabuto.Core.Calendars;
using Kabuto.Analytics.Shadow;

namespace Kabuto.Analytics.Tests.Shadow;

public class ShadowModelTests
{
    [Fact]
    public void Shift_OneMemberMoved_EqualsAFullEvaluation()
    {
        var review = SyntheticNikkei.Day(6);
        var members = new List<ShadowMember>
        {
            SyntheticNikkei.Known("A", 8m, afterReview: 7.2m),
            SyntheticNikkei.Known("B", 3m),
            SyntheticNikkei.Known("OUT", 2m, until: TokyoCalendar.Instance.PreviousTradingDay(review)),
            SyntheticNikkei.Known("IN", 0.7m, from: review),
            SyntheticNikkei.Unknown("U"),
        };
        var index = new SyntheticNikkei(members, new Dictionary<string, decimal>(), days: 12, reviewDay: 6, seed: 21);
        var model = new ShadowModel(ShadowPanel.Load(index.Data, index.Members, ShadowOptions.Default with { RawFrom = SyntheticNikkei.Start }));
        var random = new Random(4);
        var before = members.Select(m => (double)m.Factor).ToArray();
        var after = members.Select(m => (double)m.FactorFromReview).ToArray();
        var series = model.Evaluate(before, after);

        for (var k = 0; k < 20; k++)
        {
            var member = random.Next(members.Count);
            var delta = Math.Round((random.NextDouble() * 4) - 2, 1);
            series = model.Shift(series, member, delta, delta);
            before[member] += delta;
            after[member] += delta;
        }

        var full = model.Evaluate(before, after);
        Assert.Equal(full.CarryRatio, series.CarryRatio, 12);
        Assert.All(Enumerable.Range(0, full.Sum.Length), t => Assert.Equal(full.Sum[t], series.Sum[t], 6));
        Assert.All(Enumerable.Range(1, full.Change.Length - 1), t => Assert.Equal(full.Change[t], series.Change[t], 6));
    }
}
