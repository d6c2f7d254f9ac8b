using System.CommandLine;
using Kabuto.Data.Store;
using Kabuto.Web;
using Microsoft.Extensions.Hosting;

namespace Kabuto.Cli.Commands;

/// <summary>kabuto serve [--urls URL]: the HTTP API and the dashboard over the store, on loopback unless told otherwise.</summary>
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
        var command = new Command("serve", "Serve the HTTP API (/api, /openapi/v1.json) and the dashboard (/)") { urls };
        command.SetAction(int (ParseResult parse) =>
        {
            var db = globals.DbPath(parse);
            var options = new WebOptions
            {
                OpenStore = () => MarketStore.Open(db),
                Urls = parse.GetValue(urls) ?? WebOptions.DefaultUrls,
                DefinitionsFolder = Path.Combine(Environment.CurrentDirectory, "definitions"),
            };
            using var app = KabutoWeb.Build(options);
            app.Start();
            globals.Out.WriteLine($"kabuto: serving {db} at {string.Join(", ", app.Urls)} (Ctrl+C to stop)");
            app.WaitForShutdown();
            return 0;
        });
        return command;
    }
}
