using System.Globalization;
using Kabuto.Core.Errors;

namespace Kabuto.Cli;

/// <summary>Bad usage found after parsing: a value that does not parse (a date, a choice) or contradicts another. The
/// CLI prints the message on one line and exits 2 (a user error, exit 1, is a well-formed request the data or the
/// files cannot satisfy).</summary>
public sealed class UsageException(string message) : Exception(message);

/// <summary>The values the commands take as text, parsed in one place: every failure is bad usage naming the argument
/// or option, the value, what is wrong and how to write it.</summary>
internal static class CliValues
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>A date written YYYY-MM-DD that exists on the calendar.</summary>
    public static DateOnly Date(string text, string name)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", Inv, DateTimeStyles.None, out var date))
        {
            return date;
        }

        if (text.Length == 10 && text[4] == '-' && text[7] == '-'
            && int.TryParse(text.AsSpan(0, 4), NumberStyles.None, Inv, out var year)
            && int.TryParse(text.AsSpan(5, 2), NumberStyles.None, Inv, out var month)
            && int.TryParse(text.AsSpan(8, 2), NumberStyles.None, Inv, out var day))
        {
            var why = year == 0 ? "there is no year 0000"
                : month is < 1 or > 12 ? $"there is no month {month:00}"
                : day == 0 ? "days start at 01"
                : $"{new DateOnly(year, month, 1).ToString("MMMM yyyy", Inv)} has {DateTime.DaysInMonth(year, month)} days";
            throw new UsageException($"{name} '{text}' does not exist ({why}); give a real calendar date");
        }

        throw new UsageException($"{name} '{text}' is not a date; write it as YYYY-MM-DD, e.g. 2026-02-10");
    }

    public static DateOnly? OptionalDate(string? text, string name) => text is null ? null : Date(text, name);

    /// <summary>--from and --to are inclusive; --from after --to asks for nothing, which is a mistake, not an empty answer.</summary>
    public static void Range(DateOnly? from, DateOnly? to, string fromName = "--from", string toName = "--to")
    {
        if (from > to)
        {
            throw new UsageException($"{fromName} {from:yyyy-MM-dd} is after {toName} {to:yyyy-MM-dd}; swap them or give a {fromName} on or before {toName}");
        }
    }

    /// <summary>A choice parsed by a lower layer (which reports an unknown value as a user error) as bad usage.</summary>
    public static T Choice<T>(Func<T> parse)
    {
        try
        {
            return parse();
        }
        catch (UserInputException e)
        {
            throw new UsageException(e.Message);
        }
    }
}
