using System.Globalization;
using System.Text.Json;

namespace Kabuto.Data.Fetch;

/// <summary>Reads a JSON answer strictly enough to say what is wrong with it: not JSON at all, cut off, or a field the
/// contract promises missing (named, with the row). Unknown fields are ignored.</summary>
internal static class JsonAnswer
{
    /// <summary>An HTML page where data was expected is a refusal (a login, consent, block or proof-of-work page), never data.</summary>
    public static void RefuseHtml(SourceCall call, SourceAnswer answer)
    {
        if (answer.IsHtml)
        {
            throw new FetchException(call.Source, call.Shown, $"HTTP {answer.Status} answered an HTML page, not data (a login, consent or block page)",
                "nothing was stored; check the URL and the key, or try again later");
        }
    }

    public static JsonDocument Parse(SourceCall call, SourceAnswer answer)
    {
        RefuseHtml(call, answer);

        try
        {
            return JsonDocument.Parse(answer.Body);
        }
        catch (JsonException e)
        {
            var text = answer.Text.TrimEnd();
            var cut = text.Length > 0 && text[^1] is not ('}' or ']');
            throw new FetchException(call.Source, call.Shown,
                cut ? $"the answer is cut off after {answer.Body.Length:N0} bytes (truncated JSON: {e.Message.Split('|')[0].Split('.')[0]})"
                    : $"the answer is not valid JSON ({e.Message.Split('.')[0]})",
                "nothing of it was stored; try again");
        }
    }

    /// <summary>The root's array property (J-Quants "data"), or a schema error naming it.</summary>
    public static JsonElement Array(SourceCall call, JsonElement root, string name)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty(name, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            throw Schema(call, $"the answer has no '{name}' array");
        }

        return array;
    }

    /// <summary>A field every row must have: its text (a number as written, a string as is; empty for null).</summary>
    public static string Required(SourceCall call, JsonElement row, string name, int rowNumber)
    {
        if (row.ValueKind != JsonValueKind.Object || !row.TryGetProperty(name, out var value))
        {
            throw Schema(call, $"field '{name}' is missing from row {rowNumber.ToString("N0", CultureInfo.InvariantCulture)}");
        }

        return Text(value);
    }

    /// <summary>A field a row may lack (absent or null: empty).</summary>
    public static string Optional(JsonElement row, string name) =>
        row.ValueKind == JsonValueKind.Object && row.TryGetProperty(name, out var value) ? Text(value) : string.Empty;

    public static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => string.Empty,
        JsonValueKind.String => value.GetString() ?? string.Empty,
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.GetRawText(),
    };

    public static FetchException Schema(SourceCall call, string what) =>
        new(call.Source, call.Shown, $"{what}: the answer's layout changed", "nothing of it was stored; update Kabuto (docs/fetch.md lists the fields it reads)");
}
