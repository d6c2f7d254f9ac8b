using Kabuto.Analytics.Facts;
using Kabuto.Core.Market;

namespace Kabuto.Analytics.Tests;

/// <summary>Well-known Nikkei 225 and TOPIX wire facts, derived by the detectors from the real series (never fed to
/// them). The Yahoo Nikkei file starts 1965-01-05, so its records are judged against the catalogue's 1961 peak; the
/// dashboard file starts 1970-01-05, after the catalogue's "high before 1965", so it claims records only after the
/// catalogue's 1989 peak, which it holds; the dashboard TOPIX file starts 2016, after TOPIX's 1989 peak.</summary>
public sealed class NikkeiGoldenTests
{
    private const string Yahoo = "raw/yahoo-tqqq-simulation/^N225.csv";
    private const string Dashboard = "raw/market-indicators-dashboard/nikkei-225.csv";
    private const string TopixDashboard = "raw/market-indicators-dashboard/topix.csv";

    private static FactBook? Book(string relative, string index = IndexIds.N225)
    {
        var bars = RealSeries.Load(relative);
        return bars is null ? null : new FactBook(new InMemoryMarketData().AddBars(index, bars));
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

        // Held from 1970 (dashboard), the 1989 peak is the highest close held; the catalogue makes it the record after it.
        var highs = book.Records("N225").Where(f => f.Kind is FactKinds.RecordClose or FactKinds.HighestCloseInHeldHistory).ToList();

        Assert.DoesNotContain(highs, f => f.Date > new DateOnly(1989, 12, 29) && f.Date < new DateOnly(2024, 2, 22));
        Assert.Contains(highs, f => f.Date == new DateOnly(1989, 12, 29) && f.Value == 38915.87m);
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

    [Fact]
    public void Records_HeldFrom1965_FirstRecordCloseIs1968AndNamesThe1961Peak()
    {
        if (Book(Yahoo) is not { } book) return;

        var records = book.Records("N225").Where(f => f.Kind == FactKinds.RecordClose).ToList();

        var first = records[0];
        Assert.Equal(new DateOnly(1968, 10, 1), first.Date);
        Assert.Equal(1835.12m, first.Value);
        Assert.Equal(new DateOnly(1961, 7, 18), first.ReferenceDate);
        Assert.Equal(1829.74m, first.ReferenceValue);
        Assert.Equal(new FactInput(IndexIds.N225, new DateOnly(1961, 7, 18), "close", 1829.74m), first.Inputs[1]);
        Assert.Contains("catalogue:", first.Provenance, StringComparison.Ordinal);
    }

    [Fact]
    public void Records_HeldFrom1965_NoRecordLowAboveThe1950Low()
    {
        if (Book(Yahoo) is not { } book) return;

        var records = book.Records("N225");

        Assert.DoesNotContain(records, f => f.Kind is FactKinds.RecordCloseLow or FactKinds.LowestCloseInHeldHistory);
        Assert.DoesNotContain(records, f => f.Kind == FactKinds.RecordClose && f.Date.Year < 1968);
    }

    [Fact]
    public void Day_19650106_IsNotARecord()
    {
        if (Book(Yahoo) is not { } book) return;

        var facts = book.Day("N225", new DateOnly(1965, 1, 6));

        Assert.DoesNotContain(facts, f => f.Kind is FactKinds.RecordClose or FactKinds.RecordIntradayHigh or FactKinds.HighestCloseInHeldHistory);
        var distance = Assert.Single(facts, f => f.Kind == FactKinds.DistanceToRecordPercent);
        Assert.Equal(new DateOnly(1961, 7, 18), distance.ReferenceDate);
    }

    [Fact]
    public void Records_HeldFrom1970_ClaimsRecordsOnlyAfterThe1989CataloguePeak()
    {
        if (Book(Dashboard) is not { } book) return;

        var records = book.Records("N225");

        Assert.DoesNotContain(records, f => f.Kind is FactKinds.RecordClose or FactKinds.FirstCloseAbove && f.Date.Year < 1990);
        var peak = Assert.Single(records, f => f.Kind == FactKinds.HighestCloseInHeldHistory && f.Date == new DateOnly(1989, 12, 29));
        Assert.Equal(new DateOnly(1970, 1, 5), peak.ReferenceDate);
        Assert.Contains(records, f => f.Kind == FactKinds.RecordClose && f.Date == new DateOnly(2024, 2, 22));
    }

    [Fact]
    public void Day_Topix20240301_IsNotARecordBelowThe1989Peak()
    {
        if (Book(TopixDashboard, IndexIds.Topix) is not { } book) return;

        var facts = book.Day("TOPIX", new DateOnly(2024, 3, 1));

        Assert.DoesNotContain(facts, f => f.Kind is FactKinds.RecordClose or FactKinds.HighestCloseInHeldHistory);
        var distance = Assert.Single(facts, f => f.Kind == FactKinds.DistanceToRecordPercent);
        Assert.Equal((2884.80m, new DateOnly(1989, 12, 18)), (distance.ReferenceValue, distance.ReferenceDate));
    }

    [Fact]
    public void Records_Topix_FirstRecordIs20240704AndBeatsThe1989Peak()
    {
        if (Book(TopixDashboard, IndexIds.Topix) is not { } book) return;

        var records = book.Records("TOPIX");

        var first = records.First(f => f.Kind == FactKinds.RecordClose);
        Assert.Equal((new DateOnly(2024, 7, 4), 2898.47m), (first.Date, first.Value));
        Assert.Equal((new DateOnly(1989, 12, 18), 2884.80m), (first.ReferenceDate, first.ReferenceValue));
        Assert.Contains(records, f => f is { Kind: FactKinds.FirstRecordSince } && f.Date == first.Date && f.ReferenceDate == new DateOnly(1989, 12, 18));
        Assert.DoesNotContain(records, f => f.Kind == FactKinds.RecordCloseLow);
    }

    [Fact]
    public void RecordSummary_HeldFrom1965_NewsRecordsNameThe1961And1989Peaks()
    {
        if (Book(Yahoo) is not { } book) return;

        var summary = book.RecordSummary("N225");

        Assert.StartsWith("history held from 1965-01-05", summary.ScopeText, StringComparison.Ordinal);
        Assert.Contains("N225's history starts 1949-05-16", summary.ScopeText, StringComparison.Ordinal);
        var news = summary.Sections[0].Facts;
        Assert.Equal((new DateOnly(1968, 10, 1), new DateOnly(1961, 7, 18)), (news[0].Date, news[0].ReferenceDate));
        Assert.Contains(news, f => f.Date == new DateOnly(2024, 2, 22) && f.ReferenceDate == new DateOnly(1989, 12, 29));
        Assert.Equal(FactKinds.RecordClose, news[^1].Kind);
        var falls = Assert.Single(summary.Sections, s => s.Title == "Largest daily falls by points").Facts;
        Assert.Equal(10, falls.Count);
        Assert.Equal(new DateOnly(2024, 8, 5), falls[0].Date);
    }
}
