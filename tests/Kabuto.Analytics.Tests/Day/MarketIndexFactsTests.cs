using Kabuto.Analytics.Day;
using Kabuto.Analytics.Facts;
using Kabuto.Core.Market;

namespace Kabuto.Analytics.Tests.Day;

/// <summary>The J-Quants indices beyond the 33 sectors, as facts of a Tokyo day: the Growth Market 250 and Prime market
/// indices (their own day facts) and the TOPIX-17 ranking (on TOPIX's day, like the 33 sectors).</summary>
public sealed class MarketIndexFactsTests
{
    private static readonly DateOnly Tuesday = new(2026, 3, 17);
    private static readonly DateOnly Wednesday = new(2026, 3, 18);

    private static InMemoryMarketData Tokyo() => new InMemoryMarketData()
        .AddBars(IndexIds.N225, [DailyBar.CloseOnly(Tuesday, 53000m), DailyBar.CloseOnly(Wednesday, 53500m)])
        .AddBars(IndexIds.Topix, [DailyBar.CloseOnly(Tuesday, 3600m), DailyBar.CloseOnly(Wednesday, 3620m)]);

    [Fact]
    public void Day_Tokyo_Growth250Held_GivesItsCloseChangeAndPercent()
    {
        var data = Tokyo().AddBars(JpxIndices.Growth250.SeriesId, [DailyBar.CloseOnly(Tuesday, 680.12m), DailyBar.CloseOnly(Wednesday, 676.48m)]);

        var facts = new FactBook(data).Day("tokyo", Wednesday);

        var growth = facts.Where(f => f.Index == "JPX-0070").ToDictionary(f => f.Kind, f => f);
        Assert.Equal(676.48m, growth[FactKinds.Close].Value);
        Assert.Equal(-3.64m, growth[FactKinds.ChangePoints].Value);
        Assert.Equal(-0.54m, growth[FactKinds.ChangePercent].Value);
        Assert.Equal("JPX-0070:2026-03-18:close:change_pct", growth[FactKinds.ChangePercent].Id);
    }

    [Fact]
    public void Day_Tokyo_Growth250NotHeldThatDay_GivesNoGrowthFact()
    {
        var data = Tokyo().AddBars(JpxIndices.Growth250.SeriesId, [DailyBar.CloseOnly(Tuesday, 680.12m)]);

        var facts = new FactBook(data).Day("tokyo", Wednesday);

        Assert.DoesNotContain(facts, f => f.Index == "JPX-0070");
    }

    [Fact]
    public void Day_Tokyo_Growth250AfterAMissingSession_GivesNoDailyChange()
    {
        // Monday 16 March and Tuesday are trading days: a Growth 250 row of Friday then Wednesday skips two sessions.
        var data = Tokyo().AddBars(JpxIndices.Growth250.SeriesId,
            [DailyBar.CloseOnly(new DateOnly(2026, 3, 13), 690m), DailyBar.CloseOnly(Wednesday, 676.48m)]);

        var growth = new FactBook(data).Day("tokyo", Wednesday).Where(f => f.Index == "JPX-0070").ToList();

        Assert.DoesNotContain(growth, f => f.Kind == FactKinds.ChangePercent);
        Assert.Equal(2m, Assert.Single(growth, f => f.Kind == FactKinds.MissingSessionsBefore).Value);
    }

    [Fact]
    public void Day_Tokyo_PrimeMarketIndexHeld_GivesItsDayToo()
    {
        var data = Tokyo().AddBars(JpxIndices.PrimeMarket.SeriesId, [DailyBar.CloseOnly(Tuesday, 1800m), DailyBar.CloseOnly(Wednesday, 1809m)]);

        var facts = new FactBook(data).Day("tokyo", Wednesday);

        Assert.Equal(0.50m, Assert.Single(facts, f => f is { Index: "JPX-0500", Kind: FactKinds.ChangePercent }).Value);
    }

    [Fact]
    public void Day_Tokyo_Topix17Held_RanksTheSeriesBestFirstWithTheirNames()
    {
        var data = Tokyo();
        foreach (var (index, i) in JpxIndices.Topix17.Select((x, i) => (x, i)))
        {
            // Series i moves (i - 8) tenths of a percent: Real Estate (i = 16) leads, Foods (i = 0) is the weakest.
            data.AddBars(index.SeriesId, [DailyBar.CloseOnly(Tuesday, 1000m), DailyBar.CloseOnly(Wednesday, 1000m + (i - 8))]);
        }

        var facts = new FactBook(data).Day("tokyo", Wednesday);

        var ranks = facts.Where(f => f.Kind == FactKinds.Sector17Rank).OrderBy(f => f.Value).ToList();
        Assert.Equal(17, ranks.Count);
        Assert.Equal(("17", "Real Estate", IndexIds.Topix), (ranks[0].Subject, ranks[0].SubjectName, ranks[0].Index));
        Assert.Equal(("1", "Foods"), (ranks[^1].Subject, ranks[^1].SubjectName));
        var best = Assert.Single(facts, f => f is { Kind: FactKinds.Sector17ChangePercent, Subject: "17" });
        Assert.Equal((0.80m, "topix17_index:JPX-0090"), (best.Value, best.Provenance));
        Assert.DoesNotContain(facts, f => f.Kind == FactKinds.SectorRank);
    }

    [Fact]
    public void Digest_TokyoDay_ListsGrowth250InItsOwnSectionNotAmongTheIndexLines()
    {
        var data = Tokyo().AddBars(JpxIndices.Growth250.SeriesId, [DailyBar.CloseOnly(Tuesday, 680.12m), DailyBar.CloseOnly(Wednesday, 676.48m)]);

        var sections = DayDigest.Build(new FactBook(data).Day("tokyo", Wednesday));

        var markets = Assert.Single(sections, s => s.Key == DayDigest.MarketIndicesKey);
        Assert.Contains(markets.Facts, f => f is { Index: "JPX-0070", Kind: FactKinds.ChangePercent });
        Assert.DoesNotContain(sections.Single(s => s.Key == DayDigest.IndexKey).Facts, f => f.Index == "JPX-0070");
    }
}
