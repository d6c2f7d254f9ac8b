using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Kabuto.Cli;
using Kabuto.Data.Store;
using Kabuto.TestSupport;
using Kabuto.Web.Services;

namespace Kabuto.Web.Tests;

/// <summary>GET /api/day is served from a cache of serialized bodies (plain and gzipped) that belongs to one state of
/// the store: an import while serving drops it.</summary>
public sealed class DayCacheTests
{
    [Fact]
    public async Task Day_ClientAcceptsGzip_GetsTheSameBodyGzipped()
    {
        await using var host = await TestHost.StartAsync(Fixtures.SmallTokyo());
        using var plain = await host.Client.GetAsync(new Uri("/api/day/tokyo/2024-03-01", UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/day/tokyo/2024-03-01", UriKind.Relative));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));

        using var zipped = await host.Client.SendAsync(request);

        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.Equal(["gzip"], zipped.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", zipped.Headers.Vary);
        await using var unzip = new GZipStream(await zipped.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        using var body = new StreamReader(unzip);
        Assert.Equal(await plain.Content.ReadAsStringAsync(), await body.ReadToEndAsync());
    }

    [Fact]
    public async Task Day_GzipRefused_GetsThePlainBody()
    {
        await using var host = await TestHost.StartAsync(Fixtures.SmallTokyo());
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/day/tokyo/2024-03-01", UriKind.Relative));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip", 0));

        using var response = await host.Client.SendAsync(request);

        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.StartsWith("{\"query\":\"tokyo\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetOrAdd_ConcurrentFirstRequests_BuildOnce()
    {
        var cache = new DayFactsCache(16);
        var builds = 0;
        CachedBody Build()
        {
            Interlocked.Increment(ref builds);
            Thread.Sleep(50);
            return CachedBody.Of("{}"u8.ToArray());
        }

        var bodies = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => cache.GetOrAdd("tokyo", Fixtures.Day, Build))));

        Assert.Equal(1, builds);
        Assert.All(bodies, b => Assert.Same(bodies[0], b));
    }

    [Fact]
    public void GetOrAdd_BuildFails_IsNotKept()
    {
        var cache = new DayFactsCache(16);

        Assert.Throws<InvalidOperationException>(() => cache.GetOrAdd("tokyo", Fixtures.Day, () => throw new InvalidOperationException("no rows")));
        var body = cache.GetOrAdd("tokyo", Fixtures.Day, () => CachedBody.Of("{}"u8.ToArray()));

        Assert.Equal("{}"u8.ToArray(), body.Identity);
    }

    [Fact]
    public async Task Day_ImportWhileServing_IsServedWithoutRestart()
    {
        using var folder = new TempDirectory();
        var db = folder.File("kabuto.db");
        Import(folder, db, "a/nikkei-225.csv", "date,value\n2024-02-28,39208.03\n2024-02-29,39166.19\n");
        using var served = MarketStore.Open(db);
        await using var host = await TestHost.StartAsync(served, o => o with { StorePollInterval = TimeSpan.FromMilliseconds(50) });
        using var before = await host.Client.GetAsync(new Uri("/api/day/tokyo/2024-03-01", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, before.StatusCode);

        Import(folder, db, "b/nikkei-225.csv", "date,value\n2024-03-01,39910.82\n");

        var status = before.StatusCode;
        for (var attempt = 0; attempt < 100 && status != HttpStatusCode.OK; attempt++)
        {
            await Task.Delay(50);
            using var after = await host.Client.GetAsync(new Uri("/api/day/tokyo/2024-03-01", UriKind.Relative));
            status = after.StatusCode;
        }

        Assert.Equal(HttpStatusCode.OK, status);
    }

    private static void Import(TempDirectory folder, string db, string relative, string csv)
    {
        var path = folder.File(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, csv);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        Assert.Equal(KabutoCli.Ok, KabutoCli.Run(["import", path, "--db", db], stdout, stderr));
    }
}
