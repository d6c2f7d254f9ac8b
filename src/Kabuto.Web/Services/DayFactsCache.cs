using System.Collections.Concurrent;

namespace Kabuto.Web.Services;

/// <summary>Serialized day facts per (market, date) for one store state (it lives inside one <see cref="UseCases"/>,
/// which is replaced when the store changes). The dashboard and load both ask for the same few days, so the JSON is
/// built (and gzipped) once and served as bytes; concurrent first requests for a day wait for one build instead of each running it.</summary>
internal sealed class DayFactsCache(int capacity)
{
    private readonly ConcurrentDictionary<(string Market, DateOnly Date), Lazy<CachedBody>> _entries = new();

    public CachedBody GetOrAdd(string market, DateOnly date, Func<CachedBody> build)
    {
        var key = (market, date);
        if (_entries.TryGetValue(key, out var cached))
        {
            return cached.Value;
        }

        if (_entries.Count >= capacity)
        {
            // Crude but bounded: a burst of distinct days (a crawler) cannot grow the process without limit.
            _entries.Clear();
        }

        var entry = _entries.GetOrAdd(key, _ => new Lazy<CachedBody>(build, LazyThreadSafetyMode.ExecutionAndPublication));
        try
        {
            return entry.Value;
        }
        catch
        {
            // A rejected day (no trading, no rows) is not kept: the next request asks again and gets the same 400.
            _entries.TryRemove(KeyValuePair.Create(key, entry));
            throw;
        }
    }
}
