using System.Globalization;
using Kabuto.Core.Calendars;
using Kabuto.Core.Errors;
using Kabuto.Core.Market;
using Kabuto.Live.Feeds.KabuStation;
using Kabuto.Live.UseCases;

namespace Kabuto.Watch;

/// <summary><c>kabuto watch tokyo --feed kabustation</c>: the kabu STATION push feed through the live engine beside the
/// watch, one session per Tokyo trading day until 15:35 JST, its 11:30 levels written to the store
/// (<see cref="LiveMorningLevels"/>) for the midday step.</summary>
public static class LiveFeedBeside
{
    private static readonly TimeOnly StopJst = new(15, 35);

    /// <summary>The outlet name of each index symbol Kabuto writes about: "kabu STATION push 101@1".</summary>
    public static IReadOnlyDictionary<string, string> Outlets(IReadOnlyList<KabuStationSymbol> symbols)
    {
        ArgumentNullException.ThrowIfNull(symbols);
        return symbols.Where(s => s.SeriesId is { } id && IndexIds.IsKnown(id))
            .ToDictionary(s => s.SeriesId!, s => $"kabu STATION push {s.Key}", StringComparer.Ordinal);
    }

    /// <summary>Connects for the first session due (<paramref name="day"/>, or with no day the next trading session not
    /// over yet) and returns the running feed: that session until 15:35 JST, then, with no day, every later one until
    /// the cancellation. A first connection refused is the user's one-line error, thrown here, before the watch starts;
    /// on a later day it is said and that day goes without the feed.</summary>
    public static async Task<Task> StartAsync(KabuStationOptions options, LiveMorningLevels levels, DateOnly? day, TimeProvider clock, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(levels);
        var sessions = Sessions(day, clock).GetEnumerator();
        if (!sessions.MoveNext())
        {
            levels.Stopped();
            return Task.CompletedTask;
        }

        KabuStationTickSource first;
        try
        {
            first = await KabuStationTickSource.OpenAsync(options with { Date = sessions.Current.Session, Time = clock }, cancellation).ConfigureAwait(false);
        }
        catch
        {
            levels.Stopped();
            throw;
        }

        return Task.Run(async () =>
        {
            try
            {
                await RunDay(first, options, levels, sessions.Current.Stop, clock, cancellation).ConfigureAwait(false);
                while (!cancellation.IsCancellationRequested && sessions.MoveNext())
                {
                    var (session, stop) = sessions.Current;
                    try
                    {
                        var source = await KabuStationTickSource.OpenAsync(options with { Date = session, Time = clock }, cancellation).ConfigureAwait(false);
                        await RunDay(source, options, levels, stop, clock, cancellation).ConfigureAwait(false);
                    }
                    catch (UserInputException e)
                    {
                        options.Log($"{e.Message}; {session:yyyy-MM-dd} goes without the live feed");
                    }
                }
            }
            catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
            {
                // stopped with the watch
            }
            finally
            {
                levels.Stopped();
            }
        }, CancellationToken.None);
    }

    /// <summary>The sessions to follow, each with the time its feed stops, decided when asked for (after the one before).</summary>
    private static IEnumerable<(DateOnly Session, DateTimeOffset Stop)> Sessions(DateOnly? day, TimeProvider clock)
    {
        var tokyo = TokyoCalendar.Instance;
        for (var session = day ?? Today(clock, tokyo); ; session = session.AddDays(1))
        {
            var local = session.ToDateTime(StopJst);
            var stop = new DateTimeOffset(local, tokyo.TimeZone.GetUtcOffset(local));
            if (tokyo.Status(session).IsTradingDay && clock.GetUtcNow() < stop)
            {
                yield return (session, stop);
            }

            if (day is not null)
            {
                yield break;
            }
        }
    }

    private static async Task RunDay(KabuStationTickSource source, KabuStationOptions options, LiveMorningLevels levels, DateTimeOffset stop, TimeProvider clock, CancellationToken cancellation)
    {
        using (source)
        {
            using var stopAtClose = clock.CreateTimer(_ => source.Stop(), null, stop - clock.GetUtcNow(), Timeout.InfiniteTimeSpan);
            using var stopOnCancel = cancellation.Register(source.Stop);
            var result = await LiveRun.RunAsync(source, levels.OnLevel, clock).ConfigureAwait(false);
            options.Log(string.Create(CultureInfo.InvariantCulture,
                $"kabu STATION: session {source.Universe.Session.Date:yyyy-MM-dd} over: {source.Stats.Messages:N0} messages, {result.Ticks:N0} ticks"));
        }
    }

    private static DateOnly Today(TimeProvider clock, IExchangeCalendar tokyo) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), tokyo.TimeZone).DateTime);
}
