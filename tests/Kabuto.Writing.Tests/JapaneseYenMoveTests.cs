using Kabuto.Core.Market;
using Kabuto.Writing.Composing;
using Kabuto.Writing.Documents;
using static Kabuto.Writing.Tests.SteadyMarket;

namespace Kabuto.Writing.Tests;

/// <summary>The yen's move in the Japanese wrap: under one yen in 銭 alone, as the wires write it (invented prices).</summary>
public sealed class JapaneseYenMoveTests
{
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
