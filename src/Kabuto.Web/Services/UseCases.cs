using Kabuto.Analytics;
using Kabuto.Analytics.Facts;
using Kabuto.Core.Market;
using Kabuto.Web.Hosting;
using Kabuto.Writing.Composing;
using Kabuto.Writing.Documents;

namespace Kabuto.Web.Services;

/// <summary>The product's use cases as the API calls them: one method per endpoint, each a thin call into Analytics,
/// Writing or Live. The web layer adds no market logic of its own.</summary>
internal sealed class UseCases(IMarketDataReader store)
{
    // One fact book for the life of the host: it computes each series' history once and keeps it.
    private readonly FactBook _facts = new(store);

    public IMarketDataReader Store => store;

    /// <summary>The day's facts, as 'kabuto day MARKET DATE --json' prints them.</summary>
    public IReadOnlyList<Fact> Day(MarketInfo market, DateOnly date) => _facts.Day(market.Id, date);

    /// <summary>The record and milestone history, as 'kabuto records INDEX --json' prints it.</summary>
    public IReadOnlyList<Fact> Records(string index) => _facts.Records(index);

    public WrapText Wrap(MarketInfo market, DateOnly date, string edition, string format)
    {
        var articleFormat = WrapWriter.ParseFormat(format);
        var text = WrapWriter.Over(store).Render(market.Id, date, WrapWriter.ParseEdition(edition), articleFormat);
        return new WrapText(text, articleFormat switch
        {
            ArticleFormat.Json => "application/json",
            ArticleFormat.Html => "text/html",
            _ => "text/markdown",
        });
    }

    public object Check(string article, DateOnly? date) => throw Unavailable("the article checker", "Kabuto.Writing");

    private static ServiceUnavailableException Unavailable(string what, string project) =>
        new($"{what} cannot be served yet: the use case in {project} is not part of this build");
}

/// <summary>A rendered article and its media type.</summary>
internal readonly record struct WrapText(string Content, string ContentType);
