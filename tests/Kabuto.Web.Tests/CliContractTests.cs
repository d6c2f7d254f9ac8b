using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Kabuto.Cli;
using Kabuto.Data.Store;
using Kabuto.TestSupport;

namespace Kabuto.Web.Tests;

/// <summary>The product contract: each endpoint's body is what the matching CLI command prints with --json, over the
/// same imported database (the API may add a field, never rename or drop one), in the CLI's conventions: snake_case
/// names, dates "YYYY-MM-DD", numbers as JSON numbers.</summary>
[Collection(ImportedStoreCollection.Name)]
public sealed partial class CliContractTests(ImportedStore store) : ImportedHostTests(store)
{
    [Theory]
    [InlineData("2024-03-01")]
    [InlineData("2026-02-10")]
    [InlineData("2026-03-18")]
    public async Task Day_RealDate_IsTheCliDayJson(string date)
    {
        if (Host is null)
        {
            return;
        }

        var api = await ApiAsync($"/api/day/tokyo/{date}");
        var cli = Cli("day", "tokyo", date, "--json");

        AssertSameJson(cli, api);
        AssertConventions(api);
    }

    [Fact]
    public async Task Day_MemberDate_HasShadowContributionsWithProvenance()
    {
        if (Host is null)
        {
            return;
        }

        var facts = (await ApiAsync("/api/day/tokyo/2026-03-18"))["facts"]!.AsArray();

        Assert.True(facts.Count(f => (string?)f!["kind"] == "contribution_points") >= 200, "fewer than 200 member contributions");
        Assert.Contains(facts, f => (string?)f!["kind"] == "sector_change_pct");
        Assert.Contains(facts, f => f!["provenance"] is not null);
    }

    [Theory]
    [InlineData("N225")]
    [InlineData("TOPIX")]
    public async Task Records_Index_IsTheCliRecordsJson(string index)
    {
        if (Host is null)
        {
            return;
        }

        var api = await ApiAsync($"/api/records/{index}");

        AssertSameJson(Cli("records", index, "--json"), api);
        AssertConventions(api);
    }

    [Fact]
    public async Task Indices_EveryCliFieldIsServedWithTheSameValue()
    {
        if (Host is null)
        {
            return;
        }

        var api = (await ApiAsync("/api/indices")).AsArray();
        var cli = Cli("indices", "--json").AsArray();

        Assert.Equal(cli.Count, api.Count);
        foreach (var (cliRow, apiRow) in cli.Zip(api))
        {
            AssertContains(cliRow!.AsObject(), apiRow!.AsObject());
        }

        AssertConventions(api);
    }

    [Fact]
    public async Task Levels_Range_EveryCliFieldIsServedWithTheSameValue()
    {
        if (Host is null)
        {
            return;
        }

        var api = await ApiAsync("/api/levels/N225?from=2024-02-01&to=2024-03-01");
        var cli = Cli("levels", "N225", "--from", "2024-02-01", "--to", "2024-03-01", "--json");

        AssertContains(cli.AsObject(), api.AsObject());
        Assert.Equal("2024-02-01", (string?)api["from"]);
        Assert.Equal(20, api["levels"]!.AsArray().Count);
        AssertConventions(api);
    }

    [Theory]
    [InlineData("2024-03-01", "close")]
    [InlineData("2026-03-18", "close")]
    [InlineData("2026-03-18", "midday")]
    public async Task Wrap_Json_IsTheCliWrapJson(string date, string edition)
    {
        if (Host is null)
        {
            return;
        }

        var api = await ApiAsync($"/api/wrap/tokyo/{date}?edition={edition}&format=json");

        AssertSameJson(Cli("wrap", "tokyo", date, "--edition", edition, "--format", "json"), api);
        AssertConventions(api);
    }

    [Fact]
    public async Task Check_Article_IsTheCliCheckJsonButForTheFile()
    {
        if (Host is null)
        {
            return;
        }

        const string Article = "Japan's Nikkei 225 rallied 1.90% to close at a record 39,910.82 on Friday, March 1, 2024. The broader TOPIX rose 1.3%.";
        using var file = new TempDirectory();
        var path = file.File("article.txt");
        await File.WriteAllTextAsync(path, Article);
        using var content = new StringContent(Article, Encoding.UTF8, "text/plain");
        using var response = await Host.Client.PostAsync(new Uri("/api/check", UriKind.Relative), content);
        var api = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

        var cli = Cli("check", path, "--json").AsObject();

        Assert.Equal("request", (string?)api["file"]);
        api.Remove("file");
        cli.Remove("file");
        AssertSameJson(cli, api);
        AssertConventions(api);
    }

    private async Task<JsonNode> ApiAsync(string path) => JsonNode.Parse((await Host!.GetJsonAsync(path)).GetRawText())!;

    private JsonNode Cli(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = KabutoCli.Run([.. args, "--db", DbPath!], stdout, stderr);
        Assert.True(code == KabutoCli.Ok, $"kabuto {string.Join(' ', args)} exited {code}: {stderr}");
        return JsonNode.Parse(stdout.ToString())!;
    }

    private static void AssertSameJson(JsonNode expected, JsonNode actual) =>
        Assert.True(JsonNode.DeepEquals(expected, actual), $"API differs from CLI at {FirstDifference(expected, actual, "$")}");

    /// <summary>Every field of the CLI's object is in the API's, with an equal value.</summary>
    private static void AssertContains(JsonObject cli, JsonObject api)
    {
        foreach (var (name, value) in cli)
        {
            Assert.True(api.ContainsKey(name), $"the API has no '{name}'");
            AssertSameJson(value!, api[name]!);
        }
    }

    /// <summary>snake_case names; strings that look like dates are ISO dates; numeric fields are JSON numbers.</summary>
    private static void AssertConventions(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    Assert.Matches(SnakeCase(), name);
                    if (name is "value" or "close" or "reference_value" or "open" or "high" or "low" && value is not null)
                    {
                        Assert.Equal(JsonValueKind.Number, value.GetValueKind());
                    }

                    if ((name == "date" || name.EndsWith("_date", StringComparison.Ordinal) || name is "first" or "last" or "from" or "to")
                        && value is not null)
                    {
                        Assert.Matches(IsoDate(), (string)value!);
                    }

                    AssertConventions(value);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    AssertConventions(item);
                }

                break;
        }
    }

    private static string FirstDifference(JsonNode? a, JsonNode? b, string at)
    {
        if (a is JsonObject oa && b is JsonObject ob)
        {
            foreach (var name in oa.Select(p => p.Key).Union(ob.Select(p => p.Key)))
            {
                if (!JsonNode.DeepEquals(oa[name], ob[name]))
                {
                    return FirstDifference(oa[name], ob[name], $"{at}.{name}");
                }
            }
        }

        if (a is JsonArray aa && b is JsonArray ab)
        {
            if (aa.Count != ab.Count)
            {
                return $"{at}: {aa.Count} items vs {ab.Count}";
            }

            for (var i = 0; i < aa.Count; i++)
            {
                if (!JsonNode.DeepEquals(aa[i], ab[i]))
                {
                    return FirstDifference(aa[i], ab[i], $"{at}[{i}]");
                }
            }
        }

        return $"{at}: CLI {a?.ToJsonString() ?? "missing"} vs API {b?.ToJsonString() ?? "missing"}";
    }

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex SnakeCase();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoDate();
}
