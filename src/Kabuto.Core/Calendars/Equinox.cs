namespace Kabuto.Core.Calendars;

/// <summary>Dates of the vernal and autumnal equinox days in Japan by the standard approximation (the Cabinet Office
/// fixes the real dates each February from the National Astronomical Observatory's almanac; the formula agrees with
/// them for 1900-2099 and is the usual way to project them).</summary>
public static class Equinox
{
    private const decimal DriftPerYear = 0.242194m;

    public static DateOnly Vernal(int year) => new(year, 3, Day(year, Constants(year).Vernal));

    public static DateOnly Autumnal(int year) => new(year, 9, Day(year, Constants(year).Autumnal));

    // Decimal keeps the integer parts exact; a double can land a hair under an integer for some years. The formula's
    // int() truncates toward zero: flooring the negative pre-1983 leap term put 1965-1978 equinoxes a day late.
    private static int Day(int year, decimal constant)
    {
        var leapCorrection = year <= 1979 ? Math.Truncate((year - 1983) / 4m) : (year - 1980) / 4;
        return (int)Math.Floor(constant + (DriftPerYear * (year - 1980)) - leapCorrection);
    }

    private static (decimal Vernal, decimal Autumnal) Constants(int year) => year switch
    {
        >= 1900 and <= 1979 => (20.8357m, 23.2588m),
        >= 1980 and <= 2099 => (20.8431m, 23.2488m),
        >= 2100 and <= 2150 => (21.8510m, 24.2488m),
        _ => throw new ArgumentOutOfRangeException(nameof(year), year, "The equinox formula is valid for 1900-2150."),
    };
}
