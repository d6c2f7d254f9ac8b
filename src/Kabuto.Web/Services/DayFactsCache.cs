using System.Collections.Concurrent;

namespace Kabuto.Web.Services;

/// <summary>Serialized day facts per (market, date). A past day's facts do not change until the next import, and the
/// dashboard and load both ask for the same few days, so the JSON is built once and served as bytes.</summary>
internal sealed class DayFactsCache(int capacity)
{
    private readonly ConcurrentDictionary<(string Market, DateOnly Date), byte[]> _entries = new();

    public byte[] GetOrAdd(string market, DateOnly date, Func<byte[]> build)
    {
        if (_entries.TryGetValue((market, date), out var cached))
        {
            return cached;
        }

        var built = build();
        if (_entries.Count >= capacity)
        {
            // Crude but bounded: a burst of distinct days (a crawler) cannot grow the process without limit.
            _entries.Clear();
        }

        _entries[(market, date)] = built;
        return built;
    }

    public void Clear() => _entries.Clear();
}
