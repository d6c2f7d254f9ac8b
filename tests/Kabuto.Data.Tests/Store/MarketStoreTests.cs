using Kabuto.Core.Errors;
using Kabuto.Core.Market;
using Kabuto.Data.Store;
using Kabuto.TestSupport;

namespace Kabuto.Data.Tests.Store;

public sealed class MarketStoreTests
{
    [Fact]
    public void Open_NewFile_AppliesEveryMigration()
    {
        using var f = new Fixture();

        Assert.True(SqliteMigrations.Latest >= 2);
        Assert.Equal(SqliteMigrations.Latest, f.Store.SchemaVersion);
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
    public void OpenToRead_FileWithoutWritePermission_OpensReadOnlyAndReads()
    {
        using var f = new Fixture();
        f.Import(f.Write("x/nikkei-225.csv", "date,value\n2024-01-04,33288.29\n"));
        f.Store.Dispose();
        ReadOnlyFile.Make(f.DbPath);

        using var store = MarketStore.OpenToRead(f.DbPath);

        Assert.True(store.IsReadOnly);
        Assert.Equal(33288.29m, store.GetDailyBars(IndexIds.N225).Single().Close);
    }

    [Fact]
    public void OpenToRead_WritableFile_OpensToWrite()
    {
        using var f = new Fixture();

        using var store = MarketStore.OpenToRead(f.DbPath);

        Assert.False(store.IsReadOnly);
    }

    [Fact]
    public void Open_FileWithoutWritePermission_ThrowsNamingTheFix()
    {
        using var f = new Fixture();
        f.Store.Dispose();
        ReadOnlyFile.Make(f.DbPath);

        var e = Assert.Throws<UserInputException>(() => MarketStore.Open(f.DbPath));

        Assert.Equal($"{f.DbPath}: database is read-only; make it writable (chmod u+w {f.DbPath}) or pass another --db", e.Message);
    }

    [Fact]
    public void OpenToRead_ReadOnlyStoreOfAnOlderSchema_ThrowsWithoutMigrating()
    {
        using var f = new Fixture();
        f.Store.Dispose();
        using (var old = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={f.DbPath};Pooling=False"))
        {
            old.Open();
            using var downgrade = old.CreateCommand();
            downgrade.CommandText = "DROP TABLE session_levels; DELETE FROM schema_version WHERE version >= 5;";
            downgrade.ExecuteNonQuery();
        }

        ReadOnlyFile.Make(f.DbPath);

        var e = Assert.Throws<UserInputException>(() => MarketStore.OpenToRead(f.DbPath));

        Assert.Contains($"is read-only and at schema version 4, older than this kabuto's {SqliteMigrations.Latest}", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OpenToRead_Folder_ThrowsSayingItIsAFolder()
    {
        using var dir = new TempDirectory();

        var e = Assert.Throws<UserInputException>(() => MarketStore.OpenToRead(dir.Path));

        Assert.Contains("database is a folder", e.Message, StringComparison.Ordinal);
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

public sealed class MemberPricesMigrationTests
{
    [Fact]
    public void Open_VersionTwoStore_MigratesMemberPricesAndBestBarsWithoutLoss()
    {
        using var dir = new Kabuto.TestSupport.TempDirectory();
        var path = dir.File("v2.db");
        using (var old = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False"))
        {
            old.Open();
            using var create = old.CreateCommand();
            create.CommandText = """
                CREATE TABLE schema_version(version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_utc TEXT NOT NULL);
                INSERT INTO schema_version VALUES (1, 'initial', '2026-01-01'), (2, 'ticks', '2026-01-01');
                CREATE TABLE member_prices(code TEXT NOT NULL, date TEXT NOT NULL, source TEXT NOT NULL, rank INTEGER NOT NULL,
                    basis TEXT NOT NULL, open REAL, high REAL, low REAL, close REAL NOT NULL, volume REAL,
                    import_id INTEGER NOT NULL, line INTEGER NOT NULL, PRIMARY KEY(date, code, source)) WITHOUT ROWID;
                INSERT INTO member_prices VALUES
                    ('7203', '2026-03-18', 'yf/7203.T.csv', 1, 'Adjusted', NULL, NULL, NULL, 3358.0, NULL, 1, 12),
                    ('7203', '2026-03-18', 'jq/daily.csv', 3, 'Raw', 3390.0, 3420.0, 3350.0, 3408.0, 1000.0, 2, 5),
                    ('6857', '2026-03-19', 'jq/daily.csv', 3, 'Raw', NULL, NULL, NULL, 21000.0, NULL, 2, 6);
                CREATE TABLE daily_bars(series_id TEXT NOT NULL, date TEXT NOT NULL, source TEXT NOT NULL, rank INTEGER NOT NULL,
                    open REAL, high REAL, low REAL, close REAL NOT NULL, volume REAL, import_id INTEGER NOT NULL, line INTEGER NOT NULL,
                    PRIMARY KEY(series_id, date, source)) WITHOUT ROWID;
                INSERT INTO daily_bars VALUES
                    ('N225', '2024-03-01', 'yahoo/^N225.csv', 1, NULL, NULL, NULL, 39910.80, NULL, 3, 9),
                    ('N225', '2024-03-01', 'nikkei/official.csv', 5, NULL, NULL, NULL, 39910.82, NULL, 4, 2),
                    ('N225', '2024-03-04', 'yahoo/^N225.csv', 1, NULL, NULL, NULL, 40109.23, NULL, 3, 10);
                """;
            create.ExecuteNonQuery();
        }

        using var store = MarketStore.Open(path);
        var bars = store.GetMemberBars();

        Assert.Equal(SqliteMigrations.Latest, store.SchemaVersion);
        Assert.Equal(
            [("7203", new DateOnly(2026, 3, 18), 3408m, PriceBasis.Raw), ("6857", new DateOnly(2026, 3, 19), 21000m, PriceBasis.Raw)],
            bars.Select(b => (b.Code, b.Date, b.Close, b.Basis)));
        Assert.Equal(3, store.Count("member_prices"));
        Assert.Equal([39910.82m, 40109.23m], store.GetDailyBars(IndexIds.N225).Select(b => b.Close));
        Assert.Equal(new SeriesCoverage(IndexIds.N225, new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 4), 2), store.ListSeries().Single());
    }
}

public sealed class SessionLevelsMigrationTests
{
    [Fact]
    public void Open_VersionFourStore_AddsEmptySessionLevelsAndKeepsBars()
    {
        using var f = new Fixture();
        f.Import(f.Write("x/nikkei-225.csv", "date,value\n2024-01-04,33288.29\n"));
        using (var old = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={f.DbPath};Pooling=False"))
        {
            old.Open();
            using var downgrade = old.CreateCommand();
            downgrade.CommandText = """
                DROP TABLE session_levels; ALTER TABLE member_prices DROP COLUMN turnover_value; ALTER TABLE member_prices DROP COLUMN adjustment_factor;
                DELETE FROM schema_version WHERE version >= 5;
                """;
            downgrade.ExecuteNonQuery();
        }

        f.Reopen();

        Assert.Equal((SqliteMigrations.Latest, 0L), (f.Store.SchemaVersion, f.Store.Count("session_levels")));
        Assert.Equal(33288.29m, f.Store.GetDailyBars(IndexIds.N225).Single().Close);
    }
}
