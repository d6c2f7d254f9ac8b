namespace Kabuto.Core.Market;

/// <summary>One trading day of an index, FX pair or instrument. Close is always present; the rest may be missing
/// (close-only series such as the official TOPIX file or FRED).</summary>
public readonly record struct DailyBar(
    DateOnly Date,
    decimal? Open,
    decimal? High,
    decimal? Low,
    decimal Close,
    decimal? Volume)
{
    public static DailyBar CloseOnly(DateOnly date, decimal close) => new(date, null, null, null, close, null);
}
