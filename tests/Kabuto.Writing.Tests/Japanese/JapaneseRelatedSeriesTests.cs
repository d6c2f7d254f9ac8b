using Kabuto.Checking;
using Kabuto.Core.Market;

namespace Kabuto.Writing.Tests.Japanese;

/// <summary>A figure of a series related to a headline index (先物, オプション, VI, ETF, 配当指数, a sub-index, a sibling, a
/// sector index) is that series' own in Japanese too: read under its own id, or not read, never as the parent's.</summary>
public sealed class JapaneseRelatedSeriesTests
{
    private static readonly JapaneseReader Reader = new();

    private static IReadOnlyList<Claim> Read(string text) => Reader.Read(text).Claims;

    [Theory]
    [InlineData("日経平均VIは上昇し、前日比1.50ポイント高の28.40だった。", "NKVI")]
    [InlineData("日経平均ボラティリティー・インデックスは3%高だった。", "NKVI")]
    [InlineData("ハンセン中国企業株指数は2%安だった。", "HSCEI")]
    [InlineData("香港H株指数は1.8%安だった。", "HSCEI")]
    [InlineData("ハンセンテック指数は3%高だった。", IndexIds.HsTech)]
    [InlineData("ナスダック100は1.2%高だった。", "NDX")]
    [InlineData("ダウ輸送株20種平均は0.5%安だった。", "DJT")]
    [InlineData("深セン成分指数は1.3%高だった。", "SZSC")]
    [InlineData("TOPIXコア30は0.8%高だった。", "JPX-0028")]
    [InlineData("JPX日経400は0.9%高だった。", "JPXNK400")]
    [InlineData("東証グロース市場指数は2.5%安だった。", "JPX-0502")]
    [InlineData("銀行業指数は3%高と上昇率トップだった。", "JPX-005B")]
    [InlineData("東証銀行業株価指数は2.1%高だった。", "JPX-005B")]
    [InlineData("コスダック指数は1.1%安だった。", IndexIds.Kosdaq)]
    [InlineData("日経平均ETFは2%高だった。", "N225:fund")]
    [InlineData("日経225オプションは売買が膨らみ、2%高だった。", "N225:options")]
    [InlineData("日経平均配当指数は1.5%高だった。", "N225:dividend")]
    public void Read_FigureOfARelatedSeries_IsThatSeries(string sentence, string id)
    {
        var claims = Read(sentence);

        Assert.Contains(claims, c => c.Index == id && c.Kind is ClaimKind.ChangePercent or ClaimKind.ChangePoints);
        Assert.DoesNotContain(claims, c => c.Index is IndexIds.N225 or IndexIds.Topix or IndexIds.Hsi or IndexIds.Nasdaq or IndexIds.Djia or IndexIds.Ssec);
    }

    [Theory]
    [InlineData("日経平均先物は夜間取引で200円高となった。")]
    [InlineData("シカゴ日経平均先物は大阪の清算値を150円上回った。")]
    [InlineData("TOPIX先物は1%高だった。")]
    [InlineData("日経平均レバレッジ・インデックス連動型上場投信は4%高だった。")]
    public void Read_FuturesFigure_IsNeverTheIndexs(string sentence)
    {
        Assert.DoesNotContain(Read(sentence), c => c.Index is IndexIds.N225 or IndexIds.Topix);
    }

    [Theory]
    [InlineData("日経平均株価は前日比1.2%高だった。", IndexIds.N225)]
    [InlineData("東証株価指数(TOPIX)は0.6%高だった。", IndexIds.Topix)]
    [InlineData("ハンセン指数は1.1%安だった。", IndexIds.Hsi)]
    [InlineData("ナスダック総合株価指数は0.9%高だった。", IndexIds.Nasdaq)]
    [InlineData("上海総合指数は0.4%高だった。", IndexIds.Ssec)]
    [InlineData("CSI300指数は0.7%安だった。", IndexIds.Csi300)]
    public void Read_ParentNamedItself_IsTheParent(string sentence, string id)
    {
        Assert.Contains(Read(sentence), c => c.Index == id && c.Kind == ClaimKind.ChangePercent);
    }

    [Fact]
    public void Read_ParentAndSubIndexInOneSentence_EachFigureHasItsOwnSeries()
    {
        var claims = Read("ハンセン指数は1%高、ハンセン中国企業株指数は2%安だった。");

        Assert.Contains(claims, c => c is { Index: IndexIds.Hsi, Value: 1m });
        Assert.Contains(claims, c => c is { Index: "HSCEI", Value: -2m });
    }
}
