using System.Text.Json;
using Kabuto.Core.Errors;

namespace Kabuto.Core.Indexing;

/// <summary>Reads an index definition file (docs/definitions.md). Every problem is one line naming the file, the
/// field as a JSON path (members[3].factor) and the fix. Parsing is pure; only <see cref="LoadFile"/> touches disk.</summary>
public static class DefinitionLoader
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private static readonly string[] TopFields =
    [
        "id", "name", "description", "methodology", "split_policy", "divisor_rounding", "level_decimals", "return",
        "weight_cap", "base_date", "divisor", "base_market_value", "base_level", "official_series", "members", "events",
    ];

    public static IndexDefinition LoadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw Fail.Input(path, null, "definition file", null, "does not exist", "check the path (definitions/djia-2011.json is an example)");
        }

        return Parse(File.ReadAllText(path), path);
    }

    /// <param name="json">The file's text.</param>
    /// <param name="source">The file name used in error messages.</param>
    public static IndexDefinition Parse(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = ParseDocument(json, source);
        var root = new DefinitionJson(document.RootElement, string.Empty, source);
        if (root.Element.ValueKind != JsonValueKind.Object)
        {
            throw Fail.Input(source, null, "the file", null, "is not a JSON object", "start the definition with { \"id\": ..., \"methodology\": ... }");
        }

        root.AllowOnly(TopFields);
        var id = root.String("id");
        var methodology = ReadMethodology(root);
        var members = MemberReader.ReadAll(root, methodology);
        var (divisor, baseLevel) = ReadDivisor(root, methodology);
        var baseDate = root.OptionalDate("base_date");
        if (methodology.WeightCap is { } cap && cap * members.Count < 1m)
        {
            throw root.Error("weight_cap", cap.ToString(System.Globalization.CultureInfo.InvariantCulture), $"cannot hold {members.Count} members (weight_cap × members must be at least 1)", "raise weight_cap or add members");
        }

        var events = root.Has("events") ? EventReader.ReadAll(root.Array("events"), methodology, members, baseDate) : [];
        return new IndexDefinition(id, methodology, members, divisor, events)
        {
            Name = root.OptionalString("name"),
            Source = source,
            OfficialSeries = root.OptionalString("official_series"),
            BaseDate = baseDate,
            BaseLevel = baseLevel,
        };
    }

    private static JsonDocument ParseDocument(string json, string source)
    {
        try
        {
            return JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException e)
        {
            var reason = e.Message.Split(" LineNumber", 2)[0].TrimEnd('.', ' ');
            throw Fail.Input(source, (int)(e.LineNumber ?? 0) + 1, "the file", null,
                $"is not valid JSON at byte {e.BytePositionInLine + 1} ({reason})", "fix the JSON syntax on that line");
        }
    }

    private static Methodology ReadMethodology(DefinitionJson root)
    {
        var name = root.String("methodology");
        var weighting = name switch
        {
            "price_weighted" => Weighting.PriceWeighted,
            "cap_weighted" => Weighting.CapWeighted,
            "capped_cap_weighted" => Weighting.CappedCapWeighted,
            "equal_weighted" => Weighting.EqualWeighted,
            _ => throw root.Error("methodology", name, "is not a known methodology", "use price_weighted, cap_weighted, capped_cap_weighted or equal_weighted"),
        };

        var splitPolicy = ReadSplitPolicy(root, weighting);
        var cap = root.OptionalFraction("weight_cap");
        if (weighting == Weighting.CappedCapWeighted && cap is null)
        {
            throw root.Error("weight_cap", null, "is missing", "a capped_cap_weighted index needs \"weight_cap\", e.g. 0.1 for 10 %");
        }

        if (weighting != Weighting.CappedCapWeighted && cap is not null)
        {
            throw root.Error("weight_cap", null, $"is not used by a {name} index", "remove it or use methodology capped_cap_weighted");
        }

        var returnKind = root.OptionalString("return") switch
        {
            null or "price" => ReturnKind.Price,
            "total" => ReturnKind.Total,
            var other => throw root.Error("return", other, "is not a return kind", "use \"price\" or \"total\""),
        };

        return new Methodology(weighting, splitPolicy, ReadRounding(root))
        {
            Return = returnKind,
            WeightCap = cap,
            LevelDecimals = root.OptionalInt("level_decimals", 0, 8) ?? 2,
        };
    }

    private static SplitPolicy ReadSplitPolicy(DefinitionJson root, Weighting weighting)
    {
        var text = root.OptionalString("split_policy");
        if (weighting != Weighting.PriceWeighted)
        {
            // Cap-weighted members carry share counts, so a split always rescales shares and never the divisor.
            return text is null ? SplitPolicy.AdjustFactor
                : throw root.Error("split_policy", text, "applies to price_weighted indices only", "remove it (cap-weighted splits rescale the shares)");
        }

        return text switch
        {
            null or "adjust_divisor" => SplitPolicy.AdjustDivisor,
            "adjust_factor" => SplitPolicy.AdjustFactor,
            _ => throw root.Error("split_policy", text, "is not a split policy", "use adjust_divisor (the Dow) or adjust_factor (the Nikkei PAF)"),
        };
    }

    private static DivisorRounding ReadRounding(DefinitionJson root)
    {
        if (!root.Has("divisor_rounding"))
        {
            return DivisorRounding.None;
        }

        var node = root.Child("divisor_rounding");
        if (node.Element.ValueKind == JsonValueKind.String)
        {
            return node.Element.GetString() switch
            {
                "none" => DivisorRounding.None,
                "nikkei" => DivisorRounding.Nikkei,
                var other => throw node.Error("divisor_rounding", other, "is not a known rounding rule",
                    "use \"none\", \"nikkei\" or a list like [{\"from\": \"2022-06-01\", \"decimals\": 8}]"),
            };
        }

        var steps = root.Array("divisor_rounding").Select(step =>
        {
            step.RequireObject("a rounding step");
            step.AllowOnly("from", "decimals");
            return new DivisorRoundingStep(step.OptionalDate("from"), step.OptionalInt("decimals", 0, 20)
                ?? throw step.Error(step.Join("decimals"), null, "is missing", "add \"decimals\": 8 (places the divisor is rounded to)"));
        });
        return new DivisorRounding(steps.OrderBy(s => s.From ?? DateOnly.MinValue).ToList());
    }

    private static (decimal Divisor, decimal BaseLevel) ReadDivisor(DefinitionJson root, Methodology methodology)
    {
        if (methodology.IsPriceWeighted)
        {
            if (root.Has("base_market_value"))
            {
                throw root.Error("base_market_value", null, "is not used by a price_weighted index", "remove it and give \"divisor\"");
            }

            return root.Has("divisor") ? (root.Positive("divisor"), 1m)
                : throw root.Error("divisor", null, "is missing", "add \"divisor\": the provider's divisor in force at the base date (e.g. 0.132129493)");
        }

        var baseLevel = root.OptionalPositive("base_level") ?? 100m;
        return (root.Has("divisor"), root.Has("base_market_value")) switch
        {
            (true, false) => (root.Positive("divisor"), 1m),
            (false, true) => (root.Positive("base_market_value") / baseLevel, baseLevel),
            (true, true) => throw root.Error("divisor", null, "is given together with base_market_value", "keep one of the two"),
            _ => throw root.Error("base_market_value", null, "is missing",
                "add \"base_market_value\" (and \"base_level\", default 100), or \"divisor\""),
        };
    }
}
