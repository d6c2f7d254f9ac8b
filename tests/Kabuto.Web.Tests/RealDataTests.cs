using System.Net;
using System.Text;
using Kabuto.Data.Store;
using Kabuto.TestSupport;

namespace Kabuto.Web.Tests;

/// <summary>Every use-case endpoint over a database filled by 'kabuto import' from the shared data.</summary>
[Collection(ImportedStoreCollection.Name)]
public sealed class RealDataTests(ImportedStore store) : ImportedHostTests(store)
{
    [Fact]
    public async Task Day_TokyoRecordDay_HasTheNikkeiCloseFact()
    {
        if (Host is null)
        {
            return;
        }

        var day = await Host.GetJsonAsync("/api/day/tokyo/2024-03-01");

        var close = day.GetProperty("facts").EnumerateArray().Single(f => f.GetProperty("id").GetString() == "N225:2024-03-01:close:close");
        Assert.Equal(39_910.82m, close.GetProperty("value").GetDecimal());
    }

    [Fact]
    public async Task Day_Saturday_Returns400NamingTheNearestTradingDays()
    {
        if (Host is null)
        {
            return;
        }

        using var response = await Host.Client.GetAsync(new Uri("/api/day/tokyo/2024-03-02", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("2024-03-04 (after)", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Records_N225_IncludesThe2024RecordClose()
    {
        if (Host is null)
        {
            return;
        }

        var records = await Host.GetJsonAsync("/api/records/N225");

        Assert.Contains(records.GetProperty("facts").EnumerateArray(),
            f => f.GetProperty("kind").GetString() == "record_close" && f.GetProperty("date").GetString() == "2024-03-01");
    }

    [Fact]
    public async Task Wrap_Json_EveryNumberRunNamesAFactOfTheArticle()
    {
        if (Host is null)
        {
            return;
        }

        var wrap = await Host.GetJsonAsync("/api/wrap/tokyo/2024-03-01?format=json");

        var factIds = wrap.GetProperty("facts").EnumerateArray().Select(f => f.GetProperty("id").GetString()).ToHashSet();
        var runs = wrap.GetProperty("sections").EnumerateArray()
            .SelectMany(s => s.GetProperty("paragraphs").EnumerateArray())
            .SelectMany(p => p.GetProperty("runs").EnumerateArray())
            .Where(r => r.GetProperty("fact_id").GetString() is not null)
            .Select(r => r.GetProperty("fact_id").GetString())
            .ToList();
        Assert.NotEmpty(runs);
        Assert.All(runs, id => Assert.Contains(id, factIds));
    }

    [Fact]
    public async Task Wrap_Markdown_IsServedAsMarkdownWithTheClose()
    {
        if (Host is null)
        {
            return;
        }

        using var response = await Host.Client.GetAsync(new Uri("/api/wrap/tokyo/2024-03-01?format=md&edition=close", UriKind.Relative));

        Assert.Equal("text/markdown", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("39,910.82", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_ArticleAsText_GivesAVerdictPerClaim()
    {
        if (Host is null)
        {
            return;
        }

        using var content = new StringContent(
            "Japan's Nikkei 225 rallied 1.90% to close at a record 39,910.82 on Friday, March 1, 2024.", Encoding.UTF8, "text/plain");

        using var response = await Host.Client.PostAsync(new Uri("/api/check?date=2024-03-01", UriKind.Relative), content);
        var report = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"verdict\":\"supported\"", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_SeedArticle_ReturnsClaims()
    {
        var seeds = SharedData.RequireSeeds();
        if (Host is null || seeds is null)
        {
            return;
        }

        var article = await File.ReadAllTextAsync(Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal).First());
        using var content = new StringContent(article, Encoding.UTF8, "text/plain");

        using var response = await Host.Client.PostAsync(new Uri("/api/check", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"claims\":[{", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
