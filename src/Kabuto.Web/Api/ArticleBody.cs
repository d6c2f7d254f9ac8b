using System.Text;
using System.Text.Json;
using Kabuto.Core.Json;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kabuto.Web.Api;

/// <summary>The article of POST /api/check: plain text, or JSON {"text": ..., "date": ...}. Read with a hard size cap
/// whatever the server in front of us enforces (the test host has no Kestrel limit).</summary>
internal readonly record struct ArticleBody(string Text, string? Date, ProblemHttpResult? Problem)
{
    public static async Task<ArticleBody> ReadAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return TooLarge(limit);
        }

        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return TooLarge(limit);
            }

            buffer.Write(chunk, 0, read);
        }

        var mediaType = request.GetTypedHeaders().ContentType?.MediaType.Value ?? "text/plain";
        var text = Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        ArticleBody body;
        if (mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
        {
            body = FromJson(text);
        }
        else if (mediaType.Equals("text/plain", StringComparison.OrdinalIgnoreCase))
        {
            body = new ArticleBody(text, null, null);
        }
        else
        {
            return Fault(StatusCodes.Status415UnsupportedMediaType, $"content type '{mediaType}' is not accepted; send text/plain or application/json");
        }

        return body.Problem is null && string.IsNullOrWhiteSpace(body.Text)
            ? Fault(StatusCodes.Status400BadRequest, "the article is empty; send its text as the request body")
            : body;
    }

    private static ArticleBody FromJson(string json)
    {
        try
        {
            var request = JsonSerializer.Deserialize<CheckRequest>(json, KabutoJson.Compact);
            return request?.Text is null
                ? Fault(StatusCodes.Status400BadRequest, "the JSON body has no \"text\"; send {\"text\": \"...\", \"date\": \"YYYY-MM-DD\"}")
                : new ArticleBody(request.Text, request.Date, null);
        }
        catch (JsonException e)
        {
            return Fault(StatusCodes.Status400BadRequest, $"the JSON body is not valid ({e.Message}); send {{\"text\": \"...\"}}");
        }
    }

    private static ArticleBody TooLarge(long limit) =>
        Fault(StatusCodes.Status413PayloadTooLarge, $"the article is larger than {limit / 1024} KiB; send a single article");

    private static ArticleBody Fault(int status, string detail) =>
        new(string.Empty, null, TypedResults.Problem(detail, statusCode: status));
}
