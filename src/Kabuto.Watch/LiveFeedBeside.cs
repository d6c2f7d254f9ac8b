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

    /// <summary>Runs the feed for <paramref name="day"/> (with no day: every trading day from today on) until the
    /// cancellation. A connection refused on the first day is the user's one-line error; on a later day it is said and
    /// that day goes without the feed.</summary>
    public static async Task RunAsync(KabuStationOptions options, LiveMorningLevels levels, DateOnly? day, TimeProvider clock, Action<string> say, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(levels);
        var tokyo = TokyoCalendar.Instance;
        try
        {
            var first = true;
            for (var session = day ?? Today(clock, tokyo); !cancellation.IsCancellationRequested; session = session.AddDays(1), first = false)
            {
                var stop = new DateTimeOffset(session.ToDateTime(StopJst), tokyo.TimeZone.GetUtcOffset(session.ToDateTime(StopJst)));
                if (tokyo.Status(session).IsTradingDay && clock.GetUtcNow() < stop)
                {
                    try
                    {
                        await RunDay(options with { Date = session, Time = clock }, levels, stop, clock, cancellation).ConfigureAwait(false);
                    }
                    catch (UserInputException e) when (!first)
                    {
                        say($"{e.Message}; {session:yyyy-MM-dd} goes without the live feed");
                    }
                }

                if (day is not null)
                {
                    break;
                }
            }
        }
        finally
        {
            levels.Stopped();
        }
    }

    private static async Task RunDay(KabuStationOptions options, LiveMorningLevels levels, DateTimeOffset stop, TimeProvider clock, CancellationToken cancellation)
    {
        using var source = await KabuStationTickSource.OpenAsync(options, cancellation).ConfigureAwait(false);
        using var stopAtClose = clock.CreateTimer(_ => source.Stop(), null, stop - clock.GetUtcNow(), Timeout.InfiniteTimeSpan);
        using var stopOnCancel = cancellation.Register(source.Stop);
        var result = await LiveRun.RunAsync(source, levels.OnLevel, clock).ConfigureAwait(false);
        options.Log(string.Create(CultureInfo.InvariantCulture,
            $"kabu STATION: session {options.Date:yyyy-MM-dd} over: {source.Stats.Messages:N0} messages, {result.Ticks:N0} ticks"));
    }

    private static DateOnly Today(TimeProvider clock, IExchangeCalendar tokyo) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), tokyo.TimeZone).DateTime);
}
