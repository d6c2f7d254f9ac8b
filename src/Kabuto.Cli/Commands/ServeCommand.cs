using System.CommandLine;
using System.Globalization;
using Kabuto.Core.Errors;
using Kabuto.Data.Store;
using Kabuto.Web;
using Microsoft.Extensions.Hosting;

namespace Kabuto.Cli.Commands;

/// <summary>kabuto serve [--urls URL] [--rate-limit N]: the HTTP API and the dashboard over the store, on loopback unless told otherwise.</summary>
internal static class ServeCommand
{
    public static Command Create(CliGlobals globals)
    {
        ArgumentNullException.ThrowIfNull(globals);
        var urls = new Option<string>("--urls")
        {
            Description = $"Listen addresses, ';'-separated (default {WebOptions.DefaultUrls}; loopback only)",
            DefaultValueFactory = _ => WebOptions.DefaultUrls,
        };
        var rateLimit = new Option<int>("--rate-limit")
        {
            Description = $"Requests per second allowed per client address, also the burst; over it 429 (default {WebOptions.DefaultRequestsPerSecondPerClient:N0})",
            DefaultValueFactory = _ => WebOptions.DefaultRequestsPerSecondPerClient,
        };
        var command = new Command("serve", "Serve the HTTP API (/api, /openapi/v1.json) and the dashboard (/)") { urls, rateLimit };
        command.SetAction(int (ParseResult parse) =>
        {
            var db = globals.DbPath(parse);
            var perSecond = parse.GetValue(rateLimit);
            if (perSecond < 1)
            {
                throw Fail.Input("--rate-limit", null, "value", perSecond.ToString(CultureInfo.InvariantCulture), "is not allowed", "give a whole number of requests per second, at least 1");
            }

            var options = new WebOptions
            {
                OpenStore = () => MarketStore.OpenToRead(db),
                Urls = parse.GetValue(urls) ?? WebOptions.DefaultUrls,
                RequestsPerSecondPerClient = perSecond,
                DefinitionsFolder = Path.Combine(Environment.CurrentDirectory, "definitions"),
            };
            using var app = KabutoWeb.Build(options);
            app.Start();
            globals.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"kabuto: serving {MarketStore.Describe(db)} at {string.Join(", ", app.Urls)}, at most {perSecond:N0} requests/s per client (Ctrl+C to stop)"));
            app.WaitForShutdown();
            return 0;
        });
        return command;
    }
}
