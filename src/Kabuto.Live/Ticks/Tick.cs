namespace Kabuto.Live.Ticks;

/// <summary>What a tick reports. Only trades and special quotes move an index; plain quotes and status ticks are
/// tracked and counted.</summary>
public enum TickKind : byte
{
    Trade = 1,
    Quote = 2,
    Status = 3,

    /// <summary>No instrument: the source's word that no tick stamped before this time is still to come (a live feed
    /// silent in the lunch break). The engine emits the snapshots due before it (the 11:30 morning close) and applies
    /// and counts nothing else.</summary>
    Clock = 4,
}

/// <summary>Flag bits carried by a tick (stored as one byte in the binary format).</summary>
[Flags]
public enum TickFlags : byte
{
    None = 0,

    /// <summary>A special quote (特別気配): it takes price priority over the last trade (methodology 1.6).</summary>
    Special = 1,
    Bid = 2,
    Ask = 4,

    /// <summary>The source marked the print as suspicious (LEAN column 6); never applied, counted.</summary>
    Suspicious = 8,
    Halt = 16,
    Resume = 32,

    /// <summary>An auction print (opening, morning close, close).</summary>
    Auction = 64,
}

/// <summary>One tick. Time is the exchange timestamp as UTC <see cref="DateTime.Ticks"/> (100 ns units); the price is
/// a scaled integer in the session's price units (<see cref="Universe.LiveUniverse.PriceScale"/> units per currency
/// unit: 10 for Tokyo's 0.1 yen, 10,000 for LEAN's deci-cents); a special quote of price 0 withdraws the quote.</summary>
public readonly record struct Tick(long TimeUtc, long Price, long Size, int Instrument, TickKind Kind, TickFlags Flags)
{
    public static Tick Trade(long timeUtc, int instrument, long price, long size, TickFlags flags = TickFlags.None) =>
        new(timeUtc, price, size, instrument, TickKind.Trade, flags);

    public static Tick SpecialQuote(long timeUtc, int instrument, long price, TickFlags side) =>
        new(timeUtc, price, 0, instrument, TickKind.Quote, TickFlags.Special | side);

    public static Tick Clock(long timeUtc) => new(timeUtc, 0, 0, 0, TickKind.Clock, TickFlags.None);

    public static Tick Quote(long timeUtc, int instrument, long price, long size, TickFlags side) =>
        new(timeUtc, price, size, instrument, TickKind.Quote, side);
}
