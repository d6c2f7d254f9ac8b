using System.CommandLine;
using System.Globalization;
using Kabuto.Core.Errors;
using Kabuto.Data.Fetch;
using Kabuto.Data.Store;
using Kabuto.Watch;
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
        var watch = new Option<bool>("--watch") { Description = "Also run 'kabuto watch tokyo': fetch at the providers' times and write the editions to --out, listed on the dashboard" };
        var output = WatchCommand.Output();
        var languages = WatchCommand.Languages();
        var command = new Command("serve", "Serve the HTTP API (/api, /openapi/v1.json) and the dashboard (/)") { urls, rateLimit, watch, output, languages };
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
                EditionsFolder = parse.GetValue(watch) || parse.GetValue(output) is not null
                    ? Path.GetFullPath(parse.GetValue(output) ?? WatchCommand.DefaultFolder)
                    : null,
            };
            using var app = KabutoWeb.Build(options);
            app.Start();
            using var stopWatch = new CancellationTokenSource();
            using var client = FetchHttp.CreateClient();
            var watching = parse.GetValue(watch)
                ? Task.Run(() => new TokyoWatch(WatchCommand.Options(globals, parse, output, languages) with { OutputFolder = options.EditionsFolder! },
                    new FetchHttp(client), TimeProvider.System, globals.Out.WriteLine).RunAsync(null, once: false, stopWatch.Token))
                : Task.CompletedTask;
            globals.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"kabuto: serving {MarketStore.Describe(db)} at {string.Join(", ", app.Urls)}, at most {perSecond:N0} requests/s per client (Ctrl+C to stop)"));
            app.WaitForShutdown();
            stopWatch.Cancel();
            try
            {
                watching.Wait(TimeSpan.FromSeconds(10));
            }
            catch (AggregateException e) when (e.InnerException is OperationCanceledException)
            {
                // the watch stops with the server
            }

            return 0;
        });
        return command;
    }
}
