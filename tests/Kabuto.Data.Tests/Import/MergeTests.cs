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

    private const string JQuantsList = "Date,Code,CompanyName,CompanyNameEnglish,Sector17Code,Sector17CodeName,Sector33Code,Sector33CodeName,ScaleCategory,MarketCode,MarketCodeName\n"
        + "2025-05-01,94340,ソフトバンク,SoftBank Corp.,10,情報通信・サービスその他,5250,情報･通信業,TOPIX Core30,0111,プライム\n";

    private const string DerivedMembers = "code,name_en,name_ja,sector33_code,sector33_name_ja,sector33_name_en,membership,has_prices,paf_estimate,paf_from_2026_04_01,paf_source,paf_table_latest,paf_table_date,table_dates,ratio_mean,ratio_spread,paf_by_date,note\n"
        + "9434,SoftBank Corp. (shares of preferred stock),ソフトバンク（優先株式）,5250,情報･通信業,Information & Communication,both,yes,10,10,assumed,,,0,,,,\n";

    /// <summary>Issue 12: derived/ before raw/ gave Japanese sector names, raw/ before derived/ the derived file's wrong
    /// name for 9434. Either order: J-Quants' English company name (rank 90), the derived table's English sector name
    /// (an English field takes the English value first), J-Quants' Japanese name and 17-sector fields.</summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Import_InstrumentSourcesInEitherOrder_GiveTheSameInstrument(bool derivedFirst)
    {
        using var f = new Fixture();
        var derived = f.Write("derived/nikkei225-members.csv", DerivedMembers);
        var jquants = f.Write("jquants/stock_list.csv", JQuantsList);

        f.Import(derivedFirst ? derived : jquants);
        f.Import(derivedFirst ? jquants : derived);

        var i = f.Store.GetInstruments().Single();
        Assert.Equal(("9434", "SoftBank Corp.", "ソフトバンク", "5250", "Information & Communication", "情報通信・サービスその他", "TOPIX Core30"),
            (i.Code, i.Name, i.NameJa, i.Sector33Code, i.Sector33Name, i.Sector17Name, i.ScaleCategory));
    }

    /// <summary>Two sources of the same rank disagree: the greater source name is used, whichever was imported last.</summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Import_SameRankSourcesInEitherOrder_PickTheSameRow(bool aFirst)
    {
        using var f = new Fixture();
        var a = f.Write("a/^N225.csv", Yahoo);
        var b = f.Write("b/^N225.csv", Yahoo.Replace("33300.00,33300.00", "33310.00,33310.00", StringComparison.Ordinal));

        f.Import(aFirst ? a : b);
        var second = f.ImportOne(aFirst ? b : a);

        Assert.Equal(33310.00m, f.Store.GetDailyBars(IndexIds.N225).Single().Close);
        var finding = Assert.Single(second.Findings);
        Assert.Equal(("a/^N225.csv", 2, "source_disagreement"), (finding.File, finding.Line, finding.Rule));
        Assert.EndsWith("b/^N225.csv takes precedence", finding.Message, StringComparison.Ordinal);
    }
}
