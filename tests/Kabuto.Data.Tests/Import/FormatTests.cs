using System.IO.Compression;
using System.Text;
using Kabuto.Core.Market;
using Kabuto.Data.Import;

namespace Kabuto.Data.Tests.Import;

public sealed class FormatTests
{
    [Fact]
    public void Import_YahooClassic_RoundsFloatNoiseAndQuarantinesNullRows()
    {
        using var f = new Fixture();
        var path = f.Write("dji-hist/DJI.csv", """
            Date,Open,High,Low,Close,Adj Close,Volume
            2011-03-10,12211.429688,12211.429688,11974.389648,11984.610352,11984.610352,180660000
            2011-03-11,11976.959961,12087.009766,11936.320313,12044.400391,12044.400391,143670000
            2011-03-14,null,null,null,null,null,null
            """);

        var result = f.ImportOne(path);

        Assert.Equal(("ohlc-csv", 3L, 2L, 1L), (result.Format, result.RowsRead, result.Imported, result.Quarantined));
        Assert.Equal(12044.40m, f.Store.GetDailyBars(IndexIds.Djia).Last().Close);
    }

    [Fact]
    public void Import_UciDowJones_StoresRawMemberPrices()
    {
        using var f = new Fixture();
        var path = f.Write("uci/dow_jones_index.csv", """
            quarter,stock,date,open,high,low,close,volume,percent_change_price,percent_change_volume_over_last_wk,previous_weeks_volume,next_weeks_open,next_weeks_close,percent_change_next_weeks_price,days_to_next_dividend,percent_return_next_dividend
            1,AA,1/7/2011,$15.82,$16.72,$15.78,$16.42,239655616,3.79267,,,$16.71,$15.97,-4.42849,26,0.182704
            """);

        f.ImportOne(path);

        Assert.Equal(new MemberBar("AA", new(2011, 1, 7), 15.82m, 16.72m, 15.78m, 16.42m, 239655616m, PriceBasis.Raw), f.Store.GetMemberBars().Single());
    }

    [Fact]
    public void Import_NikkeiOfficial_ReadsCloseFirstAndSkipsCp932Footer()
    {
        using var f = new Fixture();
        var body = "Date of Data,Close,Open,High,Low\n\"2023/01/04\",\"25716.86\",\"25834.93\",\"25840.68\",\"25661.89\"\n";
        var footer = Encoding.ASCII.GetBytes("\"without Nikkei").Concat(new byte[] { 0x81, 0x66 }).Concat(Encoding.ASCII.GetBytes("s permission.\"\n"));
        var path = f.WriteBytes("kabutan/nikkei_stock_average_daily_en.csv", Encoding.ASCII.GetBytes(body).Concat(footer).ToArray());

        var result = f.ImportOne(path);

        Assert.Equal(("nikkei-official", 1L), (result.Format, result.RowsRead));
        Assert.Equal(new DailyBar(new(2023, 1, 4), 25834.93m, 25840.68m, 25661.89m, 25716.86m, null), f.Store.GetDailyBars(IndexIds.N225).Single());
    }

    [Fact]
    public void Import_NikkeiOfficialJapanese_DecodesShiftJisHeader()
    {
        using var f = new Fixture();
        var text = "データ日付,終値,始値,高値,安値\n\"2023/01/04\",\"25716.86\",\"25834.93\",\"25840.68\",\"25661.89\"\n";
        var path = f.WriteBytes("kabutan/nikkei_stock_average_daily_jp.csv", SourceText.ShiftJis.GetBytes(text));

        var result = f.ImportOne(path);

        Assert.Equal(("nikkei-official", 25716.86m), (result.Format, f.Store.GetDailyBars(IndexIds.N225).Single().Close));
    }

    [Fact]
    public void Import_YfinanceIndex_MapsColumnsByHeaderAndTickerToSeries()
    {
        using var f = new Fixture();
        var path = f.Write("tqqq/^SPX.csv", "Price,Adj Close,Close,High,Low,Open,Volume\r\nTicker,^SPX,^SPX,^SPX,^SPX,^SPX,^SPX\r\nDate,,,,,,\r\n2026-02-27,6878.8798828125,6878.8798828125,6882.9599609375,6831.740234375,6856.5400390625,6665660000\r\n");

        f.ImportOne(path);

        Assert.Equal(new DailyBar(new(2026, 2, 27), 6856.54m, 6882.96m, 6831.74m, 6878.88m, 6665660000m), f.Store.GetDailyBars(IndexIds.Spx).Single());
    }

    [Fact]
    public void Import_YfinanceTokyoStock_MarksRowsBeforeExDividendAdjusted()
    {
        using var f = new Fixture();
        var path = f.Write("tse/7203.T.csv", """
            Price,Close,High,Low,Open,Volume
            Ticker,7203.T,7203.T,7203.T,7203.T,7203.T
            Date,,,,,
            2026-03-27,3358.0,3400.5,3300.25,3390.0,1000
            2026-03-30,3300.0,3350.0,3280.0,3340.0,1000
            2026-04-24,3067.0,3133.0,3062.0,3122.0,22659400
            """);

        f.ImportOne(path);

        Assert.Equal([PriceBasis.Adjusted, PriceBasis.Raw, PriceBasis.Raw], f.Store.GetMemberBars(["7203"]).Select(b => b.Basis));
    }

    [Fact]
    public void Import_YfinanceTokyoStockWithAFutureDate_QuarantinesTheRowNamingIt()
    {
        using var f = new Fixture();
        var path = f.Write("tse/7203.T.csv", """
            Price,Close,High,Low,Open,Volume
            Ticker,7203.T,7203.T,7203.T,7203.T,7203.T
            Date,,,,,
            2026-03-30,3300.0,3350.0,3280.0,3340.0,1000
            2926-04-24,3067.0,3133.0,3062.0,3122.0,22659400
            """);

        var result = f.ImportOne(path);

        Assert.Equal((2L, 1L, 1L), (result.RowsRead, result.Imported, result.Quarantined));
        Assert.Contains(result.Findings, x => x.Rule == "bad_date" && x.Line == 5 && x.Message.Contains("future", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_InvestingKorean_ParsesSpacedDatesThousandsAndVolumeSuffix()
    {
        using var f = new Fixture();
        var path = f.Write("kospi/kospi_2015_2026.csv",
            "\uFEFF\"날짜\",\"종가\",\"시가\",\"고가\",\"저가\",\"거래량\",\"변동 %\"\n\"2025- 10- 27\",\"4,042.83\",\"3,986.15\",\"4,042.83\",\"3,976.12\",\"517.00M\",\"2.57%\"");

        f.ImportOne(path);

        Assert.Equal(new DailyBar(new(2025, 10, 27), 3986.15m, 4042.83m, 3976.12m, 4042.83m, 517_000_000m), f.Store.GetDailyBars(IndexIds.Kospi).Single());
    }

    [Fact]
    public void Import_Fred_QuarantinesBlankAndDotHolidayValues()
    {
        using var f = new Fixture();
        var path = f.Write("fred/NASDAQCOM.csv", "observation_date,NASDAQCOM\n2021-05-28,13748.740\n2021-05-31,\n2021-06-01,.\n");

        var result = f.ImportOne(path);

        Assert.Equal((3L, 1L, 2L), (result.RowsRead, result.Imported, result.Quarantined));
    }

    [Fact]
    public void Import_ShiftJisTopixWithTitleLine_ReadsDescendingPaddedRows()
    {
        using var f = new Fixture();
        var text = "ＴＯＰＩＸ,,,,,,,\r\nDate,Time,Open,High,Low,Close,Volume,OI\r\n2022-01-28,00:00:00, 1862.78, 1880.00, 1852.22, 1876.89, 0.00, 0.00\r\n2022-01-27,00:00:00, 1902.24, 1906.22, 1835.26, 1842.44, 0.00, 0.00\r\n";
        var path = f.WriteBytes("topix-stock-model/topix.csv", SourceText.ShiftJis.GetBytes(text));

        var result = f.ImportOne(path);

        Assert.Equal([1842.44m, 1876.89m], f.Store.GetDailyBars(IndexIds.Topix).Select(b => b.Close));
        Assert.Contains(result.Findings, x => x.Rule == "descending_order");
    }

    [Fact]
    public void Import_JQuantsListedInfo_StoresFourCharacterCodesWithSectors()
    {
        using var f = new Fixture();
        var path = f.Write("jq/stock_list.csv", """
            Date,Code,CompanyName,CompanyNameEnglish,Sector17Code,Sector17CodeName,Sector33Code,Sector33CodeName,ScaleCategory,MarketCode,MarketCodeName
            2025-05-01,13010,極洋,"KYOKUYO CO.,LTD.",1,食品,0050,水産・農林業,TOPIX Small 2,0111,プライム
            """);

        f.ImportOne(path);

        var i = f.Store.GetInstruments().Single();
        Assert.Equal(("1301", "KYOKUYO CO.,LTD.", "0050", "TOPIX Small 2", "プライム"), (i.Code, i.Name, i.Sector33Code, i.ScaleCategory, i.MarketSegment));
    }

    [Fact]
    public void Import_JQuantsDailyQuotes_StoresRawPricesTurnoverAndAdjustmentFactor()
    {
        using var f = new Fixture();
        var path = f.Write("jq/13010.csv", """
            Date,Code,Open,High,Low,Close,UpperLimit,LowerLimit,Volume,TurnoverValue,AdjustmentFactor,AdjustmentOpen,AdjustmentHigh,AdjustmentLow,AdjustmentClose,AdjustmentVolume
            2023-06-20,13010,3640.0,3655.0,3635.0,3655.0,0,0,15300.0,55743500.0,1.0,3640.0,3655.0,3635.0,3655.0,15300.0
            """);

        f.ImportOne(path);

        Assert.Equal(new MemberBar("1301", new(2023, 6, 20), 3640m, 3655m, 3635m, 3655m, 15300m, PriceBasis.Raw, 55743500m, 1m), f.Store.GetMemberBars().Single());
    }

    [Theory]
    [InlineData("abc", "1.0")]
    [InlineData("55743500.0", "0")]
    [InlineData("55743500.0", "-0.5")]
    public void Import_JQuantsDailyQuotesBadTurnoverOrFactor_QuarantinesTheRow(string turnover, string factor)
    {
        using var f = new Fixture();
        var path = f.Write("jq/13010.csv", $"""
            Date,Code,Open,High,Low,Close,UpperLimit,LowerLimit,Volume,TurnoverValue,AdjustmentFactor
            2023-06-20,13010,3640.0,3655.0,3635.0,3655.0,0,0,15300.0,{turnover},{factor}
            """);

        f.ImportOne(path);

        Assert.Empty(f.Store.GetMemberBars());
        Assert.Equal(1, f.Store.Count("quarantine"));
    }

    [Fact]
    public void Import_JQuantsAfterJpxList_EnglishNameWins()
    {
        using var f = new Fixture();
        var jpx = f.Write("a/stock_list.csv", "\uFEFFコード,銘柄名,市場・商品区分,33業種区分\r\n1301,極洋,プライム,水産・農林業\r\n");
        var jq = f.Write("b/stock_list.csv", "Date,Code,CompanyName,CompanyNameEnglish,Sector17Code,Sector17CodeName,Sector33Code,Sector33CodeName,ScaleCategory,MarketCode,MarketCodeName\n2025-05-01,13010,極洋,KYOKUYO,1,食品,0050,水産・農林業,TOPIX Small 2,0111,プライム\n");

        f.Import(jpx, jq);

        Assert.Equal(("KYOKUYO", "極洋"), (f.Store.GetInstruments().Single().Name, f.Store.GetInstruments().Single().NameJa));
    }

    [Fact]
    public void Import_LeanTradeZip_StoresEveryTick()
    {
        using var f = new Fixture();
        var path = Path.Combine(Path.GetDirectoryName(f.DbPath)!, "spy", "20131007_trade.zip");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(zip.CreateEntry("20131007_spy_Trade_Tick.csv").Open());
            writer.Write("14400464,1674100,100,P,20002000,0\n14400465,1674100,1400,P,20002000,0\nbroken\n");
        }

        var result = f.ImportOne(path);

        Assert.Equal(("lean-ticks", 3L, 2L, 1L), (result.Format, result.RowsRead, result.Inserted, result.Quarantined));
        Assert.Equal(2, f.Store.Count("ticks"));
    }

    [Fact]
    public void Import_DerivedMembers_WritesInstrumentAndMembershipWithPafChange()
    {
        using var f = new Fixture();
        var path = f.Write("derived/nikkei225-members.csv", """
            code,name_en,name_ja,sector33_code,sector33_name_ja,sector33_name_en,membership,has_prices,paf_estimate,paf_from_2026_04_01,paf_source,paf_table_latest,paf_table_date,table_dates,ratio_mean,ratio_spread,paf_by_date,note
            6857,ADVANTEST CORPORATION,アドバンテスト,3650,電気機器,Electric Appliances,both,yes,8.0,7.2,fact+kabukabu,8,2026-03-06,1,,,,
            """);

        var result = f.ImportOne(path);

        Assert.Equal((1L, 3L), (result.RowsRead, result.Inserted));
        Assert.Equal(2, f.Store.Count("index_membership"));
    }

    [Fact]
    public void Import_UnknownExplicitFile_FailsNamingFileAndFix()
    {
        using var f = new Fixture();
        var path = f.Write("x/notes.csv", "hello,world\n1,2\n");

        var e = Assert.Throws<Kabuto.Core.Errors.UserInputException>(() => f.Import(path));

        Assert.Contains("notes.csv:1", e.Message, StringComparison.Ordinal);
        Assert.Contains("--format", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_UnknownFileInFolder_IsSkippedWithReason()
    {
        using var f = new Fixture();
        f.Write("data/notes.csv", "hello,world\n1,2\n");

        var result = f.Import(Path.Combine(Path.GetDirectoryName(f.DbPath)!, "data")).Files.Single();

        Assert.Equal("skipped", result.Status);
    }

    [Fact]
    public void Import_BinaryAndEmptyFilesInFolder_AreSkippedSayingWhy()
    {
        using var f = new Fixture();
        f.WriteBytes("data/blob.csv", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00, 0x08, 0x00]);
        f.Write("data/empty.csv", string.Empty);

        var results = f.Import(Path.Combine(Path.GetDirectoryName(f.DbPath)!, "data")).Files;

        Assert.Equal(
            [("blob.csv", "skipped", "the file is binary (not text)"), ("empty.csv", "skipped", "the file is empty")],
            results.Select(r => (Path.GetFileName(r.Path), r.Status, r.Reason)));
    }

    [Fact]
    public void Import_ForcedFormatLackingItsColumns_SaysSoInWords()
    {
        using var f = new Fixture();
        var path = f.Write("x/members.csv", "code,name_en\n7203,TOYOTA\n");

        var e = Assert.Throws<Kabuto.Core.Errors.UserInputException>(() => new ImportService(f.Store).Import([path], "derived-members"));

        Assert.Contains("members.csv: derived-members could not be read (a column or field the format needs is missing)", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_BadFileAfterGoodOnes_SaysNothingWasImportedAndLeavesTheStoreEmpty()
    {
        using var f = new Fixture();
        var good = f.Write("a/nikkei-225.csv", "date,value\n2024-01-04,33288.29\n");
        var bad = f.Write("b/notes.csv", "hello,world\n1,2\n");

        var e = Assert.Throws<Kabuto.Core.Errors.UserInputException>(() => f.Import(good, bad));

        Assert.StartsWith($"{bad}:1: format", e.Message, StringComparison.Ordinal);
        Assert.EndsWith("; nothing was imported (the 2 files are one transaction): fix notes.csv or leave it out and run the import again", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, f.Store.Count("daily_bars"));
    }

    [Theory]
    [InlineData("^N225.csv", "N225")]
    [InlineData("nikkei_stock_average_daily_jp.csv", "N225")]
    [InlineData("topix.csv", "TOPIX")]
    [InlineData("JPY=X.csv", "USDJPY")]
    [InlineData("^GSPC.csv", "SPX")]
    [InlineData("kospi_1996_2015.csv", "KOSPI")]
    [InlineData("hs300_idx.csv", "CSI300")]
    [InlineData("^TWII.csv", "TWII")]
    public void FromName_KnownFileNames_MapToSeries(string name, string series)
    {
        Assert.Equal(series, SeriesCatalog.FromName(name));
    }
}
