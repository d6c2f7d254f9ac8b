using Kabuto.Core.Market;
using Kabuto.Writing.Composing;
using Kabuto.Writing.Documents;

namespace Kabuto.Writing.Tests;

/// <summary>The yen's move in the Japanese wrap: under one yen in 銭 alone, as the wires write it (invented prices).</summary>
public sealed class JapaneseYenMoveTests
{
    private static readonly DateOnly Friday = new(2026, 2, 6);
    private static readonly DateOnly Monday = new(2026, 2, 9);

    /// <summary>Weekdays from 2026-01-05 to <paramref name="last"/> (holidays do not matter to these tests' sentences),
    /// the close rising by <paramref name="step"/> a day from <paramref name="start"/>, then the last day's override.</summary>
    private static List<DailyBar> Closes(DateOnly last, decimal start, decimal step, decimal? lastClose = null)
    {
        var bars = new List<DailyBar>();
        var close = start;
        for (var d = new DateOnly(2026, 1, 5); d <= last; d = d.AddDays(1))
        {
            if (d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || d == new DateOnly(2026, 1, 12) || d == new DateOnly(2026, 2, 11))
            {
                continue;
            }

            bars.Add(DailyBar.CloseOnly(d, d == last && lastClose is { } l ? l : close));
            close += step;
        }

        return bars;
    }

    private static InMemoryMarketData Tokyo() => new InMemoryMarketData()
        .AddBars(IndexIds.N225, Closes(Monday, 50000m, 100m))
        .AddBars(IndexIds.Topix, Closes(Monday, 3500m, 5m))
        .AddBars(IndexIds.UsdJpy, [DailyBar.CloseOnly(new DateOnly(2026, 2, 5), 156.50m), DailyBar.CloseOnly(Friday, 156.89m), DailyBar.CloseOnly(Monday, 156.60m)]);

    [Fact]
    public void Write_JapaneseYenMoveUnderOneYen_IsInSenAlone()
    {
        var text = ArticleRenderer.Markdown(WrapWriter.Over(Tokyo()).Write(Markets.Tokyo, Monday, WrapEdition.Close, ArticleLanguage.Japanese));

        Assert.Contains("から29銭の円高・ドル安となった。", text, StringComparison.Ordinal);
        Assert.DoesNotContain("0円29銭", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.29, "29銭")]
    [InlineData(-0.05, "5銭")]
    [InlineData(0.999, "1円00銭")]
    [InlineData(1.03, "1円03銭")]
    public void YenMove_UnderOneYenInSen_FromOneYenInYenAndSen(double value, string expected) =>
        Assert.Equal(expected, Kabuto.Writing.Text.JapaneseNumbers.YenMove((decimal)value));
}
