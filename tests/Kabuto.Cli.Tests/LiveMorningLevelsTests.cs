using System.Collections.Concurrent;
using System.Globalization;
using Kabuto.Core.Market;
using Kabuto.Data.Store;
using Kabuto.Live.Feeds.KabuStation;
using Kabuto.Live.UseCases;
using Kabuto.TestSupport;
using Kabuto.Watch;
using static Kabuto.TestSupport.FakeKabuStation;

namespace Kabuto.Cli.Tests;

/// <summary>The kabu STATION feed's 11:30 levels into session_levels (docs/watch.md "The midday edition from the live
/// feed"): a morning replayed by a fake kabu STATION with timestamps in China time (+08:00), ending in the lunch silence.</summary>
public sealed class LiveMorningLevelsTests
{
    private const string Password = "midday-pw";
    private static readonly DateOnly Day = new(2026, 12, 7);

    [Fact]
    public async Task Feed_MorningInChinaTimeThenLunchSilence_WritesTheLastN225AndTopixLevelsAtOrBefore1130()
    {
        var clock = new SettableTime(At("09:00:05+09:00"));
        KabuStep[] script =
        [
            new KabuStep.Send(Board("101", 38000.10m, "2026-12-07T08:00:05+08:00", 37900m)),
            new KabuStep.Send(Board("151", 2850.25m, "2026-12-07T08:00:06+08:00", 2840m)),
            new KabuStep.Send(Board("101", 38010.50m, "2026-12-07T10:29:58+08:00")),
            // The 11:30 prints are stamped exactly 11:30:00 JST (10:30:00 in China time): the morning's last levels.
            new KabuStep.Send(Board("151", 2855.50m, "2026-12-07T10:30:00+08:00")),
            new KabuStep.Send(Board("101", 38020.00m, "2026-12-07T10:30:00+08:00")),
            // Then nothing: the lunch break. The clock moves into it; the feed notices the silence after 50 ms.
            new KabuStep.Pause(TimeSpan.FromSeconds(30), () => clock.Now = At("11:31:00+09:00")),
        ];
        await using var fake = await FakeKabuStation.StartAsync(Password, script);
        using var dir = new TempDirectory();
        var log = new ConcurrentQueue<string>();
        var levels = Levels(dir.File("k.db"), clock, log);

        using var source = await KabuStationTickSource.OpenAsync(Options(fake, clock, log));
        var run = Task.Run(() => LiveRun.RunAsync(source, levels.OnLevel, clock));
        await levels.Written(Day).WaitAsync(TimeSpan.FromSeconds(20));
        source.Stop();
        var result = await run;

        using var store = MarketStore.OpenToRead(dir.File("k.db"));
        Assert.Equal(new PublishedSessionLevel(IndexIds.N225, Day, PublishedSessions.MorningClose, new TimeOnly(11, 30), 38020.00m, null, null, 2, "kabu STATION push 101@1", null),
            Assert.Single(store.GetSessionLevels(IndexIds.N225, Day)));
        Assert.Equal(2855.50m, Assert.Single(store.GetSessionLevels(IndexIds.Topix, Day)).Level);
        Assert.Equal("kabu STATION push 151@1", store.GetSessionLevels(IndexIds.Topix, Day)[0].Source);
        Assert.Equal(5, result.Ticks); // the lunch's clock tick is not a tick of the market
        Assert.Contains(log, l => l == "kabu STATION push 101@1: N225 at 11:30 on 2026-12-07 was 38,020.00, written to the store (session_levels)");
    }

    [Fact]
    public void OnLevel_SameLevelTwiceBesideAnotherOutlets_OneRowEachAndTheOtherKept()
    {
        using var dir = new TempDirectory();
        var db = dir.File("k.db");
        File.WriteAllText(dir.File("levels.csv"),
            "date,index,session,time_jst,level,change_points,change_pct,decimals,source,url\n2026-12-07,N225,morning_close,11:30,38019.99,,,2,Yahoo chart ^N225 1m,\n");
        Assert.Equal(KabutoCli.Ok, Cli.Run("import", dir.File("levels.csv"), "--db", db).Code);
        var log = new ConcurrentQueue<string>();
        var levels = Levels(db, new SettableTime(At("11:31:00+09:00")), log);
        var noon = new LiveLevel(IndexIds.N225, "Nikkei 225", At("11:30:00+09:00"), 38020.00m, "morning_close", At("11:30:00+09:00"));

        levels.OnLevel(noon);
        levels.OnLevel(noon);

        using var store = MarketStore.OpenToRead(db);
        Assert.Equal([("Yahoo chart ^N225 1m", 38019.99m), ("kabu STATION push 101@1", 38020.00m)],
            store.GetSessionLevels(IndexIds.N225, Day).Select(l => (l.Source, l.Level)).OrderBy(l => l.Source, StringComparer.Ordinal));
        Assert.EndsWith("already held", log.Last(), StringComparison.Ordinal);
    }

    [Fact]
    public void OnLevel_MorningCloseWithoutATickOfTheMorning_WritesNothingAndSaysSo()
    {
        using var dir = new TempDirectory();
        var log = new ConcurrentQueue<string>();
        var levels = Levels(dir.File("k.db"), new SettableTime(At("13:00:00+09:00")), log);

        // A feed connected after the morning: its 11:30 snapshot is the previous close carried.
        levels.OnLevel(new LiveLevel(IndexIds.Topix, "TOPIX", At("11:30:00+09:00"), 2840.00m, "morning_close", null));

        Assert.False(File.Exists(dir.File("k.db")));
        Assert.Equal("kabu STATION push 151@1: no 11:30 level of TOPIX on 2026-12-07: the feed saw no tick of the morning session", Assert.Single(log));
    }

    private static LiveMorningLevels Levels(string db, TimeProvider clock, ConcurrentQueue<string> log) =>
        new(db, LiveFeedBeside.Outlets(KabuStationSymbol.Defaults), new Uri("ws://127.0.0.1/kabusapi/websocket"), clock, log.Enqueue);

    private static KabuStationOptions Options(FakeKabuStation fake, TimeProvider clock, ConcurrentQueue<string> log) => new()
    {
        BaseUrl = fake.BaseUrl,
        Password = Password,
        Date = Day,
        Time = clock,
        SilenceTimeout = TimeSpan.FromMilliseconds(50),
        Backoff = _ => TimeSpan.FromMilliseconds(10),
        Log = log.Enqueue,
    };

    private static DateTimeOffset At(string timeWithOffset) =>
        DateTimeOffset.Parse($"2026-12-07T{timeWithOffset}", CultureInfo.InvariantCulture);

    private sealed class SettableTime(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
