using Kabuto.Core.Market;
using Kabuto.Writing.Composing;
using Kabuto.Writing.Documents;
using static Kabuto.Writing.Tests.SteadyMarket;

namespace Kabuto.Writing.Tests;

/// <summary>Dates as the wrap names them: Monday's yen against Friday's, a record set this year (invented prices).</summary>
public sealed class WrapDateWordingTests
{
    [Fact]
    public void Write_MondaysYenAgainstFridays_SaysOnFridayNotThePreviousDay()
    {
        var text = ArticleRenderer.Markdown(WrapWriter.Over(Tokyo()).Write(Markets.Tokyo, Monday));

        Assert.Contains("The yen strengthened, with the dollar at 156.60 yen, down from 156.89 on Friday.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("the previous day", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_FridaysYenAgainstThursdays_SaysThePreviousDay()
    {
        var text = ArticleRenderer.Markdown(WrapWriter.Over(Tokyo()).Write(Markets.Tokyo, Friday));

        Assert.Contains("The yen weakened, with the dollar at 156.89 yen, up from 156.50 the previous day.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_RecordSetThisYear_NamesItsDateWithoutTheYear()
    {
        // The N225 catalogue knows its record until 2024-02-21, so a history from 2024-02-22 knows its highs. A peak on
        // Jan. 20 this year, then lower closes: the highlight's record date is this year's, so no year, as in the lede.
        var bars = new List<DailyBar>();
        var i = 0;
        for (var d = new DateOnly(2024, 2, 22); d <= Monday; d = d.AddDays(1))
        {
            if (d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                continue;
            }

            var peak = new DateOnly(2026, 1, 20);
            bars.Add(DailyBar.CloseOnly(d, d < peak ? 40000m + (i++ * 10m) : d == peak ? 91000m : 89000m + (d.DayNumber % 7 * 10m)));
        }

        var text = ArticleRenderer.Markdown(WrapWriter.Over(new InMemoryMarketData().AddBars(IndexIds.N225, bars)).Write(Markets.Tokyo, Monday));

        Assert.Contains("below its record close of 91,000.00 set on Jan. 20.", text, StringComparison.Ordinal);
    }
}
