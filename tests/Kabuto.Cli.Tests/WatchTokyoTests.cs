using System.Globalization;
using System.Text;
using Kabuto.Analytics.Members;
using Kabuto.Core.Indexing;
using Kabuto.Data.Fetch;
using Kabuto.Data.Store;
using Kabuto.TestSupport;
using Kabuto.Watch;
using Microsoft.AspNetCore.Http;

namespace Kabuto.Cli.Tests;

/// <summary>The close-to-draft pipeline end to end: fake sources that publish a real day (2026-02-10) as the real ones
/// would (the Nikkei CSV gains the day's row after the 15:30 close, Yahoo's minute bars grow minute by minute, J-Quants
/// answers the day's bars at 16:30), a simulated clock driven across 11:30 and 16:30 JST, and the editions compared
/// with the wraps of the same day imported from the files the answers were built from.</summary>
public sealed class WatchTokyoTests
{
    private static readonly DateOnly Day = new(2026, 2, 10);
    private static readonly DateOnly Previous = new(2026, 2, 9);
    private static readonly TimeSpan Jst = TimeSpan.FromHours(9);
    private const string TopixFile = "raw/market-indicators-dashboard/topix.csv";
    private const string LevelsFile = "raw/published-session-levels/levels.csv";

    [Fact]
    public async Task WatchDay_ClockAcross1130And1630_WritesBothEditionsEqualToTheWrapsFromFiles()
    {
        if (Sources.Load() is not { } sources)
        {
            return;
        }

        using var dir = new TempDirectory();
        var clock = new SimulatedClock(new DateTimeOffset(Day.ToDateTime(new TimeOnly(8, 0)), Jst));
        await using var server = await sources.Serve(clock, barsOnTheDay: true);
        var watchDb = dir.File("watch.db");
        Assert.Equal(KabutoCli.Ok, Cli.Run("import", sources.Truncated(dir, TopixFile, Previous.AddDays(-1)), "--db", watchDb).Code);
        var lines = new List<string>();

        var written = await Watch(server, watchDb, dir.File("editions"), clock, lines).RunAsync(Day, once: false);

        Assert.Equal(["midday", "close (first draft)", "close"], written.Select(w => w.Step));
        // The first close draft, at 15:31, has the Nikkei's close but not J-Quants' bars (published at 16:30).
        Assert.Contains(written[1].Missing, m => m.StartsWith("every issue's daily bars", StringComparison.Ordinal));
        Assert.All([written[0], written[2]], w => Assert.True(w.Complete, string.Join("; ", w.Missing)));
        // Each source was asked only once it had published: J-Quants' bars of the day at 16:30, not before.
        Assert.All(sources.AskedAt.Where(a => a.What == $"bars {Day:yyyy-MM-dd}"), a => Assert.True(a.AtJst >= new TimeOnly(16, 30), a.ToString()));
        Assert.Contains(sources.AskedAt, a => a.What == "nikkei" && a.AtJst < new TimeOnly(12, 0));
        Assert.Contains(lines, l => l.StartsWith("11:31 JST 2026-02-10 midday edition written", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("16:30 JST 2026-02-10 close edition written", StringComparison.Ordinal));

        var filesDb = dir.File("files.db");
        var import = Cli.Run("import", sources.Truncated(dir, SourcePayloads.NikkeiCsv, Day), sources.Truncated(dir, TopixFile, Day),
            SharedData.Require(SourcePayloads.MembersFolder)!, SharedData.Require(LevelsFile)!, "--db", filesDb);
        Assert.True(import.Code == KabutoCli.Ok, import.Err);
        var folder = Path.Combine(dir.File("editions"), "2026-02-10");
        foreach (var (edition, language) in new[] { ("midday", "en"), ("midday", "ja"), ("close", "en"), ("close", "ja") })
        {
            var fromFiles = Cli.Run("wrap", "tokyo", "2026-02-10", "--edition", edition, "--lang", language, "--db", filesDb);
            Assert.Equal(KabutoCli.Ok, fromFiles.Code);
            Assert.Equal(fromFiles.Out, File.ReadAllText(Path.Combine(folder, $"tokyo-{edition}.{language}.md")));
        }

        Assert.Contains("57,926.07", File.ReadAllText(Path.Combine(folder, "tokyo-midday.en.md")), StringComparison.Ordinal);
        Assert.Contains("57,650.54", File.ReadAllText(Path.Combine(folder, "tokyo-close.en.md")), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder, "tokyo-close.ja.html")));
        Assert.Contains("\"fact_id\"", File.ReadAllText(Path.Combine(folder, "tokyo-close.en.json")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WatchDay_JQuantsNeverPublishesTheDay_CloseDraftedWithWhatIsHeldAndMarked()
    {
        if (Sources.Load() is not { } sources)
        {
            return;
        }

        using var dir = new TempDirectory();
        var clock = new SimulatedClock(new DateTimeOffset(Day.ToDateTime(new TimeOnly(15, 0)), Jst));
        await using var server = await sources.Serve(clock, barsOnTheDay: false);
        var lines = new List<string>();

        var written = await Watch(server, dir.File("watch.db"), dir.File("editions"), clock, lines).RunAsync(Day, once: false);

        var close = Assert.Single(written, w => w.Step == "close");
        Assert.False(close.Complete);
        Assert.Contains(close.Missing, m => m.StartsWith("every issue's daily bars on 2026-02-10 (J-Quants)", StringComparison.Ordinal));
        var markdown = File.ReadAllText(Path.Combine(dir.File("editions"), "2026-02-10", "tokyo-close.en.md"));
        Assert.Contains("Incomplete draft", markdown, StringComparison.Ordinal);
        Assert.Contains("57,650.54", markdown, StringComparison.Ordinal); // drafted with what it has: the Nikkei's close
        Assert.Contains("個別銘柄の日足(J-Quants)が未取得", File.ReadAllText(Path.Combine(dir.File("editions"), "2026-02-10", "tokyo-close.ja.md")), StringComparison.Ordinal);
        // Tried again every 10 minutes from 16:30 until 18:00, then left as it is.
        Assert.Equal(10, sources.AskedAt.Count(a => a.What == $"bars {Day:yyyy-MM-dd}"));
    }

    [Fact]
    public async Task MiddayStep_LiveFeedBeside_WithoutItsLevelsMarkedIncompleteWithThemTellsTopixInBothLanguages()
    {
        if (Sources.Load() is not { } sources)
        {
            return;
        }

        using var dir = new TempDirectory();
        var clock = new SimulatedClock(new DateTimeOffset(Day.ToDateTime(new TimeOnly(11, 31)), Jst));
        await using var server = await sources.Serve(clock, barsOnTheDay: true);
        var db = dir.File("watch.db");
        Assert.Equal(KabutoCli.Ok, Cli.Run("import", sources.Truncated(dir, TopixFile, Previous), "--db", db).Code);
        var lines = new List<string>();
        var feed = new LiveMorningLevels(db, LiveFeedBeside.Outlets(Live.Feeds.KabuStation.KabuStationSymbol.Defaults),
            new Uri("ws://127.0.0.1/kabusapi/websocket"), clock, lines.Add);
        var midday = WatchSchedule.For(Day, Core.Calendars.TokyoCalendar.Instance)[0];
        var folder = Path.Combine(dir.File("editions"), "2026-02-10");

        // The feed has not written yet: the step waits its 3 minutes (the simulated clock jumps them), then drafts without TOPIX.
        var before = await Watch(server, db, dir.File("editions"), clock, lines, feed).Run(midday);
        var englishBefore = File.ReadAllText(Path.Combine(folder, "tokyo-midday.en.md"));
        var noon = new DateTimeOffset(Day.ToDateTime(new TimeOnly(11, 30)), Jst);
        feed.OnLevel(new Live.UseCases.LiveLevel("N225", "Nikkei 225", noon, 57926.07m, "morning_close", noon));
        feed.OnLevel(new Live.UseCases.LiveLevel("TOPIX", "TOPIX", noon, 3861.47m, "morning_close", noon.AddSeconds(-1)));
        var after = await Watch(server, db, dir.File("editions"), clock, lines, feed).Run(midday);

        Assert.Contains(lines, l => l.EndsWith("midday: the live feed has not written the 11:30 levels after 3 minutes; writing without them", StringComparison.Ordinal));
        Assert.Contains(before.Missing, m => m.StartsWith("TOPIX's 11:30 level on 2026-02-10 (the live feed)", StringComparison.Ordinal));
        Assert.DoesNotContain(englishBefore.Split('\n'), l => l.Contains("TOPIX", StringComparison.Ordinal) && !l.Contains("(the live feed)", StringComparison.Ordinal));
        Assert.True(after.Complete, string.Join("; ", after.Missing));
        var english = File.ReadAllText(Path.Combine(folder, "tokyo-midday.en.md"));
        Assert.Contains("TOPIX", english, StringComparison.Ordinal);
        Assert.Contains(" to 3,861.47", english, StringComparison.Ordinal);
        Assert.Contains("高の3861.47で前場を終えた。", File.ReadAllText(Path.Combine(folder, "tokyo-midday.ja.md")), StringComparison.Ordinal);
    }

    /// <summary>ADR 0018: a day the exchange's own calendar (fetched into the store) closes is no session for the watch,
    /// though the law has it open.</summary>
    [Fact]
    public async Task WatchDay_ExchangeClosedALawTradingDay_SaysSoAndWritesNothing()
    {
        using var dir = new TempDirectory();
        var wednesday = new DateOnly(2026, 3, 18);
        using (var store = MarketStore.Open(dir.File("k.db")))
        {
            ExchangeCalendarDays.Store(store, Kabuto.Core.Market.Markets.Tokyo, "jquants/markets/calendar/test", "http://x/v2/markets/calendar?from=2026-03-18&to=2026-03-18",
                [(wednesday, 0)], new DateTimeOffset(2026, 3, 17, 8, 0, 0, TimeSpan.Zero));
        }

        var clock = new SimulatedClock(new DateTimeOffset(2026, 3, 18, 8, 0, 0, Jst));
        var lines = new List<string>();
        using var client = new HttpClient();
        var watch = new TokyoWatch(new WatchOptions { DatabasePath = dir.File("k.db"), OutputFolder = dir.File("editions"), Fetch = new FetchSettings() },
            new FetchHttp(client, new InstantTime()), clock, lines.Add);

        var written = await watch.RunAsync(wednesday, once: false);

        Assert.Empty(written);
        Assert.StartsWith("2026-03-18 is not a Tokyo trading day (closed per the exchange's calendar (J-Quants /markets/calendar, HolDiv 0)", Assert.Single(lines), StringComparison.Ordinal);
        Assert.EndsWith("next session 2026-03-19", lines[0], StringComparison.Ordinal);
        Assert.Empty(clock.Waits);
    }

    [Fact]
    public async Task WatchDay_Holiday_SaysSoAndWritesNothing()
    {
        using var dir = new TempDirectory();
        var clock = new SimulatedClock(new DateTimeOffset(2026, 2, 11, 8, 0, 0, Jst));
        var lines = new List<string>();
        using var client = new HttpClient();
        var watch = new TokyoWatch(new WatchOptions { DatabasePath = dir.File("k.db"), OutputFolder = dir.File("editions"), Fetch = new FetchSettings() },
            new FetchHttp(client, new InstantTime()), clock, lines.Add);

        var written = await watch.RunAsync(new DateOnly(2026, 2, 11), once: false);

        Assert.Empty(written);
        Assert.Equal("2026-02-11 is not a Tokyo trading day (National Foundation Day): no session, no editions; next session 2026-02-12", Assert.Single(lines));
        Assert.False(Directory.Exists(dir.File("editions")));
        Assert.Empty(clock.Waits);
    }

    private static TokyoWatch Watch(FakeHttpServer server, string db, string output, TimeProvider clock, List<string> lines, LiveMorningLevels? feed = null)
    {
        var settings = new FetchSettings
        {
            JQuantsUrl = new Uri(server.Url, "v2"),
            JQuantsApiKey = "sk-watch",
            JQuantsPlan = JQuantsPlan.Light,
            NikkeiUrl = new Uri(server.Url, "nkave/historical/nikkei_stock_average_daily_en.csv"),
            YahooUrl = server.Url,
            YahooSymbols = [],
            FredSeries = [],
        };
        var client = new HttpClient();
        return new TokyoWatch(
            new WatchOptions
            {
                DatabasePath = db,
                OutputFolder = output,
                Fetch = settings,
                Attributions = store => MemberAttributionOption.Sources(store, null),
                LiveFeed = feed,
            },
            new FetchHttp(client, new InstantTime()), clock, line =>
            {
                lock (lines)
                {
                    lines.Add(line);
                }
            });
    }

    /// <summary>The day as the sources publish it, built from the shared files; null (skipped) without them outside CI.</summary>
    private sealed class Sources
    {
        private readonly List<(string What, TimeOnly AtJst)> _asked = [];

        private Sources(byte[] nikkei, IReadOnlyList<string> bars, IReadOnlyList<string> previousBars, string topixPath)
        {
            Nikkei = nikkei;
            Bars = bars;
            PreviousBars = previousBars;
            TopixPath = topixPath;
        }

        public byte[] Nikkei { get; }

        public IReadOnlyList<string> Bars { get; }

        public IReadOnlyList<string> PreviousBars { get; }

        public string TopixPath { get; }

        public IReadOnlyList<(string What, TimeOnly AtJst)> AskedAt
        {
            get
            {
                lock (_asked)
                {
                    return _asked.ToList();
                }
            }
        }

        public static Sources? Load() =>
            SourcePayloads.NikkeiCsvBytes() is { } nikkei && SourcePayloads.JQuantsDailyRows(Day) is { Count: > 0 } bars
            && SourcePayloads.JQuantsDailyRows(Previous) is { Count: > 0 } previous && SharedData.Require(TopixFile) is { } topix
            && SharedData.Require(LevelsFile) is not null
                ? new Sources(nikkei, bars, previous, topix)
                : null;

        public async Task<FakeHttpServer> Serve(TimeProvider clock, bool barsOnTheDay)
        {
            TimeOnly Now() => TimeOnly.FromDateTime(clock.GetUtcNow().ToOffset(Jst).DateTime);
            bool After(int hour, int minute) => clock.GetUtcNow().ToOffset(Jst) >= new DateTimeOffset(Day.ToDateTime(new TimeOnly(hour, minute)), Jst);
            void Asked(string what)
            {
                lock (_asked)
                {
                    _asked.Add((what, Now()));
                }
            }

            var server = await FakeHttpServer.StartAsync();
            server.On("/v2/equities/master", FakeResponse.Json(SourcePayloads.JQuantsPage([])));
            server.Answer("/nkave/historical/nikkei_stock_average_daily_en.csv", _ =>
            {
                Asked("nikkei");
                return new FakeResponse(200, CsvThrough(Nikkei, After(15, 30) ? Day : Previous), "text/csv");
            });
            server.Answer("/v2/equities/bars/daily", q =>
            {
                Asked($"bars {q["date"]}");
                return FakeResponse.Json(SourcePayloads.JQuantsPage(
                    q["date"] == Previous.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ? PreviousBars
                    : q["date"] == Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) && barsOnTheDay && After(16, 30) ? Bars
                    : []));
            });
            server.Answer("/v2/indices/bars/daily/topix", q => FakeResponse.Json(SourcePayloads.JQuantsPage(TopixRows(q, After(16, 30)))));
            server.Answer("/v8/finance/chart/^N225", _ => FakeResponse.Json(MinuteBars(clock.GetUtcNow())));
            return server;
        }

        /// <summary>A copy of a date-first CSV keeping the header and the rows up to <paramref name="last"/> (the
        /// Nikkei file's CP932 footer too), written to the test's folder.</summary>
        public string Truncated(TempDirectory dir, string relative, DateOnly last)
        {
            var source = SharedData.Require(relative)!;
            var folder = Path.Combine(dir.Path, $"upto-{last:yyyyMMdd}", Path.GetFileName(Path.GetDirectoryName(source))!);
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, Path.GetFileName(source));
            File.WriteAllBytes(path, CsvThrough(File.ReadAllBytes(source), last));
            return path;
        }

        private static byte[] CsvThrough(byte[] csv, DateOnly last)
        {
            var kept = Encoding.Latin1.GetString(csv).Split('\n')
                .Where(line => RowDate(line) is not { } date || date <= last);
            return Encoding.Latin1.GetBytes(string.Join('\n', kept));
        }

        private static DateOnly? RowDate(string line)
        {
            var first = line.Split(',')[0].Trim('"');
            return DateOnly.TryParseExact(first, ["yyyy/MM/dd", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
        }

        private IEnumerable<string> TopixRows(IQueryCollection query, bool dayPublished)
        {
            var from = DateOnly.Parse(query["from"]!, CultureInfo.InvariantCulture);
            var to = DateOnly.Parse(query["to"]!, CultureInfo.InvariantCulture);
            foreach (var line in File.ReadLines(TopixPath).Skip(1))
            {
                if (RowDate(line) is { } date && date >= from && date <= to && (date < Day || dayPublished))
                {
                    var value = decimal.Parse(line.Split(',')[1], CultureInfo.InvariantCulture);
                    yield return SourcePayloads.JQuantsTopixRow(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), value, value, value, value);
                }
            }
        }

        /// <summary>Yahoo's 1-minute ^N225 bars of the day up to <paramref name="now"/>: from the official open to the
        /// published 11:30 level (levels.csv), then from 12:30 to the official close, in straight lines.</summary>
        private string MinuteBars(DateTimeOffset now)
        {
            const decimal open = 56812.01m, morning = 57926.07m, close = 57650.54m;
            var bars = new List<(long, decimal?, decimal?, decimal?, decimal?, long?)>();
            void Leg(TimeOnly start, int minutes, decimal from, decimal to)
            {
                for (var i = 0; i < minutes; i++)
                {
                    var at = new DateTimeOffset(Day.ToDateTime(start.AddMinutes(i)), Jst);
                    if (at.AddMinutes(1) > now)
                    {
                        return;
                    }

                    var level = Math.Round(from + ((to - from) * (i + 1) / minutes), 2);
                    bars.Add((at.ToUnixTimeSeconds(), level, level, level, level, 0));
                }
            }

            Leg(new TimeOnly(9, 0), 150, open, morning);
            Leg(new TimeOnly(12, 30), 180, morning, close);
            return SourcePayloads.YahooChart("^N225", 32_400, bars);
        }
    }
}
