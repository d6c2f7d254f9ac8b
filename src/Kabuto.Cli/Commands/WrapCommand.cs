using System.CommandLine;
using Kabuto.Analytics;
using Kabuto.Analytics.Members;
using Kabuto.Core.Indexing;
using Kabuto.Data.Store;
using Kabuto.Writing.Composing;
using Kabuto.Writing.Documents;
using Kabuto.Writing.Facts;

namespace Kabuto.Cli.Commands;

/// <summary>kabuto wrap MARKET DATE [--edition close|midday] [--lang en|ja] [--format md|html|json]: the article (docs/writer.md).</summary>
internal static class WrapCommand
{
    public static Command Create(CliGlobals globals)
    {
        ArgumentNullException.ThrowIfNull(globals);
        var market = new Argument<string>("market") { Description = "A market: tokyo, seoul, hongkong, shanghai, sydney, singapore, mumbai, newyork" };
        var date = new Argument<string>("date") { Description = "The trading date, YYYY-MM-DD" };
        var edition = new Option<string?>("--edition") { Description = "close (default) or midday" };
        var language = new Option<string?>("--lang") { Description = "en (default) or ja: the Japanese wrap (tokyo only)" };
        var format = new Option<string?>("--format") { Description = "md (default), html or json (--json is the same as --format json)" };
        var definitions = new Option<string?>("--definitions")
        {
            Description = "Folder of index definitions for the drivers and sectors (default ./definitions when it exists)",
        };
        var command = new Command("wrap", "Write the market wrap of a day from its facts: every number is a fact")
        {
            market, date, edition, language, format, definitions,
        };
        command.SetAction(int (ParseResult parse) =>
        {
            var day = CliValues.Date(parse.GetValue(date) ?? string.Empty, "date");
            var asked = parse.GetValue(format) is { } f ? CliValues.Choice(() => WrapWriter.ParseFormat(f)) : (ArticleFormat?)null;
            if (globals.WantsJson(parse) && asked is { } other && other != ArticleFormat.Json)
            {
                throw new UsageException($"--format {parse.GetValue(format)} contradicts --json; give one of them");
            }

            var wanted = globals.WantsJson(parse) ? ArticleFormat.Json : asked ?? WrapWriter.ParseFormat(null);
            var which = CliValues.Choice(() => WrapWriter.ParseEdition(parse.GetValue(edition)));
            var lang = CliValues.Choice(() => WrapWriter.ParseLanguage(parse.GetValue(language)));
            var where = CliValues.Choice(() => WrapWriter.ParseMarket(parse.GetValue(market) ?? string.Empty, lang)).Id;
            using var store = MarketStore.OpenToQuery(globals.DbPath(parse));
            var facts = new FactBookDayFacts(new FactBook(store, MemberAttributionOption.Sources(store, parse.GetValue(definitions))));
            var article = new WrapWriter(store, facts, new BarFactBook(store, rankings: false)).Write(where, day, which, lang);
            globals.Out.Write(ArticleRenderer.Render(article, wanted));
            return 0;
        });
        return command;
    }
}
