using Kabuto.Analytics.Facts;
using Kabuto.Core.Market;
using Kabuto.Checking;
using Kabuto.Writing.Composing;
using Kabuto.Writing.Documents;
using Kabuto.Writing.Facts;

namespace Kabuto.Writing.Tests;

/// <summary>Records in the writer and the checker follow the index catalogue: TOPIX held from 2016 is judged against
/// its 1989 peak, and a series whose earlier peaks are unknown (KOSPI held from 2015) never says "record".</summary>
public sealed class RecordScopeTests
{
    private static readonly DateOnly Below = new(2024, 3, 1);
    private static readonly DateOnly Above = new(2024, 7, 4);

    private static InMemoryMarketData Market() => new InMemoryMarketData()
        .AddBars(IndexIds.Topix,
        [
            DailyBar.CloseOnly(new DateOnly(2016, 1, 4), 1509.67m),
            DailyBar.CloseOnly(new DateOnly(2024, 2, 29), 2675.73m),
            DailyBar.CloseOnly(Below, 2709.42m),
            DailyBar.CloseOnly(new DateOnly(2024, 7, 3), 2872.18m),
            DailyBar.CloseOnly(Above, 2898.47m),
        ])
        .AddBars(IndexIds.Kospi,
        [
            DailyBar.CloseOnly(new DateOnly(2015, 8, 31), 1941.49m),
            DailyBar.CloseOnly(new DateOnly(2024, 2, 29), 2642.36m),
            DailyBar.CloseOnly(Below, 2674.27m),
        ]);

    [Fact]
    public void Day_TopixBelowThe1989Peak_IsNoRecordButDistanceToIt()
    {
        var facts = new BarFactBook(Market()).Day(IndexIds.Topix, Below);

        Assert.DoesNotContain(facts, f => f.Kind is FactKinds.RecordClose or FactKinds.FirstCloseAbove);
        var distance = Assert.Single(facts, f => f.Kind == FactKinds.DistanceToRecordPercent);
        Assert.Equal((2884.80m, new DateOnly(1989, 12, 18)), (distance.ReferenceValue, distance.ReferenceDate));
    }

    [Fact]
    public void Day_TopixAboveThe1989Peak_IsARecordNamingIt()
    {
        var facts = new BarFactBook(Market()).Day(IndexIds.Topix, Above);

        var record = Assert.Single(facts, f => f.Kind == FactKinds.RecordClose);
        Assert.Equal((2884.80m, new DateOnly(1989, 12, 18)), (record.ReferenceValue, record.ReferenceDate));
        Assert.Equal(new FactInput(IndexIds.Topix, new DateOnly(1989, 12, 18), "close", 2884.80m), record.Inputs[1]);
    }

    [Fact]
    public void Day_KospiWithoutKnownPeak_IsHighestInHeldHistoryNotARecord()
    {
        var facts = new BarFactBook(Market()).Day(IndexIds.Kospi, Below);

        Assert.DoesNotContain(facts, f => f.Kind is FactKinds.RecordClose or FactKinds.DistanceToRecordPercent or FactKinds.FirstCloseAbove);
        Assert.Equal(new DateOnly(2015, 8, 31), Assert.Single(facts, f => f.Kind == FactKinds.HighestCloseInHeldHistory).ReferenceDate);
    }

    [Fact]
    public void Check_TopixRecordBelowThe1989Peak_IsContradicted()
    {
        var report = ArticleChecker.Over(Market()).Check("The broader Topix index closed at a record high.", "test", Below);

        var claim = Assert.Single(report.Claims, c => c.Kind == "record" && c.Index == IndexIds.Topix);
        Assert.Equal(Verdict.Contradicted, claim.Verdict);
        Assert.Contains("2,884.80", claim.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_KospiRecordWithoutKnownPeak_IsNotCheckable()
    {
        var report = ArticleChecker.Over(Market()).Check("South Korea's Kospi closed at a record high.", "test", Below);

        var claim = Assert.Single(report.Claims, c => c.Kind == "record" && c.Index == IndexIds.Kospi);
        Assert.Equal(Verdict.NotCheckable, claim.Verdict);
        Assert.Contains("no earlier peak is catalogued", claim.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_SecondIndexRecord_NamesThePreviousHigh()
    {
        var topix = new List<Fact>
        {
            TestFacts.Make(FactKinds.Close, 2898.47m, FactUnits.Level, IndexIds.Topix),
            TestFacts.Make(FactKinds.ChangePercent, 0.91m, FactUnits.Percent, IndexIds.Topix),
            TestFacts.Make(FactKinds.RecordClose, 2898.47m, FactUnits.Level, IndexIds.Topix, reference: 2884.80m, referenceDate: new DateOnly(1989, 12, 18)),
        };

        var text = ArticleRenderer.Render(WrapComposer.Compose(TestFacts.Input(TestFacts.RecordDay(), topix: topix)), ArticleFormat.Markdown);

        Assert.Contains("a record close above the previous high of 2,884.80 set on Dec. 18, 1989", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_SecondIndexHighestInHeldHistory_IsQualifiedNotARecord()
    {
        var topix = new List<Fact>
        {
            TestFacts.Make(FactKinds.Close, 2898.47m, FactUnits.Level, IndexIds.Topix),
            TestFacts.Make(FactKinds.ChangePercent, 0.91m, FactUnits.Percent, IndexIds.Topix),
            TestFacts.Make(FactKinds.HighestCloseInHeldHistory, 2898.47m, FactUnits.Level, IndexIds.Topix, referenceDate: new DateOnly(2016, 1, 4)),
        };

        var text = ArticleRenderer.Render(WrapComposer.Compose(TestFacts.Input(TestFacts.RecordDay(), topix: topix)), ArticleFormat.Markdown);

        Assert.Contains("its highest close in data going back to", text, StringComparison.Ordinal);
        Assert.DoesNotContain("TOPIX rose 0.91% to 2,898.47, a record", text, StringComparison.OrdinalIgnoreCase);
    }
}
