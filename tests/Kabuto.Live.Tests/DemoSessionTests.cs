using Kabuto.Core.Market;
using Kabuto.Live.UseCases;

namespace Kabuto.Live.Tests;

public sealed class DemoSessionTests
{
    private static readonly DemoResult Result = DemoSession.Run(seed: 3, targetTicks: 150_000);

    [Theory]
    [InlineData(IndexIds.N225)]
    [InlineData(IndexIds.Topix)]
    public void Run_Headline_ContributionsExplainTheChangeUpToRounding(string id)
    {
        var index = Result.Index(id);

        Assert.InRange(index.Residual, -0.01m, 0.01m);
        Assert.Equal(index.Close - index.PreviousClose, index.Change);
    }

    [Fact]
    public void Run_Headline_HighAndLowBracketOpenAndClose()
    {
        var nikkei = Result.Index(IndexIds.N225);

        Assert.True(nikkei.High >= Math.Max(nikkei.Open, nikkei.Close));
        Assert.True(nikkei.Low <= Math.Min(nikkei.Open, nikkei.Close));
    }

    [Fact]
    public void Run_Members_CarrySectorsAndOneUntradedNikkeiMember()
    {
        Assert.All(Result.Members, m => Assert.Matches("^[0-9]{4}$", m.Sector33Code));
        var untraded = Assert.Single(Result.Members, m => m.InNikkei && !m.Traded);
        Assert.Equal(untraded.PreviousClose, untraded.Close);
    }
}
