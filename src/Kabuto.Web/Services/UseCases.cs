using System.Text.Json;
using Kabuto.Analytics;
using Kabuto.Analytics.History;
using Kabuto.Analytics.Members;
using Kabuto.Core.Indexing;
using Kabuto.Core.Json;
using Kabuto.Core.Market;
using Kabuto.Checking;
using Kabuto.Writing.Composing;
using Kabuto.Writing.Documents;
using Kabuto.Writing.Facts;
using Kabuto.Writing.Text;
// The CLI's day and records print this one (nulls left out, factor provenance kept), not the article's FactJson.
using FactJson = Kabuto.Analytics.Facts.FactJson;

namespace Kabuto.Web.Services;

/// <summary>The product's use cases as the API calls them: one method per endpoint, each a thin call into Analytics or
/// Writing, returning the shape the CLI's --json prints. The web layer adds no market logic of its own. One instance
/// serves one state of the store (see <see cref="StoreGenerations"/>), so what it computes once it may keep.</summary>
internal sealed class UseCases
{
    // Computes each series' history once and keeps it (thread-safe); the shadow calibration likewise runs once.
    private readonly FactBook _facts;
    private readonly DayFactsCache _days;

    public UseCases(IMarketDataReader store, IIndexMembershipReader? membership, string? definitionsFolder, int dayCacheEntries)
    {
        Store = store;
        _facts = new FactBook(store, Attributions(store, membership, definitionsFolder));
        _days = new DayFactsCache(dayCacheEntries);
    }

    public IMarketDataReader Store { get; }

    /// <summary>'kabuto day MARKET DATE --json'.</summary>
    public DayResponse Day(MarketInfo market, DateOnly date) =>
        new(market.Id, date, _facts.Day(market.Id, date).Select(FactJson.From).ToList());

    /// <summary>'kabuto day MARKET DATE --lang ja --json': the same facts with Japanese labels by kind, session and index.</summary>
    public JapaneseDayResponse JapaneseDay(MarketInfo market, DateOnly date)
    {
        var facts = _facts.Day(market.Id, date);
        return new(market.Id, date, facts.Select(FactJson.From).ToList(), "ja", DayLabels.Japanese(facts));
    }

    /// <summary><see cref="Day"/> (or <see cref="JapaneseDay"/>) as compact UTF-8 JSON (and gzipped), built on the first
    /// request for the day and then served as is.</summary>
    public CachedBody DayJson(MarketInfo market, DateOnly date, bool japanese = false) => japanese
        ? _days.GetOrAdd(market.Id + "/ja", date, () => CachedBody.Of(JsonSerializer.SerializeToUtf8Bytes(JapaneseDay(market, date), KabutoJson.Compact)))
        : _days.GetOrAdd(market.Id, date, () => CachedBody.Of(JsonSerializer.SerializeToUtf8Bytes(Day(market, date), KabutoJson.Compact)));

    /// <summary>'kabuto records INDEX --json'.</summary>
    public RecordsJson Records(string index) => RecordsJson.From(_facts.RecordSummary(index));

    /// <summary>'kabuto wrap MARKET DATE --edition E --format F'.</summary>
    public WrapText Wrap(MarketInfo market, DateOnly date, string edition, string format, string language = "en")
    {
        var articleFormat = WrapWriter.ParseFormat(format);
        // As 'kabuto wrap' composes it: the fact book for the market's indices, bare bar facts for the regional and
        // overnight lines. The bar facts are made per request: their history cache is not thread-safe.
        var article = new WrapWriter(Store, new FactBookDayFacts(_facts), new BarFactBook(Store, rankings: false))
            .Write(market.Id, date, WrapWriter.ParseEdition(edition), WrapWriter.ParseLanguage(language));
        return new WrapText(ArticleRenderer.Render(article, articleFormat), articleFormat switch
        {
            ArticleFormat.Json => "application/json",
            ArticleFormat.Html => "text/html",
            _ => "text/markdown",
        });
    }

    /// <summary>'kabuto check FILE [--date D] --json', the article coming from the request body.</summary>
    public CheckReportJson Check(string article, DateOnly? date, bool japanese = false)
    {
        // ArticleChecker.Over's composition, over this host's fact book (which also knows the member attributions).
        var facts = new TieredDayFacts(new FactBookDayFacts(_facts), new BarFactBook(Store, rankings: false), [IndexIds.N225, IndexIds.Topix]);
        return CheckReportJson.From(new ArticleChecker(Store, facts).Check(article, "request", date), japanese);
    }

    /// <summary>Member facts (contributions, sectors), as the CLI's day and wrap find them: index definitions (its
    /// --definitions), then the Nikkei 225 shadow basket from the stored membership.</summary>
    private static IAttributionSource Attributions(IMarketDataReader store, IIndexMembershipReader? membership, string? folder)
    {
        var definitions = folder is not null && Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).Select(DefinitionLoader.LoadFile).ToList()
            : [];
        return MemberAttributions.For(store, definitions, membership);
    }
}

public sealed record DayResponse(string Query, DateOnly Date, IReadOnlyList<FactJson> Facts);

/// <summary>GET /api/day/{market}/{date}?lang=ja: the facts as in <see cref="DayResponse"/>, plus Japanese labels.</summary>
public sealed record JapaneseDayResponse(string Query, DateOnly Date, IReadOnlyList<FactJson> Facts, string Language, DayLabelsJson Labels);

/// <summary>A rendered article and its media type.</summary>
internal readonly record struct WrapText(string Content, string ContentType);
