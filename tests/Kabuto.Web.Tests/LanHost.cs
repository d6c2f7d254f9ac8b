using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using Kabuto.TestSupport;
using Kabuto.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace Kabuto.Web.Tests;

/// <summary>The real server on Kestrel, bound to this machine's LAN address (not loopback) on a free port, with API
/// keys required as 'kabuto serve' requires them there, and its access log kept.</summary>
public sealed class LanHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LanHost(WebApplication app, List<string> accessLog)
    {
        _app = app;
        AccessLog = accessLog;
        Url = app.Urls.Single();
    }

    public string Url { get; }

    /// <summary>The Kabuto.Access lines so far.</summary>
    public List<string> AccessLog { get; }

    /// <summary>Null without a LAN address locally; in CI a missing one fails, naming it.</summary>
    public static async Task<LanHost?> StartAsync(WebOptions options)
    {
        if (Address() is not { } address)
        {
            return SharedData.InCi
                ? throw new InvalidOperationException("this machine has no non-loopback IPv4 address: the dashboard-with-keys tests need one")
                : null;
        }

        Assert.NotNull(options.ApiKeys);
        var lines = new List<string>();
        var app = KabutoWeb.Build(options with { Urls = $"http://{address}:0" }, builder => builder.Logging.AddProvider(new TestHost.ListLogger(lines)));
        await app.StartAsync();
        Assert.False(ApiKeyRing.LoopbackOnly(app.Urls.Single()));
        return new LanHost(app, lines);
    }

    public static IPAddress? Address() =>
        NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a));

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
