using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Kabuto.Core.Errors;
using Kabuto.Live.Feeds.KabuStation;
using Kabuto.Live.Ticks;
using Kabuto.TestSupport;
using static Kabuto.TestSupport.FakeKabuStation;

namespace Kabuto.Live.Tests.KabuStation;

/// <summary>The push feed against a fake kabu STATION replaying a scripted session. Waits are injected: silence is
/// judged after 50 ms, reconnection backoff is 10 ms, and the "clock" is a settable time the script moves.</summary>
public sealed class KabuStationTickSourceTests
{
    private const string Password = "api-secret-pw";
    private static readonly DateOnly Day = new(2026, 12, 7);

    [Fact]
    public async Task Read_SessionWithLunchSilenceAndDrop_ReconnectsReRegistersAndYieldsEveryTickOnceInOrder()
    {
        var clock = new SettableTime(At("09:00:05+09:00"));
        KabuStep[] script =
        [
            // The PC is set to China time: every timestamp carries +08:00.
            new KabuStep.Send(Board("101", 38000.10m, "2026-12-07T08:00:05+08:00", 37900m)),
            new KabuStep.Send(Board("151", 2850.25m, "2026-12-07T08:00:06+08:00", 2840m)),
            new KabuStep.Send(Board("101", 38010.50m, "2026-12-07T10:29:59+08:00")),
            new KabuStep.Pause(TimeSpan.FromMilliseconds(400), () => clock.Now = At("11:45:00+09:00")),
            new KabuStep.Send(Board("101", 38020.00m, "2026-12-07T11:30:00+08:00")),
            new KabuStep.Pause(TimeSpan.FromMilliseconds(30)),
            new KabuStep.Drop(),
            // After the re-register the app pushes the current board again: the same price and time, not a new tick.
            new KabuStep.Send(Board("101", 38020.00m, "2026-12-07T11:30:00+08:00")),
            new KabuStep.Send(Board("151", 2855.00m, "2026-12-07T11:30:02+08:00")),
            new KabuStep.Send(Board("7203", 3000m, "2026-12-07T11:30:03+08:00")),
        ];
        await using var fake = await FakeKabuStation.StartAsync(Password, script);
        var log = new ConcurrentQueue<string>();
        clock.Now = At("09:00:05+09:00");

        using var source = await KabuStationTickSource.OpenAsync(Options(fake, clock, log));
        var all = await ReadAsync(source, 5);
        var ticks = all.Where(t => t.Kind != TickKind.Clock).ToList();

        // The lunch silence reached the engine as the clock's time (11:45 JST), after the last morning tick.
        var clockTick = all.First(t => t.Kind == TickKind.Clock);
        Assert.Equal(At("11:45:00+09:00"), new DateTimeOffset(clockTick.TimeUtc, TimeSpan.Zero));
        Assert.True(all.IndexOf(clockTick) > 2);
        Assert.Equal(
            [
                (At("09:00:05+09:00"), 0, 3_800_010L), (At("09:00:06+09:00"), 1, 285_025L), (At("11:29:59+09:00"), 0, 3_801_050L),
                (At("12:30:00+09:00"), 0, 3_802_000L), (At("12:30:02+09:00"), 1, 285_500L),
            ],
            ticks.Select(t => (new DateTimeOffset(t.TimeUtc, TimeSpan.Zero), t.Instrument, t.Price)));
        Assert.Equal(2, fake.Connections);
        Assert.Equal(["101@1,151@1", "101@1,151@1"], fake.Registrations);
        Assert.Equal(2, fake.Tokens);
        Assert.Equal((1L, 1L, 1L, 1L), (source.Stats.Drops, source.Stats.Reconnects, source.Stats.Resent, source.Stats.Unmapped));
        Assert.Single(log, l => l.Contains("lunch break", StringComparison.Ordinal));
        Assert.Equal(37900m, source.PreviousClose(0));
        Assert.DoesNotContain(log, l => l.Contains(Password, StringComparison.Ordinal) || l.Contains("token-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Read_SilenceInTradingHours_ReconnectsAndCarriesOn()
    {
        var clock = new SettableTime(At("10:00:00+09:00"));
        KabuStep[] script =
        [
            new KabuStep.Send(Board("101", 38000m, "2026-12-07T10:00:00+09:00")),
            new KabuStep.Pause(TimeSpan.FromSeconds(5)),
            new KabuStep.Send(Board("101", 38001m, "2026-12-07T10:00:01+09:00")),
            new KabuStep.Pause(TimeSpan.FromSeconds(5), () => clock.Now = At("15:31:00+09:00")),
        ];
        await using var fake = await FakeKabuStation.StartAsync(Password, script);
        var log = new ConcurrentQueue<string>();

        using var source = await KabuStationTickSource.OpenAsync(Options(fake, clock, log));
        var ticks = (await ReadAsync(source, 2)).Where(t => t.Kind != TickKind.Clock).ToList();

        Assert.Equal([3_800_000L, 3_800_100L], ticks.Select(t => t.Price));
        Assert.Equal(2, fake.Connections);
        Assert.Equal(1, source.Stats.Drops);
        Assert.Contains(log, l => l.Contains("was silent for 0.05 s in trading hours", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OpenAsync_RegisterRefusedWith401_FetchesNewTokenAndRegistersAgain()
    {
        await using var fake = await FakeKabuStation.StartAsync(Password, [new KabuStep.Send(Board("101", 38000m, "2026-12-07T10:00:00+09:00"))]);
        fake.RefuseRegisters = 1;

        using var source = await KabuStationTickSource.OpenAsync(Options(fake, new SettableTime(At("16:00:00+09:00")), new()));
        var ticks = await ReadAsync(source, 1);

        Assert.Single(ticks, t => t.Kind != TickKind.Clock);
        Assert.Equal(2, fake.Tokens);
        Assert.Single(fake.Registrations);
    }

    [Fact]
    public async Task OpenAsync_WrongPassword_OneLineErrorWithoutThePassword()
    {
        await using var fake = await FakeKabuStation.StartAsync(Password, []);
        var options = Options(fake, new SettableTime(At("10:00:00+09:00")), new()) with { Password = "wrong-pw-123" };

        var error = await Assert.ThrowsAsync<UserInputException>(() => KabuStationTickSource.OpenAsync(options));

        Assert.Contains("refused the API password (HTTP 400, Code 4001009: API password mismatch): check KABUTO_KABUSTATION_PASSWORD", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-pw-123", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public async Task OpenAsync_AppNotRunning_NotAnsweringStartTheApp()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var options = new KabuStationOptions { BaseUrl = new Uri($"http://127.0.0.1:{port}/kabusapi"), Password = Password, Date = Day };

        var error = await Assert.ThrowsAsync<UserInputException>(() => KabuStationTickSource.OpenAsync(options));

        Assert.Equal($"kabu STATION is not answering at http://127.0.0.1:{port}/kabusapi: start the app and log in", error.Message);
    }

    [Fact]
    public async Task OpenAsync_FiftyOneSymbols_TooManyBeforeConnecting()
    {
        var symbols = Enumerable.Range(1000, 51).Select(c => new KabuStationSymbol(c.ToString(System.Globalization.CultureInfo.InvariantCulture), 1, null, "x")).ToList();
        var options = new KabuStationOptions { BaseUrl = new Uri("http://127.0.0.1:9/kabusapi"), Password = Password, Date = Day, Symbols = symbols };

        var error = await Assert.ThrowsAsync<UserInputException>(() => KabuStationTickSource.OpenAsync(options));

        Assert.Contains("too many symbols: 51 given", error.Message, StringComparison.Ordinal);
    }

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

    /// <summary>Reads until <paramref name="count"/> market ticks have come (or 10 s pass), then stops the source and drains
    /// it. The result holds the clock ticks of the silences too; the one-line tests below leave them out.</summary>
    private static async Task<List<Tick>> ReadAsync(KabuStationTickSource source, int count)
    {
        var ticks = new List<Tick>();
        var reading = Task.Run(() =>
        {
            var buffer = new Tick[64];
            int n;
            while ((n = source.Read(buffer)) > 0)
            {
                lock (ticks)
                {
                    ticks.AddRange(buffer.AsSpan(0, n));
                }
            }
        });
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            lock (ticks)
            {
                if (ticks.Count(t => t.Kind != TickKind.Clock) >= count)
                {
                    break;
                }
            }

            await Task.Delay(10);
        }

        await Task.Delay(100);
        source.Stop();
        await reading.WaitAsync(TimeSpan.FromSeconds(5));
        return ticks;
    }

    private static DateTimeOffset At(string timeWithOffset) =>
        DateTimeOffset.Parse($"2026-12-07T{timeWithOffset}", System.Globalization.CultureInfo.InvariantCulture);

    private sealed class SettableTime(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
