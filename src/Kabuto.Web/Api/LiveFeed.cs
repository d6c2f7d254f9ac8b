using Kabuto.Web.Hosting;

namespace Kabuto.Web.Api;

/// <summary>GET /api/live: server-sent events from the live engine replaying a simulated session.</summary>
internal static class LiveFeed
{
    public static void MapLiveFeed(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/live", IResult () =>
                throw new ServiceUnavailableException("the live feed cannot be served yet: the engine and simulator in Kabuto.Live are not part of this build"))
            .WithName("live")
            .WithSummary("Server-sent events: snapshots of a replayed simulated session.");
}
