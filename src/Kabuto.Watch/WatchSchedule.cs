using Kabuto.Core.Calendars;
using Kabuto.Data.Fetch;
using Kabuto.Writing.Composing;

namespace Kabuto.Watch;

/// <summary>One fetch of a watch step: a source and the dates asked of it (inclusive).</summary>
public sealed record WatchFetch(string Source, DateOnly From, DateOnly To);

/// <summary>One run of a Tokyo day: at <paramref name="AtJst"/>, fetch what the sources have published by then and write
/// the edition. <paramref name="IsFinal"/>: the last run of its edition, retried while its data is incomplete.</summary>
public sealed record WatchStep(string Name, WrapEdition Edition, DateOnly Day, TimeOnly AtJst, IReadOnlyList<WatchFetch> Fetches, bool IsFinal);

/// <summary>When each source publishes a Tokyo day (data-sources.md), as the steps of the day:
/// the midday edition a minute after the morning session ends (Yahoo's minute bars carry 11:30 at once; the Nikkei CSV
/// gives the previous close), a first close edition a minute after the close (the Nikkei CSV and Yahoo are out by then),
/// and the final close edition at 16:30 when J-Quants has published every issue's bars, TOPIX and the sector indices.</summary>
public static class WatchSchedule
{
    /// <summary>J-Quants publishes the day's bars and indices at about 16:30 JST.</summary>
    public static readonly TimeOnly JQuantsPublishedJst = new(16, 30);

    /// <summary>How long after the end of a session the first run waits (the providers' last bar and CSV row).</summary>
    public static readonly TimeSpan AfterSessionEnd = TimeSpan.FromMinutes(1);

    /// <summary>An incomplete final close edition is tried again this often, until <see cref="LastRetryJst"/>.</summary>
    public static readonly TimeSpan RetryEvery = TimeSpan.FromMinutes(10);

    public static readonly TimeOnly LastRetryJst = new(18, 0);

    /// <summary>With a live feed beside the watch, the midday step waits at most this long for the feed's 11:30 levels
    /// (the feed writes them after a minute of lunch silence).</summary>
    public static readonly TimeSpan LiveFeedWait = TimeSpan.FromMinutes(3);

    /// <summary>The steps of a trading day, in time order; empty when Tokyo does not trade on <paramref name="day"/>.</summary>
    public static IReadOnlyList<WatchStep> For(DateOnly day, IExchangeCalendar tokyo)
    {
        ArgumentNullException.ThrowIfNull(tokyo);
        if (tokyo.Sessions(day) is not { } session)
        {
            return [];
        }

        var previous = tokyo.PreviousTradingDay(day);
        var firstClose = session.Close.Add(AfterSessionEnd);
        var steps = new List<WatchStep>();
        if (session.Hours.HasBreak)
        {
            steps.Add(new WatchStep("midday", WrapEdition.Midday, day, session.MorningClose.Add(AfterSessionEnd),
                [new(NikkeiProvider.SourceName, previous, previous), new(YahooProvider.SourceName, previous, day)], IsFinal: true));
        }

        steps.Add(new WatchStep("close (first draft)", WrapEdition.Close, day, firstClose,
            [new(NikkeiProvider.SourceName, previous, day), new(YahooProvider.SourceName, previous, day)], IsFinal: false));
        steps.Add(new WatchStep("close", WrapEdition.Close, day, firstClose > JQuantsPublishedJst ? firstClose : JQuantsPublishedJst,
            [
                new(JQuantsProvider.SourceName, previous, day), new(NikkeiProvider.SourceName, previous, day), new(YahooProvider.SourceName, previous, day),
                new(FredProvider.SourceName, previous.AddDays(-7), day),
            ], IsFinal: true));
        return steps;
    }
}
