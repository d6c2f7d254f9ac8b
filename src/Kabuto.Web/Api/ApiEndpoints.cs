using System.Text;
using Kabuto.Writing.Checking;
using Kabuto.Writing.Documents;
using Kabuto.Core.Json;
using Kabuto.Core.Market;
using Kabuto.Web.Services;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kabuto.Web.Api;

/// <summary>The read-only HTTP API: every route is a GET except POST /api/check, which reads an article and writes
/// nothing. Shapes are the CLI's --json shapes.</summary>
internal static class ApiEndpoints
{
    private const string Json = "application/json";

    public static void MapKabutoApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").ProducesProblem(StatusCodes.Status400BadRequest).WithTags("api");
        api.MapGet("/indices", Indices).Produces<IReadOnlyList<IndexCoverage>>(contentType: Json).WithName("indices").WithSummary("Series in the store with their date coverage.");
        api.MapGet("/levels/{index}", Levels).Produces<LevelsResponse>(contentType: Json).WithName("levels").WithSummary("Daily levels of one index, from..to inclusive.");
        api.MapGet("/day/{market}/{date}", Day).Produces<DayResponse>(contentType: Json).WithName("day").WithSummary("The day's facts for a market.");
        api.MapGet("/records/{index}", Records).Produces<RecordsResponse>(contentType: Json).WithName("records").WithSummary("Record and milestone history of an index.");
        api.MapGet("/wrap/{market}/{date}", Wrap).Produces<ArticleJson>(contentType: Json).Produces<string>(contentType: "text/markdown").WithName("wrap").WithSummary("The article (close or midday; md, html or json).");
        api.MapPost("/check", Check).Produces<CheckReportJson>(contentType: Json).WithName("check").WithSummary("Verdict per market claim of an article (text/plain or JSON {text, date}).")
            .Accepts<CheckRequest>(Json, "text/plain");
    }

    private static JsonHttpResult<IReadOnlyList<IndexCoverage>> Indices(UseCases useCases) =>
        TypedResults.Json(IndexCoverage.From(useCases.Store.ListSeries()), KabutoJson.Compact);

    private static Results<JsonHttpResult<LevelsResponse>, ProblemHttpResult> Levels(
        UseCases useCases, string index, string? from, string? to)
    {
        var id = RouteInput.Index(index);
        var first = RouteInput.OptionalDate("from", from);
        var last = RouteInput.OptionalDate("to", to);
        RouteInput.Range(first, last);
        var bars = useCases.Store.GetDailyBars(id, first, last);
        if (bars.Count == 0 && !useCases.Store.ListSeries().Any(s => s.SeriesId == id))
        {
            return TypedResults.Problem($"no levels of {id} are stored; import a file holding {id} first", statusCode: StatusCodes.Status404NotFound);
        }

        return TypedResults.Json(new LevelsResponse(id, first, last, bars), KabutoJson.Compact);
    }

    private static FileContentHttpResult Day(UseCases useCases, DayFactsCache cache, string market, string date)
    {
        var info = RouteInput.Market(market);
        var day = RouteInput.Date("date", date);
        var json = cache.GetOrAdd(info.Id, day, () => Encoding.UTF8.GetBytes(KabutoJson.Serialize(useCases.Day(info, day), indented: false)));
        return TypedResults.Bytes(json, Json);
    }

    private static JsonHttpResult<RecordsResponse> Records(UseCases useCases, string index) =>
        TypedResults.Json(useCases.Records(RouteInput.Index(index)), KabutoJson.Compact);

    private static ContentHttpResult Wrap(UseCases useCases, string market, string date, string? edition, string? format)
    {
        var info = RouteInput.Market(market);
        var day = RouteInput.Date("date", date);
        var article = useCases.Wrap(info, day, RouteInput.OneOf("edition", edition, RouteInput.Editions), RouteInput.OneOf("format", format, RouteInput.Formats));
        return TypedResults.Text(article.Content, article.ContentType, Encoding.UTF8);
    }

    private static async Task<Results<JsonHttpResult<CheckReportJson>, ProblemHttpResult>> Check(
        UseCases useCases, WebOptions options, HttpRequest request, string? date, CancellationToken cancellationToken)
    {
        var body = await ArticleBody.ReadAsync(request, options.MaxRequestBodyBytes, cancellationToken);
        if (body.Problem is { } problem)
        {
            return problem;
        }

        var when = RouteInput.OptionalDate("date", body.Date ?? date);
        return TypedResults.Json(useCases.Check(body.Text, when), KabutoJson.Compact);
    }
}

/// <summary>One series held in the store.</summary>
public sealed record IndexCoverage(string Index, string? Market, DateOnly First, DateOnly Last, int Days)
{
    public static IReadOnlyList<IndexCoverage> From(IReadOnlyList<SeriesCoverage> series) =>
        series.Select(s => new IndexCoverage(s.SeriesId, Markets.ForSeries(s.SeriesId)?.Id, s.First, s.Last, s.Days)).ToList();
}

public sealed record LevelsResponse(string Index, DateOnly? From, DateOnly? To, IReadOnlyList<DailyBar> Levels);

/// <summary>POST /api/check as JSON: the article and, optionally, the date it was published.</summary>
public sealed record CheckRequest(string Text, string? Date);
