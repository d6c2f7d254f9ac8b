using System.Text.Json;

namespace Kabuto.Cli.Tests;

/// <summary>kabuto simulate over the real store: the simulated N225 and TOPIX start from the store's previous closes.</summary>
[Collection(FullStoreCollection.Name)]
public sealed class SimulateFromStoreTests(FullStore store)
{
    [Fact]
    public void Simulate_StoreHoldsThePreviousSession_StartsFromTheRealCloses()
    {
        if (store.Db is not { } db)
        {
            return;
        }

        var file = store.File("seeded.kbt");

        // 2026-03-17: N225 closed at 53,700.39 (the simulator used to invent ~43,924 for 2026-03-18).
        var (simulated, simOut, simErr) = Cli.Run("simulate", "--date", "2026-03-18", "--out", file, "--ticks", "1000", "--stocks", "60", "--db", db);
        var (code, output, err) = Cli.Run("replay", file, "--json");

        Assert.True(simulated == KabutoCli.Ok, simErr);
        Assert.True(code == KabutoCli.Ok, err);
        Assert.Contains("previous closes N225 53,700.39", simOut, StringComparison.Ordinal);
        var indices = JsonDocument.Parse(output).RootElement.GetProperty("sessions")[0].GetProperty("indices").EnumerateArray().ToList();
        var n225 = indices.Single(i => i.GetProperty("id").GetString() == "N225");
        Assert.Equal(53_700.39m, n225.GetProperty("previous_close").GetDecimal());
    }
}
