using Kabuto.Core.Errors;
using Kabuto.Core.Market;
using Kabuto.Data.Quality;

namespace Kabuto.Data.Import.Formats;

/// <summary>J-Quants /listed/info as CSV: Date,Code,CompanyName,CompanyNameEnglish,Sector17Code,Sector17CodeName,
/// Sector33Code,Sector33CodeName,ScaleCategory,MarketCode,MarketCodeName. Codes are 5-digit ("72030"); the store
/// keeps the 4-character TSE code ("7203"). Authoritative for names and classification.</summary>
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
            }, authoritative: true);
        }
    }

    private static string? Null(string s) => s.Length == 0 || s == "-" ? null : s;
}

/// <summary>J-Quants /prices/daily_quotes as CSV: Date,Code,Open,High,Low,Close,UpperLimit,LowerLimit,Volume,
/// TurnoverValue,AdjustmentFactor,Adjustment*. Open..Close are the printed prices (<see cref="PriceBasis.Raw"/>);
/// the Adjustment* columns are derivable from them and the factor, so they are not stored twice.</summary>
public sealed class JQuantsDailyQuotesImporter : IFormatImporter
{
    public string Format => "jquants-daily-quotes";

    public bool Detect(FileSample sample) =>
        ImporterHelpers.First(sample).StartsWith("Date,Code,Open,High,Low,Close", StringComparison.OrdinalIgnoreCase);

    public void Read(SourceFile file, IRowSink sink)
    {
        int open = 2, high = 3, low = 4, close = 5, volume = 8;
        foreach (var (number, text) in file.Lines())
        {
            if (number == 1)
            {
                var h = Csv.Split(text.TrimStart('\uFEFF'));
                (open, high, low, close, volume) = (ImporterHelpers.Column(h, "Open"), ImporterHelpers.Column(h, "High"),
                    ImporterHelpers.Column(h, "Low"), ImporterHelpers.Column(h, "Close"), ImporterHelpers.Column(h, "Volume"));
                if (close < 0)
                {
                    throw Fail.Input(file.Path, 1, "header", text, "has no Close column", "use the CSV of the J-Quants daily_quotes response");
                }

                continue;
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var f = Csv.Split(text);
            if (f.Count <= close)
            {
                sink.Reject(number, text, Rules.ShortRow, f.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), "has too few fields for Date..Close");
                continue;
            }

            var code = JQuants.TseCode(f[1]);
            if (code is null)
            {
                sink.Reject(number, text, Rules.BadValue, f[1], "code is not a 4- or 5-character TSE code");
                continue;
            }

            if (!ImporterHelpers.Date(sink, number, text, f[0], out var day))
            {
                continue;
            }

            if (Parse.IsPlaceholder(f[close]))
            {
                // J-Quants leaves prices empty on a day without trades in the stock.
                sink.Reject(number, text, Rules.Placeholder, f[close], $"{code} has no close on {f[0]} (no trade that day)");
                continue;
            }

            if (!ImporterHelpers.Optional(sink, number, text, f, open, "open", out var o)
                || !ImporterHelpers.Optional(sink, number, text, f, high, "high", out var hi)
                || !ImporterHelpers.Optional(sink, number, text, f, low, "low", out var lo)
                || !ImporterHelpers.Optional(sink, number, text, f, close, "close", out var c)
                || !ImporterHelpers.Optional(sink, number, text, f, volume, "volume", out var v))
            {
                continue;
            }

            sink.Member(number, new MemberBar(code, day, o, hi, lo, c!.Value, v, PriceBasis.Raw));
        }
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
