using Kabuto.Core.Market;
using Kabuto.Writing.Composing;
using Kabuto.Writing.Documents;
using static Kabuto.Writing.Tests.SteadyMarket;

namespace Kabuto.Writing.Tests;

/// <summary>Sentences a new user read as ungrammatical or untrue in the English wraps (invented prices).</summary>
public sealed class WrapGrammarTests
{
    [Theory]
    [InlineData(Markets.NewYork, IndexIds.Djia, "The Dow Jones Industrial Average")]
    [InlineData(Markets.Shanghai, IndexIds.Ssec, "The Shanghai Composite")]
    public void Write_IndexNamedWithThe_StartsTheLedeWithACapital(string market, string index, string opening)
    {
        var data = new InMemoryMarketData().AddBars(index, Closes(Monday, 4000m, 10m));

        var lede = WrapWriter.Over(data).Write(market, Monday).Sections[0].Paragraphs[0].PlainText;

        Assert.StartsWith(opening, lede, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_NewYork_CallsItsAsianSectionInAsiaNotElsewhere()
    {
        var data = new InMemoryMarketData().AddBars(IndexIds.Djia, Closes(Monday, 49000m, 10m)).AddBars(IndexIds.Kospi, Closes(Monday, 5000m, 5m));

        var article = WrapWriter.Over(data).Write(Markets.NewYork, Monday);
        var tokyo = WrapWriter.Over(Tokyo().AddBars(IndexIds.Kospi, Closes(Monday, 5000m, 5m))).Write(Markets.Tokyo, Monday);

        Assert.Equal("In Asia", Assert.Single(article.Sections, s => s.Kind == SectionKind.Region).Heading);
        Assert.Equal("Elsewhere in Asia", Assert.Single(tokyo.Sections, s => s.Kind == SectionKind.Region).Heading);
    }
}

public sealed class OrdinalTests
{
    [Theory]
    [InlineData(3, "third")]
    [InlineData(11, "11th")]
    [InlineData(12, "12th")]
    [InlineData(13, "13th")]
    [InlineData(21, "21st")]
    [InlineData(22, "22nd")]
    [InlineData(23, "23rd")]
    [InlineData(101, "101st")]
    [InlineData(111, "111th")]
    public void Ordinal_PutsTheSuffixTheNumberTakes(int n, string expected) => Assert.Equal(expected, Phrasebook.Ordinal(n));
}
