using Kabuto.Data.Store;
using Kabuto.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace Kabuto.Web.Tests;

/// <summary>The dashboard in a real browser: Debian's Chromium, driven by Playwright, against the real server on a
/// free loopback port over a database imported from the shared data.</summary>
[Collection(ImportedStoreCollection.Name)]
public sealed class BrowserTests(ImportedStore store)
{
    private const string Chromium = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    [Fact]
    public async Task Dashboard_RealDay_ShowsChartMembersRegionArticleAndReplayWithoutConsoleErrors()
    {
        if (!BrowserAvailable() || store.DbPath is null)
        {
            return;
        }

        await using var app = KabutoWeb.Build(new WebOptions { OpenStore = () => MarketStore.Open(store.DbPath), Urls = "http://127.0.0.1:0" });
        await app.StartAsync();
        var address = app.Urls.Single();
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ChromiumArgs,
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);

        await page.GotoAsync($"{address}/?market=tokyo&date=2024-03-01");
        await page.WaitForSelectorAsync("body[data-loaded='true']", new PageWaitForSelectorOptions { Timeout = 30_000 });
        await page.ClickAsync("#replay");
        // A locator wait, not WaitForFunction: the page's CSP forbids evaluating strings as script.
        await page.Locator("#status", new PageLocatorOptions { HasTextString = "Simulated N225" })
            .WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        var screenshot = Path.Combine(AppContext.BaseDirectory, "screenshots", "dashboard-tokyo-2024-03-01.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });

        Assert.True(await page.Locator("#chart canvas").CountAsync() > 0, "the index chart drew no canvas");
        // Member and sector facts need member prices and a definition; without them each section says so.
        Assert.True(
            await page.Locator("#waterfall table tbody tr, #waterfall .notice").CountAsync() > 0, "the member waterfall is empty");
        Assert.True(await page.Locator("#heatmap .tile, #heatmap .notice").CountAsync() > 0, "the sector heat map is empty");
        Assert.True(await page.Locator("#region tbody tr td.num .fact").CountAsync() > 0, "the regional table has no figures");
        Assert.True(await page.Locator("#article p .fact[title]").CountAsync() > 0, "the article has no number linked to a fact");
        Assert.True(await page.Locator("#intraday canvas").CountAsync() > 0, "the live replay drew no intraday chart");
        Assert.Empty(errors);
    }

    private static bool BrowserAvailable()
    {
        if (File.Exists(Chromium))
        {
            return true;
        }

        if (SharedData.InCi)
        {
            throw new InvalidOperationException(
                $"{Chromium} is missing: CI must install Debian's chromium (apt-get install -y chromium) for the dashboard test.");
        }

        return false;
    }
}
