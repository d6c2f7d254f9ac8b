namespace Kabuto.Core.Market;

/// <summary>What the engine did with the ticks it received. Every received tick lands in exactly one of: Trades,
/// SpecialQuotes, QuotesIgnored, StatusTicks (applied) or OutsideSession, Suspicious, OutOfOrder, Duplicate, Stale
/// (rejected; see docs/live.md for the policy).</summary>
public readonly record struct TickCounts(
    long Received,
    long Trades,
    long SpecialQuotes,
    long QuotesIgnored,
    long StatusTicks,
    long OutsideSession,
    long Suspicious,
    long OutOfOrder,
    long Duplicate,
    long Stale,
    long PriceChanges,
    long Snapshots)
{
    public long Rejected => OutsideSession + Suspicious + OutOfOrder + Duplicate + Stale;

    public long Applied => Trades + SpecialQuotes + QuotesIgnored + StatusTicks;

    public TickCounts Add(TickCounts o) => new(
        Received + o.Received, Trades + o.Trades, SpecialQuotes + o.SpecialQuotes, QuotesIgnored + o.QuotesIgnored,
        StatusTicks + o.StatusTicks, OutsideSession + o.OutsideSession, Suspicious + o.Suspicious, OutOfOrder + o.OutOfOrder,
        Duplicate + o.Duplicate, Stale + o.Stale, PriceChanges + o.PriceChanges, Snapshots + o.Snapshots);
}
