using Kabuto.Analytics.History;

namespace Kabuto.Analytics.Facts;

/// <summary>The field names a fact input can name.</summary>
public static class Fields
{
    public const string Open = "open";
    public const string High = "high";
    public const string Low = "low";
    public const string Close = "close";
}

/// <summary>Builds <see cref="FactInput"/>s from series rows.</summary>
public static class Inputs
{
    public static FactInput Of(string series, DateOnly date, string field, decimal value) => new(series, date, field, value);

    public static FactInput Row(string series, SeriesColumns columns, int index, string field = Fields.Close)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var bar = columns.Bars[index];
        var value = field switch
        {
            Fields.Open => bar.Open ?? bar.Close,
            Fields.High => bar.High ?? bar.Close,
            Fields.Low => bar.Low ?? bar.Close,
            _ => bar.Close,
        };
        return new FactInput(series, bar.Date, field, value);
    }
}
