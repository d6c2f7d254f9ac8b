namespace Kabuto.Live.Universe;

/// <summary>Everything a tick stream refers to: instruments (tick.Instrument is an ordinal into Instruments), the
/// indices over them, the price scale (units per currency unit) and the session.</summary>
public sealed record LiveUniverse(string Market, IReadOnlyList<LiveInstrument> Instruments, IReadOnlyList<LiveIndex> Indices, int PriceScale, TickSession Session)
{
    public int IndexOrdinal(string id)
    {
        for (var i = 0; i < Indices.Count; i++)
        {
            if (string.Equals(Indices[i].Id, id, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    public decimal ToCurrency(long price) => (decimal)price / PriceScale;
}
