using Kabuto.Core.Market;

namespace Kabuto.Web.Tests;

/// <summary>The Growth Market 250 index in the day view: the API's day carries its facts when its row is held, and the
/// dashboard's sector section has the line that shows them (hidden when none is held).</summary>
public sealed class MarketIndicesTests : IAsyncLifetime
{
    private TestHost _host = null!;

    public async Task InitializeAsync() => _host = await TestHost.StartAsync(Fixtures.SmallTokyo()
        .AddBars(JpxIndices.Growth250.SeriesId, [DailyBar.CloseOnly(new DateOnly(2024, 2, 29), 680.12m), DailyBar.CloseOnly(Fixtures.Day, 676.48m)]));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Day_Growth250Held_CarriesItsCloseAndChange()
    {
        var day = await _host.GetJsonAsync("/api/day/tokyo/2024-03-01");

        var growth = day.GetProperty("facts").EnumerateArray().Where(f => f.GetProperty("index").GetString() == "JPX-0070")
            .ToDictionary(f => f.GetProperty("kind").GetString()!, f => f.GetProperty("value").GetDecimal());
        Assert.Equal((676.48m, -0.54m), (growth["close"], growth["change_pct"]));
    }

    [Fact]
    public async Task Dashboard_SectorSection_RendersTheMarketIndicesLine()
    {
        var html = await _host.Client.GetStringAsync(new Uri("/", UriKind.Relative));
        var app = await _host.Client.GetStringAsync(new Uri("/js/app.js", UriKind.Relative));
        var facts = await _host.Client.GetStringAsync(new Uri("/js/facts.js", UriKind.Relative));

        Assert.Contains("id=\"market-indices\"", html, StringComparison.Ordinal);
        Assert.Contains("renderMarketIndices($('market-indices'), facts)", app, StringComparison.Ordinal);
        Assert.Contains("['JPX-0070', 'Growth Market 250']", facts, StringComparison.Ordinal);
    }
}
