using System.CommandLine;
using System.Globalization;
using Kabuto.Core.Market;
using Kabuto.Live.UseCases;
using Kabuto.Writing.Composing;
using Kabuto.Writing.Documents;

namespace Kabuto.Cli.Commands;

/// <summary>kabuto demo [--seed N]: a built-in simulated Tokyo session through the live engine; needs no data.</summary>
internal static class DemoCommand
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static Command Create(CliGlobals globals)
    {
        ArgumentNullException.ThrowIfNull(globals);
        var seed = new Option<int>("--seed") { Description = "Simulator seed (same seed, same session)", DefaultValueFactory = _ => 7 };
        var command = new Command("demo", "End-to-end on a built-in simulated Tokyo session (no data needed)") { seed };
        command.SetAction(int (ParseResult parse) =>
        {
            var result = DemoSession.Run(parse.GetValue(seed));
            var article = Wrap(result);
            if (globals.WantsJson(parse))
            {
                globals.WriteJson(new
                {
                    result.Date,
                    result.Seed,
                    result.Market,
                    simulated = true,
                    result.Ticks,
                    result.Seconds,
                    result.Counts,
                    indices = result.Indices.Select(i => new
                    {
                        i.Id, i.Name, i.Method, i.PreviousClose, i.Open, i.MorningClose, i.Close, i.High, i.Low, i.Change, i.ChangePct,
                        residual = Math.Round(i.Residual, 4),
                        top_contributions = i.Contributions.Take(5),
                        bottom_contributions = i.Contributions.TakeLast(5).Reverse(),
                    }),
                    wrap = ArticleRenderer.Render(article, ArticleFormat.Markdown),
                });
                return 0;
            }

            Render(globals.Out, result);
            globals.Out.WriteLine();
            globals.Out.WriteLine("---- the wrap, written from the session's facts ----");
            globals.Out.WriteLine();
            globals.Out.Write(ArticleRenderer.Render(article, ArticleFormat.Markdown));
            return 0;
        });
        return command;
    }

    /// <summary>The simulated day as the writer sees any session: published values and member contributions.</summary>
    private static Article Wrap(DemoResult r)
    {
        SessionSummary Summary(IndexDayResult i, bool withMembers) => new(
            i.Id, r.Date, i.PreviousClose, i.Open, i.High, i.Low, i.Close, i.MorningClose,
            withMembers
                ? i.Contributions.Select(c => new SessionMember(c.Code, c.Name, c.Points,
                    c.PreviousClose == 0 ? 0 : Math.Round((c.Price - c.PreviousClose) / c.PreviousClose * 100m, 2, MidpointRounding.AwayFromZero))).ToList()
                : []);

        return SessionWrap.Write([Summary(r.Index(IndexIds.N225), true), Summary(r.Index(IndexIds.Topix), false)]);
    }

    private static void Render(TextWriter o, DemoResult r)
    {
        o.WriteLine(string.Create(Inv, $"Kabuto demo: simulated Tokyo session {r.Date:yyyy-MM-dd} (seed {r.Seed}; {r.Members.Count:N0} stocks, {r.Indices.Count} indices; {r.Ticks:N0} ticks in {r.Seconds:F2} s)"));
        o.WriteLine("A made-up market from the built-in simulator: the prices are not real.");
        foreach (var id in new[] { IndexIds.N225, IndexIds.Topix })
        {
            var index = r.Index(id);
            o.WriteLine();
            o.WriteLine($"{index.Name}, {(index.Method == Live.Universe.WeightingMethod.PriceWeighted ? "price-weighted" : "cap-weighted")}");
            o.WriteLine(string.Create(Inv, $"  previous close {index.PreviousClose,12:N2}   open  {index.Open,12:N2}   11:30 {index.MorningClose,12:N2}"));
            o.WriteLine(string.Create(Inv, $"  close          {index.Close,12:N2}   high  {index.High,12:N2}   low   {index.Low,12:N2}"));
            o.WriteLine(string.Create(Inv, $"  change         {index.Change,12:+#,0.00;-#,0.00;0.00}   ({index.ChangePct:+0.00;-0.00;0.00}%)   residual {index.Residual:0.00} pts"));
            o.WriteLine("  top contributions (points)");
            foreach (var c in index.Contributions.Take(5).Concat(index.Contributions.TakeLast(5)))
            {
                var pct = c.PreviousClose == 0 ? 0 : (c.Price - c.PreviousClose) / c.PreviousClose * 100;
                o.WriteLine(string.Create(Inv, $"    {c.Points,9:+0.00;-0.00;0.00}  {c.Code} {c.Name,-32} {c.Price,10:N1} yen ({pct:+0.00;-0.00;0.00}%)"));
            }
        }

        var sectors = r.Indices.Where(i => i.Id.Length == 10 && i.Id.StartsWith("TOPIX-", StringComparison.Ordinal) && char.IsDigit(i.Id[6])).OrderByDescending(i => i.ChangePct).ToList();
        o.WriteLine();
        o.WriteLine("TSE 33 sectors: best and worst");
        foreach (var s in sectors.Take(3).Concat(sectors.TakeLast(3)))
        {
            o.WriteLine(string.Create(Inv, $"    {s.ChangePct,7:+0.00;-0.00;0.00}%  {s.Name}"));
        }

        var c2 = r.Counts;
        o.WriteLine();
        o.WriteLine(string.Create(Inv, $"Engine: {c2.Trades:N0} trades, {c2.SpecialQuotes:N0} special quotes, {c2.QuotesIgnored:N0} plain quotes, {c2.StatusTicks:N0} halt/resume; rejected: {c2.OutOfOrder} out-of-order, {c2.Duplicate} duplicate, {c2.Stale} stale; {c2.Snapshots:N0} snapshots."));
    }
}
