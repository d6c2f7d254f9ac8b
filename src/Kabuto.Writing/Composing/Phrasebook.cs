namespace Kabuto.Writing.Composing;

/// <summary>House wording: verbs by the size of a move, names of indices, and a deterministic choice among synonyms
/// so two days do not read alike while a rerun of the same day is identical.</summary>
public static class Phrasebook
{
    /// <summary>Verb bands by absolute percent move (docs/writer.md): under 0.10% edged/inched up or down; under 0.50%
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

    /// <summary>A move that prints as 0.00%: "was flat", not "edged up 0.00%".</summary>
    public static bool PrintsAsZero(decimal changePct) => Math.Round(changePct, 2, MidpointRounding.AwayFromZero) == 0m;

    /// <summary>A past-tense verb for a move ("jumped", "slipped"); the sign decides up or down. With
    /// <paramref name="used"/> (the verbs the article has already printed, in order), a verb already used is passed
    /// over while the band has another, and the least recently used one is taken when it has not, so "tumbled ...
    /// tumbled ... tumbled" does not happen; the choice is recorded.</summary>
    public static string Verb(decimal changePct, DateOnly date, string slot, IList<string>? used = null)
    {
        var up = changePct >= 0;
        string[] options = Band(changePct) switch
        {
            MoveBand.Flat => up ? ["edged up", "inched up", "ticked up"] : ["edged down", "inched down", "ticked down"],
            MoveBand.Small => up ? ["edged up", "inched up", "ticked up", "firmed"] : ["slipped", "edged down", "eased", "dipped"],
            MoveBand.Moderate => up ? ["rose", "gained", "advanced", "added"] : ["fell", "declined", "dropped", "lost"],
            MoveBand.Large => up ? ["jumped", "rallied", "climbed", "leapt"] : ["tumbled", "slid", "skidded", "slumped"],
            _ => up ? ["surged", "soared", "rallied", "jumped"] : ["plunged", "sank", "tumbled", "slumped"],
        };
        return PickUnused(date, slot, options, used);
    }

    /// <summary>A short headline verb ("jumps", "slips"); its past tense is added to <paramref name="used"/> so the
    /// lede says the same thing in another word.</summary>
    public static string HeadlineVerb(decimal changePct, DateOnly date, IList<string>? used = null)
    {
        var up = changePct >= 0;
        (string Present, string Past)[] options = Band(changePct) switch
        {
            MoveBand.Flat => up ? [("edges up", "edged up"), ("inches up", "inched up")] : [("edges down", "edged down"), ("inches down", "inched down")],
            MoveBand.Small => up ? [("edges up", "edged up"), ("ticks up", "ticked up"), ("firms", "firmed")] : [("slips", "slipped"), ("edges down", "edged down"), ("eases", "eased")],
            MoveBand.Moderate => up ? [("rises", "rose"), ("gains", "gained"), ("advances", "advanced")] : [("falls", "fell"), ("declines", "declined"), ("drops", "dropped")],
            MoveBand.Large => up ? [("jumps", "jumped"), ("rallies", "rallied"), ("climbs", "climbed")] : [("tumbles", "tumbled"), ("slides", "slid"), ("slumps", "slumped")],
            _ => up ? [("surges", "surged"), ("soars", "soared")] : [("plunges", "plunged"), ("sinks", "sank")],
        };
        var present = Pick(date, "headline", options.Select(o => o.Present).ToList());
        used?.Add(options.First(o => o.Present == present).Past);
        return present;
    }

    /// <summary>Like <see cref="Pick"/>, but the first option from the hashed one that <paramref name="used"/> does not
    /// hold yet, or the least recently used when all are; the choice is appended to it.</summary>
    public static string PickUnused(DateOnly date, string slot, IReadOnlyList<string> options, IList<string>? used)
    {
        ArgumentNullException.ThrowIfNull(options);
        var first = Pick(date, slot, options);
        if (used is null)
        {
            return first;
        }

        var start = options.ToList().IndexOf(first);
        var ordered = Enumerable.Range(0, options.Count).Select(i => options[(start + i) % options.Count]).ToList();
        var choice = ordered.FirstOrDefault(o => !used.Contains(o)) ?? ordered.MinBy(o => LastIndexOf(used, o))!;
        used.Add(choice);
        return choice;
    }

    private static int LastIndexOf(IList<string> list, string item)
    {
        for (var i = list.Count - 1; i >= 0; i--)
        {
            if (list[i] == item)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>How a wire names the members of a TSE-33 sector ("drugmakers", "trading houses"), by sector code; an
    /// unknown code falls back to the sector's name ("other products stocks").</summary>
    public static string SectorNoun(string? code, string? name) => code switch
    {
        "0050" => "fishery and farming stocks",
        "1050" => "miners",
        "2050" => "builders",
        "3050" => "food makers",
        "3100" => "textile makers",
        "3150" => "paper makers",
        "3200" => "chemical makers",
        "3250" => "drugmakers",
        "3300" => "oil refiners",
        "3350" => "tire and rubber makers",
        "3400" => "glass and ceramics makers",
        "3450" => "steelmakers",
        "3500" => "nonferrous metal makers",
        "3550" => "metal products makers",
        "3600" => "machinery makers",
        "3650" => "electric appliance makers",
        "3700" => "transport equipment makers",
        "3750" => "precision instrument makers",
        "3800" => "makers of other products",
        "4050" => "utilities",
        "5050" => "railways",
        "5100" => "shippers",
        "5150" => "airlines",
        "5200" => "warehousing stocks",
        "5250" => "information and communication stocks",
        "6050" => "trading houses",
        "6100" => "retailers",
        "7050" => "banks",
        "7100" => "brokerages",
        "7150" => "insurers",
        "7200" => "non-bank lenders",
        "8050" => "real estate stocks",
        "9050" => "services stocks",
        _ => $"{(name ?? code ?? "other").ToLowerInvariant()} stocks",
    };

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
        "JPX-0070" => "the Growth Market 250 index",
        "JPX-0500" => "the TSE Prime Market Index",
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
        _ => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{n}{OrdinalSuffix(n)}"),
    };

    /// <summary>11th, 12th, 13th (and 111th...), else 21st, 22nd, 23rd by the last digit.</summary>
    private static string OrdinalSuffix(int n) => (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch
    {
        1 => "st",
        2 => "nd",
        3 => "rd",
        _ => "th",
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
