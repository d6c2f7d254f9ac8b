namespace Kabuto.Writing.Composing;

/// <summary>House wording: verbs by the size of a move, names of indices, and a deterministic choice among synonyms
/// so two days do not read alike while a rerun of the same day is identical.</summary>
public static class Phrasebook
{
    /// <summary>Verb bands by absolute percent move (docs/writer.md): under 0.10% "was little changed"; under 0.50%
    /// edged up / slipped; under 1.50% rose / fell; under 3.00% jumped / tumbled; 3.00% and more surged / plunged.</summary>
    public static MoveBand Band(decimal changePct)
    {
        var size = Math.Abs(changePct);
        return size < 0.10m ? MoveBand.Flat
            : size < 0.50m ? MoveBand.Small
            : size < 1.50m ? MoveBand.Moderate
            : size < 3.00m ? MoveBand.Large
            : MoveBand.Huge;
    }

    /// <summary>A past-tense verb for a move ("jumped", "slipped"); the sign decides up or down.</summary>
    public static string Verb(decimal changePct, DateOnly date, string slot)
    {
        var up = changePct >= 0;
        string[] options = Band(changePct) switch
        {
            MoveBand.Flat => up ? ["edged up", "inched up"] : ["edged down", "inched down"],
            MoveBand.Small => up ? ["edged up", "edged higher", "inched up"] : ["slipped", "edged down", "eased"],
            MoveBand.Moderate => up ? ["rose", "gained", "advanced", "added"] : ["fell", "declined", "dropped", "lost"],
            MoveBand.Large => up ? ["jumped", "rallied", "climbed"] : ["tumbled", "slid", "skidded"],
            _ => up ? ["surged", "soared"] : ["plunged", "sank"],
        };
        return Pick(date, slot, options);
    }

    /// <summary>A short headline verb ("jumps", "slips").</summary>
    public static string HeadlineVerb(decimal changePct, DateOnly date)
    {
        var up = changePct >= 0;
        string[] options = Band(changePct) switch
        {
            MoveBand.Flat => ["steadies", "holds steady"],
            MoveBand.Small => up ? ["edges up", "inches higher"] : ["slips", "edges lower"],
            MoveBand.Moderate => up ? ["rises", "gains", "advances"] : ["falls", "declines", "retreats"],
            MoveBand.Large => up ? ["jumps", "rallies"] : ["tumbles", "slides"],
            _ => up ? ["surges", "soars"] : ["plunges", "sinks"],
        };
        return Pick(date, "headline", options);
    }

    /// <summary>Deterministic choice: the same date and slot always pick the same option; neighbouring dates differ.</summary>
    public static string Pick(DateOnly date, string slot, IReadOnlyList<string> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var hash = 2166136261u;
        foreach (var c in slot)
        {
            hash = (hash ^ c) * 16777619u;
        }

        hash = (hash ^ (uint)date.DayNumber) * 16777619u;
        hash ^= hash >> 13;
        return options[(int)(hash % (uint)options.Count)];
    }

    public static string FullName(string index) => index switch
    {
        "N225" => "Japan's Nikkei 225",
        "TOPIX" => "the broader TOPIX",
        "KOSPI" => "South Korea's Kospi",
        "KOSDAQ" => "the small-cap Kosdaq",
        "HSI" => "Hong Kong's Hang Seng index",
        "HSTECH" => "the Hang Seng Tech index",
        "CSI300" => "China's CSI 300",
        "SSEC" => "the Shanghai Composite",
        "ASX200" => "Australia's S&P/ASX 200",
        "STI" => "Singapore's Straits Times Index",
        "NIFTY50" => "India's Nifty 50",
        "DJIA" => "the Dow Jones Industrial Average",
        "SPX" => "the S&P 500",
        "NASDAQ" => "the Nasdaq Composite",
        _ => index,
    };

    public static string ShortName(string index) => index switch
    {
        "N225" => "the Nikkei",
        "TOPIX" => "the TOPIX",
        "DJIA" => "the Dow",
        "NASDAQ" => "the Nasdaq",
        "HSI" => "the Hang Seng",
        _ => FullName(index),
    };

    public static string HeadlineName(string index) => index switch
    {
        "N225" => "Nikkei",
        "TOPIX" => "TOPIX",
        _ => Capitalize(ShortName(index).Replace("the ", string.Empty, StringComparison.Ordinal)),
    };

    public static string Capitalize(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>Ordinals as words for streaks and rankings ("third", "second-largest"), so they are not numbers.</summary>
    public static string Ordinal(int n) => n switch
    {
        1 => "first",
        2 => "second",
        3 => "third",
        4 => "fourth",
        5 => "fifth",
        6 => "sixth",
        7 => "seventh",
        8 => "eighth",
        9 => "ninth",
        10 => "tenth",
        _ => $"{n}th",
    };

    public static string Largest(int rank) => rank == 1 ? "largest" : $"{Ordinal(rank)}-largest";
}

public enum MoveBand
{
    Flat,
    Small,
    Moderate,
    Large,
    Huge,
}
