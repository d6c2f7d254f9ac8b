using Kabuto.Core.Errors;
using Kabuto.Core.Market;
using Kabuto.Data.Import;

namespace Kabuto.Data.Tests.Import;

public sealed class SessionLevelsTests
{
    private const string Header = "date,index,session,time_jst,level,change_points,change_pct,decimals,source,url";

    private const string Levels = $"""
        {Header}
        2025-10-29,N225,intraday,09:37,50909.17,689.99,1.37,2,Jiji,https://japannews.yomiuri.co.jp/x
        2025-10-29,N225,morning_close,11:30,51249,1030,,0,nsjournal (前引け report),https://www.nsjournal.jp/
        2025-10-29,TOPIX,morning_close,11:30,3287,2,,0,nsjournal (前引け report),
        """;

    [Fact]
    public void Import_ExactHeaderUnderAnyFileName_IsDetectedAsSessionLevels()
    {
        using var f = new Fixture();

        var result = f.ImportOne(f.Write("notes/whatever.csv", Levels));

        Assert.Equal(("session-levels", "imported", 3L, 3L, 0L), (result.Format, result.Status, result.RowsRead, result.Inserted, result.Quarantined));
    }

    [Fact]
    public void Import_HeaderWithAnotherColumnOrder_IsNotRecognised()
    {
        using var f = new Fixture();
        f.Write("notes/levels.csv", "index,date,session,time_jst,level,change_points,change_pct,decimals,source,url\nN225,2025-10-29,intraday,09:37,1,,,0,x,\n");

        var result = f.Import(Path.Combine(Path.GetDirectoryName(f.DbPath)!, "notes")).Files.Single();

        Assert.Equal("skipped", result.Status);
    }

    [Fact]
    public void Import_MorningCloseWithBlankChangePct_StoresEveryFieldAsPrinted()
    {
        using var f = new Fixture();
        f.Import(f.Write("p/levels.csv", Levels));

        var levels = f.Store.GetSessionLevels(IndexIds.N225, new DateOnly(2025, 10, 29));

        Assert.Equal(
            [
                new PublishedSessionLevel(IndexIds.N225, new(2025, 10, 29), PublishedSessions.Intraday, new(9, 37), 50909.17m, 689.99m, 1.37m, 2,
                    "Jiji", "https://japannews.yomiuri.co.jp/x"),
                new PublishedSessionLevel(IndexIds.N225, new(2025, 10, 29), PublishedSessions.MorningClose, new(11, 30), 51249m, 1030m, null, 0,
                    "nsjournal (前引け report)", "https://www.nsjournal.jp/"),
            ],
            levels);
    }

    [Fact]
    public void Import_MorningCloseWithoutTime_IsTheElevenThirtyLevel()
    {
        using var f = new Fixture();
        f.Import(f.Write("p/levels.csv", $"{Header}\n2024-03-01,TOPIX,morning_close,,2706,30,,0,nsjournal,\n"));

        var level = f.Store.GetSessionLevels(IndexIds.Topix, new DateOnly(2024, 3, 1)).Single();

        Assert.Equal((new TimeOnly(11, 30), (string?)null), (level.TimeJst, level.Url));
    }

    [Theory]
    [InlineData("2025-10-29,NIKKEI,intraday,09:37,50909.17,,,2,Jiji,", "unknown_symbol", "NIKKEI")]
    [InlineData("2025-13-29,N225,intraday,09:37,50909.17,,,2,Jiji,", "bad_date", "2025-13-29")]
    [InlineData("2025-10-29,N225,intraday,9:7x,50909.17,,,2,Jiji,", "bad_value", "9:7x")]
    [InlineData("2025-10-29,N225,intraday,,50909.17,,,2,Jiji,", "bad_value", "")]
    [InlineData("2025-10-29,N225,morning_close,10:46,50909.17,,,2,Jiji,", "bad_value", "10:46")]
    [InlineData("2025-10-29,N225,close,15:30,50909.17,,,2,Jiji,", "bad_value", "close")]
    [InlineData("2025-10-29,N225,intraday,09:37,0,,,2,Jiji,", "bad_value", "0")]
    [InlineData("2025-10-29,N225,intraday,09:37,-5,,,2,Jiji,", "bad_value", "-5")]
    [InlineData("2025-10-29,N225,intraday,09:37,50909.17,,,5,Jiji,", "bad_value", "5")]
    [InlineData("2025-10-29,N225,intraday,09:37,50909.17,,,1.5,Jiji,", "bad_value", "1.5")]
    [InlineData("2025-10-29,N225,intraday,09:37,50909.17,,,0,Jiji,", "bad_value", "50909.17")]
    [InlineData("2025-10-29,N225,intraday,09:37,50909.17,abc,,2,Jiji,", "bad_value", "abc")]
    [InlineData("2025-10-29,N225,intraday,09:37,50909.17,,,2,,", "missing_value", null)]
    [InlineData("2025-10-29,N225,intraday,09:37,50909.17,,,2,Jiji,https://x/?a=1,b=2", "short_row", "11")]
    public void Import_BadRow_IsQuarantinedNamingTheValue(string row, string rule, string? value)
    {
        using var f = new Fixture();

        var result = f.ImportOne(f.Write("p/levels.csv", $"{Header}\n2025-10-29,N225,intraday,10:00,51000.5,,,1,Jiji,\n{row}\n"));

        var finding = Assert.Single(result.Findings);
        Assert.Equal((2L, 1L, 1L), (result.RowsRead, result.Imported, result.Quarantined));
        Assert.Equal((3, rule, value, true), (finding.Line, finding.Rule, finding.Value, finding.Quarantined));
        Assert.Contains(value ?? "missing", finding.Message, StringComparison.Ordinal);
        Assert.Equal(1, f.Store.Count("quarantine"));
    }

    [Fact]
    public void Import_SameKeyTwiceInOneFile_QuarantinesTheSecondNamingTheFirst()
    {
        using var f = new Fixture();

        var result = f.ImportOne(f.Write("p/levels.csv", $"{Header}\n2026-02-10,N225,intraday,10:20,57760.09,,2.5,2,Reuters,\n2026-02-10,N225,intraday,10:20,57761.00,,2.5,2,Reuters,\n"));

        var finding = Assert.Single(result.Findings);
        Assert.Equal((3, "duplicate_date"), (finding.Line, finding.Rule));
        Assert.Contains("line 2", finding.Message, StringComparison.Ordinal);
        Assert.Equal(57760.09m, f.Store.GetSessionLevels(IndexIds.N225, new DateOnly(2026, 2, 10)).Single().Level);
    }

    [Fact]
    public void Import_SameFileTwice_IsUnchangedTheSecondTime()
    {
        using var f = new Fixture();
        var path = f.Write("p/levels.csv", Levels);
        f.Import(path);

        var again = f.ImportOne(path);

        Assert.Equal(("unchanged", 0L), (again.Status, again.Inserted));
        Assert.Equal(3, f.Store.Count("session_levels"));
    }

    [Fact]
    public void Import_SameRowsInAnotherFile_InsertsNothing()
    {
        using var f = new Fixture();
        f.Import(f.Write("a/levels.csv", Levels));

        var copy = f.ImportOne(f.Write("b/levels.csv", Levels + "\n"));

        Assert.Equal(("imported", 3L, 0L), (copy.Status, copy.RowsRead, copy.Inserted));
        Assert.Equal(3, f.Store.Count("session_levels"));
    }

    [Fact]
    public void Import_CorrectedLevelFromTheSameOutlet_ReplacesTheStoredOne()
    {
        using var f = new Fixture();
        var path = f.Write("p/levels.csv", Levels);
        f.Import(path);
        File.WriteAllText(path, Levels.Replace("50909.17", "50919.17", StringComparison.Ordinal));

        var again = f.ImportOne(path);

        Assert.Equal(1L, again.Inserted);
        Assert.Equal(50919.17m, f.Store.GetSessionLevels(IndexIds.N225, new DateOnly(2025, 10, 29))[0].Level);
    }

    [Fact]
    public void Import_LaterFileFails_StoresNoSessionLevels()
    {
        using var f = new Fixture();
        var levels = f.Write("p/levels.csv", Levels);
        var broken = f.Write("q/notes.csv", "hello,world\n");

        Assert.Throws<UserInputException>(() => f.Import(levels, broken));

        Assert.Equal((0L, 0L), (f.Store.Count("session_levels"), f.Store.Count("imports")));
    }
}
