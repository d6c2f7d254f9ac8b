using Kabuto.Core.Market;
using Kabuto.Writing.Composing;
using Kabuto.Writing.Composing.Japanese;
using Kabuto.Writing.Documents;

namespace Kabuto.Writing.Tests.Japanese;

public sealed class JapaneseDirectionTests
{
    [Fact]
    public void Classify_UpAfterOneFall_IsPlainRebound()
    {
        Assert.Equal(new Direction(MoveWord.Rebound, 2), JapaneseDirection.Classify(1, [-1, 1]));
    }

    [Fact]
    public void Classify_UpAfterTwoFalls_CountsThreeSessionsBackToTheLastRise()
    {
        Assert.Equal(new Direction(MoveWord.Rebound, 3), JapaneseDirection.Classify(1, [-1, -1, 1, 1]));
    }

    [Fact]
    public void Classify_UpAfterFallAndUnchanged_CountsTheUnchangedSession()
    {
        Assert.Equal(new Direction(MoveWord.Rebound, 4), JapaneseDirection.Classify(1, [-1, 0, -1, 1]));
    }

    [Fact]
    public void Classify_DownAfterUp_IsReversalCountedBackToTheLastFall()
    {
        Assert.Equal(new Direction(MoveWord.Reversal, 4), JapaneseDirection.Classify(-1, [1, 1, 1, -1]));
    }

    [Fact]
    public void Classify_ThirdRiseInARow_IsThreeDayContinuedRise()
    {
        Assert.Equal(new Direction(MoveWord.ContinuedRise, 3), JapaneseDirection.Classify(1, [1, 1, -1]));
    }

    [Fact]
    public void Classify_FallAfterFalls_IsContinuedFall()
    {
        Assert.Equal(new Direction(MoveWord.ContinuedFall, 2), JapaneseDirection.Classify(-1, [-1, 0]));
    }

    [Fact]
    public void Classify_RunReachingAMissingSession_HasNoCount()
    {
        Assert.Equal(new Direction(MoveWord.ContinuedFall, null), JapaneseDirection.Classify(-1, [-1, null, -1]));
        Assert.Equal(new Direction(MoveWord.Rebound, null), JapaneseDirection.Classify(1, [-1, null]));
    }

    [Fact]
    public void Classify_HistoryEndsInsideTheRun_HasNoCount()
    {
        Assert.Equal(new Direction(MoveWord.ContinuedRise, null), JapaneseDirection.Classify(1, [1, 1]));
    }

    [Fact]
    public void Classify_AfterUnchangedOrUnknownSession_IsPlainRiseOrFall()
    {
        Assert.Equal(MoveWord.Rise, JapaneseDirection.Classify(1, [0, 1]).Word);
        Assert.Equal(MoveWord.Fall, JapaneseDirection.Classify(-1, []).Word);
        Assert.Equal(MoveWord.Unchanged, JapaneseDirection.Classify(0, [1]).Word);
    }

    [Theory]
    [InlineData("2026-02-10", "2026-02-09", "前日比")]
    [InlineData("2026-02-09", "2026-02-06", "前週末比")]
    [InlineData("2026-02-12", "2026-02-10", "前営業日比")]
    [InlineData("2026-01-13", "2026-01-09", "前週末比")]
    public void Basis_PreviousCloseDate_NamesTheComparison(string date, string previous, string expected)
    {
        Assert.Equal(expected, JapaneseDirection.Basis(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
            DateOnly.Parse(previous, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData(MoveWord.ContinuedRise, MoveSize.Large, "3", "大幅に3日続伸")]
    [InlineData(MoveWord.ContinuedRise, MoveSize.Plain, "2", "2日続伸")]
    [InlineData(MoveWord.Rebound, MoveSize.Sharp, "3", "3日ぶりに急反発")]
    [InlineData(MoveWord.Rebound, MoveSize.Plain, null, "反発")]
    [InlineData(MoveWord.Reversal, MoveSize.Small, null, "小幅反落")]
    [InlineData(MoveWord.ContinuedFall, MoveSize.Sharp, "5", "大幅に5日続落")]
    [InlineData(MoveWord.Fall, MoveSize.Large, null, "大幅に下落")]
    public void MoveWords_SizeAndCount_ReadAsWiresWrite(MoveWord word, MoveSize size, string? count, string expected)
    {
        Assert.Equal(expected, JapaneseComposer.MoveWords(new Direction(word, null), size, count));
    }

    [Theory]
    [InlineData(0.05, MoveSize.Small)]
    [InlineData(-0.29, MoveSize.Small)]
    [InlineData(0.30, MoveSize.Plain)]
    [InlineData(0.99, MoveSize.Plain)]
    [InlineData(-1.00, MoveSize.Large)]
    [InlineData(3.00, MoveSize.Sharp)]
    public void Size_DefaultThresholds_PickTheSizeWord(double pct, MoveSize expected)
    {
        Assert.Equal(expected, JapaneseStyle.Default.Size((decimal)pct));
    }

    [Fact]
    public void Size_ThresholdsFromSettings_AreUsed()
    {
        Assert.Equal(MoveSize.Plain, (JapaneseStyle.Default with { SmallBelowPct = 0.10m }).Size(0.20m));
    }

    // A week of closes (no holidays 20-31 Oct 2025): 38000, up, down, down, up, up (Monday), down.
    private static readonly (string Date, decimal Close)[] Week =
    [
        ("2025-10-20", 38000m), ("2025-10-21", 38100m), ("2025-10-22", 38000m), ("2025-10-23", 37900m),
        ("2025-10-24", 38050m), ("2025-10-27", 38200m), ("2025-10-28", 38100m),
    ];

    [Theory]
    [InlineData("2025-10-22", "反落し、前日比100円")]
    [InlineData("2025-10-23", "2日続落し、前日比100円")]
    [InlineData("2025-10-24", "3日ぶりに反発し、前日比150円")]
    [InlineData("2025-10-27", "2日続伸し、前週末比150円")]
    [InlineData("2025-10-28", "3日ぶりに小幅反落し、前日比100円")]
    public void Write_Japanese_MoveWordFromTheHistoryHeld(string date, string expected)
    {
        var market = new InMemoryMarketData();
        market.AddBars(IndexIds.N225, Week.Select(w => DailyBar.CloseOnly(DateOnly.Parse(w.Date, System.Globalization.CultureInfo.InvariantCulture), w.Close)));

        var article = WrapWriter.Over(market).Write(Markets.Tokyo, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), WrapEdition.Close, ArticleLanguage.Japanese);

        Assert.Contains(expected, ArticleRenderer.Markdown(article), StringComparison.Ordinal);
    }
}
