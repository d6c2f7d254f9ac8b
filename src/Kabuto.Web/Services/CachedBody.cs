using System.IO.Compression;

namespace Kabuto.Web.Services;

/// <summary>A response body kept in memory twice, as is and gzipped, so a client that accepts gzip (every browser) gets
/// the small one without the server compressing it on each request. A day with member facts is about 470 KB of JSON
/// and 30 KB gzipped.</summary>
internal sealed record CachedBody(byte[] Identity, byte[] Gzip)
{
    public static CachedBody Of(byte[] identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        using var compressed = new MemoryStream(identity.Length / 8);
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(identity);
        }

        return new CachedBody(identity, compressed.ToArray());
    }
}
