using System.Globalization;
using System.Text.RegularExpressions;
using Kabuto.Cli;
using Kabuto.Data.Store;
using Kabuto.TestSupport;
using Kabuto.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace Kabuto.Web.Tests;

/// <summary>The dashboard in a real browser: Debian's Chromium, driven by Playwright, against the real server on a
/// free loopback port over a database imported from the shared data. Each test saves a full-page screenshot under
/// screenshots/ in the test output folder. Without Chromium or the data it returns early locally and fails in CI.</summary>
[Collection(ImportedStoreCollection.Name)]
public sealed partial class BrowserTests(ImportedStore store)
{
    private const string Chromium = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    [Theory]
    [InlineData("2024-03-01", "39,910.82", true)]
    [InlineData("2024-08-05", "31,458.42", false)]
    [InlineData("2026-02-10", "57,650.54", true)]
    [InlineData("2026-03-18", "55,239.40", true)]
    public async Task Dashboard_RealDay_ShowsChartMembersRegionAndArticleWithoutErrors(string date, string close, bool members)
    {
        await using var session = await DashboardSession.OpenAsync(store, date);
        if (session is null)
        {
            return;
        }

        var page = session.Page;
        await session.ScreenshotAsync($"dashboard-tokyo-{date}.png");

        Assert.Contains(close, await page.Locator("#summary").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("#chart canvas").CountAsync() > 0, "the index chart drew no canvas");
        Assert.StartsWith("Daily closes for the year to", await page.Locator("#chart-legend").InnerTextAsync(), StringComparison.Ordinal);
        if (members)
        {
            // Top and bottom 8 members plus the residual row; one tile per sector.
            Assert.Equal(17, await page.Locator("#waterfall table tbody tr").CountAsync());
            Assert.True(await page.Locator("#waterfall tbody .fact").CountAsync() >= 32, "the member rows carry no fact-linked numbers");
            Assert.True(await page.Locator("#heatmap .tile .fact").CountAsync() >= 10, "the sector heat map has too few tiles");
        }
        else
        {
            // No member prices that day: each member section says so instead of staying blank.
            Assert.Equal(1, await page.Locator("#waterfall .notice").CountAsync());
            Assert.Equal(1, await page.Locator("#heatmap .notice").CountAsync());
        }

        Assert.True(await page.Locator("#region tbody tr:has(td.num .fact)").CountAsync() >= 5, "the regional table has too few markets");
        Assert.True(await page.Locator("#yen .fact").CountAsync() > 0, "the yen line has no fact-linked rate");
        Assert.True(await page.Locator("#article h3").InnerTextAsync() is { Length: > 10 }, "the article has no headline");
        Assert.True(await page.Locator("#article p .fact[title]").CountAsync() >= 5, "the article has too few numbers linked to facts");
        session.AssertNoErrors();
    }

    [Fact]
    public async Task Dashboard_Chart_AxisReadsGroupedWholePointsAndMarkersAreThinned()
    {
        await using var session = await DashboardSession.OpenAsync(store, "2026-03-18");
        if (session is null)
        {
            return;
        }

        var axisLabels = await session.CanvasNumbersAsync();
        var chart = session.Page.Locator("#chart");
        var shown = int.Parse(await chart.GetAttributeAsync("data-markers-shown") ?? "-1", CultureInfo.InvariantCulture);
        var total = int.Parse(await chart.GetAttributeAsync("data-markers-total") ?? "-1", CultureInfo.InvariantCulture);
        var minGapBars = int.Parse(await chart.GetAttributeAsync("data-marker-min-gap-bars") ?? "-1", CultureInfo.InvariantCulture);

        Assert.Contains(axisLabels, label => GroupedInteger().IsMatch(label));
        Assert.DoesNotContain(axisLabels, label => label.Contains('.', StringComparison.Ordinal));
        Assert.True(minGapBars >= 1, $"no marker gap was computed ({minGapBars})");
        Assert.InRange(shown, 1, total);
        // About 250 bars in a year: markers at least minGapBars apart cannot exceed this many.
        Assert.True(shown <= 260 / minGapBars + 1, $"{shown} markers at least {minGapBars} bars apart do not fit a year");
        Assert.Contains($"{shown} record/milestone marker(s)", await session.Page.Locator("#chart-legend").InnerTextAsync(), StringComparison.Ordinal);
        session.AssertNoErrors();
    }

    [Fact]
    public async Task Dashboard_FirstPaint_WithoutScript_NamesTheProductAndWhatIsLoading()
    {
        await using var session = await DashboardSession.OpenAsync(store, "2026-03-18");
        if (session is null)
        {
            return;
        }

        var page = await session.OpenWithoutScriptAsync("2026-03-18");
        await session.ScreenshotAsync(page, "dashboard-first-paint.png");

        Assert.Equal("Kabuto", await page.Locator("h1").InnerTextAsync());
        Assert.Contains("loading the index", await page.Locator("#status").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("daily closes", await page.Locator("#chart-legend").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("draft article", await page.Locator("#article").InnerTextAsync(), StringComparison.Ordinal);
        Assert.NotEqual("Loading…", (await page.Locator("body").InnerTextAsync()).Trim());
    }

    [Fact]
    public async Task Dashboard_Replay_DrawsTheIntradayChartFromTheLiveFeed()
    {
        await using var session = await DashboardSession.OpenAsync(store, "2024-03-01");
        if (session is null)
        {
            return;
        }

        await session.Page.ClickAsync("#replay");
        // A locator wait, not WaitForFunction: the page's CSP forbids evaluating strings as script.
        await session.Page.Locator("#status", new PageLocatorOptions { HasTextString = "Simulated N225" })
            .WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        await session.ScreenshotAsync("dashboard-tokyo-replay.png");

        Assert.True(await session.Page.Locator("#intraday canvas").CountAsync() > 0, "the live replay drew no intraday chart");
        session.AssertNoErrors();
    }

    /// <summary>The language switch in Japanese: the Japanese wrap and labels, and its Japanese text drawn with a CJK font
    /// (Debian's fonts-noto-cjk), not as tofu. The browser itself says which platform font drew the headline's glyphs
    /// (DevTools' CSS.getPlatformFontsForNode); the screenshot is saved as dashboard-tokyo-ja-2026-02-10.png.</summary>
    [Fact]
    public async Task Dashboard_Japanese_ShowsTheJapaneseWrapDrawnWithANotoCjkFont()
    {
        await using var session = await DashboardSession.OpenAsync(store, "2026-02-10", "&lang=ja");
        if (session is null)
        {
            return;
        }

        var page = session.Page;
        await session.ScreenshotAsync("dashboard-tokyo-ja-2026-02-10.png");
        var headline = await page.Locator("#article h3").InnerTextAsync();
        var fonts = await session.PlatformFontsAsync("#article h3");

        Assert.Equal("ja", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.StartsWith("日経平均は大幅に3日続伸、1286円高の5万7650円", headline, StringComparison.Ordinal);
        Assert.Equal("記事の下書き", await page.Locator("h2[data-i18n='draft']").InnerTextAsync());
        Assert.Equal("大引け", await page.Locator("#edition option:checked").InnerTextAsync());
        Assert.Contains("終値", await page.Locator("#summary").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("ja", await page.Locator("#lang").InputValueAsync());
        // Every Japanese character of the headline was drawn from a Noto CJK face (a missing font shows as tofu from
        // a last-resort face, or as another family).
        var japanese = headline.Count(c => c is >= '\u3000' and <= '\u9fff');
        var cjk = fonts.Where(f => f.Family.Contains("CJK", StringComparison.Ordinal)).Sum(f => f.Glyphs);
        Assert.True(cjk >= japanese, $"{japanese} Japanese characters, {cjk} glyphs from a Noto CJK face: {string.Join(", ", fonts)}");
        session.AssertNoErrors();
    }

    [Fact]
    public async Task Dashboard_LanguageChoice_IsRememberedWithoutTheParameter()
    {
        await using var session = await DashboardSession.OpenAsync(store, "2026-02-10", "&lang=ja");
        if (session is null)
        {
            return;
        }

        await session.Page.GotoAsync(session.Page.Url.Replace("&lang=ja", string.Empty, StringComparison.Ordinal));
        await session.Page.WaitForSelectorAsync("body[data-loaded='true']", new PageWaitForSelectorOptions { Timeout = 60_000 });

        Assert.Equal("ja", await session.Page.Locator("html").GetAttributeAsync("lang"));
        Assert.StartsWith("日経平均は", await session.Page.Locator("#article h3").InnerTextAsync(), StringComparison.Ordinal);
        session.AssertNoErrors();
    }

    /// <summary>A desk on the LAN: the server listens beyond loopback and requires keys. The page's files load, it asks
    /// for a key (a wrong one gets one line), and with the right one it shows the day and replays the live session
    /// (the EventSource sends the key cookie like every fetch). The key is never in a URL the browser asked for.</summary>
    [Fact]
    public async Task Dashboard_EveryIssuesBarsAndTheMiddayEdition_ShowPrimeBreadthWithTurnoverAndThe1130Level()
    {
        // A store whose master lists only the quoted issues, all Prime, with J-Quants bars (turnover) for each: the
        // breadth line, every number linked to its fact.
        var nikkei = SharedData.Require("raw/market-indicators-dashboard/nikkei-225.csv");
        var topix = SharedData.Require("raw/market-indicators-dashboard/topix.csv");
        using var folder = new TempDirectory();
        if (nikkei is null || topix is null || JQuantsQuoteFiles.Write(folder, new(2026, 3, 17), new(2026, 3, 18)) is not { } files)
        {
            return;
        }

        var db = folder.File("every-issue.db");
        using (var stdout = new StringWriter())
        using (var stderr = new StringWriter())
        {
            Assert.True(KabutoCli.Run(["import", nikkei, topix, files.Quotes, files.Listing, "--db", db], stdout, stderr) == KabutoCli.Ok, stderr.ToString());
        }

        await using (var session = await DashboardSession.OpenAsync(store, "2026-03-18", db: db))
        {
            if (session is null)
            {
                return;
            }

            await session.ScreenshotAsync("dashboard-prime-breadth.png");
            var breadth = session.Page.Locator("#breadth");
            Assert.True(await breadth.IsVisibleAsync(), "no breadth line for a day with every issue's bars");
            Assert.Matches(@"^TSE Prime: \d+ advanced, \d+ declined, \d+ unchanged; turnover \d+\.\d\d trillion yen$", await breadth.InnerTextAsync());
            Assert.Equal(4, await session.Page.Locator("#breadth .fact[title]").CountAsync());
        }

        // The shared store holds bars of the Nikkei's members only (not the Prime market): no breadth line. Its 11:30
        // level of 2026-02-10 makes the midday edition.
        await using var midday = await DashboardSession.OpenAsync(store, "2026-02-10", "&edition=midday");
        if (midday is null)
        {
            return;
        }

        await midday.ScreenshotAsync("dashboard-midday-2026-02-10.png");
        var article = await midday.Page.Locator("#article").InnerTextAsync();
        Assert.Equal("midday", await midday.Page.Locator("#edition").InputValueAsync());
        Assert.Contains("57,926.07 by the midday break", article, StringComparison.Ordinal);
        Assert.True(await midday.Page.Locator("#article .fact[data-fact-id$=':morning:close']").CountAsync() > 0, "the 11:30 level is not linked to its fact");
        Assert.True(await midday.Page.Locator("#breadth").IsHiddenAsync(), "a breadth line from the members' bars alone");
        midday.AssertNoErrors();
    }

    [Fact]
    public async Task Dashboard_BeyondLoopback_PromptsForAKey_ThenShowsTheDayAndTheLiveView()
    {
        using var folder = new TempDirectory();
        var keys = ApiKeyRing.Load(folder.File("keys.json"));
        var key = keys.Add("desk-fx");
        await using var session = await DashboardSession.OpenAsync(store, "2024-03-01", keys: keys);
        if (session is null)
        {
            return;
        }

        var page = session.Page;
        var urls = new List<string>();
        page.Request += (_, request) => urls.Add(request.Url);
        await session.ScreenshotAsync("dashboard-key-prompt.png");
        Assert.Contains("enter your API key", await page.Locator("#status").InnerTextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("39,910.82", await page.Locator("#summary").InnerTextAsync(), StringComparison.Ordinal);

        await page.FillAsync("#api-key", "kbt_not-a-key");
        await page.ClickAsync("#key-form button");
        await page.Locator("#key-message", new PageLocatorOptions { HasTextString = "does not accept that key" }).WaitForAsync();
        Assert.True(await page.Locator("#key-form").IsVisibleAsync(), "a wrong key hid the prompt");

        await page.FillAsync("#api-key", key);
        await page.ClickAsync("#key-form button");
        await page.WaitForSelectorAsync("body[data-loaded='true']", new PageWaitForSelectorOptions { Timeout = 60_000 });
        Assert.False(await page.Locator("#key-form").IsVisibleAsync(), "the prompt stayed after the key was accepted");
        Assert.Contains("39,910.82", await page.Locator("#summary").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("#article h3").InnerTextAsync() is { Length: > 10 }, "the article has no headline");

        await page.ClickAsync("#replay");
        await page.Locator("#status", new PageLocatorOptions { HasTextString = "Simulated N225" })
            .WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        await session.ScreenshotAsync("dashboard-key-accepted-replay.png");
        Assert.True(await page.Locator("#intraday canvas").CountAsync() > 0, "the live replay drew no intraday chart");

        // The key is kept by the browser as the server's HttpOnly cookie, out of reach of the page's scripts.
        var cookie = (await page.Context.CookiesAsync()).Single(c => c.Name == "kabuto_key");
        Assert.True(cookie.HttpOnly);
        Assert.Equal(SameSiteAttribute.Strict, cookie.SameSite);
        Assert.Equal(string.Empty, await page.EvaluateAsync<string>("() => document.cookie"));
        Assert.DoesNotContain(urls, u => u.Contains(key, StringComparison.Ordinal));
        Assert.Contains(urls, u => u.Contains("/api/live", StringComparison.Ordinal));

        // A reload keeps the key: the page loads without asking again.
        await page.ReloadAsync();
        await page.WaitForSelectorAsync("body[data-loaded='true']", new PageWaitForSelectorOptions { Timeout = 60_000 });
        Assert.False(await page.Locator("#key-form").IsVisibleAsync(), "the page asked for the key again after a reload");
        // The only failures: the first look at /api/session (no key yet) and the wrong key's POST.
        session.AssertNoErrorsBut(e =>
            (e.StartsWith("HTTP 401 ", StringComparison.Ordinal) && e.EndsWith("/api/session", StringComparison.Ordinal))
            || (e.StartsWith("console: ", StringComparison.Ordinal) && e.Contains("status of 401", StringComparison.Ordinal)));
    }

    /// <summary>The server, the browser and one loaded page, with every console error, page error and failed API
    /// response recorded.</summary>
    private sealed class DashboardSession : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly IPlaywright _playwright;
        private readonly IBrowser _browser;
        private readonly List<string> _errors = [];

        private DashboardSession(WebApplication app, IPlaywright playwright, IBrowser browser, IPage page)
        {
            _app = app;
            _playwright = playwright;
            _browser = browser;
            Page = page;
            page.Console += (_, message) =>
            {
                if (message.Type == "error")
                {
                    _errors.Add($"console: {message.Text}");
                }
            };
            page.PageError += (_, error) => _errors.Add($"page: {error}");
            page.Response += (_, response) =>
            {
                if (response.Status >= 400)
                {
                    _errors.Add($"HTTP {response.Status} {response.Url}");
                }
            };
        }

        public IPage Page { get; }

        /// <param name="keys">When given, the server listens on this machine's LAN address and requires these keys, as
        /// 'kabuto serve' does beyond loopback; the page is then left at its key prompt.</param>
        /// <param name="db">Another store than the shared data's (built by the test).</param>
        public static async Task<DashboardSession?> OpenAsync(ImportedStore store, string date, string query = "", ApiKeyRing? keys = null, string? db = null)
        {
            db ??= store.DbPath;
            if (!BrowserAvailable() || db is null)
            {
                return null;
            }

            var urls = "http://127.0.0.1:0";
            if (keys is not null)
            {
                if (LanHost.Address() is not { } address)
                {
                    return SharedData.InCi ? throw new InvalidOperationException("this machine has no non-loopback IPv4 address for the dashboard-with-keys test") : null;
                }

                urls = $"http://{address}:0";
            }

            var app = KabutoWeb.Build(new WebOptions { OpenStore = () => MarketStore.Open(db), Urls = urls, ApiKeys = keys });
            await app.StartAsync();
            Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
            var playwright = await Playwright.CreateAsync();
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium, Headless = true, Args = ChromiumArgs });
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
            var session = new DashboardSession(app, playwright, browser, page);
            // Records every text drawn on a canvas (the chart's axis labels), before any page script runs.
            await page.AddInitScriptAsync(CanvasTextRecorder);
            await page.GotoAsync($"{app.Urls.Single()}/?market=tokyo&date={date}{query}");
            await page.WaitForSelectorAsync(keys is null ? "body[data-loaded='true']" : "#key-form:not([hidden])", new PageWaitForSelectorOptions { Timeout = 60_000 });
            return session;
        }

        /// <summary>The platform fonts the browser drew an element's text with, and how many glyphs each drew.</summary>
        public async Task<IReadOnlyList<(string Family, int Glyphs)>> PlatformFontsAsync(string selector)
        {
            var cdp = await Page.Context.NewCDPSessionAsync(Page);
            await cdp.SendAsync("DOM.enable");
            await cdp.SendAsync("CSS.enable");
            var document = await cdp.SendAsync("DOM.getDocument");
            var root = document!.Value.GetProperty("root").GetProperty("nodeId").GetInt32();
            // The fonts of an element's own text nodes: ask the element and each element inside it (the number runs).
            var nodes = await cdp.SendAsync("DOM.querySelectorAll", new Dictionary<string, object> { ["nodeId"] = root, ["selector"] = $"{selector}, {selector} *" });
            var fonts = new List<(string Family, int Glyphs)>();
            foreach (var id in nodes!.Value.GetProperty("nodeIds").EnumerateArray())
            {
                var platform = await cdp.SendAsync("CSS.getPlatformFontsForNode", new Dictionary<string, object> { ["nodeId"] = id.GetInt32() });
                foreach (var font in platform!.Value.GetProperty("fonts").EnumerateArray())
                {
                    fonts.Add((font.GetProperty("familyName").GetString() ?? string.Empty, font.GetProperty("glyphCount").GetInt32()));
                }
            }

            return fonts.GroupBy(f => f.Family).Select(g => (g.Key, g.Sum(f => f.Glyphs))).ToList();
        }

        public async Task ScreenshotAsync(string name)
        {
            var path = Path.Combine(AppContext.BaseDirectory, "screenshots", name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        }

        public void AssertNoErrors() => Assert.Empty(_errors);

        /// <summary>No errors but those <paramref name="expected"/> allows (a refused key's 401 and the browser's
        /// console line for it).</summary>
        public void AssertNoErrorsBut(Func<string, bool> expected) => Assert.DoesNotContain(_errors, e => !expected(e));

        /// <summary>The numeric texts drawn on the page's canvases, once the chart has drawn some.</summary>
        public async Task<string[]> CanvasNumbersAsync()
        {
            for (var attempt = 0; attempt < 50; attempt++)
            {
                var texts = await Page.EvaluateAsync<string[]>("() => globalThis.__canvasTexts ?? []");
                var numbers = texts.Where(text => NumberText().IsMatch(text)).Distinct().ToArray();
                if (numbers.Length >= 3)
                {
                    return numbers;
                }

                await Task.Delay(100);
            }

            throw new InvalidOperationException("the chart drew no numbers on its canvas within 5 s");
        }

        /// <summary>The same page in a new page with JavaScript off: what the first paint shows before scripts run.</summary>
        public async Task<IPage> OpenWithoutScriptAsync(string date)
        {
            var context = await _browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
            var page = await context.NewPageAsync();
            await page.GotoAsync($"{_app.Urls.Single()}/?market=tokyo&date={date}");
            return page;
        }

        public async Task ScreenshotAsync(IPage page, string name)
        {
            var path = Path.Combine(AppContext.BaseDirectory, "screenshots", name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        }

        public async ValueTask DisposeAsync()
        {
            await _browser.DisposeAsync();
            _playwright.Dispose();
            await _app.DisposeAsync();
        }
    }

    private const string CanvasTextRecorder = """
        (() => {
          const texts = [];
          globalThis.__canvasTexts = texts;
          const fillText = CanvasRenderingContext2D.prototype.fillText;
          CanvasRenderingContext2D.prototype.fillText = function (text, ...rest) {
            texts.push(String(text));
            return fillText.call(this, text, ...rest);
          };
        })();
        """;

    [GeneratedRegex(@"^[0-9][0-9,]*(\.[0-9]+)?$")]
    private static partial Regex NumberText();

    [GeneratedRegex(@"^[0-9]{1,3}(,[0-9]{3})+$")]
    private static partial Regex GroupedInteger();

    private static bool BrowserAvailable()
    {
        if (File.Exists(Chromium))
        {
            return true;
        }

        if (SharedData.InCi)
        {
            throw new InvalidOperationException(
                $"{Chromium} is missing: CI must install Debian's chromium (.ci/install runs apt-get install -y chromium) for the dashboard test.");
        }

        return false;
    }
}
