using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Kabuto.Core.Errors;

namespace Kabuto.Web.Hosting;

/// <summary>One key as stored: its name and the SHA-256 of the key, never the key. A key is 32 random bytes, so a plain
/// hash is enough (nothing to guess from it; no salt or slow hash needed as for passwords).</summary>
public sealed record StoredApiKey(string Name, string Sha256, DateTimeOffset Created);

/// <summary>The API keys 'kabuto serve' accepts when it listens beyond loopback, kept hashed in a JSON file
/// ('kabuto serve keys add NAME' prints a new key once). Requests send it as <c>X-Api-Key: KEY</c> or
/// <c>Authorization: Bearer KEY</c>.</summary>
public sealed class ApiKeyRing
{
    public const string Prefix = "kbt_";
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
    private readonly List<StoredApiKey> _keys;

    private ApiKeyRing(string path, List<StoredApiKey> keys)
    {
        Path = path;
        _keys = keys;
    }

    public string Path { get; }

    public IReadOnlyList<StoredApiKey> Keys => _keys;

    /// <summary>The file's keys; none when it does not exist yet.</summary>
    public static ApiKeyRing Load(string path)
    {
        if (!File.Exists(path))
        {
            return new ApiKeyRing(path, []);
        }

        try
        {
            return new ApiKeyRing(path, JsonSerializer.Deserialize<List<StoredApiKey>>(File.ReadAllText(path), Json) ?? []);
        }
        catch (JsonException e)
        {
            throw Fail.Input(path, null, "file", null, $"is not a key file ({e.Message.TrimEnd('.')})", "restore it, or move it away and add keys again with 'kabuto serve keys add NAME'");
        }
    }

    /// <summary>Adds a key and saves the file; returns the key, which is shown once and never stored.</summary>
    public string Add(string name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 64 || name.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)))
        {
            throw Fail.Input("NAME", null, "name", name, "is not a key name", "use up to 64 characters without spaces, e.g. desk-fx");
        }

        if (_keys.Any(k => k.Name == name))
        {
            throw Fail.Input("NAME", null, "name", name, "already has a key", $"remove it first with 'kabuto serve keys remove {name}', or pick another name");
        }

        var key = Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        _keys.Add(new StoredApiKey(name, Hash(key), DateTimeOffset.UtcNow));
        Save();
        return key;
    }

    public bool Remove(string name)
    {
        var removed = _keys.RemoveAll(k => k.Name == name) > 0;
        if (removed)
        {
            Save();
        }

        return removed;
    }

    /// <summary>The name of the key, or null when it is not one of ours (compared in constant time).</summary>
    public string? NameOf(string? key)
    {
        if (string.IsNullOrEmpty(key))
        {
            return null;
        }

        var hash = Convert.FromHexString(Hash(key));
        string? found = null;
        foreach (var stored in _keys)
        {
            if (CryptographicOperations.FixedTimeEquals(hash, Convert.FromHexString(stored.Sha256)))
            {
                found = stored.Name;
            }
        }

        return found;
    }

    /// <summary>True when every listen address is a loopback one (127.0.0.0/8, ::1, localhost).</summary>
    public static bool LoopbackOnly(string urls) =>
        urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).All(IsLoopback);

    private static bool IsLoopback(string url)
    {
        var host = url.Contains("://", StringComparison.Ordinal) ? url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..] : url;
        host = host.Split('/')[0];
        host = host.StartsWith('[') ? host[1..host.IndexOf(']', StringComparison.Ordinal)] : host.Split(':')[0];
        return string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
    }

    private static string Hash(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private void Save()
    {
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        var temporary = Path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(_keys, Json));
        File.Move(temporary, Path, overwrite: true);
    }
}

/// <summary>The key check and the access log, for a server that listens beyond loopback. The dashboard's own files
/// (HTML, JavaScript, CSS: no data) load without a key; every other request needs one, sent as a header or as the
/// cookie POST /api/session sets for the dashboard (see <see cref="KeySession"/>).</summary>
internal static class ApiKeyGate
{
    public const string KeyItem = "kabuto.api_key";
    public const string CookieName = "kabuto_key";

    public static IApplicationBuilder UseApiKeys(this IApplicationBuilder app, ApiKeyRing ring)
    {
        var log = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger("Kabuto.Access");
        return app.Use(async (context, next) =>
        {
            var started = Stopwatch.GetTimestamp();
            var path = context.Request.Path.Value; // as asked: the dashboard's "/" is rewritten to /index.html further on
            var name = ring.NameOf(KeyOf(context.Request));
            if (name is null && !DashboardFiles.Holds(context.Request))
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                context.Response.Headers.WWWAuthenticate = "Bearer";
                await context.Response.WriteAsJsonAsync(new
                {
                    title = "API key required",
                    status = 401,
                    detail = "this server listens beyond loopback: send your key as 'X-Api-Key: KEY' or 'Authorization: Bearer KEY' (keys: 'kabuto serve keys add NAME')",
                }).ConfigureAwait(false);
            }
            else
            {
                if (name is not null)
                {
                    context.Items[KeyItem] = name;
                }

                await next(context).ConfigureAwait(false);
            }

            log.LogInformation(
                "{Key} {Address} {Method} {Path} {Status} {Milliseconds:F1} ms",
                name ?? "-", context.Connection.RemoteIpAddress, context.Request.Method, path, context.Response.StatusCode,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        });
    }

    /// <summary>The key a header sends, else the dashboard's cookie.</summary>
    private static string? KeyOf(HttpRequest request) => HeaderKeyOf(request) ?? request.Cookies[CookieName];

    public static string? HeaderKeyOf(HttpRequest request)
    {
        if (request.Headers.TryGetValue("X-Api-Key", out var key) && key.Count == 1)
        {
            return key[0];
        }

        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization[7..].Trim() : null;
    }
}
