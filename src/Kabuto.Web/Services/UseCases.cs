using Kabuto.Data.Store;
using Kabuto.Analytics;
using Kabuto.Analytics.Members;
using Kabuto.Core.Indexing;
using Kabuto.Core.Market;
using Kabuto.Writing.Checking;
using Kabuto.Writing.Composing;
using Kabuto.Writing.Documents;
using Kabuto.Writing.Facts;

namespace Kabuto.Web.Services;

/// <summary>The product's use cases as the API calls them: one method per endpoint, each a thin call into Analytics or
/// Writing, returning the shape the CLI's --json prints. The web layer adds no market logic of its own.</summary>
internal sealed class UseCases
{
    // One fact book for the life of the host: it computes each series' history once and keeps it (thread-safe).
    private readonly FactBook _facts;

    public UseCases(IMarketDataReader store, string? definitionsFolder)
    {
        Store = store;
        _facts = new FactBook(store, Attributions(store, definitionsFolder));
    }

    public IMarketDataReader Store { get; }

    /// <summary>'kabuto day MARKET DATE --json'.</summary>
    public DayResponse Day(MarketInfo market, DateOnly date) =>
        new(market.Id, date, _facts.Day(market.Id, date).Select(FactJson.From).ToList());

    /// <summary>'kabuto records INDEX --json'.</summary>
    public RecordsResponse Records(string index) => new(index, _facts.Records(index).Select(FactJson.From).ToList());

    /// <summary>'kabuto wrap MARKET DATE --edition E --format F'.</summary>
    public WrapText Wrap(MarketInfo market, DateOnly date, string edition, string format)
    {
        var articleFormat = WrapWriter.ParseFormat(format);
        var article = new WrapWriter(Store, new FactBookDayFacts(_facts)).Write(market.Id, date, WrapWriter.ParseEdition(edition));
        return new WrapText(ArticleRenderer.Render(article, articleFormat), articleFormat switch
        {
            ArticleFormat.Json => "application/json",
            ArticleFormat.Html => "text/html",
            _ => "text/markdown",
        });
    }

    /// <summary>'kabuto check FILE [--date D] --json', the article coming from the request body.</summary>
    public CheckReportJson Check(string article, DateOnly? date) =>
        CheckReportJson.From(new ArticleChecker(Store, new FactBookDayFacts(_facts)).Check(article, "request", date));

    /// <summary>Member facts (contributions, sectors) need index definitions, as for the CLI's --definitions.</summary>
    private static IAttributionSource Attributions(IMarketDataReader store, string? folder)
    {
        var definitions = folder is not null && Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).Select(DefinitionLoader.LoadFile).ToList()
            : [];
        return MemberAttributions.For(store, definitions, store is MarketStore market ? new MembershipReader(market) : null);
    }
}

public sealed record DayResponse(string Query, DateOnly Date, IReadOnlyList<FactJson> Facts);

public sealed record RecordsResponse(string Index, IReadOnlyList<FactJson> Facts);

/// <summary>A rendered article and its media type.</summary>
internal readonly record struct WrapText(string Content, string ContentType);
