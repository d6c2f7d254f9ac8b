using Microsoft.Data.Sqlite;

namespace Kabuto.Web.Services;

/// <summary>The use cases over the store as it is now. Everything the host keeps between requests (each day's JSON,
/// each series' history, the shadow calibration) lives in one <see cref="UseCases"/>, so when an import commits to the
/// store while it is served, swapping in a fresh one drops every cached result at once: a cache entry is always keyed
/// by the store state it was computed from.</summary>
internal sealed class StoreGenerations(SerializedMarketData store, Func<UseCases> create)
{
    private Generation _current = new(store.Version, create());

    public UseCases Current => Volatile.Read(ref _current).UseCases;

    /// <summary>Compares the store's version with the one the current use cases were built for; on a change, builds
    /// new ones (cheap: they compute lazily). Returns whether it changed.</summary>
    public bool Refresh()
    {
        var version = store.Version;
        if (version == Volatile.Read(ref _current).Version)
        {
            return false;
        }

        Volatile.Write(ref _current, new Generation(version, create()));
        return true;
    }

    private sealed record Generation(long Version, UseCases UseCases);
}

/// <summary>Polls the store's version (a cheap PRAGMA) on a timer, off the request path, so a request never waits for
/// the check and an import shows within one interval.</summary>
internal sealed partial class StoreWatcher(StoreGenerations generations, WebOptions options, ILogger<StoreWatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.StorePollInterval <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.StorePollInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                if (generations.Refresh())
                {
                    StoreChanged(logger);
                }
            }
            catch (SqliteException e)
            {
                CheckFailed(logger, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "the store changed (an import); cached results dropped")]
    private static partial void StoreChanged(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "could not read the store's version; cached results kept")]
    private static partial void CheckFailed(ILogger logger, Exception exception);
}
