using System.Net;
using System.Text;

namespace Kabuto.Web.Tests;

/// <summary>`?lang=ja` on the wrap, day and check endpoints over the imported shared data.</summary>
[Collection(ImportedStoreCollection.Name)]
public sealed class JapaneseApiTests(ImportedStore store) : ImportedHostTests(store)
{
    [Fact]
    public async Task Wrap_LangJa_IsTheJapaneseWrap()
    {
        if (Host is null)
        {
            return;
        }

        var markdown = await Host.Client.GetStringAsync(new Uri("/api/wrap/tokyo/2026-02-10?lang=ja&format=md", UriKind.Relative));
        var json = await Host.GetJsonAsync("/api/wrap/tokyo/2026-02-10?lang=ja&edition=midday");

        Assert.StartsWith("# 日経平均は大幅に3日続伸、1286円高の5万7650円", markdown, StringComparison.Ordinal);
        Assert.Equal("ja", json.GetProperty("language").GetString());
        Assert.Equal("midday", json.GetProperty("edition").GetString());
        Assert.Contains(json.GetProperty("facts").EnumerateArray(), f => f.GetProperty("id").GetString() == "N225:2026-02-10:morning:close");
    }

    [Fact]
    public async Task Day_LangJa_AddsJapaneseLabelsToTheSameFacts()
    {
        if (Host is null)
        {
            return;
        }

        var english = await Host.GetJsonAsync("/api/day/tokyo/2026-02-10");
        var japanese = await Host.GetJsonAsync("/api/day/tokyo/2026-02-10?lang=ja");

        Assert.Equal(english.GetProperty("facts").GetArrayLength(), japanese.GetProperty("facts").GetArrayLength());
        Assert.Equal("ja", japanese.GetProperty("language").GetString());
        Assert.Contains(japanese.GetProperty("labels").GetProperty("kinds").EnumerateArray(),
            l => l.GetProperty("id").GetString() == "change_pct" && l.GetProperty("label").GetString() == "前日比(率)");
        Assert.Contains(japanese.GetProperty("labels").GetProperty("indices").EnumerateArray(),
            l => l.GetProperty("id").GetString() == "N225" && l.GetProperty("label").GetString() == "日経平均");
        Assert.False(english.TryGetProperty("labels", out _));
    }

    [Fact]
    public async Task Check_LangJa_GivesJapaneseReasons()
    {
        if (Host is null)
        {
            return;
        }

        using var content = new StringContent("The Nikkei 225 closed at 57,650.54 on Tuesday.", Encoding.UTF8, "text/plain");
        using var response = await Host.Client.PostAsync(new Uri("/api/check?date=2026-02-10&lang=ja", UriKind.Relative), content);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("データと一致する: 日経平均の2026-02-10の大引けの終値は57,650.54", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/wrap/tokyo/2026-02-10?lang=fr")]
    [InlineData("/api/day/tokyo/2026-02-10?lang=fr")]
    public async Task UnknownLang_Is400NamingTheParameter(string path)
    {
        if (Host is null)
        {
            return;
        }

        using var response = await Host.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("use one of en, ja", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrap_LangJaForAnotherMarket_SaysItIsTokyoOnly()
    {
        if (Host is null)
        {
            return;
        }

        using var response = await Host.Client.GetAsync(new Uri("/api/wrap/seoul/2026-02-10?lang=ja", UriKind.Relative));

        Assert.False(response.IsSuccessStatusCode);
        Assert.Contains("tokyo market only", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
