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
