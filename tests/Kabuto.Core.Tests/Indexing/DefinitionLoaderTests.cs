using System.Runtime.CompilerServices;
using Kabuto.Core.Errors;
using Kabuto.Core.Indexing;

namespace Kabuto.Core.Tests.Indexing;

public sealed class DefinitionLoaderTests
{
    private const string Source = "defs/test.json";

    private static string Dow(string members = """[{ "code": "AA", "factor": 1 }, { "code": "AXP" }]""", string extra = "") => $$"""
        {
          "id": "t",
          "methodology": "price_weighted",
          "divisor": 0.132129493,
          {{extra}}
          "members": {{members}}
        }
        """;

    private static UserInputException Fails(string json) =>
        Assert.Throws<UserInputException>(() => DefinitionLoader.Parse(json, Source));

    [Fact]
    public void LoadFile_ShippedDjia2011_HasThe30MembersAndDivisor()
    {
        var path = Path.Combine(RepositoryRoot(), "definitions", "djia-2011.json");

        var definition = DefinitionLoader.LoadFile(path);

        Assert.Equal(30, definition.Members.Count);
        Assert.Equal(0.132129493m, definition.Divisor);
        Assert.Equal("DJIA", definition.OfficialSeries);
        Assert.Equal(SplitPolicy.AdjustDivisor, definition.Methodology.SplitPolicy);
        Assert.All(definition.Members, m => Assert.Equal(1m, m.Factor));
    }

    [Fact]
    public void LoadFile_EveryShippedDefinition_Loads()
    {
        var files = Directory.GetFiles(Path.Combine(RepositoryRoot(), "definitions"), "*.json", SearchOption.AllDirectories);

        Assert.All(files, file => Assert.NotEmpty(DefinitionLoader.LoadFile(file).Members));
    }

    [Fact]
    public void LoadFile_NikkeiWorkedExample_ReplaysToDivisorFourPointThree()
    {
        var definition = DefinitionLoader.LoadFile(Path.Combine(RepositoryRoot(), "definitions", "examples", "nikkei-worked-example.json"));
        var closes = new Dictionary<string, decimal>(StringComparer.Ordinal) { ["X"] = 2000m, ["Z"] = 800m, ["W"] = 3500m };

        var adjustments = EventReplay.Replay(definition, null, (code, date) => code == "Y" ? (date.Day == 5 ? 12000m : 6000m) : closes[code]);

        Assert.Equal([4m, 4.5m, 4.3m], adjustments.Select(a => a.After.Divisor));
        Assert.All(adjustments, a => Assert.Equal(3000m, decimal.Round(a.LevelAfter, 10)));
    }

    [Fact]
    public void Parse_MissingFactor_DefaultsToOne()
    {
        var definition = DefinitionLoader.Parse(Dow(), Source);

        Assert.Equal(1m, definition.Members[1].Factor);
    }

    [Fact]
    public void Parse_NegativeFactor_NamesFileFieldAndFix()
    {
        var error = Fails(Dow("""[{ "code": "AA" }, { "code": "AXP", "factor": -1 }]"""));

        Assert.Equal("defs/test.json: members[1].factor '-1' must be greater than 0; set \"factor\" to a positive number", error.Message);
    }

    [Fact]
    public void Parse_ZeroFactor_Fails()
    {
        var error = Fails(Dow("""[{ "code": "AA", "factor": 0 }]"""));

        Assert.Contains("members[0].factor '0' must be greater than 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DuplicateCode_NamesBothEntries()
    {
        var error = Fails(Dow("""[{ "code": "AA" }, { "code": "AXP" }, { "code": "AA" }]"""));

        Assert.Contains("members[2].code 'AA' repeats members[0]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EmptyCode_Fails()
    {
        var error = Fails(Dow("""[{ "code": " " }]"""));

        Assert.Contains("members[0].code", error.Message, StringComparison.Ordinal);
        Assert.Contains("must not be empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MissingDivisor_SaysWhatToAdd()
    {
        var error = Fails("""{ "id": "t", "methodology": "price_weighted", "members": [{ "code": "AA" }] }""");

        Assert.StartsWith("defs/test.json: divisor is missing; add \"divisor\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownMethodology_ListsTheKnownOnes()
    {
        var error = Fails(Dow().Replace("price_weighted", "price_weigted", StringComparison.Ordinal));

        Assert.Contains("methodology 'price_weigted' is not a known methodology; use price_weighted, cap_weighted", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BadJson_NamesFileAndLine()
    {
        var error = Fails("{\n  \"id\": \"t\",\n  \"methodology\" \"price_weighted\"\n}");

        Assert.StartsWith("defs/test.json:3: the file is not valid JSON", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Parse_MisspelledField_IsRejected()
    {
        var error = Fails(Dow(extra: "\"divsor\": 1,"));

        Assert.Contains("divsor is not a known field here", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_FactorNumberAsString_Fails()
    {
        var error = Fails(Dow("""[{ "code": "AA", "factor": "1" }]"""));

        Assert.Contains("members[0].factor '1' must be a number", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EventOnCodeNotInIndex_NamesEventAndDate()
    {
        var error = Fails(Dow(extra: """
            "events": [{ "date": "2011-02-01", "kind": "split", "code": "ZZ", "ratio": 2 }],
            """));

        Assert.Contains("events[0].code 'ZZ' is not a member on 2011-02-01", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EventsOfEveryKind_BecomeTypedEvents()
    {
        var events = """
            "events": [
              { "date": "2020-08-31", "kind": "split", "code": "AA", "ratio": 4 },
              { "date": "2020-08-31", "kind": "replacement", "code": "AXP", "member": { "code": "CRM" }, "reference_price": 200.5 },
              { "date": "2020-09-01", "kind": "reverse_split", "code": "AA", "ratio": 5 },
              { "date": "2020-09-02", "kind": "rights_issue", "code": "AA", "new_shares_per_old": 0.2, "subscription_price": 600 },
              { "date": "2020-09-03", "kind": "factor_change", "code": "AA", "factor": 0.5 },
              { "date": "2020-09-03", "kind": "capping_change", "code": "AA", "capping_ratio": 0.9 },
              { "date": "2020-09-04", "kind": "addition", "member": { "code": "NEW", "factor": 0.1 } },
              { "date": "2020-09-05", "kind": "deletion", "code": "NEW" },
              { "date": "2020-09-06", "kind": "dividend", "code": "AA", "amount": 0.25 }
            ],
            """;

        var definition = DefinitionLoader.Parse(Dow(extra: events), Source);

        Assert.Equal(9, definition.Events.Count);
        var split = Assert.IsType<SplitEvent>(definition.Events[0]);
        Assert.Equal(4m, split.Ratio);
        Assert.Equal(200.5m, Assert.IsType<ReplacementEvent>(definition.Events[1]).ReferencePrice);
        Assert.Equal(0.2m, Assert.IsType<SplitEvent>(definition.Events[2]).Ratio);
    }

    [Fact]
    public void Parse_ShareChangeOnPriceWeighted_IsRejected()
    {
        var error = Fails(Dow(extra: """
            "events": [{ "date": "2011-02-01", "kind": "share_change", "code": "AA", "shares": 2 }],
            """));

        Assert.Contains("does not apply to a price_weighted index", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TopixStyle_DerivesDivisorFromBaseMarketValue()
    {
        var json = """
            { "id": "topix-mini", "methodology": "cap_weighted", "base_market_value": 8602056951154, "base_level": 100,
              "members": [{ "code": "7203", "shares": 16314987460, "free_float": 0.75 }] }
            """;

        var definition = DefinitionLoader.Parse(json, Source);

        Assert.Equal(86020569511.54m, definition.Divisor);
        Assert.Equal(8602056951154m, definition.BaseMarketValue);
    }

    [Fact]
    public void Parse_CappedWithoutCap_Fails()
    {
        var error = Fails("""{ "id": "c", "methodology": "capped_cap_weighted", "divisor": 1, "members": [{ "code": "A", "shares": 1 }] }""");

        Assert.Contains("weight_cap is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_CapWeightedWithoutShares_Fails()
    {
        var error = Fails("""{ "id": "c", "methodology": "cap_weighted", "divisor": 1, "members": [{ "code": "A" }] }""");

        Assert.Contains("members[0].shares is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NikkeiRoundingPreset_RoundsToThreeThenEight()
    {
        var definition = DefinitionLoader.Parse(Dow(extra: "\"split_policy\": \"adjust_factor\", \"divisor_rounding\": \"nikkei\","), Source);

        Assert.Equal(SplitPolicy.AdjustFactor, definition.Methodology.SplitPolicy);
        Assert.Equal(1.235m, definition.Methodology.DivisorRounding.Apply(1.2345m, new DateOnly(2020, 1, 1)));
    }

    [Fact]
    public void LoadFile_MissingFile_NamesPath()
    {
        var error = Assert.Throws<UserInputException>(() => DefinitionLoader.LoadFile("no/such/def.json"));

        Assert.StartsWith("no/such/def.json: definition file does not exist", error.Message, StringComparison.Ordinal);
    }

    // The test binary may be built into a private artifacts folder, so find the tree from this source file.
    private static string RepositoryRoot([CallerFilePath] string thisFile = "")
    {
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(thisFile)!); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Kabuto.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Kabuto.slnx not found above {thisFile}");
    }
}
