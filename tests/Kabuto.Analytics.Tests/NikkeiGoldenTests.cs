using Kabuto.Analytics.Facts;
using Kabuto.Core.Market;

namespace Kabuto.Analytics.Tests;

/// <summary>Well-known Nikkei 225 wire facts, derived by the detectors from the real series (never fed to them).</summary>
public sealed class NikkeiGoldenTests
{
    private const string Yahoo = "raw/yahoo-tqqq-simulation/^N225.csv";
    private const string Dashboard = "raw/market-indicators-dashboard/nikkei-225.csv";

    private static FactBook? Book(string relative)
    {
        var bars = RealSeries.Load(relative);
        return bars is null ? null : new FactBook(new InMemoryMarketData().AddBars(IndexIds.N225, bars));
    }

    [Theory]
    [InlineData(Yahoo)]
    [InlineData(Dashboard)]
    public void Day_20240222_IsFirstRecordCloseSince19891229(string file)
    {
        if (Book(file) is not { } book) return;

        var facts = book.Day("N225", new DateOnly(2024, 2, 22));

        var record = Assert.Single(facts, f => f.Kind == FactKinds.RecordClose);
        Assert.Equal(39098.68m, record.Value);
        Assert.Equal(new DateOnly(1989, 12, 29), record.ReferenceDate);
        Assert.Equal(38915.87m, record.ReferenceValue);
        Assert.Contains(facts, f => f.Kind == FactKinds.FirstRecordSince && f.ReferenceDate == new DateOnly(1989, 12, 29));
    }

    [Theory]
    [InlineData(Yahoo)]
    [InlineData(Dashboard)]
    public void Records_NoRecordCloseBetween1990And20240222(string file)
    {
        if (Book(file) is not { } book) return;

        var records = book.Records("N225").Where(f => f.Kind == FactKinds.RecordClose).ToList();

        Assert.DoesNotContain(records, f => f.Date > new DateOnly(1989, 12, 29) && f.Date < new DateOnly(2024, 2, 22));
        Assert.Contains(records, f => f.Date == new DateOnly(1989, 12, 29) && f.Value == 38915.87m);
    }

    [Theory]
    [InlineData(Yahoo)]
    [InlineData(Dashboard)]
    public void Records_FirstCloseAbove40000_Is20240304(string file)
    {
        if (Book(file) is not { } book) return;

        var first = Assert.Single(book.Records("N225"), f => f is { Kind: FactKinds.FirstCloseAbove, Subject: "40000" });

        Assert.Equal(new DateOnly(2024, 3, 4), first.Date);
        Assert.True(first.Value > 40000m);
    }

    [Theory]
    [InlineData(Yahoo)]
    [InlineData(Dashboard)]
    public void Records_20240805_IsFirstByPointsAndSecondByPercentAfter19871020(string file)
    {
        if (Book(file) is not { } book) return;

        var records = book.Records("N225");

        var byPoints = Assert.Single(records, f => f is { Kind: FactKinds.RankFallPoints, Value: 1m });
        Assert.Equal(new DateOnly(2024, 8, 5), byPoints.Date);
        Assert.Equal(-4451.28m, byPoints.ReferenceValue);
        var byPercent = records.Where(f => f.Kind == FactKinds.RankFallPercent).OrderBy(f => f.Value).Take(2).ToList();
        Assert.Equal([new DateOnly(1987, 10, 20), new DateOnly(2024, 8, 5)], byPercent.Select(f => f.Date));
        Assert.Equal(-12.40m, byPercent[1].ReferenceValue);
    }

    [Fact]
    public void Day_20240805_RanksTheFallAsItStoodThatDay()
    {
        if (Book(Yahoo) is not { } book) return;

        var facts = book.Day("N225", new DateOnly(2024, 8, 5));

        Assert.Equal(-4451.28m, Assert.Single(facts, f => f.Kind == FactKinds.ChangePoints).Value);
        Assert.Equal(-12.40m, Assert.Single(facts, f => f.Kind == FactKinds.ChangePercent).Value);
        Assert.Equal(1m, Assert.Single(facts, f => f.Kind == FactKinds.RankFallPoints).Value);
        Assert.Equal(2m, Assert.Single(facts, f => f.Kind == FactKinds.RankFallPercent).Value);
    }

    [Fact]
    public void Records_YearEnd1989_IsARecordYearEndClose()
    {
        if (Book(Dashboard) is not { } book) return;

        var yearEnds = book.Records("N225").Where(f => f.Kind == FactKinds.RecordYearEndClose).ToList();

        Assert.Contains(yearEnds, f => f.Date == new DateOnly(1989, 12, 29));
        Assert.DoesNotContain(yearEnds, f => f.Date.Year is > 1989 and < 2023);
    }
}
