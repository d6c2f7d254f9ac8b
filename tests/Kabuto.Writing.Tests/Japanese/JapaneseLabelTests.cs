using Kabuto.Analytics.Facts;
using Kabuto.Writing.Text;

namespace Kabuto.Writing.Tests.Japanese;

/// <summary>The day table's Japanese labels say what the number counts.</summary>
public sealed class JapaneseLabelTests
{
    [Fact]
    public void Kind_MemberCount_SaysTheMembersWithPricesNotTheConstituents()
    {
        // member_count is 199 on a day the store prices 199 of the Nikkei's 225: 「構成銘柄数 199」 would be false.
        Assert.Equal("価格のある構成銘柄数", JapaneseLabels.Kind(FactKinds.MemberCount));
        Assert.Equal("価格のない構成銘柄数", JapaneseLabels.Kind(FactKinds.MemberUnpricedCount));
    }
}
