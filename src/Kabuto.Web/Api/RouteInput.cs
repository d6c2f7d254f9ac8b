using System.Globalization;
using Kabuto.Core.Errors;
using Kabuto.Core.Market;

namespace Kabuto.Web.Api;

/// <summary>Every value a request carries is checked here, at the edge, against the product's closed sets; a bad one
/// becomes a 400 whose detail names the parameter, the value and the fix. Nothing from a request ever names a file.</summary>
internal static class RouteInput
{
    public static readonly IReadOnlyList<string> Editions = ["close", "midday"];
    public static readonly IReadOnlyList<string> Formats = ["json", "md", "html"];
    public static readonly IReadOnlyList<string> Languages = ["en", "ja"];

    public static string Index(string raw)
    {
        var id = raw.Trim().ToUpperInvariant();
        return IndexIds.IsKnown(id)
            ? id
            : throw Bad("index", raw, "is not a known index", $"use one of {string.Join(", ", IndexIds.All)}");
    }

    /// <summary>An index id as the cluster names it (a custom basket's is free text): printable, at most 64 characters.</summary>
    public static string ComputedIndex(string raw) =>
        ClusterId("index", raw, "is not an index id", "use the id the cluster session computed (kabuto cluster store, kabuto levels)");

    /// <summary>A cluster session id (free text, as 'kabuto cluster feed' named it); null when not given.</summary>
    public static string? OptionalSession(string? raw) =>
        string.IsNullOrEmpty(raw) ? null : ClusterId("session", raw, "is not a session id", "use a session_id that GET /api/computed/{index} lists");

    private static string ClusterId(string name, string raw, string problem, string fix)
    {
        var id = raw.Trim();
        return id.Length is > 0 and <= 64 && id.All(c => !char.IsControl(c)) ? id : throw Bad(name, raw, problem, fix);
    }

    public static MarketInfo Market(string raw) =>
        Markets.Find(raw.Trim()) ?? throw Bad("market", raw, "is not a known market",
            $"use one of {string.Join(", ", Markets.All.Select(m => m.Id))}");

    public static DateOnly Date(string name, string raw) =>
        DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Bad(name, raw, "is not a date", "write it as YYYY-MM-DD, e.g. 2024-03-01");

    public static DateOnly RequiredDate(string name, string? raw) =>
        string.IsNullOrEmpty(raw) ? throw Bad(name, null, "is missing", $"add ?{name}=YYYY-MM-DD") : Date(name, raw);

    public static DateOnly? OptionalDate(string name, string? raw) =>
        string.IsNullOrEmpty(raw) ? null : Date(name, raw);

    public static string OneOf(string name, string? raw, IReadOnlyList<string> allowed)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return allowed[0];
        }

        var value = raw.Trim().ToLowerInvariant();
        return allowed.Contains(value, StringComparer.Ordinal)
            ? value
            : throw Bad(name, raw, "is not allowed", $"use one of {string.Join(", ", allowed)}");
    }

    public static void Range(DateOnly? from, DateOnly? to)
    {
        if (from is { } f && to is { } t && f > t)
        {
            throw Fail.User($"from {f:yyyy-MM-dd} is after to {t:yyyy-MM-dd}; swap them");
        }
    }

    private static UserInputException Bad(string name, string? value, string problem, string fix) =>
        Fail.Input("request", null, name, Shorten(value), problem, fix);

    // A hostile value must not turn the error message into a megabyte echo.
    private static string? Shorten(string? value) => value is { Length: > 40 } ? value[..40] + "..." : value;
}
