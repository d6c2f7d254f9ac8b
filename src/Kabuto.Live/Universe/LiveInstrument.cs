namespace Kabuto.Live.Universe;

/// <summary>An instrument of a tick session. BasePrice (scaled integer) is what the index uses until the instrument
/// trades or shows a special quote: the previous close or a theoretical ex-rights price (methodology 1.6).</summary>
public sealed record LiveInstrument(string Code, string Name, string Sector33Code, long BasePrice);
