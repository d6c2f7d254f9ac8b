using Kabuto.Analytics.Shadow;
using Kabuto.Core.Market;

namespace Kabuto.Analytics.Tests.Shadow;

public sealed class ShadowAttributionSourceTests
{
    private static readonly DateOnly Day = new(2026, 2, 10);

    [Fact]
    public void MoveInto_DateWithoutMemberPrices_DoesNotRunTheShadow()
    {
        var data = new InMemoryMarketData().AddBars(IndexIds.N225, [DailyBar.CloseOnly(Day, 57_650.54m)]);
        var source = new ShadowAttributionSource(data, () => throw new InvalidOperationException("the shadow must not run"));

        var move = source.MoveInto(IndexIds.N225, Day);

        Assert.Null(move);
    }

    [Fact]
    public void MoveInto_OtherIndex_ReturnsNull()
    {
        var data = new InMemoryMarketData().AddMemberBars([new MemberBar("7203", Day, null, null, null, 3_400m, null, PriceBasis.Raw)]);
        var source = new ShadowAttributionSource(data, () => throw new InvalidOperationException("the shadow must not run"));

        var move = source.MoveInto(IndexIds.Topix, Day);

        Assert.Null(move);
    }
}
