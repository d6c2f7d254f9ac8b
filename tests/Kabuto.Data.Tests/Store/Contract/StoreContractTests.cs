using Kabuto.Core.Errors;
using Kabuto.Core.Market;
using Kabuto.Data.Fetch;
using Kabuto.Data.Import;
using Kabuto.Data.Store;
using Kabuto.TestSupport;

namespace Kabuto.Data.Tests.Store.Contract;

/// <summary>What every store adapter must do, run against each (<see cref="SqliteStoreContractTests"/>,
/// <see cref="PostgresStoreContractTests"/>): writes read back exactly, precedence of sources whatever the import
/// order, idempotent re-import, imports from several connections at once, quarantine, session levels, migrations, a
/// failed import that leaves the store as it was. Stores are opened the way the CLI opens them: by a --db value.</summary>
public abstract class StoreContractTests : IDisposable
{
    private const string Yahoo = "Date,Open,High,Low,Close,Adj Close,Volume\n";
    private const string Official = "Date of Data,Close,Open,High,Low\n\"2024/01/04\",\"33288.29\",\"33193.05\",\"33568.04\",\"32693.18\"\n";
    private const string SessionHeader = "date,index,session,time_jst,level,change_points,change_pct,decimals,source,url\n";
    private const string JQuantsQuotes = "Date,Code,Open,High,Low,Close,UpperLimit,LowerLimit,Volume,TurnoverValue,AdjustmentFactor,AdjustmentOpen,AdjustmentHigh,AdjustmentLow,AdjustmentClose,AdjustmentVolume\n";
    private const string JQuantsList = "Date,Code,CompanyName,CompanyNameEnglish,Sector17Code,Sector17CodeName,Sector33Code,Sector33CodeName,ScaleCategory,MarketCode,MarketCodeName\n";

    private readonly TempDirectory _files = new();

    /// <summary>The --db value of a new, empty store; null when the adapter's server is missing outside CI (the test
    /// returns early; in CI it fails instead).</summary>
    protected abstract string? NewLocation();

    /// <summary>Turns the store at <paramref name="db"/> back into one from before member prices carried turnover and the
    /// adjustment factor (drops the two columns and the migration's schema_version row), as a store of an older kabuto.</summary>
    protected abstract void DowngradeToBeforeTurnover(string db);

    [Fact]
    public void Import_JQuantsQuotes_KeepsTurnoverAndAdjustmentFactorAndAFileWithoutThemStoresNull()
    {
        if (NewLocation() is not { } db)
        {
            return;
        }

        using var store = MarketStore.Open(db);
        Import(store,
            Write("jq/split.csv", JQuantsQuotes + "2024-04-01,72030,1000.0,1010.0,990.0,1005.0,0,0,2000000.0,2010000000.0,0.2,200.0,202.0,198.0,201.0,10000000.0\n"),
            Write("old/daily_quotes.csv", "Date,Code,Open,High,Low,Close,UpperLimit,LowerLimit,Volume\n2024-04-01,67580,5000,5100,4900,5050,0,0,300\n"));

        Assert.Equal(
            [
                new MemberBar("6758", new(2024, 4, 1), 5000m, 5100m, 4900m, 5050m, 300m, PriceBasis.Raw),
                new MemberBar("7203", new(2024, 4, 1), 1000m, 1010m, 990m, 1005m, 2000000m, PriceBasis.Raw, 2010000000m, 0.2m),
            ],
            store.GetMemberBars());
    }

    [Fact]
    public void Open_StoreFromBeforeTurnover_UpgradesInPlaceKeepingItsRowsAndReadsNewOnesWithTurnover()
    {
        if (NewLocation() is not { } db)
        {
            return;
        }

        using (var before = MarketStore.Open(db))
        {
            Import(before, Write("jq/2024-04-01.csv", JQuantsQuotes + "2024-04-01,72030,1000,1010,990,1005,0,0,2000000,2010000000,1,1000,1010,990,1005,2000000\n"));
        }

        DowngradeToBeforeTurnover(db);
        using var store = MarketStore.Open(db);
        var again = Import(store, Write("jq/2024-04-01.csv", JQuantsQuotes + "2024-04-01,72030,1000,1010,990,1005,0,0,2000000,2010000000,1,1000,1010,990,1005,2000000\n"));
        Import(store, Write("jq/2024-04-02.csv", JQuantsQuotes + "2024-04-02,72030,510,512,500,505,0,0,4000000,2020000000,0.5,510,512,500,505,4000000\n"));

        Assert.Equal((store.LatestSchemaVersion, store.LatestSchemaVersion), (store.SchemaVersion, store.Count("schema_version")));
        Assert.Equal(0, again.Files.Single().Inserted);
        Assert.Equal(
            [
                new MemberBar("7203", new(2024, 4, 1), 1000m, 1010m, 990m, 1005m, 2000000m, PriceBasis.Raw),
                new MemberBar("7203", new(2024, 4, 2), 510m, 512m, 500m, 505m, 4000000m, PriceBasis.Raw, 2020000000m, 0.5m),
            ],
            store.GetMemberBars());
    }

    [Fact]
    public void Open_NewStore_AppliesEveryMigrationOnce()
    {
        if (NewLocation() is not { } db)
        {
            return;
        }

        using (var store = MarketStore.Open(db))
        {
            Assert.True(store.LatestSchemaVersion >= 1);
            Assert.Equal(store.LatestSchemaVersion, store.SchemaVersion);
            Import(store, Write("x/nikkei-225.csv", "date,value\n2024-01-04,33288.29\n"));
        }

        using var reopened = MarketStore.Open(db);
        Assert.Equal((reopened.LatestSchemaVersion, 33288.29m), (reopened.SchemaVersion, reopened.GetDailyBars(IndexIds.N225).Single().Close));
        Assert.Equal(reopened.LatestSchemaVersion, reopened.Count("schema_version"));
    }

    [Fact]
    public void Open_NewStoreFromSeveralConnectionsAtOnce_MigratesItOnce()
    {
        if (NewLocation() is not { } db)
        {
            return;
        }

        var stores = Enumerable.Range(0, 4).AsParallel().WithDegreeOfParallelism(4).Select(_ => MarketStore.Open(db)).ToList();
        try
        {
            Assert.All(stores, s => Assert.Equal(s.LatestSchemaVersion, s.SchemaVersion));
            Assert.Equal(stores[0].LatestSchemaVersion, stores[0].Count("schema_version"));
        }
        finally
        {
            stores.ForEach(s => s.Dispose());
        }
    }

    [Fact]
    public void Import_EveryKindOfRow_ReadsBackAsWritten()
    {
        if (NewLocation() is not { } db)
        {
            return;
        }

        using var store = MarketStore.Open(db);
        Import(store,
            Write("x/usd-jpy.csv", "date,value\n2026-07-20,158.5385\n2026-07-21,0.0001\n"),
            Write("y/^N225.csv", Yahoo + "2024-01-04,33193.05,33568.04,32693.18,33288.29,33288.29,100\n2024-01-05,33300,33400,33200,33377.42,33377.42,\n"),
            Write("jq/13010.csv", JQuantsQuotes + "2023-06-20,13010,3640.0,3655.0,3635.0,3655.0,0,0,15300.0,55743500.0,1.0,3640.0,3655.0,3635.0,3655.0,15300.0\n"
                                                + "2023-06-21,13010,,,,3660.5,0,0,,,1.0,,,,3660.5,\n"),
            Write("jq/stock_list.csv", JQuantsList + "2025-05-01,13010,極洋,KYOKUYO,1,食品,0050,水産・農林業,TOPIX Small 2,0111,プライム\n"),
            Write("derived/nikkei225-members.csv", "code,name_en,name_ja,sector33_code,sector33_name_ja,sector33_name_en,membership,has_prices,paf_estimate,paf_from_2026_04_01,paf_source,paf_table_latest,paf_table_date,table_dates,ratio_mean,ratio_spread,paf_by_date,note\n"
                                                  + "7203,Toyota Motor,トヨタ自動車,3700,輸送用機器,Transportation Equipment,both,yes,10,10,assumed,,,0,,,,\n"));

        Assert.Equal([158.5385m, 0.0001m], store.GetDailyBars(IndexIds.UsdJpy).Select(b => b.Close));
        Assert.Equal([new DailyBar(new(2024, 1, 5), 33300m, 33400m, 33200m, 33377.42m, null)],
            store.GetDailyBars(IndexIds.N225, new DateOnly(2024, 1, 5), new DateOnly(2024, 1, 5)));
        Assert.Equal([new SeriesCoverage(IndexIds.N225, new(2024, 1, 4), new(2024, 1, 5), 2), new SeriesCoverage(IndexIds.UsdJpy, new(2026, 7, 20), new(2026, 7, 21), 2)],
            store.ListSeries());
        Assert.Equal(
            [
                new MemberBar("1301", new(2023, 6, 20), 3640m, 3655m, 3635m, 3655m, 15300m, PriceBasis.Raw, 55743500m, 1m),
                new MemberBar("1301", new(2023, 6, 21), null, null, null, 3660.5m, null, PriceBasis.Raw, null, 1m),
            ],
            store.GetMemberBars(["1301"], new DateOnly(2023, 6, 1), new DateOnly(2023, 6, 30)));
        Assert.Equal(["1301", "7203"], store.GetInstruments().Select(i => i.Code));
        var kyokuyo = store.GetInstruments(["1301"]).Single();
        Assert.Equal(("KYOKUYO", "極洋", "0050", "TOPIX Small 2"), (kyokuyo.Name, kyokuyo.NameJa, kyokuyo.Sector33Code, kyokuyo.ScaleCategory));
        Assert.Equal("7203", store.GetMembership(IndexIds.N225).Single().Code);
        Assert.Equal([new DateOnly(2024, 1, 4)], store.HeldDates(IndexIds.N225, new(2024, 1, 1), new(2024, 1, 4)));
        Assert.Equal([new DateOnly(2023, 6, 21)], store.MemberDates("jq/", new(2023, 6, 21), new(2023, 6, 30)));
        Assert.True(store.HasImportFrom("jq/stock_list.csv"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Import_SourcesInEitherOrder_TheHigherRankThenTheGreaterNameWins(bool officialFirst)
    {
        if (NewLocation() is not { } db)
        {
            return;
        }

        using var store = MarketStore.Open(db);
        var official = Write("a/nikkei_stock_average_daily_en.csv", Official);
        var yahoo = Write("b/^N225.csv", Yahoo + "2024-01-04,33193.05,33568.04,32693.18,33300.00,33300.00,100\n");
        var sameRankA = Write("a/^DJI.csv", Yahoo + "2024-01-04,10,12,9,11,11,1\n");
        var sameRankB = Write("b/^DJI.csv", Yahoo + "2024-01-04,10,12,9,11.5,11.5,1\n");

        Import(store, officialFirst ? official : yahoo, officialFirst ? sameRankA : sameRankB);
        Import(store, officialFirst ? yahoo : official, officialFirst ? sameRankB : sameRankA);

        Assert.Equal(33288.29m, store.GetDailyBars(IndexIds.N225).Single().Close);
        Assert.Equal(11.5m, store.GetDailyBars(IndexIds.Djia).Single().Close);
        Assert.Equal(4, store.Count("daily_bars"));
    }

    [Fact]
    public void Import_SameFilesAgain_IsUnchangedAndAChangedFileAddsOnlyItsNewRows()
    {
        if (NewLocation() is not { } db)
        {
            return;
        }

        using var store = MarketStore.Open(db);
        var path = Write("x/nikkei-225.csv", "date,value\n2024-01-04,1\n2024-01-05,2\n");
        Import(store, path);

        var again = Import(store, path).Files.Single();
        File.WriteAllText(path, "date,value\n2024-01-04,1\n2024-01-05,2\n2024-01-09,3\n");
        var grown = Import(store, path).Files.Single();

        Assert.Equal(("unchanged", 0L), (again.Status, again.Inserted));
        Assert.Equal(("imported", 3L, 1L), (grown.Status, grown.RowsRead, grown.Inserted));
        Assert.Equal((2L, 3L), (store.Count("imports"), store.Count("daily_bars")));
    }

    /// <summary>Four importers, each on its own connection (as four processes would be), import the same files at the
    /// same time in different orders: every file is imported by exactly one of them, the others find it imported, and
    /// the store holds what one sequential import gives.</summary>
    [Fact]
    public void Import_SameFilesFromSeveralConnectionsAtOnce_ImportsEachOnceAndLosesNothing()
    {
        if (NewLocation() is not { } db || NewLocation() is not { } reference)
        {
            return;
        }

        var files = new[]
        {
            Write("a/nikkei_stock_average_daily_en.csv", Official),
            Write("b/^N225.csv", Yahoo + "2024-01-04,33193.05,33568.04,32693.18,33300.00,33300.00,100\n2024-01-05,33300,33400,33200,33377.42,33377.42,5\n"),
            Write("c/nikkei-225.csv", "date,value\n2024-01-05,33377.42\n2024-01-09,33763.18\n"),
            Write("d/usd-jpy.csv", "date,value\n2024-01-04,144.1\n2024-01-05,144.9\n"),
            Write("jq/13010.csv", JQuantsQuotes + "2023-06-20,13010,3640.0,3655.0,3635.0,3655.0,0,0,15300.0,55743500.0,1.0,3640.0,3655.0,3635.0,3655.0,15300.0\n"),
            Write("p/levels.csv", SessionHeader + "2025-10-29,N225,morning_close,11:30,51249,1030,,0,nsjournal,\n"),
        };
        using (var store = MarketStore.Open(reference))
        {
            Import(store, files);
        }

        var summaries = Enumerable.Range(0, 4).AsParallel().WithDegreeOfParallelism(4).Select(k =>
        {
            using var store = MarketStore.Open(db);
            return Import(store, [.. files.Skip(k), .. files.Take(k)]);
        }).ToList();

        var outcomes = summaries.SelectMany(s => s.Files).GroupBy(f => f.Source).ToDictionary(g => g.Key, g => g.Select(f => f.Status).Order().ToList());
        Assert.All(outcomes.Values, statuses => Assert.Equal(["imported", "unchanged", "unchanged", "unchanged"], statuses));
        using var concurrent = MarketStore.Open(db);
        using var sequential = MarketStore.Open(reference);
        Assert.Equal(Snapshot(sequential), Snapshot(concurrent));
    }

    [Fact]
    public void Import_BadRows_AreQuarantinedOnceWithTheirReason()
    {
        if (NewLocation() is not { } db)
        {
            return;
        }

        using var store = MarketStore.Open(db);
        var path = Write("y/^DJI.csv", Yahoo + "2024-01-04,10,12,9,13,13,1\n2024-01-05,10,12,9,11,11,1\n");

        var result = Import(store, path).Files.Single();
        Import(store, path);

        Assert.Equal(("close_outside_range", 1L, 1L), (result.Findings.Single().Rule, result.Quarantined, result.Inserted));
        Assert.Equal((1L, 1L), (store.Count("quarantine"), store.Count("daily_bars")));
    }

    [Fact]
    public void Import_CorrectedSessionLevels_UpdateOnlyTheRowsThatChanged()
    {
        if (NewLocation() is not { } db)
        {
            return;
        }

        using var store = MarketStore.Open(db);
        Import(store, Write("p/levels.csv", SessionHeader
            + "2025-10-29,N225,intraday,09:37,50909.17,689.99,1.37,2,Jiji,https://japannews.yomiuri.co.jp/x\n"
            + "2025-10-29,N225,morning_close,11:30,51249,1030,,0,nsjournal,https://www.nsjournal.jp/\n"));

        var corrected = Import(store, Write("p/levels-fixed.csv", SessionHeader
            + "2025-10-29,N225,intraday,09:37,50909.17,689.99,1.37,2,Jiji,https://japannews.yomiuri.co.jp/x\n"
            + "2025-10-29,N225,morning_close,11:30,51250,1031,,0,nsjournal,https://www.nsjournal.jp/\n")).Files.Single();

        Assert.Equal(1L, corrected.Inserted);
        Assert.Equal(
            [
                new PublishedSessionLevel(IndexIds.N225, new(2025, 10, 29), PublishedSessions.Intraday, new(9, 37), 50909.17m, 689.99m, 1.37m, 2,
                    "Jiji", "https://japannews.yomiuri.co.jp/x"),
                new PublishedSessionLevel(IndexIds.N225, new(2025, 10, 29), PublishedSessions.MorningClose, new(11, 30), 51250m, 1031m, null, 0,
                    "nsjournal", "https://www.nsjournal.jp/"),
            ],
            store.GetSessionLevels(IndexIds.N225, new DateOnly(2025, 10, 29)));
        Assert.Equal([new DateOnly(2025, 10, 29)], store.SessionLevelDates(IndexIds.N225, PublishedSessions.MorningClose, new(2025, 10, 1), new(2025, 10, 31)));
    }

    [Fact]
    public void Import_RunWithABadFile_LeavesTheStoreAsItWas()
    {
        if (NewLocation() is not { } db)
        {
            return;
        }

        using var store = MarketStore.Open(db);
        Import(store, Write("x/nikkei-225.csv", "date,value\n2024-01-04,1\n"));
        var before = (store.DataVersion, Snapshot(store));

        Assert.Throws<UserInputException>(() => Import(store,
            Write("y/usd-jpy.csv", "date,value\n2024-01-04,144.1\n"),
            Write("jq/13010.csv", JQuantsQuotes + "2023-06-20,13010,3640.0,3655.0,3635.0,3655.0,0,0,15300.0,55743500.0,1.0,3640.0,3655.0,3635.0,3655.0,15300.0\n"),
            Write("z/empty.csv", string.Empty)));

        Assert.Equal(before, (store.DataVersion, Snapshot(store)));
        Assert.Equal(1L, store.Count("imports"));
    }

    [Fact]
    public void DataVersion_AnotherConnectionImports_Changes()
    {
        if (NewLocation() is not { } db)
        {
            return;
        }

        using var reader = MarketStore.OpenToRead(db);
        var before = reader.DataVersion;
        using (var writer = MarketStore.Open(db))
        {
            Import(writer, Write("x/nikkei-225.csv", "date,value\n2024-01-04,1\n"));
        }

        Assert.NotEqual(before, reader.DataVersion);
        Assert.Equal(1m, reader.GetDailyBars(IndexIds.N225).Single().Close);
    }

    [Fact]
    public void StoreComputedSession_DaysAndSeries_ReadBackAsWritten()
    {
        if (NewLocation() is not { } db)
        {
            return;
        }

        using var reader = MarketStore.OpenToRead(db);
        var before = reader.DataVersion;
        using (var store = MarketStore.Open(db))
        {
            var written = store.StoreComputedSession(ComputedSample.Session, ComputedSample.Days, ComputedSample.Series);
            Assert.Equal(new ComputedSessionWrite(1, 2, 3), written);
        }

        Assert.NotEqual(before, reader.DataVersion);
        Assert.Equal([new StoredComputedSession(ComputedSample.Session, 3)], reader.ListComputedSessions());
        Assert.Equal([ComputedSample.Days[0]], reader.GetComputedDays("BASKET-1"));
        Assert.Equal([ComputedSample.Days[1]], reader.GetComputedDays("BASKET-2"));
        Assert.Equal(ComputedSample.Series[0].Levels, reader.GetComputedLevels("tokyo-test", "BASKET-1"));
        Assert.Empty(reader.GetComputedLevels("tokyo-test", "BASKET-2"));
        Assert.Empty(reader.GetComputedDays(IndexIds.N225));
    }

    /// <summary>The series endpoint reads one session (its market, origin and whether its series is stored) without
    /// listing them all; a session stored without its series says so with 0 rows.</summary>
    [Fact]
    public void FindComputedSession_ById_TheSessionWithItsSeriesRowsAndNullForAnUnknownId()
    {
        if (NewLocation() is not { } db)
        {
            return;
        }

        using var store = MarketStore.Open(db);
        var daysOnly = ComputedSample.Session with { SessionId = "tokyo-days-only", Date = new DateOnly(2026, 3, 19) };
        store.StoreComputedSession(ComputedSample.Session, ComputedSample.Days, ComputedSample.Series);
        store.StoreComputedSession(daysOnly, ComputedSample.Days.Select(d => d with { SessionId = daysOnly.SessionId, Date = daysOnly.Date }).ToList());

        Assert.Equal(new StoredComputedSession(ComputedSample.Session, 3), store.FindComputedSession("tokyo-test"));
        Assert.Equal(new StoredComputedSession(daysOnly, 0), store.FindComputedSession("tokyo-days-only"));
        Assert.Null(store.FindComputedSession("TOKYO-TEST"));
        Assert.Null(store.FindComputedSession("tokyo"));
    }

    /// <summary>A re-run of the writer (or a second writer) stores nothing twice; one with the series adds only the series.</summary>
    [Fact]
    public void StoreComputedSession_Again_WritesNothingAndALaterSeriesAddsOnlyTheSeries()
    {
        if (NewLocation() is not { } db)
        {
            return;
        }

        using var store = MarketStore.Open(db);
        var first = store.StoreComputedSession(ComputedSample.Session, ComputedSample.Days);
        var again = store.StoreComputedSession(ComputedSample.Session, ComputedSample.Days);
        var withSeries = store.StoreComputedSession(ComputedSample.Session, ComputedSample.Days, ComputedSample.Series);
        var allAgain = store.StoreComputedSession(ComputedSample.Session, ComputedSample.Days, ComputedSample.Series);

        Assert.Equal(
            [new(1, 2, 0), new(0, 0, 0), new(0, 0, 3), new(0, 0, 0)],
            new[] { first, again, withSeries, allAgain });
        Assert.Equal((1L, 2L, 3L), (store.Count("computed_sessions"), store.Count("computed_index_days"), store.Count("computed_levels")));
    }

    [Fact]
    public void StoreComputedSession_SameIdWithOtherTotals_IsRefusedAndWritesNothing()
    {
        if (NewLocation() is not { } db)
        {
            return;
        }

        using var store = MarketStore.Open(db);
        store.StoreComputedSession(ComputedSample.Session, ComputedSample.Days);
        var other = ComputedSample.Session with { Ticks = ComputedSample.Session.Ticks with { Received = 999 } };
        var otherDays = ComputedSample.Days.Select(d => d with { IndexId = d.IndexId + "-X" }).ToList();

        var error = Assert.Throws<UserInputException>(() => store.StoreComputedSession(other, otherDays, ComputedSample.Series));

        Assert.Contains("session 'tokyo-test' is stored already with other values", error.Message, StringComparison.Ordinal);
        Assert.Contains("another --session id", error.Message, StringComparison.Ordinal);
        Assert.Equal((1L, 2L, 0L), (store.Count("computed_sessions"), store.Count("computed_index_days"), store.Count("computed_levels")));
    }

    /// <summary>Four writers (connections, as processes would be) store the same session at once: it is stored once.</summary>
    [Fact]
    public void StoreComputedSession_FromSeveralConnectionsAtOnce_StoresEachRowOnce()
    {
        if (NewLocation() is not { } db)
        {
            return;
        }

        using (MarketStore.Open(db))
        {
            // Migrated first, so the four writers race on the rows, not on the schema (tested above).
        }

        var writes = Enumerable.Range(0, 4).AsParallel().WithDegreeOfParallelism(4).Select(_ =>
        {
            using var store = MarketStore.Open(db);
            return store.StoreComputedSession(ComputedSample.Session, ComputedSample.Days, ComputedSample.Series);
        }).ToList();

        Assert.Equal((1, 2, 3L), (writes.Sum(w => w.Sessions), writes.Sum(w => w.Days), writes.Sum(w => w.Levels)));
        using var reader = MarketStore.OpenToRead(db);
        Assert.Equal((1L, 2L, 3L), (reader.Count("computed_sessions"), reader.Count("computed_index_days"), reader.Count("computed_levels")));
    }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    [Fact]
    public void ExchangeDays_StoredCalendar_ReadsBackOnceAndARevisionReplacesTheDay()
    {
        if (NewLocation() is not { } db)
        {
            return;
        }

        // 2026-03-18 is a Wednesday the law calendar has open: an answer that closes it is a finding.
        var (tuesday, wednesday) = (new DateOnly(2026, 3, 17), new DateOnly(2026, 3, 18));
        var at = new DateTimeOffset(2026, 3, 18, 8, 0, 0, TimeSpan.Zero);
        using var store = MarketStore.Open(db);
        var first = ExchangeCalendarDays.Store(store, Markets.Tokyo, "jquants/markets/calendar/a", "http://x/v2/markets/calendar?from=2026-03-17&to=2026-03-18",
            [(tuesday, 1), (wednesday, 0)], at);
        var again = ExchangeCalendarDays.Store(store, Markets.Tokyo, "jquants/markets/calendar/a", "http://x/v2/markets/calendar?from=2026-03-17&to=2026-03-18",
            [(tuesday, 1), (wednesday, 0)], at);
        var revised = ExchangeCalendarDays.Store(store, Markets.Tokyo, "jquants/markets/calendar/b", "http://x/v2/markets/calendar?from=2026-03-18&to=2026-03-18",
            [(wednesday, 2)], at);

        Assert.Equal((2L, 1, false), (first.Changed, first.Disagreements.Count, first.Unchanged));
        Assert.True(again.Unchanged);
        Assert.Equal((1L, 0), (revised.Changed, revised.Disagreements.Count));
        var days = store.ExchangeDays(Markets.Tokyo, tuesday, wednesday);
        Assert.Equal((1, 2), (days[tuesday], days[wednesday]));
        Assert.Empty(store.ExchangeDays("newyork", tuesday, wednesday));
        Assert.Equal(1, store.Count("findings"));
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _files.Dispose();
        }
    }

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_files.Path, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static ImportSummary Import(IMarketStore store, params string[] paths) => new ImportService(store).Import(paths);

    /// <summary>Everything a reader sees, plus the row counts of every table, as one comparable text.</summary>
    private static string Snapshot(IMarketStore store)
    {
        var lines = new List<string>();
        foreach (var series in store.ListSeries())
        {
            lines.Add(series.ToString());
            lines.AddRange(store.GetDailyBars(series.SeriesId).Select(b => $"{series.SeriesId} {b}"));
        }

        lines.AddRange(store.GetMemberBars().Select(b => b.ToString()));
        lines.AddRange(store.GetInstruments().Select(i => i.ToString()));
        lines.AddRange(store.GetSessionLevels(IndexIds.N225, new DateOnly(2025, 10, 29)).Select(l => l.ToString()));
        foreach (var table in new[] { "imports", "daily_bars", "best_bars", "member_prices", "session_levels", "quarantine", "findings", "series_coverage" })
        {
            lines.Add($"{table} {store.Count(table)}");
        }

        return string.Join('\n', lines);
    }
}

/// <summary>A small computed session: two indices, one without a morning close, and a series of three snapshots whose
/// instants need the engine's 100 ns resolution and whose marks combine.</summary>
internal static class ComputedSample
{
    private static readonly DateOnly Day = new(2026, 3, 18);
    private static readonly DateTimeOffset Open = new(2026, 3, 18, 0, 0, 1, TimeSpan.Zero);

    public static ComputedSession Session { get; } = new(
        "tokyo-test", "tokyo", Day, "simulated session", Simulated: true, Indices: 2, Shares: 2,
        new TickCounts(1_000, 900, 10, 50, 4, 6, 1, 2, 3, 4, 850, Snapshots: 40));

    public static IReadOnlyList<ComputedIndexDay> Days { get; } =
    [
        new("tokyo-test", "BASKET-1", "Basket one", Day, 1_000m, 1_000.5m, 1_001.25m, 1_002m, 1_003.99m, 998.01m, 25),
        new("tokyo-test", "BASKET-2", "Basket two", Day, 38_000.12m, 38_010m, null, 37_990.07m, 38_100m, 37_950.5m, 15),
    ];

    public static IReadOnlyList<ComputedSeries> Series { get; } =
    [
        new("BASKET-1",
        [
            new(Open, 1_000.5m, SnapshotKind.Cadence | SnapshotKind.Open),
            new(Open.AddTicks(12_345_677), 1_003.99m, SnapshotKind.Cadence),
            new(new DateTimeOffset(2026, 3, 18, 6, 30, 0, TimeSpan.Zero), 1_002m, SnapshotKind.Close),
        ]),
    ];
}
