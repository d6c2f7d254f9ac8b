using Kabuto.Core.Market;

namespace Kabuto.Data.Tests.Import;

public sealed class MergeTests
{
    private const string Official = "Date of Data,Close,Open,High,Low\n\"2024/01/04\",\"33288.29\",\"33193.05\",\"33568.04\",\"32693.18\"\n";
    private const string Yahoo = "Date,Open,High,Low,Close,Adj Close,Volume\n2024-01-04,33193.05,33568.04,32693.18,33300.00,33300.00,100\n";

    [Fact]
    public void Import_LowerPrecedenceAfterOfficial_DoesNotOverwrite()
    {
        using var f = new Fixture();
        f.Import(f.Write("a/nikkei_stock_average_daily_en.csv", Official));

        f.Import(f.Write("b/^N225.csv", Yahoo));

        Assert.Equal(33288.29m, f.Store.GetDailyBars(IndexIds.N225).Single().Close);
    }

    [Fact]
    public void Import_OfficialAfterVendor_Replaces()
    {
        using var f = new Fixture();
        f.Import(f.Write("b/^N225.csv", Yahoo));

        f.Import(f.Write("a/nikkei_stock_average_daily_en.csv", Official));

        Assert.Equal(33288.29m, f.Store.GetDailyBars(IndexIds.N225).Single().Close);
    }

    [Fact]
    public void Import_SourcesDisagreeBeyondRounding_ReportsFinding()
    {
        using var f = new Fixture();
        f.Import(f.Write("a/nikkei_stock_average_daily_en.csv", Official));

        var result = f.ImportOne(f.Write("b/^N225.csv", Yahoo));

        var finding = Assert.Single(result.Findings);
        Assert.Equal(("source_disagreement", 2, false), (finding.Rule, finding.Line, finding.Quarantined));
    }

    [Fact]
    public void Import_SourcesDifferByRoundingOnly_ReportsNothing()
    {
        using var f = new Fixture();
        f.Import(f.Write("a/nikkei_stock_average_daily_en.csv", Official));

        var result = f.ImportOne(f.Write("b/^N225.csv", Yahoo.Replace("33300.00,33300.00", "33288.2998,33288.2998", StringComparison.Ordinal)));

        Assert.Empty(result.Findings);
    }

    [Fact]
    public void Import_SameFileTwice_InsertsNothingTheSecondTime()
    {
        using var f = new Fixture();
        var path = f.Write("b/^N225.csv", Yahoo);
        f.Import(path);

        var again = f.ImportOne(path);

        Assert.Equal(("unchanged", 0L), (again.Status, again.Inserted));
        Assert.Equal(1, f.Store.Count("daily_bars"));
    }

    [Fact]
    public void Import_SameRowsInChangedFile_InsertsOnlyNewRows()
    {
        using var f = new Fixture();
        var path = f.Write("b/nikkei-225.csv", "date,value\n2024-01-04,1\n");
        f.Import(path);
        File.AppendAllText(path, "2024-01-05,2\n");

        var again = f.ImportOne(path);

        Assert.Equal((2L, 1L), (again.RowsRead, again.Inserted));
    }
}
