using Kabuto.Core.Json;
using Kabuto.Watch;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kabuto.Web.Api;

/// <summary>The editions the watch wrote ('kabuto serve --watch', or a 'kabuto watch' writing into serve's --out
/// folder): GET /api/editions lists them (newest first, with what each lacked; empty without a watch); GET /api/editions/{date}/{file}
/// serves one file as written (Markdown, HTML or JSON).</summary>
internal static class EditionEndpoints
{
    public static void MapEditions(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/editions").ProducesProblem(StatusCodes.Status404NotFound).WithTags("api");
        api.MapGet("/", List).Produces<IReadOnlyList<EditionStatus>>(contentType: "application/json").WithName("editions")
            .WithSummary("The midday and close editions the watch wrote, newest first, with what each lacked.");
        api.MapGet("/{date}/{file}", File).WithName("edition-file").WithSummary("One edition file (md, html or json) as written.");
    }

    /// <summary>Empty when the server writes no editions: the dashboard asks on every page and hides the section.</summary>
    private static JsonHttpResult<IReadOnlyList<EditionStatus>> List(WebOptions options) =>
        TypedResults.Json(options.EditionsFolder is { } folder ? new EditionFiles(folder).List() : [], KabutoJson.Compact);

    private static Results<PhysicalFileHttpResult, ProblemHttpResult> File(WebOptions options, string date, string file)
    {
        if (options.EditionsFolder is not { } folder)
        {
            return NoWatch();
        }

        var day = RouteInput.Date("date", date);
        string path;
        try
        {
            path = new EditionFiles(folder).PathOf(day, file);
        }
        catch (Kabuto.Core.Errors.UserInputException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status404NotFound);
        }

        var type = Path.GetExtension(path) switch
        {
            ".html" => "text/html; charset=utf-8",
            ".json" => "application/json; charset=utf-8",
            _ => "text/markdown; charset=utf-8",
        };
        return TypedResults.PhysicalFile(path, type);
    }

    private static ProblemHttpResult NoWatch() => TypedResults.Problem(
        "this server writes no editions; start it with 'kabuto serve --watch' (or --out DIR to show the folder a 'kabuto watch' writes)",
        statusCode: StatusCodes.Status404NotFound);
}
