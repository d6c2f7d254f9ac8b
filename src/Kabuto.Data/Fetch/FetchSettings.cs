using Kabuto.Core.Errors;

namespace Kabuto.Data.Fetch;

/// <summary>J-Quants plans: what each may ask for, how far back and how fast (docs/fetch.md).</summary>
public enum JQuantsPlan
{
    Free,
    Light,
    Standard,
    Premium,
}

/// <summary>Where each source lives and what it needs, read once from the environment (docs/fetch.md). The J-Quants
/// key is kept here only to be sent as a header: it never appears in a URL, a message, a log or the store.</summary>
public sealed record FetchSettings
{
    public const string JQuantsKeyVariable = "KABUTO_JQUANTS_API_KEY";
    public const string JQuantsPlanVariable = "KABUTO_JQUANTS_PLAN";
    public const string JQuantsUrlVariable = "KABUTO_JQUANTS_URL";
    public const string NikkeiUrlVariable = "KABUTO_NIKKEI_URL";
    public const string YahooUrlVariable = "KABUTO_YAHOO_URL";
    public const string YahooSymbolsVariable = "KABUTO_YAHOO_SYMBOLS";
    public const string YahooIntradayVariable = "KABUTO_YAHOO_INTRADAY_SYMBOL";
    public const string FredUrlVariable = "KABUTO_FRED_URL";
    public const string FredSeriesVariable = "KABUTO_FRED_SERIES";

    public Uri JQuantsUrl { get; init; } = new("https://api.jquants.com/v2");

    public string? JQuantsApiKey { get; init; }

    public JQuantsPlan JQuantsPlan { get; init; } = JQuantsPlan.Free;

    /// <summary>The official daily CSV itself (the whole URL, not a base).</summary>
    public Uri NikkeiUrl { get; init; } = new("https://indexes.nikkei.co.jp/nkave/historical/nikkei_stock_average_daily_en.csv");

    public Uri YahooUrl { get; init; } = new("https://query2.finance.yahoo.com");

    /// <summary>Daily bars asked of Yahoo; each symbol's series comes from the series catalog (docs/formats.md).</summary>
    public IReadOnlyList<string> YahooSymbols { get; init; } =
        ["^KS11", "^KQ11", "^HSI", "000001.SS", "000300.SS", "^AXJO", "^STI", "^NSEI", "^DJI", "^GSPC", "^IXIC", "JPY=X"];

    /// <summary>The symbol whose 1- or 5-minute bars give the Nikkei 225's morning-session (11:30) level.</summary>
    public string YahooIntradaySymbol { get; init; } = "^N225";

    /// <summary>The keyless CSV download (fredgraph.csv), not the keyed API.</summary>
    public Uri FredUrl { get; init; } = new("https://fred.stlouisfed.org/graph/fredgraph.csv");

    public IReadOnlyList<string> FredSeries { get; init; } = ["DEXJPUS", "SP500", "DJIA", "NASDAQCOM"];

    /// <summary>The config file's variable: a JSON file whose keys are the names above (default
    /// <c>$XDG_CONFIG_HOME/kabuto/config.json</c>, else <c>~/.config/kabuto/config.json</c>).</summary>
    public const string ConfigVariable = "KABUTO_CONFIG";

    /// <summary>Every setting a variable or the config file can give.</summary>
    public static readonly IReadOnlyList<string> Variables =
    [
        JQuantsKeyVariable, JQuantsPlanVariable, JQuantsUrlVariable, NikkeiUrlVariable, YahooUrlVariable, YahooSymbolsVariable,
        YahooIntradayVariable, FredUrlVariable, FredSeriesVariable,
    ];

    /// <summary>The settings of the environment, each variable the environment lacks taken from the config file (the
    /// same names: one mechanism, and a variable always wins). A file holding the API key must be readable by its
    /// owner only, as ssh asks of a private key.</summary>
    public static FetchSettings Load(Func<string, string?>? read = null)
    {
        read ??= Environment.GetEnvironmentVariable;
        var (path, explicitly) = read(ConfigVariable) is { Length: > 0 } given
            ? (given, true)
            : (Path.Combine(read("XDG_CONFIG_HOME") is { Length: > 0 } xdg ? xdg : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config"), "kabuto", "config.json"), false);
        if (!File.Exists(path))
        {
            return explicitly
                ? throw Fail.Input(ConfigVariable, null, "file", path, "does not exist", $"create it or unset {ConfigVariable}")
                : FromEnvironment(read);
        }

        var file = ConfigFile.Read(path);
        return FromEnvironment(name => read(name) is { Length: > 0 } value ? value : file.GetValueOrDefault(name));
    }

    /// <summary>The settings the environment gives; an unparsable URL or plan is a user error naming the variable.</summary>
    public static FetchSettings FromEnvironment(Func<string, string?>? read = null)
    {
        read ??= Environment.GetEnvironmentVariable;
        var defaults = new FetchSettings();
        return new FetchSettings
        {
            JQuantsUrl = Url(read, JQuantsUrlVariable) ?? defaults.JQuantsUrl,
            JQuantsApiKey = read(JQuantsKeyVariable) is { Length: > 0 } key ? key.Trim() : null,
            JQuantsPlan = Plan(read(JQuantsPlanVariable)),
            NikkeiUrl = Url(read, NikkeiUrlVariable) ?? defaults.NikkeiUrl,
            YahooUrl = Url(read, YahooUrlVariable) ?? defaults.YahooUrl,
            YahooSymbols = List(read(YahooSymbolsVariable)) ?? defaults.YahooSymbols,
            YahooIntradaySymbol = read(YahooIntradayVariable) is { Length: > 0 } s ? s.Trim() : defaults.YahooIntradaySymbol,
            FredUrl = Url(read, FredUrlVariable) ?? defaults.FredUrl,
            FredSeries = List(read(FredSeriesVariable)) ?? defaults.FredSeries,
        };
    }

    private static JQuantsPlan Plan(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return JQuantsPlan.Free;
        }

        return Enum.TryParse<JQuantsPlan>(text.Trim(), ignoreCase: true, out var plan) && Enum.IsDefined(plan) && !text.Trim().All(char.IsAsciiDigit)
            ? plan
            : throw Fail.Input(JQuantsPlanVariable, null, "plan", text, "is not a J-Quants plan", "set it to free, light, standard or premium");
    }

    private static Uri? Url(Func<string, string?> read, string variable)
    {
        var text = read(variable);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return Uri.TryCreate(text.Trim().TrimEnd('/'), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : throw Fail.Input(variable, null, "URL", text, "is not an http(s) URL", $"set {variable} to e.g. http://127.0.0.1:8080 or unset it for the default");
    }

    private static IReadOnlyList<string>? List(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>What a J-Quants plan allows (J-Quants' plan table, 2026).</summary>
public static class JQuantsPlans
{
    public static int RequestsPerMinute(JQuantsPlan plan) => plan switch
    {
        JQuantsPlan.Free => 5,
        JQuantsPlan.Light => 60,
        JQuantsPlan.Standard => 120,
        _ => 500,
    };

    /// <summary>The dates the plan serves: Free from 2 years 12 weeks ago to 12 weeks ago; the others 5, 10 or 20
    /// years back to today.</summary>
    public static (DateOnly First, DateOnly Last) Window(JQuantsPlan plan, DateOnly today) => plan switch
    {
        JQuantsPlan.Free => (today.AddYears(-2).AddDays(-7 * 12), today.AddDays(-7 * 12)),
        JQuantsPlan.Light => (today.AddYears(-5), today),
        JQuantsPlan.Standard => (today.AddYears(-10), today),
        _ => (today.AddYears(-20), today),
    };

    /// <summary>The least plan that serves TOPIX (Light) and the other indices, the 33 sectors among them (Standard).</summary>
    public static JQuantsPlan ForTopix => JQuantsPlan.Light;

    public static JQuantsPlan ForIndices => JQuantsPlan.Standard;

    public static string Name(JQuantsPlan plan) => plan.ToString().ToLowerInvariant();
}

/// <summary>The config file: one JSON object of settings by variable name, values strings (lists comma-separated, as in
/// the environment). Every failure is one line naming the file and the fix.</summary>
internal static class ConfigFile
{
    public static Dictionary<string, string?> Read(string path)
    {
        System.Text.Json.JsonDocument document;
        try
        {
            document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(path));
        }
        catch (System.Text.Json.JsonException e)
        {
            throw Fail.Input(path, (int)(e.LineNumber ?? 0) + 1, "the file", null, "is not valid JSON", "write one object of settings, e.g. {\"KABUTO_JQUANTS_PLAN\": \"light\"}");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != System.Text.Json.JsonValueKind.Object)
            {
                throw Fail.Input(path, 1, "the file", null, "is not one JSON object", "write one object of settings, e.g. {\"KABUTO_JQUANTS_PLAN\": \"light\"}");
            }

            var settings = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (!FetchSettings.Variables.Contains(property.Name, StringComparer.Ordinal))
                {
                    throw Fail.Input(path, null, "setting", property.Name, "is not a setting",
                        $"use the environment's names: {string.Join(", ", FetchSettings.Variables)}");
                }

                if (property.Value.ValueKind != System.Text.Json.JsonValueKind.String)
                {
                    throw Fail.Input(path, null, property.Name, property.Value.GetRawText(), "is not a string", "quote the value (lists are comma-separated)");
                }

                settings[property.Name] = property.Value.GetString();
            }

            if (settings.ContainsKey(FetchSettings.JQuantsKeyVariable) && !OwnerOnly(path))
            {
                // Not the value: the key never appears in a message.
                throw Fail.Input(path, null, "permissions", FetchSettings.JQuantsKeyVariable, "is in a file others can read", $"run chmod 600 {path}");
            }

            return settings;
        }
    }

    private static bool OwnerOnly(string path) =>
        OperatingSystem.IsWindows()
        || (File.GetUnixFileMode(path) & (UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.OtherRead | UnixFileMode.OtherWrite)) == 0;
}
