using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using Kabuto.Core.Errors;
using Kabuto.Core.Json;
using Kabuto.Live.UseCases;
using Kabuto.Web.Services;

namespace Kabuto.Web.Api;

/// <summary>GET /api/live: server-sent events from the live engine replaying a simulated Tokyo session: one
/// "snapshot" event per sampled index value (N225 and TOPIX, a minute apart plus open, 11:30 and close), paced for a
/// chart, then one "end" event with each index's day. With source=feed: the index values of the live feed that
/// 'kabuto live --feed kabustation --serve' is running, as they are published, then "end" when it stops.</summary>
internal static class LiveFeed
{
    public static void MapLiveFeed(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/live", Stream)
            .WithName("live")
            .WithSummary("Server-sent events: snapshots of a simulated session replayed through the live engine.")
            .Produces<string>(StatusCodes.Status200OK, contentType: "text/event-stream")
            .ProducesProblem(StatusCodes.Status400BadRequest);

    private static async Task<IResult> Stream(
        SimulatedSessions sessions, WebOptions options, string? seed, string? date, string? pace_ms, string? source, CancellationToken cancellationToken)
    {
        if (source is not null && source != "simulated")
        {
            return source == "feed" && options.LiveFeed is { } feed
                ? TypedResults.ServerSentEvents(FeedEvents(feed, cancellationToken))
                : throw Fail.Input("request", null, "source", source.Length > 20 ? source[..20] : source, source == "feed" ? "has no live feed running" : "is not allowed",
                    source == "feed" ? "start one with 'kabuto live --feed kabustation --serve'" : "use simulated or feed");
        }

        var seedValue = Integer("seed", seed, 7, 1, 1_000_000);
        var pace = TimeSpan.FromMilliseconds(Integer("pace_ms", pace_ms, 10, 0, 1_000));
        var day = RouteInput.OptionalDate("date", date) ?? DemoSession.DefaultDate;
        var session = await sessions.GetAsync(seedValue, day, cancellationToken);
        return TypedResults.ServerSentEvents(Events(session, pace, cancellationToken));
    }

    private static async IAsyncEnumerable<SseItem<string>> Events(
        LiveSession session, TimeSpan pace, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var snapshot in session.Snapshots)
        {
            yield return new SseItem<string>(KabutoJson.Serialize(snapshot, indented: false), "snapshot");
            if (pace > TimeSpan.Zero)
            {
                await Task.Delay(pace, cancellationToken);
            }
        }

        yield return new SseItem<string>(KabutoJson.Serialize(session.Summaries, indented: false), "end");
    }

    private static async IAsyncEnumerable<SseItem<string>> FeedEvents(LiveBroadcast feed, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var snapshot in feed.Listen(cancellationToken))
        {
            yield return new SseItem<string>(KabutoJson.Serialize(snapshot, indented: false), "snapshot");
        }

        yield return new SseItem<string>("[]", "end");
    }

    private static int Integer(string name, string? raw, int fallback, int min, int max)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return fallback;
        }

        return int.TryParse(raw, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value)
               && value >= min && value <= max
            ? value
            : throw Fail.Input("request", null, name, raw.Length > 20 ? raw[..20] : raw, "is not allowed", $"use a whole number from {min} to {max}");
    }
}
