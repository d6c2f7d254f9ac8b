using System.Net;
using Kabuto.TestSupport;
using Kabuto.Watch;
using Kabuto.Writing.Composing;
using Kabuto.Writing.Documents;

namespace Kabuto.Web.Tests;

/// <summary>GET /api/editions lists what the watch wrote and serves each file; nothing outside the folder.</summary>
public sealed class EditionEndpointTests
{
    [Fact]
    public async Task Editions_WrittenByTheWatch_ListedAndServed_NoPathLeavesTheFolder()
    {
        using var dir = new TempDirectory();
        var day = new DateOnly(2026, 2, 10);
        var step = new WatchStep("close", WrapEdition.Close, day, new TimeOnly(16, 30), [], IsFinal: true);
        var article = new Article("tokyo", day, "close", new ParagraphBuilder().Text("Nikkei ends higher").Build(), [], []);
        new EditionFiles(dir.Path).Write("tokyo", day, step, new DateTimeOffset(2026, 2, 10, 7, 30, 0, TimeSpan.Zero),
            [new MissingData("TOPIX's close on 2026-02-10 (J-Quants, light plan and above)", "TOPIX終値が未取得")], [article]);
        await using var host = await TestHost.StartAsync(Fixtures.SmallTokyo(), o => o with { EditionsFolder = dir.Path });

        var list = await host.GetJsonAsync("/api/editions");
        using var markdown = await host.Client.GetAsync(new Uri("/api/editions/2026-02-10/tokyo-close.en.md", UriKind.Relative));
        using var outside = await host.Client.GetAsync(new Uri("/api/editions/2026-02-10/..%2F..%2Fetc%2Fpasswd", UriKind.Relative));

        var edition = Assert.Single(list.EnumerateArray());
        Assert.Equal("close", edition.GetProperty("edition").GetString());
        Assert.False(edition.GetProperty("complete").GetBoolean());
        Assert.StartsWith("TOPIX's close", edition.GetProperty("missing")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, markdown.StatusCode);
        Assert.StartsWith("# Nikkei ends higher", await markdown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
    }

    [Fact]
    public async Task Editions_NoWatch_EmptyList()
    {
        await using var host = await TestHost.StartAsync(Fixtures.SmallTokyo());

        var list = await host.GetJsonAsync("/api/editions");

        Assert.Empty(list.EnumerateArray());
    }
}
