using Kabuto.Core.Errors;
using Kabuto.Live.Ticks;
using Kabuto.Live.Universe;

namespace Kabuto.Live.Feeds;

/// <summary>One New York session replayed from LEAN tick zips (several tickers, trades and quotes), merged by time.
/// The instruments are the tickers (base price: the day's first trade, the files carry no previous close); the one
/// index, LEAN-PW, is their plain price average (factor 1, divisor = member count), disseminated every second.</summary>
public sealed class LeanSession : ITickSource
{
    public const int PriceScale = 10_000;
    private readonly MergedTickSource _merged;

    private LeanSession(LiveUniverse universe, IReadOnlyList<LeanCsvReader> parts)
    {
        Universe = universe;
        _merged = new MergedTickSource([.. parts.Select(p => (Func<Tick[], int>)(b => p.Read(b)))], parts);
    }

    public LiveUniverse Universe { get; }

    /// <summary>Groups files by session date, one session per date, in date order.</summary>
    public static IReadOnlyList<IReadOnlyList<LeanFile>> GroupByDate(IEnumerable<string> paths) =>
        [.. paths.Select(LeanFile.Parse).GroupBy(f => f.Date).OrderBy(g => g.Key).Select(g => (IReadOnlyList<LeanFile>)[.. g.OrderBy(f => f.Ticker, StringComparer.Ordinal).ThenBy(f => f.IsQuote)])];

    public static LeanSession Open(IReadOnlyList<LeanFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (files.Count == 0 || files.Any(f => f.Date != files[0].Date))
        {
            throw Fail.User("a LEAN session needs at least one file and all files of one date");
        }

        var tickers = files.Select(f => f.Ticker).Distinct().Order(StringComparer.Ordinal).ToList();
        var instruments = tickers.Select(t => new LiveInstrument(t, t, "", FirstPrice(files.Where(f => f.Ticker == t)))).ToList();
        var members = tickers.Select((_, i) => new IndexMember(i, LiveIndex.FactorScale)).ToList();
        var index = LiveIndex.PriceWeighted("LEAN-PW", "LEAN tickers, price average", members, tickers.Count, PriceScale, TimeSpan.FromSeconds(1));
        var universe = new LiveUniverse("newyork", instruments, [index], PriceScale, TickSession.NewYork(files[0].Date));
        var parts = files.Select(f => new LeanCsvReader(f, tickers.IndexOf(f.Ticker))).ToList();
        return new LeanSession(universe, parts);
    }

    public int Read(Span<Tick> buffer) => _merged.Read(buffer);

    public void Dispose() => _merged.Dispose();

    // The base price: the first clean trade of the day (or the first quote for a quotes-only ticker).
    private static long FirstPrice(IEnumerable<LeanFile> files)
    {
        var buffer = new Tick[256];
        foreach (var file in files.OrderBy(f => f.IsQuote))
        {
            using var reader = new LeanCsvReader(file, 0);
            int read;
            while ((read = reader.Read(buffer)) > 0)
            {
                foreach (var tick in buffer.AsSpan(0, read))
                {
                    if ((tick.Flags & TickFlags.Suspicious) == 0 && tick.Price > 0)
                    {
                        return tick.Price;
                    }
                }
            }
        }

        throw Fail.Input(files.First().Path, null, "file", null, "holds no usable price", "pass a non-empty LEAN tick zip");
    }
}
