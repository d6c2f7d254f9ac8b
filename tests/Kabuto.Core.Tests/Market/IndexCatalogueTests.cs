using System.Globalization;
using Kabuto.Core.Market;

namespace Kabuto.Core.Tests.Market;

/// <summary>The index catalogue: when a held history is complete, and which published extremes precede it.</summary>
public sealed class IndexCatalogueTests
{
    [Fact]
    public void Scope_TopixHeldFrom2001_IsIncompleteWithThe1989Peak()
    {
        var scope = IndexCatalogue.Scope(IndexIds.Topix, new DateOnly(2001, 6, 25));

        Assert.False(scope.IsComplete);
        Assert.Equal((new DateOnly(1989, 12, 18), 2884.80m), (scope.PriorHighestClose!.Date, scope.PriorHighestClose.Value));
        Assert.Equal(2885.50m, scope.PriorHighestPrint!.Value);
        Assert.False(scope.KnowsLows);
    }

    [Fact]
    public void Scope_N225HeldFrom1965_KnowsThe1961PeakAndThe1950Low()
    {
        var scope = IndexCatalogue.Scope(IndexIds.N225, new DateOnly(1965, 1, 5));

        Assert.Equal((1829.74m, new DateOnly(1961, 7, 18)), (scope.PriorHighestClose!.Value, scope.PriorHighestClose.Date));
        Assert.Equal(ExtremeKind.HighestClose, scope.PriorHighestPrint!.Kind);
        Assert.Equal(85.25m, scope.PriorLowestClose!.Value);
    }

    [Fact]
    public void Scope_N225HeldFrom2024_KnowsThe1989PeakUntilItFell()
    {
        var before = IndexCatalogue.Scope(IndexIds.N225, new DateOnly(2024, 2, 19));
        var after = IndexCatalogue.Scope(IndexIds.N225, new DateOnly(2024, 3, 1));

        Assert.Equal(38915.87m, before.PriorHighestClose!.Value);
        Assert.Null(after.PriorHighestClose);
        Assert.False(after.KnowsHighs);
    }

    [Theory]
    [InlineData(IndexIds.Spx, "1927-12-30", true)]
    [InlineData(IndexIds.Csi300, "2005-01-04", true)]
    [InlineData(IndexIds.Asx200, "1992-11-23", true)]
    [InlineData(IndexIds.Nasdaq, "1971-02-05", true)]
    [InlineData(IndexIds.Djia, "1985-01-29", false)]
    [InlineData(IndexIds.Csi300, "2005-01-20", false)]
    [InlineData(IndexIds.Sti, "1987-12-28", false)]
    [InlineData("TWII", "2025-09-08", false)]
    [InlineData(IndexIds.UsdJpy, "1971-01-04", true)]
    public void Scope_FirstRowWithinTenDaysOfTheStart_IsComplete(string index, string firstHeld, bool complete)
    {
        var scope = IndexCatalogue.Scope(index, DateOnly.Parse(firstHeld, CultureInfo.InvariantCulture));

        Assert.Equal(complete, scope.IsComplete);
    }

    [Fact]
    public void Scope_UnknownSeries_IsIncompleteWithNoKnownExtremes()
    {
        var scope = IndexCatalogue.Scope("TWII", new DateOnly(2025, 9, 8));

        Assert.False(scope.KnowsHighs);
        Assert.False(scope.KnowsLows);
        Assert.Null(scope.HistoryStart);
    }

    [Fact]
    public void Catalogue_EveryProductIndex_HasAnEntry()
    {
        Assert.All(IndexIds.All, id => Assert.NotNull(IndexCatalogue.Find(id)));
    }
}
