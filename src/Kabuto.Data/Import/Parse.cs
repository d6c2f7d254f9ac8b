using System.Globalization;

namespace Kabuto.Data.Import;

/// <summary>Field parsers shared by the importers. They return false instead of throwing: a bad field quarantines its
/// row with the rule "bad_value" rather than stopping the import.</summary>
public static class Parse
{
    private static readonly string[] IsoFormats = ["yyyy-MM-dd", "yyyy/MM/dd", "yyyy-M-d", "yyyy/M/d"];

    /// <summary>Dates as the sources write them: 2024-08-05, 2023/01/04, "2025- 10- 27" (Investing.com),
    /// "2021-05-28 09:00:00+09:00" (the date part is the market's local date), 1/7/2011 (M/D/YYYY, US files).</summary>
    public static bool TryDate(string text, out DateOnly date)
    {
        var s = text.Trim().Replace(" ", string.Empty, StringComparison.Ordinal);
        if (s.Length > 10 && (s[10] == 'T' || char.IsDigit(s[10])) && s[4] == '-')
        {
            s = s[..10];
        }

        if (DateOnly.TryParseExact(s, IsoFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        return DateOnly.TryParseExact(s, "M/d/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    /// <summary>A plain number ("1625.49", " 1862.78", "$16.42", "4,042.83"); false for "", ".", "null".</summary>
    public static bool TryDecimal(string text, out decimal value)
    {
        var s = text.AsSpan().Trim();
        if (s.Length > 0 && s[0] == '$')
        {
            s = s[1..];
        }

        return decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Volumes with Investing.com suffixes: "517.00M", "18.28K", "1.2B"; "-" or "" is no volume.</summary>
    public static bool TryVolume(string text, out decimal? volume)
    {
        var s = text.Trim();
        volume = null;
        if (s.Length == 0 || s == "-")
        {
            return true;
        }

        var scale = char.ToUpperInvariant(s[^1]) switch
        {
            'K' => 1_000m,
            'M' => 1_000_000m,
            'B' => 1_000_000_000m,
            _ => 1m,
        };
        if (scale != 1m)
        {
            s = s[..^1];
        }

        if (!TryDecimal(s, out var v) || v < 0)
        {
            return false;
        }

        volume = v * scale;
        return true;
    }

    /// <summary>True for the placeholders sources write instead of a value on a holiday.</summary>
    public static bool IsPlaceholder(string text) =>
        text.Length == 0 || text == "." || string.Equals(text, "null", StringComparison.OrdinalIgnoreCase) || text == "-";

    /// <summary>Fast path for the common "YYYY-MM-DD" cell of bulk files (DateOnly.TryParseExact goes through the
    /// culture machinery on every row); false for anything else, so callers fall back to the general parsers.</summary>
    public static bool TryIsoDate(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !TryDigits(text[..4], out var year) || !TryDigits(text.Slice(5, 2), out var month) || !TryDigits(text.Slice(8, 2), out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>Fast path for plain decimals such as "1234.5" or "-0.25" (no exponent, no thousands separator, at most
    /// 18 digits): exact, since the digits become the decimal's integer and scale directly. False otherwise, so callers
    /// fall back to decimal.TryParse.</summary>
    public static bool TryPlainDecimal(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0;
        var negative = text.Length > 0 && text[0] == '-';
        var digits = negative ? text[1..] : text;
        if (digits.Length is 0 or > 19)
        {
            return false;
        }

        long mantissa = 0;
        var scale = -1;
        var count = 0;
        foreach (var c in digits)
        {
            if (c == '.' && scale < 0)
            {
                scale = 0;
                continue;
            }

            if (!char.IsAsciiDigit(c) || ++count > 18)
            {
                return false;
            }

            mantissa = (mantissa * 10) + (c - '0');
            if (scale >= 0)
            {
                scale++;
            }
        }

        if (count == 0)
        {
            return false;
        }

        value = new decimal((int)(mantissa & 0xFFFFFFFF), (int)(mantissa >> 32), 0, negative, (byte)Math.Max(scale, 0));
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
