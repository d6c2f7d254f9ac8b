using Kabuto.Live.Ticks;
using Kabuto.Live.Universe;

namespace Kabuto.Live.Tests;

/// <summary>A hand-made three-stock Tokyo universe: a price-weighted index (factors 1.0, 0.5, 2.0, divisor 2) and a
/// cap-weighted one (base market value 1,000,000 yen = 100).</summary>
internal static class TinyMarket
{
    public static readonly DateOnly Date = new(2026, 11, 20);

    public static LiveUniverse Create(long pwCadenceSeconds = 5)
    {
        var instruments = new[]
        {
            new LiveInstrument("1001", "Alpha", "3650", 10_000), // 1,000.0 yen
            new LiveInstrument("1002", "Beta", "3650", 20_000),  // 2,000.0 yen
            new LiveInstrument("1003", "Gamma", "7050", 5_000),  // 500.0 yen
        };
        var pw = LiveIndex.PriceWeighted("PW", "Price weighted", [new(0, 10), new(1, 5), new(2, 20)], 2m, 10, TimeSpan.FromSeconds(pwCadenceSeconds));
        var cw = LiveIndex.CapWeighted("CW", "Cap weighted", [new(0, 300), new(1, 100), new(2, 400)], 1_000_000m, 100m, 10, TimeSpan.FromSeconds(1));
        return new LiveUniverse("tokyo", instruments, [pw, cw], 10, TickSession.Tokyo(Date));
    }

    public static long At(int hour, int minute, double second = 0) =>
        TickSession.At(Date, new TimeOnly(hour, minute), TimeSpan.FromHours(9)) + (long)(second * TimeSpan.TicksPerSecond);

    public static Tick Trade(double hmsSeconds, int instrument, long price, long size = 100) =>
        Tick.Trade(At(9, 0, hmsSeconds), instrument, price, size);
}
