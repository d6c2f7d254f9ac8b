using Kabuto.Core.Errors;
using Kabuto.Core.Market;
using Kabuto.Data.Quality;

namespace Kabuto.Data.Import.Formats;

/// <summary>J-Quants /listed/info as CSV: Date,Code,CompanyName,CompanyNameEnglish,Sector17Code,Sector17CodeName,
/// Sector33Code,Sector33CodeName,ScaleCategory,MarketCode,MarketCodeName. Codes are 5-digit ("72030"); the store
/// keeps the 4-character TSE code ("7203"). The highest-ranked instrument source (InstrumentPrecedence).</summary>
public sealed class JQuantsListedInfoImporter : IFormatImporter
{
    public string Format => "jquants-listed-info";

    public bool Detect(FileSample sample) =>
        ImporterHelpers.First(sample).StartsWith("Date,Code,CompanyName,CompanyNameEnglish,Sector17Code", StringComparison.OrdinalIgnoreCase);

    public void Read(SourceFile file, IRowSink sink)
    {
        List<string> h = [];
        foreach (var (number, text) in file.Lines())
        {
            if (number == 1)
            {
                h = Csv.Split(text.TrimStart('\uFEFF'));
                continue;
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var f = Csv.Split(text);
            if (f.Count < h.Count)
            {
                sink.Reject(number, text, Rules.ShortRow, f.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), $"has {f.Count} fields, the header has {h.Count}");
                continue;
            }

            string Get(string name) => f[ImporterHelpers.Column(h, name)];
            var code = JQuants.TseCode(Get("Code"));
            if (code is null)
            {
                sink.Reject(number, text, Rules.BadValue, Get("Code"), "code is not a 4- or 5-character TSE code");
                continue;
            }

            var english = Get("CompanyNameEnglish");
            sink.Instrument(number, new Instrument(code, english.Length > 0 ? english : Get("CompanyName"))
            {
                NameJa = Null(Get("CompanyName")),
                Sector17Code = Null(Get("Sector17Code")),
                Sector17Name = Null(Get("Sector17CodeName")),
                Sector33Code = Null(Get("Sector33Code")),
                Sector33Name = Null(Get("Sector33CodeName")),
                ScaleCategory = Null(Get("ScaleCategory")),
                MarketSegment = Null(Get("MarketCodeName")),
            });
        }
    }

    private static string? Null(string s) => s.Length == 0 || s == "-" ? null : s;
}

/// <summary>J-Quants /prices/daily_quotes as CSV: Date,Code,Open,High,Low,Close,UpperLimit,LowerLimit,Volume,
/// TurnoverValue,AdjustmentFactor,Adjustment*. Open..Close are the printed prices (<see cref="PriceBasis.Raw"/>);
/// TurnoverValue (yen) and AdjustmentFactor are stored with them (a file without those columns stores null); the
/// Adjustment* prices are derivable from the printed prices and the factor, so they are not stored twice. A year of the
/// whole market is ~1M rows, so rows are parsed on spans and codes are interned (ImportBenchmarks measures it).</summary>
public sealed class JQuantsDailyQuotesImporter : IFormatImporter
{
    public string Format => "jquants-daily-quotes";

    public bool Detect(FileSample sample) =>
        ImporterHelpers.First(sample).StartsWith("Date,Code,Open,High,Low,Close", StringComparison.OrdinalIgnoreCase);

    public void Read(SourceFile file, IRowSink sink)
    {
        int open = 2, high = 3, low = 4, close = 5, volume = 8, turnover = -1, factor = -1, count = 0;
        var codes = new Dictionary<string, string?>(StringComparer.Ordinal);
        var lookup = codes.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<Range> parts = stackalloc Range[32];
        foreach (var (number, text) in file.Lines())
        {
            if (number == 1)
            {
                var h = Csv.Split(text.TrimStart('\uFEFF'));
                (open, high, low, close, volume, count) = (ImporterHelpers.Column(h, "Open"), ImporterHelpers.Column(h, "High"),
                    ImporterHelpers.Column(h, "Low"), ImporterHelpers.Column(h, "Close"), ImporterHelpers.Column(h, "Volume"), h.Count);
                (turnover, factor) = (ImporterHelpers.Column(h, "TurnoverValue"), ImporterHelpers.Column(h, "AdjustmentFactor"));
                if (close < 0 || open < 0 || high < 0 || low < 0 || volume < 0 || count > parts.Length)
                {
                    throw Fail.Input(file.Path, 1, "header", text, "lacks Open/High/Low/Close/Volume", "use the CSV of the J-Quants daily_quotes response");
                }

                continue;
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var line = text.AsSpan();
            if (line.Split(parts, ',') != count || line.Contains('"'))
            {
                sink.Reject(number, text, Rules.ShortRow, null, $"does not have the header's {count} unquoted fields");
                continue;
            }

            var codeText = line[parts[1]].Trim();
            if (!lookup.TryGetValue(codeText, out var code))
            {
                var key = codeText.ToString();
                code = JQuants.TseCode(key);
                codes[key] = code;
            }

            if (code is null)
            {
                sink.Reject(number, text, Rules.BadValue, codeText.ToString(), "code is not a 4- or 5-character TSE code");
                continue;
            }

            if (!Parse.TryIsoDate(line[parts[0]], out var day)
                && !DateOnly.TryParseExact(line[parts[0]], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out day)
                && !Parse.TryDate(line[parts[0]].ToString(), out day))
            {
                sink.Reject(number, text, Rules.BadDate, line[parts[0]].ToString(), "date is not YYYY-MM-DD");
                continue;
            }

            var closeText = line[parts[close]].Trim();
            if (closeText.Length == 0)
            {
                // J-Quants leaves prices empty on a day without trades in the stock.
                sink.Reject(number, text, Rules.Placeholder, string.Empty, $"{code} has no close on {day:yyyy-MM-dd} (no trade that day)");
                continue;
            }

            if (!Number(line[parts[close]], out var c) || !Number(line[parts[open]], out var o) || !Number(line[parts[high]], out var hi)
                || !Number(line[parts[low]], out var lo) || !Number(line[parts[volume]], out var v))
            {
                sink.Reject(number, text, Rules.BadValue, null, "a price or the volume is not a number");
                continue;
            }

            decimal? va = null, adjustment = null;
            if ((turnover >= 0 && !Number(line[parts[turnover]], out va)) || (factor >= 0 && !Number(line[parts[factor]], out adjustment)))
            {
                sink.Reject(number, text, Rules.BadValue, null, "TurnoverValue or AdjustmentFactor is not a number");
                continue;
            }

            if (adjustment <= 0m)
            {
                sink.Reject(number, text, Rules.BadValue, adjustment!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    "AdjustmentFactor must be above 0 (1 on a day without a split or consolidation)");
                continue;
            }

            sink.Member(number, new MemberBar(code, day, o, hi, lo, c!.Value, v, PriceBasis.Raw, va, adjustment));
        }
    }

    private static bool Number(ReadOnlySpan<char> text, out decimal? value)
    {
        var t = text.Trim();
        value = null;
        if (t.Length == 0)
        {
            return true;
        }

        if (Parse.TryPlainDecimal(t, out var plain))
        {
            value = plain;
            return true;
        }

        if (decimal.TryParse(t, System.Globalization.NumberStyles.Number | System.Globalization.NumberStyles.AllowExponent, System.Globalization.CultureInfo.InvariantCulture, out var v))
        {
            value = v;
            return true;
        }

        return false;
    }
}

internal static class JQuants
{
    /// <summary>"72030" -> "7203", "285A0" -> "285A"; a 4-character code is kept. A 5-digit code not ending in 0
    /// (preferred shares such as "25935") has no 4-character form and is kept whole.</summary>
    public static string? TseCode(string code)
    {
        var c = code.Trim();
        if (c.Length == 5 && c[4] == '0')
        {
            c = c[..4];
        }

        return c.Length is 4 or 5 && char.IsAsciiDigit(c[0]) && c.All(char.IsAsciiLetterOrDigit) ? c.ToUpperInvariant() : null;
    }
}
