using Kabuto.Data.Store;

namespace Kabuto.Web.Tests;

/// <summary>A test class served by a real host over the database 'kabuto import' filled from the shared data (one per
/// class): <see cref="Host"/> is null when the data is absent (the fixture fails first in CI).</summary>
public abstract class ImportedHostTests(ImportedStore store) : IAsyncLifetime
{
    protected TestHost? Host { get; private set; }

    protected IMarketStore? Store { get; private set; }

    /// <summary>The imported database file (null when the shared data is absent).</summary>
    protected string? DbPath => store.DbPath;

    public async Task InitializeAsync()
    {
        if (store.DbPath is null)
        {
            return;
        }

        Store = MarketStore.Open(store.DbPath);
        Host = await TestHost.StartAsync(Store);
    }

    public async Task DisposeAsync()
    {
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }

        Store?.Dispose();
    }
}
