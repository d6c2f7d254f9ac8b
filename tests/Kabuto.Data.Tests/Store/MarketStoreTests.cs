using Kabuto.Core.Market;
using Kabuto.Data.Store;

namespace Kabuto.Data.Tests.Store;

public sealed class MarketStoreTests
{
    [Fact]
    public void Open_NewFile_AppliesEveryMigration()
    {
        using var f = new Fixture();

        Assert.True(MarketStore.LatestSchemaVersion >= 2);
        Assert.Equal(MarketStore.LatestSchemaVersion, f.Store.SchemaVersion);
    }

    [Fact]
    public void Open_ExistingFile_KeepsData()
    {
        using var f = new Fixture();
        f.Import(f.Write("x/nikkei-225.csv", "date,value\n2024-01-04,33288.29\n"));

        f.Reopen();

        Assert.Equal(33288.29m, f.Store.GetDailyBars(IndexIds.N225).Single().Close);
    }

    [Fact]
    public void GetDailyBars_PublishedDecimals_RoundTripExactly()
    {
        using var f = new Fixture();
        f.Import(f.Write("x/usd-jpy.csv", "date,value\n2026-07-20,158.5385\n2026-07-21,0.0001\n"));

        var bars = f.Store.GetDailyBars(IndexIds.UsdJpy);

        Assert.Equal([158.5385m, 0.0001m], bars.Select(b => b.Close));
    }

    [Fact]
    public void GetDailyBars_Range_IsInclusiveAndAscending()
    {
        using var f = new Fixture();
        f.Import(f.Write("x/nikkei-225.csv", "date,value\n2024-01-04,1\n2024-01-05,2\n2024-01-09,3\n2024-01-10,4\n"));

        var bars = f.Store.GetDailyBars(IndexIds.N225, new DateOnly(2024, 1, 5), new DateOnly(2024, 1, 9));

        Assert.Equal([2m, 3m], bars.Select(b => b.Close));
    }

    [Fact]
    public void ListSeries_CountsEachDateOnceAcrossSources()
    {
        using var f = new Fixture();
        f.Import(f.Write("a/nikkei-225.csv", "date,value\n2024-01-04,1\n2024-01-05,2\n"),
                 f.Write("b/N225.csv", "Date,Open,High,Low,Close,Volume\n2024-01-05,2,2,2,2,5\n2024-01-09,3,3,3,3,5\n"));

        var coverage = f.Store.ListSeries().Single();

        Assert.Equal(new SeriesCoverage(IndexIds.N225, new(2024, 1, 4), new(2024, 1, 9), 3), coverage);
    }

    [Fact]
    public void GetInstruments_CodesFilter_ReturnsOnlyThose()
    {
        using var f = new Fixture();
        f.Import(f.Write("x/stock_list.csv", "コード,銘柄名,市場・商品区分,33業種区分\n1301,極洋,プライム,水産・農林業\n7203,トヨタ自動車,プライム,輸送用機器\n"));

        var instruments = f.Store.GetInstruments(["7203"]);

        Assert.Equal("トヨタ自動車", instruments.Single().NameJa);
    }

    [Fact]
    public void DataVersion_AnotherConnectionImports_Changes()
    {
        using var f = new Fixture();
        using var reader = MarketStore.Open(f.DbPath);
        var before = reader.DataVersion;

        f.Import(f.Write("x/nikkei-225.csv", "date,value\n2024-01-04,33288.29\n"));

        Assert.NotEqual(before, reader.DataVersion);
    }

    [Fact]
    public void DataVersion_NothingWritten_StaysTheSame()
    {
        using var f = new Fixture();
        using var reader = MarketStore.Open(f.DbPath);
        var before = reader.DataVersion;

        _ = f.Store.GetDailyBars(IndexIds.N225);

        Assert.Equal(before, reader.DataVersion);
    }
}
