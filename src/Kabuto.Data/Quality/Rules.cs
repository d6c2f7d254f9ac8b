namespace Kabuto.Data.Quality;

/// <summary>Rule ids as they appear in findings and in the quarantine table (docs/data-quality.md).</summary>
public static class Rules
{
    public const string BadValue = "bad_value";
    public const string BadDate = "bad_date";
    public const string MissingValue = "missing_value";
    public const string Placeholder = "placeholder_row";
    public const string Duplicate = "duplicate_date";
    public const string Weekend = "weekend_row";
    public const string HolidayRow = "holiday_row";
    public const string CalendarDisagrees = "calendar_disagrees";
    public const string PartialConfirmed = "partial_last_row_confirmed";
    public const string CloseOutsideRange = "close_outside_range";
    public const string ImpossibleValue = "impossible_value";
    public const string FlatOutage = "flat_outage";
    public const string RepeatedBar = "repeated_bar";
    public const string PartialLastRow = "partial_last_row";
    public const string Spike = "spike";
    public const string DescendingOrder = "descending_order";
    public const string Gap = "gap";
    public const string MissingTradingDays = "missing_trading_days";
    public const string SourceDisagreement = "source_disagreement";
    public const string NotAProductIndex = "not_a_product_index";
    public const string UnknownSymbol = "unknown_symbol";
    public const string ShortRow = "short_row";
}
