using System.Globalization;
using System.Text.Json;
using Kabuto.Core.Errors;

namespace Kabuto.Core.Indexing;

/// <summary>A JSON node with its path (members[3].factor) and its file, so every complaint names both and the fix.</summary>
internal readonly struct DefinitionJson(JsonElement element, string path, string source)
{
    public JsonElement Element => element;

    public string Path => path;

    public bool Has(string name) => element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null;

    public DefinitionJson Child(string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? new DefinitionJson(value, Join(name), source)
            : throw Error(Join(name), null, "is missing", $"add \"{name}\"");

    public UserInputException Error(string field, string? value, string problem, string fix) =>
        Fail.Input(source, null, field, value, problem, fix);

    public UserInputException Error(string problem, string fix) => Error(path, Shown(), problem, fix);

    public void RequireObject(string what)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Error($"must be an object ({what})", "write it as { ... }");
        }
    }

    /// <summary>Unknown fields are errors: a typo ("divsor") must not silently fall back to a default.</summary>
    public void AllowOnly(params string[] names)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (!names.Contains(property.Name, StringComparer.Ordinal))
            {
                throw Error(Join(property.Name), null, "is not a known field here", $"remove it or use one of: {string.Join(", ", names)}");
            }
        }
    }

    public string String(string name)
    {
        var node = Child(name);
        var text = node.Element.ValueKind == JsonValueKind.String
            ? node.Element.GetString()!
            : throw node.Error("must be a string", $"write \"{name}\": \"...\"");
        return string.IsNullOrWhiteSpace(text) ? throw node.Error("must not be empty", $"give \"{name}\" a value") : text.Trim();
    }

    public string? OptionalString(string name) => Has(name) ? String(name) : null;

    public decimal Decimal(string name)
    {
        var node = Child(name);
        return node.Element.ValueKind == JsonValueKind.Number && node.Element.TryGetDecimal(out var value)
            ? value
            : throw node.Error("must be a number", $"write \"{name}\" as a plain JSON number, e.g. 1.5");
    }

    public decimal? OptionalDecimal(string name) => Has(name) ? Decimal(name) : null;

    public decimal Positive(string name)
    {
        var value = Decimal(name);
        return value > 0m ? value : throw Error(Join(name), Format(value), "must be greater than 0", $"set \"{name}\" to a positive number");
    }

    public decimal? OptionalPositive(string name) => Has(name) ? Positive(name) : null;

    /// <summary>A ratio in (0, 1]: free float, capping ratio, weight cap.</summary>
    public decimal? OptionalFraction(string name)
    {
        if (!Has(name))
        {
            return null;
        }

        var value = Decimal(name);
        return value is > 0m and <= 1m ? value : throw Error(Join(name), Format(value), "must be above 0 and at most 1", $"write \"{name}\" as a fraction, e.g. 0.35 for 35 %");
    }

    public int? OptionalInt(string name, int min, int max)
    {
        if (!Has(name))
        {
            return null;
        }

        var value = Decimal(name);
        return value == decimal.Truncate(value) && value >= min && value <= max
            ? (int)value
            : throw Error(Join(name), Format(value), $"must be a whole number from {min} to {max}", $"set \"{name}\" to a whole number in that range");
    }

    public DateOnly Date(string name)
    {
        var text = String(name);
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Error(Join(name), text, "is not a date", "write dates as YYYY-MM-DD");
    }

    public DateOnly? OptionalDate(string name) => Has(name) ? Date(name) : null;

    public IReadOnlyList<DefinitionJson> Array(string name)
    {
        var node = Child(name);
        if (node.Element.ValueKind != JsonValueKind.Array)
        {
            throw node.Error("must be an array", $"write \"{name}\": [ ... ]");
        }

        var items = new List<DefinitionJson>();
        var i = 0;
        foreach (var item in node.Element.EnumerateArray())
        {
            items.Add(new DefinitionJson(item, $"{node.Path}[{i++}]", source));
        }

        return items;
    }

    public string Join(string name) => path.Length == 0 ? name : $"{path}.{name}";

    private string? Shown() => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => element.GetRawText(),
        _ => null,
    };

    private static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
