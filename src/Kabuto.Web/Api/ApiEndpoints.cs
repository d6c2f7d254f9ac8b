using System.Text;
using Kabuto.Analytics.History;
using Kabuto.Checking;
using Kabuto.Writing.Documents;
using Kabuto.Core.Errors;
using Kabuto.Core.Json;
using Kabuto.Core.Market;
using Kabuto.Live.UseCases;
using Kabuto.Web.Services;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;

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
        api.MapGet("/computed/{index}", Computed).Produces<ComputedDaysResponse>(contentType: Json).WithName("computed")
            .WithSummary("An index's days as the Kabuto cluster computed them (kabuto cluster store), each with its session; a simulated session says so.");
        api.MapGet("/computed/{index}/series", ComputedSeries).Produces<ComputedSeriesResponse>(contentType: Json).WithName("computed-series")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Every snapshot the Kabuto cluster emitted for an index on a day (kabuto cluster store --series): time, published level, kind.");
        api.MapGet("/day/{market}/{date}", Day).Produces<DayResponse>(contentType: Json).WithName("day").WithSummary("The day's facts for a market (?lang=ja adds Japanese labels).");
        api.MapGet("/records/{index}", Records).Produces<RecordsJson>(contentType: Json).WithName("records").WithSummary("Record and milestone history of an index.");
        api.MapGet("/wrap/{market}/{date}", Wrap).Produces<ArticleJson>(contentType: Json).WithName("wrap").WithSummary("The article (close or midday; md, html or json; ?lang=ja: the Japanese wrap, tokyo only).")
            .AddOpenApiOperationTransformer((operation, _, _) => AlsoAsText(operation, "text/markdown", "text/html"));
        api.MapPost("/check", Check).Produces<CheckReportJson>(contentType: Json).WithName("check").WithSummary("Verdict per market claim of an article (text/plain or JSON {text, date}).")
            .Accepts<CheckRequest>(Json, "text/plain");
    }

    /// <summary>A second Produces for the same status replaces the first, so the text formats are added here.</summary>
    private static Task AlsoAsText(OpenApiOperation operation, params string[] mediaTypes)
    {
        if (operation.Responses?.TryGetValue("200", out var ok) == true && ok.Content is { } content)
        {
            foreach (var mediaType in mediaTypes)
            {
                content[mediaType] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
            }
        }

        return Task.CompletedTask;
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

    // A custom basket's id is the cluster's (free text), so it is not checked against the known indices; it is only
    // ever a query parameter.
    private static Results<JsonHttpResult<ComputedDaysResponse>, ProblemHttpResult> Computed(UseCases useCases, string index, string? from, string? to)
    {
        var id = RouteInput.ComputedIndex(index);
        var first = RouteInput.OptionalDate("from", from);
        var last = RouteInput.OptionalDate("to", to);
        RouteInput.Range(first, last);
        var store = useCases.Store as IComputedSessionReader;
        var days = ComputedDaysOf(store, id);
        if (days.Count == 0)
        {
            return NoComputedDays(id);
        }

        var sessions = store!.ListComputedSessions().ToDictionary(s => s.Session.SessionId, s => s.Session, StringComparer.Ordinal);
        var shown = days.Where(d => (first is null || d.Date >= first) && (last is null || d.Date <= last))
            .Select(d => new ComputedDayJson(d.Date, d.SessionId, sessions[d.SessionId].Simulated, sessions[d.SessionId].Source,
                d.PreviousClose, d.Open, d.MorningClose, d.Close, d.High, d.Low, d.Snapshots))
            .ToList();
        return TypedResults.Json(new ComputedDaysResponse(days[0].IndexId, days[0].Name, shown), KabutoJson.Compact);
    }

    private static IReadOnlyList<ComputedIndexDay> ComputedDaysOf(IComputedSessionReader? store, string id) =>
        store?.GetComputedDays(id.ToUpperInvariant()) is { Count: > 0 } upper ? upper : store?.GetComputedDays(id) ?? [];

    private static ProblemHttpResult NoComputedDays(string id) =>
        TypedResults.Problem($"no computed days of {id} are stored; store a cluster session that computes it ('kabuto cluster store')",
            statusCode: StatusCodes.Status404NotFound);

    /// <summary>The day's series in one stored session. A day that two sessions computed (a simulated session fed
    /// twice under different ids) needs session=ID: levels of two sessions are not one series.</summary>
    private static Results<JsonHttpResult<ComputedSeriesResponse>, ProblemHttpResult> ComputedSeries(
        UseCases useCases, string index, string? date, string? session)
    {
        var id = RouteInput.ComputedIndex(index);
        var day = RouteInput.RequiredDate("date", date);
        var sessionId = RouteInput.OptionalSession(session);
        var store = useCases.Store as IComputedSessionReader;
        var days = ComputedDaysOf(store, id);
        if (days.Count == 0)
        {
            return NoComputedDays(id);
        }

        var storedId = days[0].IndexId;
        var onDay = days.Where(d => d.Date == day && (sessionId is null || d.SessionId == sessionId)).ToList();
        if (onDay.Count == 0)
        {
            var computed = days.Select(d => $"{d.Date:yyyy-MM-dd} ({d.SessionId})").Distinct().ToList();
            var shown = computed.Count <= 5 ? string.Join(", ", computed) : $"{string.Join(", ", computed.TakeLast(5))} and {computed.Count - 5} earlier";
            return TypedResults.Problem(
                $"no computed day of {storedId} on {day:yyyy-MM-dd}{(sessionId is null ? string.Empty : $" in session {sessionId}")} is stored; its computed days: {shown}",
                statusCode: StatusCodes.Status404NotFound);
        }

        if (onDay.Count > 1)
        {
            throw Fail.Input("request", null, "session", null,
                $"is needed: {onDay.Count} stored sessions computed {storedId} on {day:yyyy-MM-dd} ({string.Join(", ", onDay.Select(d => d.SessionId))})",
                "add session=ID naming one of them");
        }

        var computedDay = onDay[0];
        var levels = store!.GetComputedLevels(computedDay.SessionId, computedDay.IndexId);
        if (levels.Count == 0)
        {
            return TypedResults.Problem(
                $"the snapshot series of {storedId} on {day:yyyy-MM-dd} (session {computedDay.SessionId}) is not stored, only its day; store it with "
                + $"'kabuto cluster store --series --session {computedDay.SessionId}' into this server's store while the cluster's levels log still holds the session",
                statusCode: StatusCodes.Status404NotFound);
        }

        var stored = store.FindComputedSession(computedDay.SessionId)!.Session;
        var zone = Markets.Find(stored.Market) is { } market ? TimeZoneInfo.FindSystemTimeZoneById(market.TimeZoneId) : TimeZoneInfo.Utc;
        var series = levels.Select(l => new ComputedLevelJson(TimeZoneInfo.ConvertTime(l.TimeUtc, zone), l.TimeUtc, l.Level, LiveRun.KindName(l.Kind))).ToList();
        return TypedResults.Json(new ComputedSeriesResponse(storedId, computedDay.Name, day, computedDay.SessionId, stored.Market, stored.Simulated, stored.Source, series),
            KabutoJson.Compact);
    }

    private static FileContentHttpResult Day(UseCases useCases, HttpContext context, string market, string date, string? lang)
    {
        var japanese = RouteInput.OneOf("lang", lang, RouteInput.Languages) == "ja";
        var body = useCases.DayJson(RouteInput.Market(market), RouteInput.Date("date", date), japanese);
        var headers = context.Response.Headers;
        headers.Vary = HeaderNames.AcceptEncoding;
        if (!AcceptsGzip(context.Request))
        {
            return TypedResults.Bytes(body.Identity, Json);
        }

        // Already compressed: the response compression middleware leaves a body with a Content-Encoding alone.
        headers.ContentEncoding = "gzip";
        return TypedResults.Bytes(body.Gzip, Json);
    }

    private static bool AcceptsGzip(HttpRequest request) =>
        request.GetTypedHeaders().AcceptEncoding.Any(e =>
            (e.Value.Equals("gzip", StringComparison.OrdinalIgnoreCase) || e.Value.Equals("*", StringComparison.Ordinal))
            && e.Quality is null or > 0);

    private static JsonHttpResult<RecordsJson> Records(UseCases useCases, string index) =>
        TypedResults.Json(useCases.Records(RouteInput.Index(index)), KabutoJson.Compact);

    private static ContentHttpResult Wrap(UseCases useCases, string market, string date, string? edition, string? format, string? lang)
    {
        var info = RouteInput.Market(market);
        var day = RouteInput.Date("date", date);
        var article = useCases.Wrap(info, day, RouteInput.OneOf("edition", edition, RouteInput.Editions), RouteInput.OneOf("format", format, RouteInput.Formats),
            RouteInput.OneOf("lang", lang, RouteInput.Languages));
        return TypedResults.Text(article.Content, article.ContentType, Encoding.UTF8);
    }

    private static async Task<Results<JsonHttpResult<CheckReportJson>, ProblemHttpResult>> Check(
        UseCases useCases, WebOptions options, HttpRequest request, string? date, string? lang, CancellationToken cancellationToken)
    {
        var japanese = RouteInput.OneOf("lang", lang, RouteInput.Languages) == "ja";
        var body = await ArticleBody.ReadAsync(request, options.MaxRequestBodyBytes, cancellationToken);
        if (body.Problem is { } problem)
        {
            return problem;
        }

        var when = RouteInput.OptionalDate("date", body.Date ?? date);
        return TypedResults.Json(useCases.Check(body.Text, when, japanese), KabutoJson.Compact);
    }
}

/// <summary>One series held in the store; <see cref="Name"/> for series whose id does not say it (J-Quants' "JPX-CODE").</summary>
public sealed record IndexCoverage(string Index, string? Name, string? Market, DateOnly First, DateOnly Last, int Days)
{
    public static IReadOnlyList<IndexCoverage> From(IReadOnlyList<SeriesCoverage> series) =>
        series.Select(s => new IndexCoverage(s.SeriesId, Data.Import.SeriesCatalog.DisplayName(s.SeriesId), Markets.ForSeries(s.SeriesId)?.Id,
            s.First, s.Last, s.Days)).ToList();
}

public sealed record LevelsResponse(string Index, DateOnly? From, DateOnly? To, IReadOnlyList<DailyBar> Levels);

/// <summary>GET /api/computed/{index}: the index's computed days, one per stored session.</summary>
public sealed record ComputedDaysResponse(string Index, string Name, IReadOnlyList<ComputedDayJson> Days);

/// <param name="Simulated">True when the session's ticks were made up: its levels are no market's.</param>
public sealed record ComputedDayJson(
    DateOnly Date, string SessionId, bool Simulated, string Source, decimal PreviousClose, decimal? Open, decimal? MorningClose,
    decimal? Close, decimal? High, decimal? Low, long Snapshots);

/// <summary>GET /api/computed/{index}/series: one stored session's snapshot series of the index on a day.</summary>
/// <param name="Market">The session's market; <c>time</c> is in its time zone (JST for tokyo).</param>
public sealed record ComputedSeriesResponse(
    string Index, string Name, DateOnly Date, string SessionId, string Market, bool Simulated, string Source, IReadOnlyList<ComputedLevelJson> Levels);

/// <param name="Time">The instant in the session's market time (JST for tokyo).</param>
/// <param name="Level">The published level (2 dp).</param>
/// <param name="Kind">cadence, open, morning_close or close (joined by '+' when several), as GET /api/live?source=feed.</param>
public sealed record ComputedLevelJson(DateTimeOffset Time, DateTimeOffset TimeUtc, decimal Level, string Kind);

/// <summary>POST /api/check as JSON: the article and, optionally, the date it was published.</summary>
public sealed record CheckRequest(string Text, string? Date);
