using Kabuto.Core.Market;
using Kabuto.Web.Hosting;

namespace Kabuto.Web.Services;

/// <summary>The product's use cases as the API calls them: one method per endpoint, each a thin call into Analytics,
/// Writing or Live. The web layer adds no market logic of its own.</summary>
internal sealed class UseCases(IMarketDataReader store)
{
    public IMarketDataReader Store => store;

    /// <summary>The day's facts as the CLI's 'day --json' prints them.</summary>
    public object Day(MarketInfo market, DateOnly date) =>
        throw Unavailable($"day facts for {market.Id} {date:yyyy-MM-dd}", "Kabuto.Analytics");

    public object Records(string index) => throw Unavailable($"records of {index}", "Kabuto.Analytics");

    public WrapText Wrap(MarketInfo market, DateOnly date, string edition, string format) =>
        throw Unavailable($"the {edition} wrap of {market.Id} {date:yyyy-MM-dd} as {format}", "Kabuto.Writing");

    public object Check(string article, DateOnly? date) => throw Unavailable("the article checker", "Kabuto.Writing");

    private static ServiceUnavailableException Unavailable(string what, string project) =>
        new($"{what} cannot be served yet: the use case in {project} is not part of this build");
}

/// <summary>A rendered article and its media type.</summary>
internal readonly record struct WrapText(string Content, string ContentType);
