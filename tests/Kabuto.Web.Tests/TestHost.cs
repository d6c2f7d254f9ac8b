using System.Net.Http.Json;
using System.Text.Json;
using Kabuto.Core.Json;
using Kabuto.Core.Market;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;

namespace Kabuto.Web.Tests;

/// <summary>The real web host on ASP.NET Core's in-memory test server, over a store chosen by the test.</summary>
public sealed class TestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestHost(WebApplication app)
    {
        _app = app;
        Client = app.GetTestClient();
    }

    public HttpClient Client { get; }

    /// <param name="accessLog">When given, receives the Kabuto.Access log lines (the access log of a keyed server).</param>
    public static async Task<TestHost> StartAsync(IMarketDataReader store, Func<WebOptions, WebOptions>? tune = null, List<string>? accessLog = null)
    {
        var options = new WebOptions { OpenStore = () => store };
        var app = KabutoWeb.Build(tune is null ? options : tune(options), builder =>
        {
            builder.WebHost.UseTestServer();
            if (accessLog is not null)
            {
                builder.Logging.AddProvider(new ListLogger(accessLog));
            }
        });
        await app.StartAsync();
        return new TestHost(app);
    }

    public async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>(KabutoJson.Compact);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }

    internal sealed class ListLogger(List<string> lines) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => categoryName == "Kabuto.Access" ? this : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (lines)
            {
                lines.Add(formatter(state, exception));
            }
        }

        public void Dispose()
        {
        }
    }
}
