using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace Kabuto.Web.Hosting;

/// <summary>Brotli or gzip for clients that ask (browsers do): the dashboard's records and article JSON run to
/// hundreds of kilobytes. Fastest level, since these bodies are compressed per request; the hot day endpoint brings
/// its own gzipped bytes from its cache and is left alone. Server-sent events are never buffered for compression.</summary>
internal static class Compression
{
    public static void AddCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(compression =>
        {
            compression.Providers.Add<BrotliCompressionProvider>();
            compression.Providers.Add<GzipCompressionProvider>();
            compression.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "application/problem+json", "text/markdown"];
        });
        services.Configure<BrotliCompressionProviderOptions>(brotli => brotli.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(gzip => gzip.Level = CompressionLevel.Fastest);
    }
}
